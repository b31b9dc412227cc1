"""Rules of round 9 of issue 18 (events), as tables (each row its own sentences, not a
fixture's): events told as still ahead by a verb (a fixture, a vote, a signing), a second round
in the same sentence, a subject event's day after its verb, sides counted ('the two societies')
or named in the next paragraphs, talks that are only wished for, and weekdays that can be read
two ways. Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import draft, meetings


def _ids(meeting: dict[str, Any]) -> set[str]:
    return {*meeting.get("participants", ()), *meeting.get("organisations", ())}


@pytest.mark.parametrize(("text", "sides", "date"), [
    # a fixture still to be played: 'X will face Y', 'are due to play', 'will take on'
    ("Sportivo Luqueño will face Cerro Porteño in the final on Saturday.",
     {"sportivo-luqueno", "cerro-porteno"}, "2026-03-07"),
    ("Nacional are due to play Liverpool Montevideo at the Centenario on March 15.",
     {"nacional", "liverpool-montevideo"}, "2026-03-15"),
    # the day of the fixture in the next sentence, told as a timetable
    ("Sportivo Luqueño will face Cerro Porteño in the final. The best-of-three final series begins at "
     "the Defensores stadium in Asunción on Saturday.", {"sportivo-luqueno", "cerro-porteno"},
     "2026-03-07"),
])
def test_a_fixture_still_to_be_played_is_a_scheduled_match(text: str, sides: set[str], date: str) -> None:
    found = [m for m in meetings(text) if sides <= _ids(m)]
    assert found, meetings(text)
    assert found[0]["date"] == date
    assert found[0]["status"] == "scheduled"


@pytest.mark.parametrize(("text", "people", "date", "place"), [
    # a vote in reported speech, at a place and a date
    ("Members would vote on the plan at meetings in Tralee on March 20, the chairman, Liam Moran, said.",
     {"liam-moran"}, "2026-03-20", "tralee"),
    # a signing due later, its day after an aside ('with her counterpart, X,') and its place
    ("Portugal's health minister, Ana Costa, is due to sign the agreement with her Spanish counterpart, "
     "Luis Ortega, in Badajoz on March 12, officials said.", {"ana-costa", "luis-ortega"}, "2026-03-12",
     "badajoz"),
    ("The mayor, Rui Dias, will sign a contract with the builders in Braga on March 9.", {"rui-dias"},
     "2026-03-09", "braga"),
])
def test_a_vote_or_a_signing_still_ahead_is_scheduled(text: str, people: set[str], date: str,
                                                      place: str) -> None:
    found = [m for m in meetings(text) if people <= _ids(m) and m.get("date") == date]
    assert found, meetings(text)
    assert found[0]["status"] == "scheduled"
    assert found[0].get("place") == place


@pytest.mark.parametrize(("text", "date"), [
    # the event word opens the sentence; its verb of being held comes before the day, far from it
    ("The trial of four men accused of defrauding a pension fund opened on Monday at the High Court "
     "in Nairobi, where Judge Grace Wanjiru read the charges.", "2026-03-02"),
    # (guard, drafted so before: the verb within reach of the word)
    ("The congress of the national farmers' federation and its regional branches ended on Tuesday "
     "in Arusha with a call from its president, Halima Mdee, for lower fuel taxes.", "2026-03-03"),
])
def test_the_day_after_a_subject_events_verb_is_its_own(text: str, date: str) -> None:
    assert [m.get("date") for m in meetings(text)][:1] == [date]


def test_a_second_round_in_the_same_sentence_is_an_event_of_its_own() -> None:
    found = meetings("Employers and unions failed to agree in talks in Turku on Monday, and will meet "
                     "again in Oulu on March 20 under the mediator, Erkki Salo.")
    by_date = {m.get("date"): m for m in found}
    assert by_date["2026-03-02"].get("status") is None and by_date["2026-03-02"].get("place") == "turku"
    later = by_date["2026-03-20"]
    assert later["status"] == "scheduled" and later.get("place") == "oulu"
    assert "erkki-salo" in _ids(later)


def test_sides_counted_are_the_last_named_before() -> None:
    text = ("The boards of Kerry Co-operative Society and Galtee Co-operative Creamery agreed on Tuesday to "
            "recommend a merger.\n\n"
            "Farmers who own the two societies would vote on the plan at meetings in Mallow on March 20, "
            "said the chairman, Liam Moran.")
    vote = [m for m in meetings(text) if m.get("date") == "2026-03-20"]
    assert vote and {"kerry-co-operative-society", "galtee-co-operative-creamery"} <= _ids(vote[0])
    assert "organisations" in vote[0].get("uncertain", {}) or "participants" in vote[0].get("uncertain", {})


def test_talks_between_sides_take_the_organisations_named_next() -> None:
    text = ("Hotel owners and the island's unions failed to agree on pay in talks in Limassol on "
            "Saturday.\n\n"
            "The Cyprus Hotel Association offered a rise of 5 percent. The Pancyprian Federation of Labour "
            "is asking for 12 percent.\n\n"
            "\"We came to negotiate,\" said Nikos Pappas, the federation's negotiator.")
    talks = [m for m in meetings(text) if m.get("date") == "2026-02-28"]
    assert talks and {"cyprus-hotel-association", "pancyprian-federation-of-labour"} <= _ids(talks[0])


@pytest.mark.parametrize(("text", "count"), [
    # talks someone asks for or wants are no event
    ("Ariel Londinsky said producers would ask their governments to start talks with Vietnam before "
     "the end of the year.", 0),
    ("The minister, Ana Costa, urged both unions to resume negotiations with the hospitals.", 0),
    # guard: talks held
    ("Ariel Londinsky held talks with Vietnam's trade minister, Nguyen Hong Dien, in Hanoi on Monday.", 1),
])
def test_talks_only_wished_for_are_no_event(text: str, count: int) -> None:
    assert len(meetings(text)) == count, meetings(text)


def _dated(data: dict[str, Any], date: str) -> list[dict[str, Any]]:
    return [r for kind in ("meetings", "timeline") for r in data.get(kind, []) if r.get("date") == date]


@pytest.mark.parametrize(("text", "wrong"), [
    # 'adjourned the hearing to Thursday': the day the court sits again, ahead
    ("Judge Grace Wanjiru adjourned the hearing to Thursday.", "2026-02-26"),
    # 'after beating X on Sunday': a day already past, though the sentence tells of a plan
    ("Olimpia will face Cerro Porteño in the final after beating Libertad 2-1 on Sunday night.",
     "2026-03-08"),
])
def test_a_weekday_is_read_the_way_its_clause_tells_it(text: str, wrong: str) -> None:
    assert not _dated(draft(text), wrong)


def test_a_weekday_given_two_days_is_marked_uncertain() -> None:
    data = draft("The final series begins in Asunción on Saturday.\n\n"
                 "About 1,500 tickets for Saturday's game had been sold by Tuesday afternoon.")
    for record in _dated(data, "2026-02-28"):
        assert "date" in record.get("uncertain", {}), record
    assert _dated(data, "2026-03-07")
