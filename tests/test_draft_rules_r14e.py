"""Rules of round 14 of issue 18 (events): an explicit dateline a day or two before the paper is
the writer's day, and 'yesterday', 'today' and 'tomorrow' count from it, with no doubt left
('KHARTOUM, March 3.—', an old cable's dateline with its dash touching the text, is one; a weekday
keeps both readings where they differ); 'to-day' and
'to-morrow' are the old spellings of today and tomorrow; a body that 'received a deputation from
X' met X, and 'The deputation was led by Y' or 'X was represented by Y' names X's people at it;
'They will continue on Thursday' after talks is their next round between the same sides.
Guard rows keep what is right. Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import meetings


def _on(found: list[dict[str, Any]], day: str) -> dict[str, Any]:
    return next((m for m in found if str(m.get("date")) == day), {})


_TALKS = ("The Governor, Sir Robert Ames, met leaders of the Railway Workers' Union at Government "
          "House yesterday to discuss the strike.")


@pytest.mark.parametrize("dateline", ["KHARTOUM, March 3.—", "KHARTOUM, March 3 (Reuters) - ",
                                      "KHARTOUM, 3 March — "])
def test_yesterday_counts_from_a_dateline_a_day_before_the_paper(dateline: str) -> None:
    found = meetings(f"{dateline}{_TALKS}\n\nThe union said the talks would go on.")
    meeting = _on(found, "2026-03-02")
    assert "sir-robert-ames" in meeting.get("participants", []) or "robert-ames" in meeting.get(
        "participants", []), found
    assert "date" not in (meeting.get("uncertain") or {}), meeting


def test_a_dateline_far_from_the_paper_leaves_both_readings() -> None:
    # guard: a dateline two weeks before the paper's date is no writer's day of this paper: the day
    # is counted from publication and marked
    found = meetings(f"KHARTOUM, Feb. 18 (Reuters) - {_TALKS}")
    meeting = _on(found, "2026-03-03")
    assert "date" in (meeting.get("uncertain") or {}), found


def test_to_morrow_is_tomorrow() -> None:
    found = meetings("Labour Minister Ali Osman will meet leaders of the Dock Workers' Union to-morrow.")
    assert _on(found, "2026-03-05").get("status") == "scheduled", found


def test_a_deputation_received_is_a_meeting_with_its_body_and_its_leader() -> None:
    found = meetings("The Minister of Health, Mr. Kofi Mensah, received a deputation from the Nurses' "
                     "Association at the ministry on Monday.\n\nThe deputation was led by Mrs. Ama "
                     "Owusu, the association's president, who asked for a rise of 15 per cent.")
    meeting = _on(found, "2026-03-02")
    assert {"kofi-mensah", "ama-owusu"} <= set(meeting.get("participants", [])), found
    assert "nurses-association" in (meeting.get("organisations") or []), found


def test_a_body_represented_by_its_president_names_its_side() -> None:
    found = meetings("Prime Minister Lena Varga met leaders of the Farmers' Federation in Budapest on "
                     "Monday.\n\nThe Federation was represented by its president, Gábor Kiss, and two "
                     "of its vice-presidents.")
    assert "gabor-kiss" in _on(found, "2026-03-02").get("participants", []), found


def test_a_led_team_that_is_no_side_of_the_meeting_adds_nobody() -> None:
    # guard: 'led by' of a team the sentence does not tie to the meeting's body
    found = meetings("Prime Minister Lena Varga met leaders of the Farmers' Federation in Budapest on "
                     "Monday.\n\nThe project was led by engineer Gábor Kiss.")
    assert "gabor-kiss" not in _on(found, "2026-03-02").get("participants", []), found


_ROUND = ("Labour Minister Rosa Quispe met leaders of the Miners' Federation at the ministry on "
          "Monday. Federation leader Juan Mamani said the talks had been hard.")


def test_they_will_continue_after_talks_is_their_next_round() -> None:
    found = meetings(f"{_ROUND} They will continue on Thursday.")
    again = _on(found, "2026-03-05")
    assert again.get("status") == "scheduled", found
    assert "rosa-quispe" in again.get("participants", []), again
    assert "miners-federation" in (again.get("organisations") or []), again


def test_they_will_be_resumed_with_someone_who_will_attend() -> None:
    found = meetings(f"{_ROUND}\n\nThey will be resumed on Friday, when the mines' owner, Carlos "
                     "Rojas, is expected to attend.")
    assert "carlos-rojas" in _on(found, "2026-03-06").get("participants", []), found


@pytest.mark.parametrize("follow", ["They will continue to strike on Thursday.",
                                    "They will continue their protest on Thursday."])
def test_they_continuing_something_else_is_no_meeting(follow: str) -> None:
    # guard: 'continue to strike', 'continue their protest': no round of the talks (round 17: the
    # protest of a day is an event of its own, not the talks')
    found = meetings(f"{_ROUND} {follow}")
    assert not [m for m in found if m.get("date") == "2026-03-05"
                and m.get("type") in ("talks", "meeting")], found


def test_they_will_continue_with_no_talks_before_is_no_meeting() -> None:
    # guard: 'They' of the strikers, no talks told before the sentence
    found = meetings("Labour Minister Rosa Quispe met leaders of the Miners' Federation at the ministry "
                     "on Monday.\n\nThe miners marched through La Paz on Tuesday. They will continue on "
                     "Thursday.")
    assert not _on(found, "2026-03-05"), found


_STRIKE = "Buses ran again in Lima on Wednesday after drivers ended a four-day strike.\n\n"


@pytest.mark.parametrize("reached", ["The agreement was reached late on Monday",
                                     "The deal was struck shortly after midnight on Monday"])
def test_talks_that_ended_in_an_agreement_have_the_day_it_was_reached(reached: str) -> None:
    found = meetings(f"{_STRIKE}{reached} at the Labour Ministry, where Labour Minister Rosa Quispe had "
                     "brought together the Drivers' Union and the Bus Operators' Chamber for 14 hours "
                     "of talks.")
    talks = _on(found, "2026-03-02")
    assert {"drivers-union", "bus-operators-chamber"} <= set(talks.get("organisations") or []), found
    # the strike the agreement ended has no sides guessed from the talks' sentence
    assert not any({"drivers-union", "bus-operators-chamber"} <= set(m.get("organisations") or [])
                   for m in found if m is not talks), found


def test_talks_of_a_sentence_with_no_agreement_keep_the_ledes_day_marked() -> None:
    # guard: no agreement reached in the sentence: the lede's day, marked uncertain, as before
    found = meetings(f"{_STRIKE}Labour Minister Rosa Quispe had brought together the Drivers' Union "
                     "and the Bus Operators' Chamber for 14 hours of talks.")
    talks = next((m for m in found if "drivers-union" in (m.get("organisations") or [])
                  and m.get("type") == "talks"), {})
    assert "date" in (talks.get("uncertain") or {}) or not talks.get("date"), found


def test_a_trial_adjourned_until_a_day_far_after_the_verb_has_its_next_sitting() -> None:
    found = meetings("A court in Amman on Tuesday adjourned the corruption trial of former water "
                     "minister Fares Haddadin until March 24, after his lawyer asked for more time.")
    ahead = _on(found, "2026-03-24")
    assert "fares-haddadin" in ahead.get("participants", []) and ahead.get("status") == "scheduled", found
    assert "date" not in (ahead.get("uncertain") or {}), ahead  # (the day put off to is ahead)


def test_a_party_asking_a_named_court_on_a_day_is_that_days_hearing() -> None:
    found = meetings("Lawyers for the Jaguar mine, led by Paul Ochoa, asked the Federal Court on "
                     "Monday to block the sale of its shares.")
    hearing = _on(found, "2026-03-02")
    assert "federal-court" in (hearing.get("organisations") or []), found


def test_asking_a_court_with_no_day_is_no_hearing() -> None:
    # guard: 'asked the High Court to' with no day: a filing, not that day's hearing
    found = meetings("Lawyers for the Jaguar mine, led by Paul Ochoa, have asked the High Court to "
                     "block the sale of its shares.")
    assert not any("high-court" in (m.get("organisations") or []) for m in found), found


@pytest.mark.parametrize(("sentence", "who", "day"), [
    ("The health select committee will question Sir John Hale on 12 March.", "john-hale", "2026-03-12"),
    ("The Public Accounts Committee will question the Permanent Secretary in the Ministry of Health, "
     "Dr Andrea Cumberbatch, on 12 May about the hospital.", "andrea-cumberbatch", "2026-05-12"),
    ("The Anti-Corruption Commission said it would question the authority's former director "
     "general, Omar Zoubi, on Sunday about the contracts.", "omar-zoubi", "2026-03-08"),
])
def test_a_body_that_will_question_someone_holds_a_hearing_with_them(sentence: str, who: str,
                                                                     day: str) -> None:
    found = meetings(f"The hospital's new wing cost $40 million more than planned.\n\n{sentence}")
    hearing = _on(found, day)
    assert who in hearing.get("participants", []) and hearing.get("status") == "scheduled", found


def test_a_committee_questioning_a_decision_holds_no_hearing() -> None:
    # guard: 'questioned whether', 'questioned the decision': doubt, no hearing
    found = meetings("The Public Accounts Committee questioned whether the contract was legal on "
                     "Monday, its chairman, Kerry Bynoe, said.")
    assert not _on(found, "2026-03-02"), found


def test_a_questioning_is_no_sitting_of_the_trial_told_before() -> None:
    # guard: the commission's questioning of another man is not the trial's sitting
    found = meetings("A court in Amman on Tuesday adjourned the trial of former minister Fares "
                     "Haddadin until March 24.\n\nThe Anti-Corruption Commission said it would "
                     "question the authority's former director general, Omar Zoubi, on Sunday.")
    trial = _on(found, "2026-03-03")
    assert "omar-zoubi" not in trial.get("participants", []), found


@pytest.mark.parametrize("house", ["the Commons", "the House of Assembly", "the Lok Sabha"])
def test_a_minister_telling_a_house_on_a_day_is_that_days_sitting(house: str) -> None:
    found = meetings(f"Health Minister Desmond Thorne told {house} on Tuesday that he welcomed the "
                     "inquiry.")
    assert "desmond-thorne" in _on(found, "2026-03-03").get("participants", []), found


_COMMITTEE = "The Public Accounts Committee will question the minister on 12 May.\n\n"


def test_a_body_that_met_on_a_day_is_its_meeting_without_whom_its_sentence_reports_on() -> None:
    found = meetings(f"{_COMMITTEE}The committee met on Monday in private to agree its questions after "
                     "the Auditor General, Marcia Greenidge, reported that the contractor, Reef "
                     "Builders Ltd, had been paid for work never done.")
    met = _on(found, "2026-03-02")
    assert "public-accounts-committee" in (met.get("organisations") or []), found
    assert "marcia-greenidge" not in met.get("participants", []), met


def test_a_bodys_next_meeting_is_another_than_the_one_it_held() -> None:
    found = meetings(f"{_COMMITTEE}The committee met on Monday in private.\n\nThe committee will next "
                     "meet in July to hear from the Water Authority.")
    ahead = [m for m in found if m.get("status") == "scheduled"
             and "public-accounts-committee" in (m.get("organisations") or [])
             and "water-authority" in (m.get("organisations") or [])]
    assert ahead and _on(found, "2026-03-02"), found


def test_a_council_with_small_words_before_it_meets_on_a_day() -> None:
    found = meetings("Mayor Aqqa Lynge said the town could not wait.\n\nThe full municipal council meets "
                     "on Tuesday to adopt the statement.")
    assert _on(found, "2026-03-10").get("status") == "scheduled", found


def test_a_body_that_met_people_still_meets_them() -> None:
    # guard: 'The committee met A and B on Monday': the people it met, as before
    found = meetings(f"{_COMMITTEE}The committee met Health Minister Ana Ruiz and her deputy, Bo Ek, on "
                     "Monday.")
    assert {"ana-ruiz", "bo-ek"} <= set(_on(found, "2026-03-02").get("participants", [])), found


_FINAL = ("Olimpia beat Cerro Porteño 2-1 in the final on Sunday.\n\nEarlier on Sunday, Libertad beat "
          "Guaraní 3-0 in the match for third place.\n\n")


@pytest.mark.parametrize("again", ["The two finalists meet again on March 14 in Asunción.",
                                   "The two finalists will meet again in an exhibition match on March 14."])
def test_the_two_finalists_meeting_again_are_the_finals_sides(again: str) -> None:
    found = meetings(f"{_FINAL}{again}")
    rematch = _on(found, "2026-03-14")
    assert rematch.get("name") == "Olimpia v Cerro Porteño" and rematch.get("status") == "scheduled", found


def test_the_two_sides_meeting_again_are_the_last_matchs() -> None:
    found = meetings(f"{_FINAL}The two sides will meet again in the league on March 14.")
    assert _on(found, "2026-03-14").get("name") == "Libertad v Guaraní", found


def test_sides_meeting_again_with_no_match_before_are_no_match() -> None:
    # guard: no match told before: no fixture made up
    found = meetings("The coaches of both clubs were fined on Monday.\n\nThe two sides will meet again "
                     "in the league on March 14.")
    assert " v " not in str(_on(found, "2026-03-14").get("name", "")), found


_HAGUE = ("ROTTERDAM, March 3 (AP) - Dock workers ended a three-week strike on Tuesday after union leaders "
          "and employers agreed a pay rise.\n\nThe agreement was reached late on Monday at the Ministry "
          "of Social Affairs, where Social Affairs Minister Wil Albeda had brought together union leader "
          "Paul Kok and port employers' chairman Peter Visser.")


def test_a_minister_who_brought_two_sides_together_met_them_on_the_day_of_the_agreement() -> None:
    found = meetings(_HAGUE)
    talks = _on(found, "2026-03-02")
    assert {"wil-albeda", "paul-kok", "peter-visser"} <= set(talks.get("participants", [])), found
    # the strike the talks ended keeps no sides guessed from them
    assert not any({"paul-kok", "peter-visser"} <= set(m.get("participants", [])) for m in found
                   if m is not talks), found


def test_the_two_sides_meeting_again_after_a_meeting_held_are_its_people() -> None:
    found = meetings(f"{_HAGUE}\n\nThe two sides will meet again on March 20 to discuss early retirement.")
    assert {"paul-kok", "peter-visser"} <= set(_on(found, "2026-03-20").get("participants", [])), found


def test_another_body_meeting_again_is_not_the_cabinets_meeting() -> None:
    # guard: 'The Cabinet met at noon on Tuesday', then 'The Disaster Advisory Committee will meet
    # again on Thursday': the committee's meeting is Thursday's, not Tuesday's
    found = meetings("The Disaster Advisory Committee of Samoa sent teams north.\n\nThe Cabinet met at "
                     "noon on Tuesday to discuss relief, Prime Minister Fiame Tuilaepa said.\n\nThe Disaster "
                     "Advisory Committee will meet again on Thursday.")
    assert "disaster-advisory-committee" not in (_on(found, "2026-03-03").get("organisations") or []), found
    assert "disaster-advisory-committee" in (_on(found, "2026-03-05").get("organisations") or []), found


def test_a_lease_signed_on_a_day_is_a_signing() -> None:
    found = meetings("Port Director Marek Zielinski and Baltic Hub chief executive Sven Larsen signed a "
                     "20-year lease for a new container terminal on Monday.")
    assert {"marek-zielinski", "sven-larsen"} <= set(_on(found, "2026-03-02").get("participants", [])), found
