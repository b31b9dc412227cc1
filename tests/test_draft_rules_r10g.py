"""Rules of round 10 of issue 18, third stint (events), as tables (each row its own sentences, not
a fixture's): a gathering whose name ends in its event word and is also drafted as a body's ('The
Pacific Islands Forum opened in Suva on Monday', 'opened the Asian Rice Congress') is the event
when the sentence tells it opening, held or ending (not when the body only speaks, nor a body named
after it, 'the Forum Secretariat'); and a gathering or visit of N days told by the day it ended
('The three-day visit ended on Friday') runs from N - 1 days before that day, the first day marked
inferred (not 'a five-day inquest', whose days are sittings). Guard rows keep what is right.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import pytest

from ruletable import meetings


@pytest.mark.parametrize(("text", "name", "place", "date", "scheduled"), [
    ("The Pacific Islands Forum opened in Suva on Monday, with leaders from 18 countries attending. "
     "Fiji's prime minister, Sitiveni Rabuka, said the region could not wait for climate finance.",
     "Pacific Islands Forum", "suva", "2026-03-02", False),
    ("Farmers and scientists gathered in Bangkok on Tuesday as Thai Prime Minister Somchai Wongsa "
     "opened the Asian Rice Congress. Delegates from 30 countries are attending.",
     "Asian Rice Congress", "bangkok", "2026-03-03", False),
    ("The Asian Rice Congress, which began in Bangkok on Tuesday, drew 2,000 delegates, said Somchai "
     "Wongsa, its chairman.",
     "Asian Rice Congress", None, "2026-03-03", False),
    ("The World Cocoa Forum will open in Accra on Thursday, bringing together growers and buyers from "
     "40 countries.",
     "World Cocoa Forum", "accra", "2026-03-05", True),
    # guard: a summit's name not drafted as a body's was the event before
    ("The Africa Climate Summit began in Nairobi on Monday. Kenya's president, William Ruto, told "
     "delegates that Africa must be paid for its forests.",
     "Africa Climate Summit", "nairobi", "2026-03-02", False),
])
def test_a_named_gathering_told_opening_or_held_is_the_event(text: str, name: str, place: str | None,
                                                             date: str, scheduled: bool) -> None:
    found = meetings(text)
    assert [m["name"] for m in found] == [name], found
    assert found[0].get("place") == place and found[0].get("date") == date, found[0]
    assert (found[0].get("status") == "scheduled") is scheduled, found[0]


@pytest.mark.parametrize("text", [
    # the body speaks: no gathering
    "The Pacific Islands Forum said on Monday it would send observers to Bougainville, its "
    "secretary-general, Baron Waqa, said.",
    # a body named after the gathering's word opens something: not the forum
    "The Pacific Islands Forum Secretariat opened an office in Honiara on Monday.",
])
def test_a_body_named_with_a_gathering_word_is_no_gathering(text: str) -> None:
    assert not any(m["name"] == "Pacific Islands Forum" for m in meetings(text)), meetings(text)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Fumio Kishida, Japan's prime minister, pledged coastal patrol boats to the Philippines during a "
     "visit to Manila. The three-day visit ended on Friday, officials said.",
     "2026-02-25", "2026-02-27"),
    ("The three-day summit ended in Suva on Friday with a pledge on climate finance, said Sitiveni "
     "Rabuka, Fiji's prime minister.",
     "2026-02-25", "2026-02-27"),
])
def test_a_length_told_of_the_last_day_moves_the_first_back(text: str, first: str, last: str) -> None:
    found = meetings(text)
    assert len(found) == 1, found
    assert found[0].get("date") == first and found[0].get("end_date") == last, found[0]
    assert "ended on" in found[0].get("inferred", {}).get("date", ""), found[0]


def test_a_gathering_told_closed_takes_its_days_from_a_later_sentence() -> None:
    """'which closed on Wednesday', then 'was held on 2-4 March': the day it closed is the last."""
    found = meetings("More than 900 delegates attended the Asian Rice Congress in Bangkok, which closed "
                     "on Wednesday with a call for seed banks.\n\nThe congress, organised by the "
                     "International Rice Research Institute, was held on 2-4 March at the Queen Sirikit "
                     "centre.")
    assert [(m["name"], m.get("date"), m.get("end_date")) for m in found] == [
        ("Asian Rice Congress", "2026-03-02", "2026-03-04")], found


def test_an_inquest_told_ended_keeps_its_day() -> None:
    """Guard: 'a five-day inquest' counts sitting days; the day it ended stays its date."""
    found = meetings("The five-day inquest ended on Friday. The coroner, Mary Hall, recorded a "
                     "verdict of accidental death.")
    assert [(m.get("date"), m.get("end_date")) for m in found] == [("2026-02-27", None)], found
