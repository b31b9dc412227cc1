"""A drafted quote says how it reached the article in the article's own words ('Said during the
debate', 'Told reporters at the signing'), where the attribution says more than who spoke; the
issue found every quote drafted as 'Reported by the article.', which a reviewer retyped."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.new.draft.records import Meta, draft_records
from briefing.new.draft.reporting import how_reported

PLAIN = "Reported by the article."


def reported(text: str) -> str:
    data = draft_records(f"Council backs museum\n\n{text}", Meta("Rules", dt.date(2009, 5, 22), "rules")).data
    (quote,) = data["quotes"]
    return str(quote["reported"])


@pytest.mark.parametrize(("text", "expected"), [
    ('"If we do not buy it now, nobody will remember," Jan Kowalczyk said during the debate.',
     "Said during the debate, as reported by the article."),
    ('"Water is not a favour the state does," Justice Ana Vidal wrote for the chamber.',
     "Wrote for the chamber, as reported by the article."),
    ('Chief executive Tom Reyes told reporters at the signing: "We chose a partner of our size."',
     "Told reporters at the signing, as reported by the article."),
    ('"We will appeal," lawyer Ana Lima told the court, adding that the ruling was wrong.',
     "Told the court, as reported by the article."),
    ('"The vote was fair," Mayor Ana Lima said in a statement on Friday.',
     "Said in a statement on Friday, as reported by the article."),
    # who spoke, or what was said, is no part of it: the plain words stay
    ('"The vote was fair," Mayor Ana Lima said.', PLAIN),
    ('"The vote was fair," said Mayor Ana Lima, the council\'s leader.', PLAIN),
    ('Mayor Ana Lima said the owners had "named a price because they knew" it. She said later it was fair.',
     PLAIN),
])
def test_a_quote_says_how_it_reached_the_article(text: str, expected: str) -> None:
    assert reported(text) == expected


def test_a_quote_closed_by_a_full_stop_takes_nothing_from_the_next_sentence() -> None:
    text = '"The vote was fair." Mayor Ana Lima said in a statement that she would sign it.'
    assert how_reported(text, 0, text.index('"', 1)) is None
    text = '"The vote was fair," Mayor Ana Lima said in a statement.'
    assert how_reported(text, 0, text.index('"', 1)) == "Said in a statement, as reported by the article."
