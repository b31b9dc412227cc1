"""Rules of round 10 of issue 18 (names), as tables (each row its own sentences, not a fixture's):
photo credits in other languages, bodies named alone after 'led by', 'owned by' or in 'a
consortium of', firms written in camel case, a generic common noun that names no body, counts told
as a verb's object or a partitive, places named in a compound ('the Utsira Nord area')."""

from __future__ import annotations

import pytest

from briefing.new.draft.paragraphs import split_article
from ruletable import draft, names


_AROUND = ("The mill will close in May, the company said on Monday, and 300 jobs will go.\n\n{}\n\n"
           "The union said it would ask the ministry for help before the summer.")


@pytest.mark.parametrize("credit", [
    # a credit line in the language of the page: no person, no paragraph
    "Kuva: Antti Keränen / Yle",
    "Bild: Maja Lindqvist",
    "Fot. Jan K. Nowak",
    "Zdjęcie: Piotr Wójcik",
])
def test_a_credit_line_in_another_language_is_chrome(credit: str) -> None:
    assert len(split_article(_AROUND.format(credit)).paragraphs) == 2
    assert names(draft(_AROUND.format(credit)), "people") == set()


@pytest.mark.parametrize("credit", [
    # guards: credits read before (a slash between agency and photographer, a French colon)
    "Foto: Equinor/Ole Jørgen Bratland.",
    "Photo : Jean-Paul Mercier",
])
def test_credit_lines_read_before_stay_chrome(credit: str) -> None:
    assert len(split_article(_AROUND.format(credit)).paragraphs) == 2


@pytest.mark.parametrize("sentence", [
    # guards: a sentence that opens with a label's word is no credit
    "Image: the river at dawn. Farmers said they would wait for rain, Ana Lima told reporters.",
    "Credit: the bank said it would lend more to farmers than last year, said Ana Lima.",
])
def test_a_sentence_after_a_label_word_stays(sentence: str) -> None:
    assert "Ana Lima" in names(draft(sentence), "people")
