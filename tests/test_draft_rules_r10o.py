"""Rules of round 10 of issue 18 (names, second stint), as tables (each row its own sentences,
not a fixture's): a caption whose credit is in square brackets and a page's stamp on a line of
its own inside a block are chrome; bodies a text names alone (clubs, acronyms, firms, agencies in
apposition, a body named with and without its noun); a body named only by a country's possessive
and common nouns."""

from __future__ import annotations

import pytest

from briefing.new.draft.paragraphs import split_article
from ruletable import draft, names

_LEDE = ("Port workers in the city voted on Friday to end a strike that had closed the docks for "
         "two weeks, the union said after the ballot was counted.")
_AFTER = ('"We have a deal that protects jobs," said Amara Diallo, the union\'s general secretary.')


@pytest.mark.parametrize("block", [
    # a caption with its credit in square brackets, the page's stamp on the next line of its block
    "Dock workers celebrate outside the port gates [Kofi Mensah/Reuters]\nPublished On 15 Mar 2024",
    "Dock workers celebrate outside the port gates [Kofi Mensah/Reuters]",
    "Dock workers celebrate outside the port gates [Photo: Kofi Mensah]",  # guard: caught before
    "Dock workers celebrate outside the port gates [Kofi Mensah/Reuters]\nUpdated: 16 Mar 2024 10:05 GMT",
])
def test_a_caption_credited_in_square_brackets_is_chrome(block: str) -> None:
    text = f"{_LEDE}\n\n{block}\n\n{_AFTER}"
    assert split_article(text).paragraphs == (_LEDE, _AFTER)
    data = draft(text)
    assert "Kofi Mensah" not in names(data, "people")
    assert "Reuters" not in names(data, "organisations")
    assert "celebrate" not in data["briefing"].get("why_it_matters", "")


@pytest.mark.parametrize("block", [
    # the caption and the stamp on lines of their own over the text in one block: the text stays
    f"Dock workers celebrate outside the port gates [Kofi Mensah/Reuters]\nPublished On 15 Mar 2024\n{_LEDE}",
    f"{_LEDE}\nPublished On 15 Mar 2024",
])
def test_caption_and_stamp_lines_inside_a_block_go(block: str) -> None:
    text = f"{block}\n\n{_AFTER}"
    assert split_article(text).paragraphs == (_LEDE, _AFTER)
    assert "Kofi Mensah" not in names(draft(text), "people")


@pytest.mark.parametrize("line", [
    # guards: lines that open with a stamp's word or end in brackets with a slash are the text's
    "Updated figures from the port authority show 12 ships waiting outside the harbour.",
    "Published on Monday, the 2023 report found the docks short of 400 workers.",
    "Trucks may not drive faster than 30 kilometres an hour inside the gates (km/hour).",
])
def test_lines_of_the_text_that_look_like_a_stamp_or_credit_stay(line: str) -> None:
    text = f"{_LEDE}\n{line}\n\n{_AFTER}"
    assert split_article(text).paragraphs[0] == f"{_LEDE} {line}"
