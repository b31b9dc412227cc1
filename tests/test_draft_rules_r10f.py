"""Rules of round 10 of issue 18, second stint (events and dates), as tables (each row its own
sentences, not a fixture's): a deal signed, told actively ('signed a $1.1 billion deal with X on
Thursday') or passively ('The agreement was signed in Tashkent by X and Y'), is one held signing,
dated by the one and placed by the other, its signers taking part; 'next' makes a weekday the one
after publication only when it governs that day ('the next hearing is on Friday'), not when it
tells of another thing after it ('toured farms on Monday, promising seed for the next planting');
a title set off by commas before a name is that name's ('in the Central Cemetery, the French
ambassador, Jean-Claude Moreau,'), and a burial ground named with its word is a place; a body
that speaks of a fixture ('tickets for Saturday's game') is no side of it, and the day that owns
the event word is its day. Guard rows keep what is right. Publication date: Wednesday 4 March
2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import draft, meetings, names


def _ids(meeting: dict[str, Any]) -> set[str]:
    return {*meeting.get("participants", ()), *meeting.get("organisations", ())}


def _signings(text: str) -> list[dict[str, Any]]:
    return [m for m in meetings(text) if m["name"].startswith("Signing")]


@pytest.mark.parametrize(("text", "who", "place", "date"), [
    # told actively with an amount before the deal, then passively with the place and the signers
    ("Mongolia's state mining company signed a $2.3 billion deal with Japan's Marubeni on Thursday to "
     "build a copper smelter near Erdenet.\n\n"
     "The agreement was signed in Ulaanbaatar by Mining Minister Ganbaatar Dorj and Marubeni's chief "
     "executive, Kenji Sato, in the presence of President Luvsan Enkhbold.",
     {"ganbaatar-dorj", "kenji-sato"}, "ulaanbaatar", "2026-02-26"),
    # told only passively: its signers, its place and its day
    ("Fishing in the lagoon will be shared under a deal between the Ministry of Fisheries and the "
     "Lagos Fishermen's Union. The agreement was signed in Lagos on Friday by the fisheries minister, "
     "Bola Adeyemi, and the union's leader, Kunle Ojo.",
     {"bola-adeyemi", "kunle-ojo"}, "lagos", "2026-02-27"),
    # an amount before the deal, told actively only
    ("The Ghana Ports and Harbours Authority signed a $1.1 billion deal with Boskalis Westminster Ltd "
     "in Accra on Monday to deepen the harbour at Takoradi.",
     {"ghana-ports-and-harbours-authority", "boskalis-westminster-ltd"}, "accra", "2026-03-02"),
])
def test_a_deal_signed_is_one_signing_with_its_signers(text: str, who: set[str], place: str,
                                                       date: str) -> None:
    found = _signings(text)
    assert len(found) == 1, meetings(text)
    assert who <= _ids(found[0]) and found[0].get("place") == place and found[0].get("date") == date, \
        found[0]
    assert found[0].get("status") != "scheduled", found[0]


@pytest.mark.parametrize("text", [
    # signed long ago, or told by whom and not when or where: background, no event
    "The treaty was signed in 1998 by Peru and Ecuador, Foreign Minister Ana Ruiz said.",
    "The agreement has been signed by both unions, Tom Grey said.",
])
def test_guard_no_signing_event_from_a_passive_of_background(text: str) -> None:
    assert not _signings(text), meetings(text)


def _timeline(text: str) -> list[str]:
    return [entry["date"] for entry in draft(text).get("timeline", [])]


@pytest.mark.parametrize(("text", "date"), [
    # 'next' after the day, of another thing: the Monday before publication
    ("Agriculture Minister Ana Lopez toured flooded farms in the north on Monday, promising seed for "
     "the next planting.", "2026-03-02"),
    ("Health Minister Ana Lopez opened a clinic in Tarlac on Monday, promising nurses for the next one.",
     "2026-03-02"),
])
def test_next_after_the_day_of_another_thing_leaves_the_day_past(text: str, date: str) -> None:
    assert _timeline(text) == [date]


@pytest.mark.parametrize(("text", "date"), [
    # 'next' that governs the day: still the one after publication
    ("The next hearing in the case is on Friday, the court said.", "2026-03-06"),
    ("The council meets again next Monday, Ana Lopez said.", "2026-03-09"),
])
def test_guard_next_before_the_day_makes_it_ahead(text: str, date: str) -> None:
    assert date in _timeline(text)


@pytest.mark.parametrize(("text", "person", "not_person"), [
    # a title set off by commas before a name is that name's, not the words' before it
    ("At a dinner in the Savoy Grill, the British ambassador, Jane Marriott, thanked the hosts.",
     "Jane Marriott", "Savoy Grill"),
    ("At a ceremony in the Central Cemetery, the French ambassador, Jean-Claude Moreau, gave the remains "
     "to the minister.", "Jean-Claude Moreau", "Central Cemetery"),
])
def test_a_title_between_commas_before_a_name_is_that_names(text: str, person: str,
                                                             not_person: str) -> None:
    people = names(draft(text), "people")
    assert person in people and not_person not in people, people


def test_guard_a_title_ending_in_a_body_before_its_name_stays_the_persons() -> None:
    # 'the president of the Portuguese space agency, Portugal Space,': the name is the agency's
    text = ("Marta Figueiredo, the president of the Portuguese space agency, Portugal Space, said two "
            "companies had been shortlisted.")
    people = draft(text).get("people", [])
    assert [p.get("roles") for p in people if p["name"] == "Marta Figueiredo"] \
        == [[{"title": "president of the Portuguese space agency"}]], people


@pytest.mark.parametrize(("text", "place"), [
    # a burial ground named with its place word is a place
    ("The remains of the four will rest in the National Pantheon until a grave is ready.",
     "National Pantheon"),
    ("Thousands gathered at the Glasnevin Cemetery in Dublin on Sunday.", "Glasnevin Cemetery"),
])
def test_a_burial_ground_is_a_place(text: str, place: str) -> None:
    assert place in names(draft(text), "places"), draft(text).get("places")


_FINAL = "Kalev will face Tartu in the final of the Estonian volleyball championship on Saturday, " \
    "after beating Parnu 3-1 on Monday night."
_TICKETS = "The Estonian Volleyball Federation said about 900 tickets for Saturday's game had been " \
    "sold by Wednesday afternoon."


@pytest.mark.parametrize(("text", "expected"), [
    # 'Saturday's game' is the final on Saturday, and the federation that sold its tickets plays
    # no part in it (before: a 'Game with Estonian Volleyball Federation' of its own)
    (f"{_FINAL}\n\n{_TICKETS}", [("Kalev v Tartu", "2026-03-07", ["kalev", "tartu"], [1, 2])]),
    # ... nor in the second game, told after the final (before: the federation was its side)
    (f"{_FINAL}\n\nThe series begins in Tallinn on Saturday, with the second game in Viljandi on "
     f"March 12.\n\n{_TICKETS}",
     [("Kalev v Tartu", "2026-03-07", ["kalev", "tartu"], [1, 2, 3]),
      ("Game in Viljandi", "2026-03-12", [], [2])]),
])
def test_a_body_that_speaks_of_a_fixture_is_no_side_of_it(text: str, expected: list[Any]) -> None:
    found = meetings(text)
    assert [(m["name"], m.get("date"), m.get("organisations", []), m["paragraphs"]) for m in found] \
        == expected, found


_CONFERENCE = ("Rice yields in Asia could fall by a tenth by 2040, the head of the International Rice "
               "Research Institute told the Asian Rice Conference, which opened in Manila on Monday.")


@pytest.mark.parametrize(("text", "end"), [
    # its length: the first day plus the days, less one
    (f"{_CONFERENCE}\n\nMore than 900 scientists are attending the four-day meeting at the Philippine "
     "International Convention Center.", "2026-03-05"),
    # the day a later sentence says it ends
    (f"{_CONFERENCE}\n\nThe conference ends on Thursday with a field trip to Laguna.", "2026-03-05"),
])
def test_a_gathering_ends_on_the_day_its_length_or_a_later_sentence_gives(text: str, end: str) -> None:
    found = meetings(text)
    assert [(m["name"], m.get("date"), m.get("end_date")) for m in found] \
        == [("Asian Rice Conference", "2026-03-02", end)], found


@pytest.mark.parametrize("text", [
    # the day its sentence gives is its last: no end after it
    "Prime Minister Ana Lopez's three-day visit to Japan ended on Friday, officials said.",
    # a court's days are days of sitting, not of the calendar
    "The Coroners Court in Auckland heard on Wednesday that a tour company ignored two warnings.\n\n"
    "Coroner Alexander Ho opened a five-day inquest into the death of a hiker.",
])
def test_guard_no_end_from_a_length_told_of_the_last_day_or_of_a_court(text: str) -> None:
    assert not [m for m in meetings(text) if m.get("end_date")], meetings(text)
