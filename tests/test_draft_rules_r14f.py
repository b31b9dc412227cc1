"""Rules of round 14 of issue 18 (events, helper r14b): probes found a match's second leg or return
match ('The second leg is on March 10', 'The return match is on Saturday') drafted as nothing: it is
the last match's sides playing again, on the sentence's day ('The second leg of the tour' is no
match). An act told in the past before its day with a future told only after it ('signed a
fisheries agreement in Oslo on Tuesday that will let boats fish') was drafted as the Tuesday after
publication, scheduled: the day is the act's, held, and the 'will' another clause's (not 'agreed to
meet in Oslo on Tuesday, when they will sign', a plan). A body's own meeting told with a manner
between its verb and the day ('The U.N. Security Council met behind closed doors on Thursday',
'met for three hours', 'met by video link') drafted no meeting, nor one with initials in the
body's name ('The U.N. Security Council met on Thursday'), nor one named with 'of' ('The board of
Havbruk Nord ASA met on Monday', 'The board of directors met'). A body holding its own event, called
back ('Havbruk Nord ASA reported a loss. The company will hold a briefing on Friday') had no side:
the body holds it ('the company' is the one firm named before, by its legal form or a firm's last
word); an AGM is a meeting. A day in what a court heard ('The court heard that Kamau had been
driving for 14 hours before the crash on June 3') dated the hearing: it is the crash's day, and the
hearing keeps the day it sat ('The court heard on Monday that ...' is the hearing's). Ceremonies
told in the passive ('will be sworn in as president on Monday', 'The bridge will be opened by the
minister on October 3') drafted nothing: a swearing-in or an opening, still ahead anywhere, done
in the lede when told with who, when or where; and 'as president' opens no clause that would leave
the 'will' behind (the Monday was the one before publication). Talks told going on in a plural's
present ('Talks resume in Cagliari on Friday', 'Negotiations resume') had no sides: they are the
next round of the last talks told, between their sides. The one met named by a role alone ('is due
to visit the island on May 24 to meet the mayor', after 'said Mayor Anna Holm') was left out: the
one person of that role named before takes part, marked. A fixture told by 'next' and a weekday,
its side maybe with an aside and by its short name ('Central, who have 21 points, play Boca Juniors
at La Bombonera next Sunday', after 'Rosario Central beat ...') was no event: it is a match ahead,
the short name the one club whose name begins or ends with it. A signing, then 'and will meet
again' ('signed the agreement in Oslo on Tuesday and will meet again in Reykjavik in June') was one
meeting, scheduled, in Oslo on Tuesday: the signing is the first round, held, and the next one
never takes the day told before 'again'. What a meeting is to discuss is not where it is ('met on
Thursday to discuss the fighting in Sudan' was in Sudan). Guard rows keep what is right.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import meetings


def _on(found: list[dict[str, Any]], day: str) -> dict[str, Any]:
    return next((m for m in found if str(m.get("date")) == day), {})


_FIRST_LEG = "Vardar beat Metalurg 31-27 in the first leg of the semi-final in Skopje on Sunday."


@pytest.mark.parametrize("later, day", [("The second leg is on March 10 in Strumica.", "2026-03-10"),
                                        ("The return match is on Saturday.", "2026-03-07"),
                                        ("The return leg will be played in Strumica on March 11.",
                                         "2026-03-11")])
def test_a_second_leg_is_the_last_matchs_sides_again(later: str, day: str) -> None:
    found = meetings(f"{_FIRST_LEG} {later}")
    again = _on(found, day)
    assert {"vardar", "metalurg"} <= set(again.get("organisations") or []), found
    assert again.get("status") == "scheduled", again


def test_a_leg_of_something_else_is_no_match() -> None:
    # guard: 'The second leg of the minister's tour': no rematch
    found = meetings(f"{_FIRST_LEG} The second leg of the minister's tour is in Paris on March 10.")
    assert not any({"vardar", "metalurg"} <= set(m.get("organisations") or [])
                   for m in found if str(m.get("date")) == "2026-03-10"), found


def test_a_second_leg_with_no_match_told_is_nothing() -> None:
    # guard: no match told before: no sides to play again
    assert meetings("The second leg is on March 10 in Strumica.") == [], "a rematch of nothing"


_PAIR = "Foreign Minister Espen Barth Eide and his Icelandic counterpart Thorgerdur Gunnarsdottir"


@pytest.mark.parametrize("text", [
    f"{_PAIR} signed a fisheries agreement in Oslo on Tuesday that will let boats from both countries "
    "fish in the Barents Sea.",
    "Foreign Minister Espen Barth Eide met his Icelandic counterpart Thorgerdur Gunnarsdottir at the "
    "foreign ministry in Oslo on Tuesday for talks that will continue in Reykjavik.",
    "Prime Minister Ana Brnabic opened the new terminal at Nis airport on Tuesday, a building that will "
    "handle two million passengers a year.",
    "The Health Minister, Dr. Kofi Mensah, launched a vaccination campaign in Kumasi on Tuesday that "
    "will reach two million children by June."])
def test_an_act_done_on_a_day_with_a_future_after_it_is_held_that_day(text: str) -> None:
    found = meetings(text)
    assert found and all(str(m.get("date")) == "2026-03-03" and m.get("status") in (None, "held")
                         for m in found), found


@pytest.mark.parametrize("text", [
    f"{_PAIR} are expected to sign a fisheries agreement in Oslo on Tuesday.",
    f"{_PAIR} agreed to meet in Oslo on Tuesday, when they will sign a fisheries agreement.",
    "The Kosovo Assembly approved plans to hold a referendum on Tuesday, which will decide the fate of "
    "the constitution."])
def test_an_act_planned_for_a_day_stays_ahead(text: str) -> None:
    # guard: a plan ('are expected to sign', 'agreed to meet') holds the day: still ahead
    found = meetings(text)
    assert found and all(str(m.get("date")) == "2026-03-10" and m.get("status") == "scheduled"
                         for m in found), found


@pytest.mark.parametrize("text, body, day", [
    ("The U.N. Security Council met behind closed doors on Thursday to discuss the fighting in Sudan.",
     "un-security-council", "2026-02-26"),
    ("The U.N. Security Council met on Thursday.", "un-security-council", "2026-02-26"),
    ("The Security Council met behind closed doors on Thursday.", "security-council", "2026-02-26"),
    ("The Finance Committee met for three hours on Monday.", "finance-committee", "2026-03-02"),
    ("The Bergen City Council met by video link on Monday.", "bergen-city-council", "2026-03-02")])
def test_a_body_met_in_a_manner_on_a_day_is_its_meeting(text: str, body: str, day: str) -> None:
    assert body in (_on(meetings(text), day).get("organisations") or []), meetings(text)


def test_a_body_meeting_a_deadline_is_no_meeting() -> None:
    # guard: 'met its deadline': no manner, no meeting
    assert meetings("The Finance Committee met its deadline on Monday.") == []


_LOSS = "Havbruk Nord ASA reported a loss of 40 million crowns for the quarter."


@pytest.mark.parametrize("text, day", [
    (f"{_LOSS} The company will hold a briefing on Friday.", "2026-03-06"),
    (f"{_LOSS}\n\nThe company will hold a briefing for investors on Friday, chief executive Ingrid "
     "Solheim said.", "2026-03-06"),
    (f"{_LOSS} The company will hold its AGM on 12 May.", "2026-05-12"),
    ("Havbruk Nord ASA will hold its AGM on 12 May.", "2026-05-12")])
def test_a_body_holding_its_own_event_is_a_side_of_it(text: str, day: str) -> None:
    event = _on(meetings(text), day)
    assert "havbruk-nord-asa" in (event.get("organisations") or []), meetings(text)
    assert event.get("status") == "scheduled", event


@pytest.mark.parametrize("before", ["Havbruk Nord ASA and Mowi ASA reported losses.",
                                    "Prime Minister Jonas Gahr Store spoke to reporters."])
def test_the_company_with_no_one_firm_before_it_is_nobody(before: str) -> None:
    # guard: two firms named before, or none: 'the company' is not guessed
    event = _on(meetings(f"{before} The company will hold a briefing on Friday."), "2026-03-06")
    assert not event.get("organisations"), event


_APPEARED = ("Bus driver Peter Kamau, 45, appeared at the Nakuru High Court on Tuesday charged with causing "
             "death by dangerous driving.")


@pytest.mark.parametrize("text, crash", [
    (f"{_APPEARED}\n\nThe court heard that Kamau had been driving for 14 hours before the crash on June 3, "
     "which killed 11 passengers.", "2025-06-03"),
    ("The inquest into the death of Maria Lopes opened at Funchal Coroner's Court.\n\nThe court heard "
     "that she was struck by a lorry on February 12.", "2026-02-12"),
    ("The Nakuru High Court heard that driver Peter Kamau had been driving for 14 hours before the crash "
     "on February 3.", "2026-02-03")])
def test_a_day_in_what_a_court_heard_is_not_the_hearings(text: str, crash: str) -> None:
    assert not _on(meetings(text), crash), meetings(text)


def test_a_court_heard_on_a_day_is_that_days_hearing() -> None:
    # guard: the day told before 'that' is the hearing's
    found = meetings("The Nakuru High Court heard on Monday that driver Peter Kamau had been driving for "
                     "14 hours.")
    assert "nakuru-high-court" in (_on(found, "2026-03-02").get("organisations") or []), found


@pytest.mark.parametrize("text, who, day, status", [
    ("Peter Mutharika will be sworn in as president on Monday.", "peter-mutharika", "2026-03-09",
     "scheduled"),
    ("Peter Mutharika will be sworn in as president at Kamuzu Stadium in Lilongwe on Monday.",
     "peter-mutharika", "2026-03-09", "scheduled"),
    ("Peter Mutharika was sworn in as president on Monday.", "peter-mutharika", "2026-03-02", None),
    ("The new Kazungula Bridge will be opened by Transport Minister Mary Phiri on October 3.",
     "mary-phiri", "2026-10-03", "scheduled")])
def test_a_ceremony_told_in_the_passive_is_an_event(text: str, who: str, day: str,
                                                    status: str | None) -> None:
    event = _on(meetings(text), day)
    assert who in event.get("participants", []) and event.get("status") == status, meetings(text)


def test_an_opening_by_an_unnamed_minister_is_an_event_ahead() -> None:
    event = _on(meetings("The bridge will be opened by the minister on October 3."), "2026-10-03")
    assert event.get("status") == "scheduled", event


@pytest.mark.parametrize("text", ["Dr Ana Lima said the hospital was opened in 1952.",
                                  "Mutharika, who was sworn in as president in 2014, said on Monday the "
                                  "economy would grow.",
                                  "The inquiry was opened on Monday."])
def test_a_ceremony_long_done_or_no_work_opened_is_no_event(text: str) -> None:
    # guard: background ('was opened in 1952'), an aside, and an inquiry opened (no work)
    assert meetings(text) == [], meetings(text)


_BROKE_DOWN = "Talks between the Miners' Federation and the Chamber of Mines broke down in La Paz on Monday."


@pytest.mark.parametrize("later", ["Talks resume on Friday.", "Negotiations resume in La Paz on Friday."])
def test_talks_resuming_are_the_last_talks_sides_again(later: str) -> None:
    again = _on(meetings(f"{_BROKE_DOWN} {later}"), "2026-03-06")
    assert {"miners-federation", "chamber-of-mines"} <= set(again.get("organisations") or []), again
    assert again.get("status") == "scheduled", again


@pytest.mark.parametrize("later", ["Talks with the transport union resume on Friday.",
                                   "Protests continue on Friday."])
def test_other_talks_or_no_talks_going_on_take_no_sides(later: str) -> None:
    # guard: talks with another side named, and protests going on: not the miners' talks again
    again = _on(meetings(f"{_BROKE_DOWN} {later}"), "2026-03-06")
    assert "chamber-of-mines" not in (again.get("organisations") or []), again


_VISIT = ("Transport Minister Lars Berg is due to visit the island on May 24 to meet the mayor and the "
          "harbour board.")


def test_the_one_met_by_a_role_is_the_one_of_that_role_named_before() -> None:
    visit = _on(meetings(f'"We paid rent for twenty years," said Mayor Anna Holm. {_VISIT}'), "2026-05-24")
    assert {"lars-berg", "anna-holm"} <= set(visit.get("participants", [])), visit
    assert "participants" in (visit.get("uncertain") or {}), visit


def test_a_role_two_hold_names_nobody() -> None:
    # guard: two mayors named before: neither is guessed
    visit = _on(meetings(f"Mayor Anna Holm and Mayor Per Dahl signed the pact. {_VISIT}"), "2026-05-24")
    assert not {"anna-holm", "per-dahl"} & set(visit.get("participants", [])), visit


@pytest.mark.parametrize("text, sides, day", [
    ("Rosario Central beat Newell's Old Boys 2-1 on Sunday. Central, who have 21 points, play Boca Juniors "
     "at La Bombonera next Sunday.", {"rosario-central", "boca-juniors"}, "2026-03-08"),
    ("Vardar beat Metalurg 31-27 on Sunday. Vardar play Pelister next Saturday.", {"vardar", "pelister"},
     "2026-03-07")])
def test_a_fixture_next_weekday_is_a_match_ahead(text: str, sides: set[str], day: str) -> None:
    match = _on(meetings(text), day)
    assert sides <= set(match.get("organisations") or []) and match.get("status") == "scheduled", match


def test_a_short_name_two_clubs_share_names_neither() -> None:
    # guard: 'Central' after Rosario Central and Atletico Central: neither is guessed
    match = _on(meetings("Rosario Central beat Atletico Central 2-1 on Sunday. Central, who have 21 points, "
                         "play Boca Juniors at La Bombonera next Sunday."), "2026-03-08")
    assert not {"rosario-central", "atletico-central"} & set(match.get("organisations") or []), match


def test_a_fixture_on_a_weekday_alone_is_left() -> None:
    # guard: 'play Cerro on Sunday' may be a report's (the Sunday before): no match ahead drafted
    found = meetings("Vardar beat Metalurg 31-27 on Sunday. Olimpia play Cerro on Sunday.")
    assert not any("olimpia" in (m.get("organisations") or []) for m in found), found


@pytest.mark.parametrize("later, day", [("in June", None), ("on March 20", "2026-03-20")])
def test_a_signing_then_meeting_again_is_two_rounds(later: str, day: str | None) -> None:
    found = meetings(f"{_PAIR} signed the agreement in Oslo on Tuesday and will meet again in Reykjavik "
                     f"{later}.")
    first = _on(found, "2026-03-03")
    assert first.get("place") == "oslo" and first.get("status") in (None, "held"), found
    again = next((m for m in found if m.get("place") == "reykjavik"), {})
    assert again.get("status") == "scheduled" and again.get("date") == day, found


def test_talks_then_meeting_again_stay_two_rounds() -> None:
    # guard: the round of talks, then the next, as before
    found = meetings(f"{_PAIR} failed to agree in talks in Oslo on Tuesday, and will meet again in "
                     "Reykjavik on March 20.")
    assert _on(found, "2026-03-03").get("place") == "oslo", found
    assert _on(found, "2026-03-20").get("place") == "reykjavik", found


@pytest.mark.parametrize("text", [
    "The U.N. Security Council met behind closed doors on Thursday to discuss the fighting in Sudan.",
    "Prime Minister Jonas Gahr Store met President Alexander Stubb on Thursday to discuss the war in "
    "Ukraine."])
def test_the_place_of_what_a_meeting_discusses_is_not_its_place(text: str) -> None:
    met = _on(meetings(text), "2026-02-26")
    assert met and met.get("place") is None, met


def test_a_debate_in_a_place_keeps_its_place() -> None:
    # guard: 'a six-hour debate at the city hall in Tema': 'debate' a noun, the vote's place
    found = meetings("The Tema Metropolitan Assembly backed the plan by 30 votes to 12 on Tuesday after a "
                     "six-hour debate at the city hall in Tema.")
    assert _on(found, "2026-03-03").get("place") == "tema", found


def test_a_meeting_in_a_place_to_discuss_another_keeps_its_place() -> None:
    # guard: 'in Helsinki' before the purpose is the venue
    met = _on(meetings("Prime Minister Jonas Gahr Store met President Alexander Stubb in Helsinki on "
                       "Thursday to discuss the war in Ukraine."), "2026-02-26")
    assert met.get("place") == "helsinki", met


@pytest.mark.parametrize("text, body", [("The board of Havbruk Nord ASA met by video link on Monday.",
                                         "havbruk-nord-asa"),
                                        ("The board of directors met on Monday.", None)])
def test_a_board_of_a_body_met_is_its_meeting(text: str, body: str | None) -> None:
    met = _on(meetings(text), "2026-03-02")
    assert met.get("type") == "meeting", meetings(text)
    assert body is None or body in (met.get("organisations") or []), met


def test_a_member_of_a_board_meeting_someone_is_no_board_meeting() -> None:
    # guard: 'The chairman of the board met the minister': his meeting, not the board's sitting
    found = meetings("The chairman of the board met the minister on Monday.")
    assert not any(m.get("name", "").startswith("Meeting on") for m in found), found
