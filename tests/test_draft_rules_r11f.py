"""Rules of round 11 of issue 18 (events, second stint), as tables (each row its own sentences, not
a fixture's): an accused's appearance in court still ahead ('is due to appear before Kilmarnock
Sheriff Court on Friday', 'will appear in court on Monday', 'was remanded in custody to appear
again on March 18') is a scheduled court appearance, the accused's and the court's (not the
police's that told of it, nor the accused's employer's), one per day; a past participle after the
weekday of a plan ('is due to appear ... on Thursday charged with robbery') does not make the day
past; a body called back by the head of its name ('The Harris County Board of Commissioners voted
...', then 'The board will hold a public hearing ... at 9 a.m. Monday') takes part in its meeting,
told AP-style with no 'on' before the weekday; a meeting whose sides are told as groups ('Saudi and
American mediators met SPLM-N negotiators', 'Union leaders met officials of the Kenya Ports
Authority') is between the bodies so named, never people guessed from sentences about something
else; a body that opens an event of its own ('The council will hold a public hearing ... at City
Hall') is no pointer back to its vote (which took the hearing's place, unmarked); a trip told
ahead 'to meet' someone ('will fly to Oslo on Friday to meet X') is a scheduled meeting.
Guard rows keep what is right. Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import draft, meetings


def _by_date(found: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(m.get("date")): m for m in found}


@pytest.mark.parametrize(("text", "person", "court", "date"), [
    ("Mark Ellison, 41, of Onthank, is due to appear before Kilmarnock Sheriff Court on Friday. "
     "Police said a second man had been released.",
     "mark-ellison", "kilmarnock-sheriff-court", "2026-03-06"),
    ("A second man, Peter Havili, 29, was arrested on Sunday and will appear in court on Monday, "
     "police said.", "peter-havili", None, "2026-03-09"),
    ("Rosa Quintero is due in court on Friday accused of fraud, prosecutors said.",
     "rosa-quintero", None, "2026-03-06"),
    # ('charged with robbery' after the day is the charge, not a past act on it)
    ("Declan Roche, 27, of Mervue, is due to appear before Mervue District Court on Thursday charged "
     "with robbery.", "declan-roche", "mervue-district-court", "2026-03-05"),
])
def test_a_court_appearance_ahead_is_the_accuseds_and_the_courts(text: str, person: str,
                                                                  court: str | None, date: str) -> None:
    found = meetings(text)
    assert len(found) == 1, found
    meeting = found[0]
    assert person in meeting.get("participants", []), meeting
    assert str(meeting.get("date")) == date and meeting.get("status") == "scheduled", meeting
    assert (meeting.get("organisations") or []) == ([court] if court else []), meeting


def test_a_remand_to_a_later_day_is_a_second_appearance() -> None:
    found = _by_date(meetings("Anna Lindqvist appeared before Uppsala District Court on Tuesday and "
                              "was remanded in custody to appear again on March 18."))
    assert set(found) == {"2026-03-03", "2026-03-18"}, found
    assert found["2026-03-03"].get("status") != "scheduled", found
    assert found["2026-03-18"].get("status") == "scheduled", found
    for meeting in found.values():
        assert meeting.get("participants") == ["anna-lindqvist"], meeting
        assert meeting.get("organisations") == ["uppsala-district-court"], meeting


def test_appearances_on_two_days_are_two() -> None:
    found = _by_date(meetings("The union's treasurer, Anil Mehta, will appear in court on Thursday, "
                              "police said. Two other union officials, Rahul Verma and Sunil Rao, were "
                              "remanded in custody to appear again on March 20."))
    assert set(found) == {"2026-03-05", "2026-03-20"}, found
    assert found["2026-03-05"].get("participants") == ["anil-mehta"], found
    assert set(found["2026-03-20"].get("participants", [])) >= {"rahul-verma", "sunil-rao"}, found
    assert "anil-mehta" not in found["2026-03-20"].get("participants", []), found
    assert not any(m.get("uncertain", {}).get("date") for m in found.values()), found


@pytest.mark.parametrize("text", [
    # guards: a court's building, a video, evidence to a committee: no one appears in court
    "Protesters gathered outside the court building in Valletta on Monday.",
    "The singer Lena Park appeared in a video posted on Monday.",
    "The minister, Joseph Camilleri, appeared before the public accounts committee on Tuesday.",
])
def test_no_court_appearance_without_a_court(text: str) -> None:
    assert not any("appearance" in str(m.get("name", "")).lower() for m in meetings(text)), meetings(text)


def test_a_weekday_told_as_done_stays_past() -> None:
    # guard: 'The watchdog on Monday fined X': the day before publication, held
    data = draft("The Malta Gaming Authority on Monday fined Lucky Isle Ltd 20,000 euros.")
    assert [t["date"] for t in data.get("timeline", [])] == ["2026-03-02"], data.get("timeline")


@pytest.mark.parametrize(("text", "body", "date"), [
    ("The Harris County Board of Commissioners voted on Tuesday to raise bridge tolls. The board will "
     "hold a public hearing on the plan at 9 a.m. Monday at the county courthouse.",
     "harris-county-board-of-commissioners", "2026-03-09"),
    ("The Ministry of Fisheries said on Tuesday that quotas would fall. The ministry will meet boat "
     "owners on Friday.", "ministry-of-fisheries", "2026-03-06"),
    # guards: AP style with the body's name ending in its word (already right)
    ("The Fairview Town Council will hold a public hearing Monday night on the trash contract.",
     "fairview-town-council", "2026-03-09"),
    ("The Fairview Town Council voted 5-2 Tuesday to close the pool. The council will hold a public "
     "hearing on the city's trash contract at 6 p.m. Monday at City Hall.",
     "fairview-town-council", "2026-03-09"),
])
def test_a_body_called_back_by_its_head_holds_its_meeting(text: str, body: str, date: str) -> None:
    found = _by_date(meetings(text))
    assert date in found, found
    assert found[date].get("status") == "scheduled", found[date]
    assert found[date].get("organisations") == [body], found[date]


def test_two_bodies_of_one_head_are_no_guess() -> None:
    # guard: 'the board' could be either board: none is taken
    found = meetings("Residents asked the Lake County Board of Education and the Lake County Board of "
                     "Health to act. The board will meet Thursday.")
    assert all(not m.get("organisations") for m in found), found


def test_talks_told_by_groups_take_no_one_from_elsewhere() -> None:
    found = meetings("Sudan peace talks in Jeddah stalled on Tuesday as fighting spread to Omdurman. Ahmed "
                     "Nuri, a spokesman for the Sudanese Red Crescent, said aid convoys could not reach the "
                     "city. In Jeddah, Saudi and American mediators met SPLM-N negotiators for a third day.")
    assert len(found) == 1, found
    assert not found[0].get("participants") and not found[0].get("organisations"), found
    assert "Saudi and American mediators" in found[0]["uncertain"]["participants"], found


def test_groups_of_bodies_meeting_is_the_bodies_meeting() -> None:
    found = _by_date(meetings("The Mombasa Dock Workers' Union called a strike on Monday. Union leaders "
                              "met officials of the Kenya Ports Authority on Tuesday, but the talks broke "
                              "down."))
    assert "2026-03-03" in found, found
    assert set(found["2026-03-03"].get("organisations", [])) == {"mombasa-dock-workers-union",
                                                                  "kenya-ports-authority"}, found


@pytest.mark.parametrize("text", [
    # guards: groups named with nobody guessed already; groups that only speak
    "Peace talks resumed in Oslo on Monday. Colombian and Norwegian mediators met ELN negotiators "
    "behind closed doors.",
    "Mediators said on Monday that the talks in Doha would resume on Friday.",
])
def test_groups_take_no_one(text: str) -> None:
    found = meetings(text)
    assert all(not m.get("participants") and not m.get("organisations") for m in found), found


def test_a_body_opening_its_own_event_lends_the_vote_nothing() -> None:
    found = meetings("The Fairview Town Council voted 5-2 Tuesday to close the pool.\n\nThe council will "
                     "hold a public hearing on the trash contract at 6 p.m. Monday at City Hall.")
    votes = [m for m in found if m["name"].startswith("Vote")]
    assert len(votes) == 1 and votes[0].get("place") is None and votes[0]["paragraphs"] == [1], found
    hearing = _by_date(found)["2026-03-09"]
    assert hearing.get("place") == "city-hall" and hearing.get("status") == "scheduled", found


def test_a_trip_ahead_to_meet_someone_is_a_scheduled_meeting() -> None:
    found = meetings("Prime Minister Anna Berg will fly to Oslo on Friday to meet Norwegian Prime Minister "
                     "Lars Dahl.")
    assert len(found) == 1, found
    assert set(found[0].get("participants", [])) == {"anna-berg", "lars-dahl"}, found
    assert found[0].get("date") == "2026-03-06" and found[0].get("status") == "scheduled", found


def test_a_meeting_again_stays_the_bodys() -> None:
    # guard: 'the council will meet again' is the body's next meeting, not a pointer back
    found = _by_date(meetings("The Fairview Town Council voted on Tuesday to close the pool, and the "
                              "council will meet again on Monday."))
    assert set(found) == {"2026-03-03", "2026-03-09"}, found
    assert found["2026-03-09"].get("organisations") == ["fairview-town-council"], found
