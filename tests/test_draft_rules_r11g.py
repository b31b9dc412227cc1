"""Rules of round 11 of issue 18 (events, third stint), as tables (each row its own sentences, not
a fixture's): a day that opens its sentence before a comma ('On Saturday, Maria Lopez beat Elena
Novak 6-3, 6-4 in the final') is the day of the main clause's event, unless the clause tells of
saying or of a plan; one named person meeting a group the sentence does not name ('Finance
Minister Ali Hassan met union leaders on Monday') is a meeting with that person; who only tells of
a meeting in the sentence's tail ('The Department of Health will hold a meeting ... on Thursday,
Herbosa added') takes no part in it when the clause names who holds it; an act with a day of its
own before 'to' ('voted yesterday to go back to work on Monday') makes the later weekday a plan's,
ahead, and a lede's 'yesterday' is the day its report gives for the events that have no day
('The vote was taken at a mass meeting'). Guard rows keep what is right.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import meetings


def _only(text: str) -> dict[str, Any]:
    found = meetings(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "date"), [
    ("On Saturday, Maria Lopez beat Elena Novak 6-3, 6-4 in the women's final.", "2026-02-28"),
    ("Late on Monday, Leeds Rhinos beat Wigan Warriors 24-18 at Headingley.", "2026-03-02"),
])
def test_a_day_that_opens_the_sentence_is_its_events(text: str, date: str) -> None:
    meeting = _only(text)
    assert str(meeting.get("date")) == date, meeting
    assert meeting.get("status") != "scheduled", meeting
    assert not meeting.get("uncertain", {}).get("date"), meeting  # (the sentence's own day, no guess)


@pytest.mark.parametrize("text", [
    # guards: the opening day is the saying's, or another clause comes between
    "On Monday, the coach said Maria Lopez would face Elena Novak in the final.",
    "On Monday, the federation said the talks with the players' union would resume.",
])
def test_an_opening_day_of_saying_is_not_the_events(text: str) -> None:
    assert not any(str(m.get("date")) == "2026-03-02" for m in meetings(text)), meetings(text)


@pytest.mark.parametrize(("text", "person", "date"), [
    ("Finance Minister Ali Hassan met union leaders on Monday to discuss the pay dispute.",
     "ali-hassan", "2026-03-02"),
    ("Governor Maria Santos met with community leaders in Cebu on Tuesday.", "maria-santos", "2026-03-03"),
])
def test_a_person_meeting_a_group_is_a_meeting(text: str, person: str, date: str) -> None:
    meeting = _only(text)
    assert meeting.get("participants") == [person], meeting
    assert str(meeting.get("date")) == date and meeting.get("status") != "scheduled", meeting


def test_a_person_meeting_a_group_in_talks_keeps_the_talks() -> None:
    # guard: the sentence's own event word names the event
    meeting = _only("Transport Minister Jean Morel met union leaders for three hours on Tuesday but "
                    "the talks ended without agreement.")
    assert meeting.get("type") == "talks" and meeting.get("participants") == ["jean-morel"], meeting


def test_who_tells_of_a_meeting_takes_no_part() -> None:
    found = meetings("Health Secretary Teodoro Herbosa said on Monday a new case had been confirmed.\n\n"
                     "The Department of Health will hold a meeting with local health officers on "
                     "Thursday to review the response, Herbosa added.")
    meeting = next(m for m in found if str(m.get("date")) == "2026-03-05")
    assert "teodoro-herbosa" not in meeting.get("participants", []), meeting
    assert meeting.get("organisations") == ["department-of-health"], meeting
    assert meeting.get("status") == "scheduled", meeting


@pytest.mark.parametrize(("text", "person"), [
    # guards: who meets is named before the tail, or the clause names no one else that holds it
    ("Finance Minister Ali Hassan will meet the Kenya Union of Teachers on Thursday, the ministry said.",
     "ali-hassan"),
    ("The ministry will meet the Kenya Union of Teachers on Thursday, Finance Minister Ali Hassan said. "
     "Ali Hassan will lead the talks.",
     "ali-hassan"),
])
def test_who_does_it_stays_in_it(text: str, person: str) -> None:
    meeting = _only(text)
    assert person in meeting.get("participants", []), meeting


def test_a_plan_after_a_dated_vote_is_ahead_and_yesterday_dates_the_lede() -> None:
    found = meetings("LONDON - The city's 9,000 dockers voted yesterday to go back to work on Monday, "
                     "ending a nine-day unofficial strike.\n\n"
                     "The vote was taken at a mass meeting at Tower Hill after the strike leader, "
                     "Jack Dash, told the men that the employers had agreed to talks.")
    assert found, found
    assert not any(str(m.get("date")) == "2026-03-02" for m in found), found
    meeting = next(m for m in found if m.get("type") == "meeting")
    assert str(meeting.get("date")) == "2026-03-03", meeting
    assert meeting.get("uncertain", {}).get("date"), meeting  # (still a guess from the lede)


def test_a_day_told_before_a_plan_stays_the_acts() -> None:
    # guard: 'agreed on Monday to ...' with no later day: Monday is the agreement's
    found = meetings("The two unions agreed on Monday to hold a joint meeting with the Kenya Ports "
                     "Authority.")
    assert not any(str(m.get("date")) > "2026-03-04" for m in found), found
