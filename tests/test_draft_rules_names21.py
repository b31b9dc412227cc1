"""Rules of round 21 of issue 18 (people, names and speakers; helper names-r21).

What was wrong: a name opening with a glottal stop, written with the ʻokina or an apostrophe before
its capital vowel (Tongan, Samoan, Hawaiian: "Rev. Dr. 'Ahio Fifita-Taufa", "ʻAna Taufeʻulungaki",
"Pualani ʻAkana"), was cut at the mark (a person 'Fifita-Taufa', whose quotes the answers' 'Ahio
Fifita-Taufa never got) or, the ʻokina being a letter, lost with its quotes; a glottal stop typeset
as a quotation mark ("said ‘Ofa Tu‘ipulotu") lost the quote.
Guard rows keep what is right: an apostrophe that opens a quotation ("'Alone, we fail,' said X",
"the 'Agia Marina' trial") is no glottal stop.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import pytest

from ruletable import draft, names, speakers

_LEAD = "The school board met on Monday in the capital.\n\n"


@pytest.mark.parametrize("text, person", [
    ("The meeting was chaired by the director, Rev. Dr. 'Ahio Fifita-Taufa. \"We will merge the two "
     "schools before the cyclone season,\" he said.", "'Ahio Fifita-Taufa"),
    (_LEAD + "\"We agree on the plan for the road and the wharf,\" said ʻAkilisi Pōhiva, a farmer.",
     "ʻAkilisi Pōhiva"),
    (_LEAD + "\"The water is rising at the wharf every spring tide,\" said Pualani ʻAkana, a teacher in "
     "Hilo.", "Pualani ʻAkana"),
    (_LEAD + "\"The road to the wharf is closed until the rains stop,\" said Siaosi 'Ofa Tupou, a farmer.",
     "Siaosi 'Ofa Tupou"),
    (_LEAD + "\"We agree on the plan for the road and the wharf,\" said ‘Ofa Tu‘ipulotu, a farmer.",
     "‘Ofa Tu‘ipulotu"),
])
def test_a_name_opened_by_a_glottal_stop_keeps_it_and_its_quotes(text: str, person: str) -> None:
    data = draft(text)
    assert names(data, "people") == {person}, data.get("people")
    assert speakers(data) == [person]


def test_a_name_opened_by_the_okina_is_a_person() -> None:
    data = draft(_LEAD + "The minister, ʻAna Taufeʻulungaki, said the school would close next year.")
    assert names(data, "people") == {"ʻAna Taufeʻulungaki"}, data.get("people")


@pytest.mark.parametrize("text, quotes", [
    (_LEAD + "'Alone, we fail at every turn,' said Tom Jones, a farmer. 'It was a disaster for the "
     "whole island,' he said.", 2),
    (_LEAD + "'Ahio is a good man and a good neighbour to us all,' said Tom Jones, the mayor.", 1),
])
def test_guard_an_apostrophe_opening_a_quotation_is_no_glottal_stop(text: str, quotes: int) -> None:
    data = draft(text)
    assert names(data, "people") == {"Tom Jones"}, data.get("people")
    assert speakers(data) == ["Tom Jones"] * quotes


def test_guard_a_quoted_name_is_no_glottal_stop() -> None:
    data = draft(_LEAD + "The trial over the 'Agia Marina' spill opened on Monday, said Tom Jones, a lawyer.")
    assert not any(n.startswith("'") for kind in ("people", "places", "organisations")
                   for n in names(data, kind)), data
