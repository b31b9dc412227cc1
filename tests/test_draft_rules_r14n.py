"""Rules of round 14 of issue 18 (names, places, organisations), as tables (each row its own
sentences, not a fixture's): a speaker named by one word after a quote, ..."""

from __future__ import annotations

import pytest

from ruletable import draft, names, speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # one word after the quote's close names its speaker: a surname alone, or a name used alone
    ('Miners went on strike on Wednesday.\n\n"We have been patient for two years," said Mahlangu, '
     'addressing about 4,000 workers at a stadium.', "Mahlangu"),
    ('The rains failed again.\n\n"We ask our friends not to wait," Ouedrago said.', "Ouedrago"),
    ('The vote was close.\n\n"The people have spoken," Sukarmo told parliament.', "Sukarmo"),
    ('Talks failed.\n\n"Why now?" asked Tshibanda.', "Tshibanda"),
])
def test_a_speaker_named_by_one_word_after_the_quote(text: str, speaker: str) -> None:
    data = draft(text)
    assert speakers(data) == [speaker]
    person = next(r for r in data["people"] if r["name"] == speaker)
    assert "name" in person.get("uncertain", {})  # a person on one word: the draft says so


@pytest.mark.parametrize(("text", "kind", "name"), [
    # guards: a body the article names as one ('the airline X', 'X, which', 'X Ltd') stays a body;
    # a country or an agency speaking is no person
    ('The airline Tsaradia stopped its flights.\n\n"We will appeal," said Tsaradia.', "organisations",
     "Tsaradia"),
    ('"We will keep sailing," said Molslinjen, which runs the crossings.', "organisations", "Molslinjen"),
    ('"The border stays shut," Kenya said.', "places", "Kenya"),
])
def test_one_word_bodies_speaking_stay_bodies(text: str, kind: str, name: str) -> None:
    data = draft(text)
    assert name in names(data, kind) and name not in names(data, "people")
