"""Rules of round 20 of issue 18 (people, names and speakers; helper names-r20).

What was wrong: a verb of saying in the passive ('the 6.40 a.m. from Thurso was said by the guard to
have been "fuller than at the Glasgow Fair"', 'The board was told by its engineer, Peter Holm, that
the wall was "beyond repair"') gave the words to the subject, which is what was spoken of (r19b: a
town took a guard's words, unmarked): they are the doer's, named after 'by' (or in apposition to an
unnamed doer), and when the article does not name the doer, the speaker kept is marked uncertain.
Guard rows keep what is right.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import pytest

from ruletable import draft, names, speakers


@pytest.mark.parametrize("text, speaker", [
    ("Ana Lima, the mayor, met the residents on Monday. The Harbour Board's plan was described by Ana "
     "Lima as \"a disgrace to the town\" after the meeting.", "Ana Lima"),
    ("The Harbour Board met on Monday. Its plan was described by the mayor, Ana Lima, as \"a disgrace "
     "to the town\" after the meeting.", "Ana Lima"),
    ("The Harbour Board was told by its engineer, Peter Holm, that the wall was \"beyond repair\".",
     "Peter Holm"),
])
def test_a_passive_verb_of_saying_gives_the_words_to_its_doer(text: str, speaker: str) -> None:
    assert speakers(draft(text)) == [speaker]


def test_an_unnamed_doer_leaves_the_speaker_marked() -> None:
    data = draft("The Harbour Board met on Monday. The 6.40 a.m. ferry of the Harbour Board was said by "
                 "the harbour master to have been \"fuller than at the Glasgow Fair\".")
    quotes = data.get("quotes", [])
    assert quotes and all("speaker" in (q.get("uncertain") or {}) for q in quotes), quotes


@pytest.mark.parametrize("text, speaker", [
    # guard: an active verb of saying is the subject's
    ("The Harbour Board's engineer, Peter Holm, said the wall was \"beyond repair\".", "Peter Holm"),
    # guard: a passive 'asked by' leaves the answer to the one asked
    ("Peter Holm, the engineer, was asked by reporters about the wall and said it was \"beyond repair\".",
     "Peter Holm"),
])
def test_guard_active_and_asked(text: str, speaker: str) -> None:
    assert speakers(draft(text)) == [speaker]


@pytest.mark.parametrize("text, name", [
    ("The agreement was signed in the presence of H.E. Pieter De Smedt, Ambassador of Belgium to Oman.",
     "Pieter De Smedt"),
    ("The treaty was signed by S.E. Jean Dupont, ambassadeur de France, on Monday.", "Jean Dupont"),
    ("\"This is a good day,\" said H.E. Pieter De Smedt, the ambassador.", "Pieter De Smedt"),
    ("\"This is a good day,\" H.E. Pieter De Smedt told reporters.", "Pieter De Smedt"),
])
def test_his_excellency_written_short_is_no_part_of_the_name(text: str, name: str) -> None:
    data = draft(text)
    assert names(data, "people") == {name}, data.get("people")
    assert not data.get("quotes") or speakers(data) == [name]

