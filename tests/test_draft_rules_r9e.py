"""Rules of round 9 of issue 18 (events, second pass), as tables (each row its own sentences, not
a fixture's): an event called or set for a weekday is ahead of the call; a body's meeting told in
a clause of time ('after the boards met in Cork'); the other side of another act ('after beating
X') takes no part in the event; a second round between named people is a meeting of its own.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import draft, meetings


def _ids(meeting: dict[str, Any]) -> set[str]:
    return {*meeting.get("participants", ()), *meeting.get("organisations", ())}


@pytest.mark.parametrize(("text", "date", "doubt"), [
    # a meeting called for a weekday: the one after the call, not the one before publication
    ("Swindon borough council called an emergency meeting for Friday. Its leader, Jane Hale, said the "
     "town could not lose the works.", "2026-03-06", False),
    ("The Transport Workers' Union called a strike for Monday after talks with Metro Rail collapsed.",
     "2026-03-09", False),
    # the weekday of publication itself: the week after, or that very day
    ("Swindon borough council called an emergency meeting for Wednesday.", "2026-03-11", True),
    # the sentence also tells what was done at it: past, marked
    ("Swindon borough council called an emergency meeting for Monday, at which councillors voted to "
     "sell the depot.", "2026-03-02", True),
])
def test_an_event_called_for_a_weekday_is_ahead_of_the_call(text: str, date: str, doubt: bool) -> None:
    data = draft(text)
    dated = [r for kind in ("meetings", "timeline") for r in data.get(kind, [])
             if "for " in r.get("summary", r.get("label", ""))]
    assert dated and {r.get("date") for r in dated} == {date}, dated
    assert all(("date" in r.get("uncertain", {})) == doubt for r in dated), dated


def test_the_day_a_meeting_was_called_for_is_not_the_day_of_the_call() -> None:
    # (the council's words, if drafted as a statement, were not said on the day of the meeting;
    # since round 11 (r11e) 'called an emergency meeting' is an act, no statement at all)
    data = draft("Swindon Borough Council called an emergency meeting for Friday.")
    statements = data.get("statements", [])
    assert all(s.get("date") is None for s in statements), statements


@pytest.mark.parametrize(("text", "orgs", "place", "date"), [
    # the bodies' meeting told in a clause of time, its bodies named in the lede
    ("The boards of two Finnish dairy co-operatives, Valio Cooperative and Maitokolmio Cooperative, agreed "
     "on Monday to merge.\n\n"
     "Members would vote on the plan in Oulu on March 20, Valio's chairman, Erkki Salo, told reporters "
     "after the boards met in Helsinki.", {"valio-cooperative", "maitokolmio-cooperative"}, "helsinki",
     "2026-03-02"),
])
def test_a_bodies_meeting_told_in_a_clause_of_time_is_an_event(text: str, orgs: set[str], place: str,
                                                                date: str) -> None:
    found = [m for m in meetings(text) if m.get("place") == place]
    assert found, meetings(text)
    assert orgs <= _ids(found[0]) and found[0].get("date") == date
    assert found[0].get("status") != "scheduled" and "participants" in found[0].get("uncertain", {})


def test_guard_no_bodies_meeting_without_bodies_named_so() -> None:
    # 'the boards' that the article never names as 'the boards of ...': no meeting invented
    found = meetings("Erkki Salo told reporters in Oulu on Monday after the boards met in Helsinki.")
    assert not [m for m in found if m.get("place") == "helsinki"], found


@pytest.mark.parametrize(("text", "side", "other"), [
    # the semi-final's opponent, told after 'after beating', takes no part in the final
    ("Olimpia will face Cerro Porteño in the final after beating Libertad 2-1 on Sunday night.",
     {"olimpia", "cerro-porteno"}, "libertad"),
])
def test_the_other_side_of_another_act_takes_no_part(text: str, side: set[str], other: str) -> None:
    found = [m for m in meetings(text) if side <= _ids(m)]
    assert found and other not in _ids(found[0]), meetings(text)


def test_guard_the_event_told_in_the_phrase_keeps_its_people() -> None:
    # the talks are the phrase's own act: who is named in it takes part
    found = meetings("After holding talks with Ulf Kristersson in Turku on Monday, Petteri Orpo flew to "
                     "Oslo.")
    assert any({"ulf-kristersson", "petteri-orpo"} <= _ids(m) for m in found), found


@pytest.mark.parametrize(("text", "first", "second"), [
    # two named people, talks held, and a second round in the same sentence
    ("Finnish Prime Minister Petteri Orpo and Swedish Prime Minister Ulf Kristersson failed to agree in "
     "talks in Turku on Monday, and will meet again in Oulu on March 20.",
     ("2026-03-02", "turku"), ("2026-03-20", "oulu")),
    ("Petteri Orpo met Ulf Kristersson in Turku on Monday, and the two will meet again in Oulu on "
     "March 20.", ("2026-03-02", "turku"), ("2026-03-20", "oulu")),
])
def test_a_second_round_between_named_people_is_a_meeting_of_its_own(
        text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    found = {(m.get("date"), m.get("place")): m for m in meetings(text)}
    assert first in found and second in found, meetings(text)
    assert found[first].get("status") is None and found[second].get("status") == "scheduled"
    assert _ids(found[first]) == _ids(found[second]) == {"petteri-orpo", "ulf-kristersson"}


def test_guard_one_meeting_without_a_second_round() -> None:
    found = meetings("Petteri Orpo met Ulf Kristersson in Turku on Monday.")
    assert [(m.get("date"), m.get("place")) for m in found] == [("2026-03-02", "turku")], found


@pytest.mark.parametrize(("text", "sides"), [
    # talks that reached 'the deal' are between the sides that agreed it, named by common nouns
    ("Swedish dockworkers will return to work on Friday after their union and the port operators agreed "
     "a pay deal.\n\n"
     "The deal was reached in talks on Monday at the office of the national mediator, Anna Berg.\n\n"
     "The Swedish Dockworkers' Union said its members had kept their rules. The Swedish Port Operators' "
     "Association said the strike had cost exporters dearly.",
     {"swedish-dockworkers-union", "swedish-port-operators-association"}),
])
def test_talks_that_reached_the_deal_take_its_sides(text: str, sides: set[str]) -> None:
    talks = [m for m in meetings(text) if m.get("type") == "talks"]
    assert talks and sides <= _ids(talks[0]), meetings(text)
    assert "participants" in talks[0].get("uncertain", {})


def test_guard_sides_no_organisation_is_named_by_take_no_one() -> None:
    # 'the two sides' name no organisation of the article: nothing taken
    text = ("Dockworkers will return to work on Friday after the union and the employers agreed a pay deal."
            "\n\nThe deal was reached in talks on Monday at the office of the national mediator, Anna Berg.")
    talks = [m for m in meetings(text) if m.get("type") == "talks"]
    assert talks and not talks[0].get("organisations"), talks
