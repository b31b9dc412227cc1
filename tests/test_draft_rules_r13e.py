"""Rules of round 13 of issue 18 (events): a link to another story inside the text in the
language of the page around English copy ('Lire aussi : X') is skipped, not the end of the
article; a follow-up meeting told in its own sentence with its sides counted ('The two ministers
will meet in Istanbul on March 3', 'The two will meet again') has the people of that role (or
any) named before it; 'is due in Baku on May 12 for talks with X' is that day's talks, ahead.
Guard rows keep what is right. Publication date: Wednesday 4 March 2026
(ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import draft, meetings


def _quotes(text: str) -> list[str]:
    data: dict[str, Any] = draft(text)
    return [q["text"] for q in data.get("quotes", [])]


_LEDE = ("The mayor of Toliara, Voahirana Randria, met the regional director of the water board, "
         "Faly Rakotoarisoa, at the town hall on Tuesday to discuss the cuts in the west of the town.\n\n"
         "Parts of the town have had running water for only three hours a day since January, when two "
         "of the pumps at the main station broke down.")
_BELOW = ("\"We cannot wait another month for pumps,\" Randria said after the meeting, adding that "
          "the town would buy water from private carts until then.")


@pytest.mark.parametrize("line", ["Lire aussi : Sécheresse dans le Sud : 12 communes en alerte",
                                  "Leia também: Seca no Sul deixa 12 cidades em alerta",
                                  "Lea también: La sequía en el sur afecta a 12 municipios"])
def test_a_read_also_line_in_the_pages_language_does_not_end_the_article(line: str) -> None:
    assert _quotes(f"{_LEDE}\n\n{line}\n\n{_BELOW}") == ["We cannot wait another month for pumps"], line


def test_a_related_heading_below_the_text_still_ends_it() -> None:
    # guard: 'Lire aussi' over a list of links after the last paragraph is the page below it
    text = f"{_LEDE}\n\n{_BELOW}\n\nLire aussi\n\nSécheresse dans le Sud\n\nGrève au port"
    assert _quotes(text) == ["We cannot wait another month for pumps"]


def _on(found: list[dict[str, Any]], day: str) -> dict[str, Any]:
    dated = [m for m in found if str(m.get("date")) == day]
    assert len(dated) == 1, found
    return dated[0]


_CALL = ("Foreign Minister Ana Lima and her Chilean counterpart, Jorge Prat, agreed in a telephone "
         "call on Monday to reopen the border crossing at Paso Jama, the ministry said.")


@pytest.mark.parametrize("sentence", ["The two ministers will meet in Salta on March 20 to sign the accord.",
                                      "The two will meet again in Salta on March 20 to sign the accord."])
def test_the_two_of_a_role_are_the_people_of_that_role_named_before(sentence: str) -> None:
    later = _on(meetings(f"{_CALL}\n\n{sentence}\n\n\"The road is open,\" said Carlos Ruiz, "
                         "a trucker."), "2026-03-20")
    assert {"ana-lima", "jorge-prat"} <= set(later.get("participants") or ()), (sentence, later)
    assert "carlos-ruiz" not in (later.get("participants") or ()), (sentence, later)
    assert "participants" in (later.get("uncertain") or {}), later  # (a reading: marked)


def test_the_two_of_another_role_take_nobody_of_a_different_one() -> None:
    # guard: 'the two drivers' are no ministers: Lima and Prat are not taken for them
    found = meetings(f"{_CALL}\n\nThe two drivers will meet in Salta on March 20 with police.")
    assert not any({"ana-lima", "jorge-prat"} <= set(m.get("participants") or ())
                   for m in found if str(m.get("date")) == "2026-03-20"), found


def test_the_two_after_an_organisation_are_not_guessed_as_people() -> None:
    # guard: 'The two' after two companies are theirs, not the people named before them
    found = meetings("Mining minister Ana Lima said on Monday that talks would go on.\n\nCodelco and "
                     "Antofagasta Minerals signed a water deal. The two will meet again on March 20.")
    assert not any("ana-lima" in (m.get("participants") or ()) for m in found
                   if str(m.get("date")) == "2026-03-20"), found


def test_due_somewhere_on_a_day_for_talks_with_someone_is_that_days_talks() -> None:
    talks = _on(meetings("Prime Minister Ana Lima is due in Lima on March 12 for talks with her Peruvian "
                         "counterpart, Jorge Prat, on the border."), "2026-03-12")
    assert talks.get("status") == "scheduled", talks


_OPENED = "Coroner Ana Lima opened the inquest into the death of Carlos Ruiz in Leeds on Monday."


@pytest.mark.parametrize(("sentence", "day"), [("The inquest continues on Thursday.", "2026-03-05"),
                                               ("The inquest resumes on 9 March.", "2026-03-09"),
                                               ("The hearing was adjourned until Friday.", "2026-03-06")])
def test_a_proceeding_that_goes_on_is_its_next_sitting_with_who_presides(sentence: str, day: str) -> None:
    found = meetings(f"{_OPENED} Police officer Rui Costa told the inquest that the road was "
                     f"icy.\n\n{sentence}")
    later = _on(found, day)
    assert later.get("status") == "scheduled", (sentence, later)
    assert later.get("participants") == ["ana-lima"], (sentence, later)  # (not the witness)


def test_a_sitting_that_has_adjourned_is_held_that_day_and_set_again() -> None:
    found = meetings("Judge Ana Lima, who chairs the inquiry, has adjourned the hearing until Friday, "
                     "when the former fire chief, Carlos Ruiz, is due to give evidence.")
    held, later = _on(found, "2026-03-04"), _on(found, "2026-03-06")
    assert held.get("participants") == ["ana-lima"] and held.get("status") != "scheduled", held
    assert {"ana-lima", "carlos-ruiz"} <= set(later.get("participants") or ()), later


def test_a_court_adjourning_the_trial_of_someone_keeps_him_at_both_sittings() -> None:
    # guard: 'adjourned until March 20 the trial of X' is X's trial on both days
    found = meetings("The High Court in Lisbon on Tuesday adjourned until March 20 the trial of the "
                     "former mayor, Carlos Ruiz.")
    assert "carlos-ruiz" in (_on(found, "2026-03-03").get("participants") or ()), found
    assert "carlos-ruiz" in (_on(found, "2026-03-20").get("participants") or ()), found


_TOUR = ("President Ana Lima travelled to Salta province on Tuesday and met farmers' leaders at "
         "Cafayate, where some 4,000 families were moved last year.")


def test_a_lede_journey_then_met_is_a_visit_on_its_day() -> None:
    visit = _on(meetings(_TOUR), "2026-03-03")
    assert visit.get("participants") == ["ana-lima"] and visit.get("type") == "visit", visit


def test_a_role_alone_is_the_one_person_of_that_role() -> None:
    later = _on(meetings(f"{_TOUR}\n\nThe President will open a conference of governors in Buenos "
                         "Aires next Monday."), "2026-03-09")
    assert later.get("participants") == ["ana-lima"], later
    assert "participants" in (later.get("uncertain") or {}), later


def test_a_role_two_people_hold_is_nobody() -> None:
    # guard: two ministers named, 'The minister' is neither for sure
    found = meetings("Health Minister Ana Lima and Finance Minister Jorge Prat spoke in Salta on "
                     "Tuesday.\n\nThe minister will open a conference of governors in Buenos Aires "
                     "next Monday.")
    assert not any(m.get("participants") for m in found if str(m.get("date")) == "2026-03-09"), found


_VOTE = ("The United Nations Security Council voted 13-0 on Friday to extend the peacekeeping mission "
         "in South Sudan for a year.")


@pytest.mark.parametrize("later", [
    "The council is due to receive a report from Secretary-General Ana Lima on the mission in June.",
    "The council will hear Secretary-General Ana Lima on the mission in June."])
def test_a_body_acting_later_lends_its_people_no_part_in_its_vote(later: str) -> None:
    vote = _on(meetings(f"{_VOTE}\n\n{later}"), "2026-02-27")
    assert "ana-lima" not in (vote.get("participants") or ()), vote


def test_the_people_told_after_a_vote_are_still_guessed() -> None:
    # guard: 'Its president, X, said the vote ...' still gives the vote X, marked
    vote = _on(meetings(f"{_VOTE}\n\nThe council's president, Ambassador Ana Lima, said the vote "
                        "showed unity."), "2026-02-27")
    assert "ana-lima" in (vote.get("participants") or ()), vote


_CARRIS = " Carris, the city's transport company, said the first section could open in 2028."


@pytest.mark.parametrize(("body", "members"), [("Lisbon City Council", "Councillors"),
                                               ("the Senate of Paraguay", "Senators"),
                                               ("the board of the Central Bank of Paraguay", "Directors")])
def test_members_in_the_plural_are_their_body_named_before(body: str, members: str) -> None:
    later = _on(meetings(f"Mayor Ana Lima told {body} on Monday that the tram line would cost 9 billion "
                         f"escudos.{_CARRIS}\n\n{members} will meet Carris managers on March 20 to agree "
                         "a timetable."), "2026-03-20")
    assert len(later.get("organisations") or ()) == 2 and "carris" in later["organisations"], later


def test_members_of_no_body_named_take_none() -> None:
    # guard: 'Councillors' with no council named: no body guessed
    later = _on(meetings("Mayor Ana Lima said on Monday that the tram line would cost 9 billion "
                         f"escudos.{_CARRIS}\n\nCouncillors will meet Carris managers on March 20 to "
                         "agree a timetable."), "2026-03-20")
    assert later.get("organisations") == ["carris"], later


def test_their_semi_final_against_a_side_is_a_match_of_the_side_named_before() -> None:
    found = meetings("Olimpia beat Libertad 2-1 in the final on Sunday.\n\nLibertad coach Ana Lima said "
                     "her players were tired after their semi-final against Cerro Porteño on Thursday.")
    semi = _on(found, "2026-02-26")
    assert {"libertad", "cerro-porteno"} <= set(semi.get("organisations") or ()), semi


def test_a_fixture_told_in_the_present_by_its_calendar_day_is_between_its_sides() -> None:
    found = meetings("Coach Ana Lima named the squad on Monday.\n\nThe president of the Cameroon "
                     "Football Federation, Rui Costa, said the team was ready.\n\nCameroon play "
                     "Argentina in the opening match of the tournament in Milan on June 8.")
    match = _on(found, "2026-06-08")
    assert match["name"] == "Cameroon v Argentina" and match.get("status") == "scheduled", match
    assert "cameroon-football-federation" not in (match.get("organisations") or ()), match


def test_a_fixture_told_in_the_present_by_a_weekday_alone_is_not_dated() -> None:
    # guard: 'Olimpia play Cerro Porteño ... on Sunday' may be a report's Sunday: no match drafted
    found = meetings("Olimpia's coach was sacked on Monday.\n\nOlimpia play Cerro Porteño at the "
                     "Defensores del Chaco stadium on Sunday.")
    assert not any(str(m.get("date")) == "2026-03-01" for m in found), found


_CUT = ("The chief executive of the Fiji Sugar Corporation, Jone Koroitamana, said on Monday that "
        "the Lautoka mill would stay shut.")


@pytest.mark.parametrize("sentence", ["The board meets on Thursday and will decide whether to close it.",
                                      "The board meets again on Thursday to decide whether to close it."])
def test_a_boards_meeting_in_its_timetable_is_the_company_its_executive_runs(sentence: str) -> None:
    board = _on(meetings(f"{_CUT}\n\n{sentence}"), "2026-03-05")
    assert board.get("organisations") == ["fiji-sugar-corporation"], board
    assert board.get("status") == "scheduled", board


def test_a_board_of_two_companies_with_executives_is_neither() -> None:
    # guard: two executives of two companies named: 'the board' is neither for sure
    found = meetings(f"{_CUT} The managing director of the Rarawai Milling Company, Rui Costa, agreed.\n\n"
                     "The board meets on Thursday and will decide whether to close it.")
    assert not any(m.get("organisations") for m in found if str(m.get("date")) == "2026-03-05"), found


@pytest.mark.parametrize("sentence", [
    "The union has called a mass meeting of dockyard workers at the Marsa sports ground on Sunday.",
    "The federation has convened an extraordinary congress in Asunción on Sunday."])
def test_a_gathering_called_in_the_present_perfect_is_on_the_day_ahead(sentence: str) -> None:
    found = meetings(f"The Minister of Labour, Ana Lima, met union leaders on Monday.\n\n{sentence}")
    assert any(str(m.get("date")) == "2026-03-08" for m in found), found
    assert not any(str(m.get("date")) == "2026-03-01" for m in found), found


def test_a_gathering_called_in_the_past_keeps_its_sunday() -> None:
    # guard: 'called a mass meeting ... on Sunday' (simple past): the Sunday before, as before
    found = meetings("The union called a mass meeting of dockyard workers at the Marsa sports ground "
                     "on Sunday.")
    assert not any(str(m.get("date")) == "2026-03-08" for m in found), found


@pytest.mark.parametrize("sentence", [
    "Mayor Ana Lima has written to the minister, Jorge Prat, asking for an urgent meeting about the airport.",
    "Mayor Ana Lima called for talks with the minister, Jorge Prat, about the airport.",
    "Mayor Ana Lima requested a meeting with the minister, Jorge Prat, about the airport."])
def test_a_meeting_asked_for_is_no_meeting(sentence: str) -> None:
    found = meetings(sentence)
    assert not any({"ana-lima", "jorge-prat"} <= set(m.get("participants") or ()) for m in found), found


def test_a_meeting_called_is_still_one() -> None:
    # guard: 'called an emergency meeting with X' convenes it
    found = meetings("Mayor Ana Lima called an emergency meeting with the minister, Jorge Prat, on Monday.")
    assert any({"ana-lima", "jorge-prat"} <= set(m.get("participants") or ()) for m in found), found
