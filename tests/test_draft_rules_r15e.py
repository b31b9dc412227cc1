"""Rules of round 15 of issue 18 (events, helper events-r15): the articles' main events drafted as
meetings missed their sides. A court's first day of a trial kept the judge and who 'told the court',
but not the accused nor the lawyers, told in sentences that open on their part ('The accused, X and
Y, have pleaded not guilty', 'Defence lawyer Z argued that ...'): they take part in the sitting told
before. The next sitting ('adjourned the case until June 9, when the court is scheduled to hear
...') had the judge but no court: 'the court' calls back the court named before. Talks still ahead
('when talks resume on Thursday') swallowed an earlier round told on a past day ('Talks between the
union and management broke down on Friday'): a held day before a scheduled one is another round;
and 'management' ('the company', 'the employers') is the side that round's named side meets in the
other round (not the mediator). A union's mass meeting 'attended by 9,000 of the union's members'
had no union (the possessive, as 'members of the union'), and took a firm named only in what the
event followed ('The vote comes three weeks after police shot dead 34 miners at Lonmin's mine').
'met the minister at the Ministry of Agriculture' left the ministry out. A council meeting's report
('The County Engineer, Mr. X, reported', 'Councillor Y said', 'On the proposition of Mr. Z,
seconded by ...') kept only the chairman. 'A delegation of X met officials of Y', 'Members of X
voted on Saturday to ...', 'a general assembly', 'an extraordinary assembly' drafted nothing. A
sentencing kept no lawyer; a witness who 'testified' or was cross-examined was left out. A match
ahead took the scorer of the match told after 'after'. 'Shareholders of both companies will vote'
had no side. '26 to 28 January 2027' dated a meeting on its last day, unmarked. 'will brief
parliament's health committee' and "the commission's next annual session" had no hearing or no
body. 'will represent Sweden at the Eurovision Song Contest', then 'The European Broadcasting
Union, which organises the contest, has scheduled the grand final for May 17' drafted nothing. A
round told with only its mediator named ('with a mediator from X') had the mediator as its only
side. 'did not want a strike' was a strike. 'The expedition, led by X of Y' in the lede was no
event. Guard rows keep what is right. Publication date: Wednesday 4 March 2026
(ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import meetings


def _on(found: list[dict[str, Any]], day: str) -> dict[str, Any]:
    return next((m for m in found if str(m.get("date")) == day), {})


def _sides(meeting: dict[str, Any]) -> set[str]:
    return {*meeting.get("participants", ()), *meeting.get("organisations", ())}


_TRIAL = ("The Kisumu High Court on Monday heard the first day of testimony in the fraud case against "
          "two former county officials. Judge Miriam Achieng presided, and prosecutor Daniel Otieno told "
          "the court that 40 million shillings had gone missing.")


@pytest.mark.parametrize("parties, who", [
    ("The accused, Peter Wafula, 48, and Grace Atieno, a former procurement officer, have pleaded not "
     "guilty.", {"peter-wafula", "grace-atieno"}),
    ("Defence lawyer Samuel Kiprop argued that the payments had been approved by the county assembly.",
     {"samuel-kiprop"}),
    ("The defendants, Peter Wafula and Grace Atieno, deny the charges.", {"peter-wafula", "grace-atieno"}),
])
def test_the_cases_parties_take_part_in_its_sitting(parties: str, who: set[str]) -> None:
    found = meetings(f"{_TRIAL} {parties}")
    assert who <= _sides(_on(found, "2026-03-02")), found


def test_who_a_lawyer_argues_about_takes_no_part() -> None:
    # guard: the people named in what the lawyer argued are not at the sitting
    found = meetings(f"{_TRIAL} Defence lawyer Samuel Kiprop argued that Governor Anyang Nyong'o had "
                     "approved the payments.")
    assert "anyang-nyong-o" not in _sides(_on(found, "2026-03-02")) \
        and "anyang-nyongo" not in _sides(_on(found, "2026-03-02")), found


@pytest.mark.parametrize("told", ["The accused, Peter Wafula, denied knowing Mary Njeri.",
                                  "Prosecutor Daniel Otieno said the accomplice, John Mwangi, had fled."])
def test_who_the_parties_speak_of_takes_no_part(told: str) -> None:
    # guard: named after the party's verb: what was said or denied
    sides = _sides(_on(meetings(f"{_TRIAL} {told}"), "2026-03-02"))
    assert not {"mary-njeri", "john-mwangi"} & sides, sides


def test_an_absent_accused_takes_no_part() -> None:
    # guard: 'was not in court'
    found = meetings(f"{_TRIAL} The accused, Peter Wafula, was not in court.")
    assert "peter-wafula" not in _sides(_on(found, "2026-03-02")), found


def test_the_next_sitting_is_the_courts_named_before() -> None:
    found = meetings(f"{_TRIAL} Judge Achieng adjourned the case until April 14, when the court is "
                     "scheduled to hear the auditor.")
    later = _on(found, "2026-04-14")
    assert "kisumu-high-court" in _sides(later), found
    assert later.get("status") == "scheduled", later


_TALKS = ("Workers at Kanzi Copper will strike if the company does not improve its offer when talks "
          "resume on Monday, the Copperbelt Miners' Union said. Both sides have agreed to meet again in "
          "Kitwe on Monday, with a mediator from the Industrial Relations Court in attendance.")


@pytest.mark.parametrize("round_", [
    "Talks between the union and management broke down on Friday after two hours.",
    "Talks between the union and the company collapsed on Friday.",
])
def test_a_round_held_before_the_talks_ahead_is_another(round_: str) -> None:
    found = meetings(f"{_TALKS} {round_}")
    friday = _on(found, "2026-02-27")
    assert _sides(friday) >= {"copperbelt-miners-union", "kanzi-copper"}, found
    assert "industrial-relations-court" not in _sides(friday), friday
    assert _on(found, "2026-03-09").get("status") == "scheduled", found


def test_talks_going_on_over_days_stay_one() -> None:
    # guard: talks held on Monday and going on on Tuesday (both past) are one event
    found = meetings("Kanzi Copper and the Copperbelt Miners' Union held talks in Kitwe on Monday. The "
                     "talks continued on Tuesday.")
    talks = [m for m in found if {"kanzi-copper", "copperbelt-miners-union"} <= _sides(m)]
    assert len(talks) == 1, found


def test_the_unions_members_are_the_unions() -> None:
    found = meetings("The Copperbelt Miners' Union said its members voted to strike. The vote was taken at "
                     "a mass meeting in Kitwe on Sunday, attended by about 4,000 of the union's members.")
    assert "copperbelt-miners-union" in _sides(_on(found, "2026-03-01")), found


def test_what_the_event_follows_is_no_part_of_it() -> None:
    found = meetings("Members of the Copperbelt Miners' Union voted to strike at a mass meeting in Kitwe on "
                     "Sunday. The vote comes less than three weeks after police shot dead 12 miners at "
                     "Mopani Copper Mines' Nkana shaft, north of Kitwe.")
    sunday = _on(found, "2026-03-01")
    assert "copperbelt-miners-union" in _sides(sunday), found
    assert not any(side.startswith("mopani") for side in _sides(sunday)), sunday


def test_a_meeting_after_another_act_keeps_its_own_sides() -> None:
    # guard: 'came after' a clause that names the event's own side keeps it (named outside it too)
    found = meetings("The Copperbelt Miners' Union held a mass meeting in Kitwe on Sunday. The meeting came "
                     "after the Copperbelt Miners' Union rejected a 6 percent offer.")
    assert "copperbelt-miners-union" in _sides(_on(found, "2026-03-01")), found


@pytest.mark.parametrize("text, body", [
    ("On Tuesday a delegation led by Amina Diallo and the cooperative's manager, Oumar Keita, met "
     "Agriculture Minister Moussa Traore at the Ministry of Agriculture in Bamako.",
     "ministry-of-agriculture"),
    ("Mayor Ana Lima met Housing Minister Pedro Costa at the Ministry of Cities in Brasilia on Monday.",
     "ministry-of-cities"),
    ("The two governors, Ana Lima and Pedro Costa, met Ambassador John Reed at the Embassy of Canada on "
     "Monday.", "embassy-of-canada"),
])
def test_the_office_met_at_is_a_side(text: str, body: str) -> None:
    found = meetings(text)
    assert body in _sides(found[0] if found else {}), found


def test_a_hotel_met_at_is_no_side() -> None:
    # guard: a room lent is where, not who
    found = meetings("Amina Diallo met Agriculture Minister Moussa Traore at the Radisson Blu Hotel in "
                     "Bamako on Tuesday.")
    assert found and not any("radisson" in side for side in _sides(found[0])), found


_REPORT = ("There was a long debate at the monthly meeting of Tipperary County Council, held in Nenagh on "
           "Monday, when the housing scheme came before the members. Mr. John Ryan, Chairman, presided.\n\n"
           "The County Engineer, Mr. Patrick Hayes, reported that the lowest tender, that of Messrs. Michael "
           "Dwyer and Sons, was £8,400.\n\n"
           "Councillor Mary Walsh said the people of Borrisokane had waited ten years.\n\n"
           "On the proposition of Mr. Thomas Quinlan, seconded by Councillor Walsh, it was decided to ask "
           "for a meeting with the Minister, Mr. Neil Blaney.")


def test_who_spoke_at_a_councils_meeting_takes_part() -> None:
    found = meetings(_REPORT)
    monday = _on(found, "2026-03-02")
    assert {"john-ryan", "patrick-hayes", "mary-walsh", "thomas-quinlan"} <= _sides(monday), found
    assert "participants" in (monday.get("uncertain") or {}), monday


def test_who_the_business_was_about_takes_no_part() -> None:
    # guard: the firm's namesake and the minister asked for are not at the meeting
    monday = _on(meetings(_REPORT), "2026-03-02")
    assert not {"michael-dwyer", "neil-blaney"} & _sides(monday), monday


def test_who_spoke_elsewhere_takes_no_part() -> None:
    # guard: said in a statement, to reporters
    found = meetings("There was a long debate at the monthly meeting of Tipperary County Council, held in "
                     "Nenagh on Monday. Mr. John Ryan, Chairman, presided.\n\nDeputy Michael Lowry said in "
                     "a statement that the scheme was dead. Senator Ann Burke told reporters it would pass.")
    assert "michael-lowry" not in _sides(_on(found, "2026-03-02")), found


@pytest.mark.parametrize("text, sides", [
    ("A delegation of the Kenya National Union of Teachers met officials of the Ministry of Education on "
     "Tuesday.", {"kenya-national-union-of-teachers", "ministry-of-education"}),
    ("Representatives of the Zambia Congress of Trade Unions met the Ministry of Labour on Friday.",
     {"zambia-congress-of-trade-unions", "ministry-of-labour"}),
])
def test_a_bodys_people_meeting_another_body_is_a_meeting(text: str, sides: set[str]) -> None:
    found = meetings(text)
    assert found and sides <= _sides(found[0]), found


def test_a_delegation_meeting_them_in_what_was_said_is_no_new_body() -> None:
    # guard: no body named after the verb
    assert meetings("Officials of the ministry said a delegation of the World Bank met them on Monday.") == []


@pytest.mark.parametrize("text, day", [
    ("Members of the Durban Dock Workers Union voted on Sunday to accept the offer, ending a general "
     "assembly that ran late into the night.", "2026-03-01"),
    ("Delegates of the Ghana Cocoa Farmers Association voted on Saturday to re-elect their president.",
     "2026-02-28"),
])
def test_a_named_bodys_members_voting_is_its_vote(text: str, day: str) -> None:
    found = meetings(text)
    assert _on(found, day).get("organisations"), found


def test_an_extraordinary_assembly_ahead_is_a_meeting() -> None:
    found = meetings("The Kanzi Cooperative will hold an extraordinary assembly in November to sign the "
                     "contract with Nordwind Coffee GmbH.")
    assert found and "kanzi-cooperative" in _sides(found[0]) and found[0].get("status") == "scheduled", found


def test_the_meeting_after_a_met_meeting_is_that_one() -> None:
    # 'said after the meeting', after 'X met the minister': that meeting, not the vote before it
    found = meetings("Members of the Durban Dock Workers Union voted on Sunday to accept the offer.\n\n"
                     "On Tuesday union leader Sipho Dube met Labour Minister Thandi Nkosi in Pretoria.\n\n"
                     "\"The door is open,\" Nkosi said after the meeting.")
    assert "thandi-nkosi" not in _sides(_on(found, "2026-03-01")), found


def test_the_lawyer_at_a_sentencing_takes_part() -> None:
    found = meetings("Chief Magistrate Lucas Onyina on Thursday sentenced Peter Mwangi to seven years in "
                     "prison. Defence lawyer Danstan Omari said his client would appeal.")
    assert "danstan-omari" in _sides(_on(found, "2026-02-26")), found


def test_who_acted_in_the_clause_after_after_takes_no_part() -> None:
    # the scorer of the semi-final told after 'after' is not a side of the final ahead
    found = meetings("Munster will play Ulster in the Challenge Cup final in Bilbao on May 23 after a late "
                     "try by Craig Casey sealed a two-point win over Bath in Limerick on Saturday.")
    final = _on(found, "2026-05-23")
    assert {"munster", "ulster"} <= _sides(final) and "craig-casey" not in _sides(final), found


def test_a_side_named_on_both_sides_of_after_stays() -> None:
    # guard: named before 'after' too
    found = meetings("Munster will play Ulster in the final in Bilbao on May 23 after a late try by "
                     "Munster's Craig Casey sealed a win over Bath on Saturday.")
    assert {"munster", "ulster"} <= _sides(_on(found, "2026-05-23")), found


def test_both_companies_are_the_two_named_together() -> None:
    found = meetings("Salmar and Lerøy Seafood Group have agreed to merge, the two firms said on Monday. "
                     "Lerøy chairman Helge Singelstad will become chairman. The deal needs the approval of "
                     "the Norwegian Competition Authority. Shareholders of both companies will vote on the "
                     "merger at extraordinary general meetings on July 15.")
    assert _sides(_on(found, "2026-07-15")) >= {"salmar", "leroy-seafood-group"}, found
    assert "norwegian-competition-authority" not in _sides(_on(found, "2026-07-15")), found


def test_both_clubs_a_board_decides_about_take_no_part() -> None:
    # guard: 'dock points from both clubs': what is decided about, not who decides
    found = meetings("Vardar and Metalurg drew 27-27 in Skopje on Sunday. The federation's secretary "
                     "general, Dragan Petkovski, said the executive board would decide on Thursday whether "
                     "to dock points from both clubs.")
    assert not {"vardar", "metalurg"} <= _sides(_on(found, "2026-03-05")), found


@pytest.mark.parametrize("text, start, end", [
    ("The next Monetary Policy Committee meeting is scheduled for 26 to 28 January 2027.",
     "2027-01-26", "2027-01-28"),
    ("The congress of the Andean Society of Geology will take place between 7 and 9 May in Lima.",
     "2026-05-07", "2026-05-09"),
])
def test_a_range_of_days_in_words_starts_on_its_first(text: str, start: str, end: str) -> None:
    found = meetings(text)
    assert found and str(found[0].get("date")) == start and str(found[0].get("end_date")) == end, found


def test_a_tally_is_no_range_of_days() -> None:
    # guard: 'voted 26 to 22 on Tuesday' is a tally
    found = meetings("The Harare City Council voted 26 to 22 on Tuesday to freeze rates.")
    assert found and str(found[0].get("date")) == "2026-03-03", found


@pytest.mark.parametrize("text, who, day", [
    ("Ghana's Director-General of Health Services, Patrick Kuma-Aboagye, will brief parliament's health "
     "committee on Tuesday.", "patrick-kuma-aboagye", "2026-03-10"),
    ("Finance Minister Enoch Godongwana briefed the standing committee on finance on Monday.",
     "enoch-godongwana", "2026-03-02"),
])
def test_briefing_a_committee_is_its_hearing(text: str, who: str, day: str) -> None:
    assert who in _sides(_on(meetings(text), day)), meetings(text)


def test_addressing_the_nation_is_no_hearing() -> None:
    # guard: no body that hears
    assert meetings("The minister will address the nation on Tuesday.") == []


def test_the_bodys_own_next_session_is_the_bodys() -> None:
    found = meetings("The Western and Central Pacific Fisheries Commission said the cuts would apply from "
                     "2027. The commission's next annual session will be held in Manila in December 2027.")
    assert found and "western-and-central-pacific-fisheries-commission" in _sides(found[-1]), found


def test_the_companys_chief_at_a_news_conference_is_no_body_side() -> None:
    # guard: the possessive of a person's role, not of the event
    found = meetings("Kanzi Copper Plc reported a loss. The company's chief executive, John Banda, told a "
                     "news conference on Monday that profits fell.")
    assert found and "john-banda" in _sides(found[-1]), found


@pytest.mark.parametrize("text, who, day, place", [
    ("Faith Kipyegon will compete at the World Athletics Championships in Tokyo on September 13.",
     "faith-kipyegon", "2026-09-13", "tokyo"),
    ("Anna Berg will represent Sweden at the Eurovision Song Contest in Basel on May 17.", "anna-berg",
     "2026-05-17", "basel"),
])
def test_who_competes_at_a_named_contest_takes_part(text: str, who: str, day: str, place: str) -> None:
    contest = _on(meetings(text), day)
    assert who in _sides(contest) and contest.get("place") == place, meetings(text)
    assert contest.get("status") == "scheduled", contest


def test_the_contest_told_later_gives_its_day_and_organiser() -> None:
    found = meetings("Anna Berg won the national song contest on Saturday, earning the right to represent "
                     "Sweden at this year's Eurovision Song Contest. The European Broadcasting Union, which "
                     "organises the contest, has scheduled the grand final in Basel for May 17.")
    contest = _on(found, "2026-05-17")
    assert {"anna-berg", "european-broadcasting-union"} <= _sides(contest), found
    assert not _on(found, "2026-02-28").get("name") == "Eurovision Song Contest", found


def test_hopes_of_competing_ended_are_no_contest() -> None:
    # guard: 'ending his hopes of competing at the Beijing Olympics'
    found = meetings("The Court of Arbitration for Sport on Wednesday rejected an appeal by weightlifter "
                     "Yoon Sang-woo, ending his hopes of competing at the Beijing Olympics.")
    assert not any(m.get("name") == "Beijing Olympics" for m in found), found


@pytest.mark.parametrize("told", [
    "A county auditor, Mary Njeri, testified that the payments were never approved.",
    "Under cross-examination, auditor Mary Njeri said she had not seen the invoices.",
    "The first witness, auditor Mary Njeri, said the payments were never approved.",
])
def test_a_witness_heard_takes_part_in_the_sitting(told: str) -> None:
    assert "mary-njeri" in _sides(_on(meetings(f"{_TRIAL} {told}"), "2026-03-02"))


def test_who_had_testified_before_takes_no_part() -> None:
    # guard: an earlier testimony elsewhere
    found = meetings(f"{_TRIAL} Governor Anyang Nyongo had testified before the Senate in 2024.")
    assert not any(side.startswith("anyang") for side in _sides(_on(found, "2026-03-02"))), found


_BROKE = "The Kenya Medical Practitioners Union said talks with the Ministry of Health broke down on Tuesday."


@pytest.mark.parametrize("again", [
    "The two sides will meet again on Friday with a mediator from the Federation of Kenya Employers.",
    "Both sides have agreed to meet again on Friday, mediated by the Federation of Kenya Employers.",
])
def test_a_mediated_round_is_between_the_sides_before(again: str) -> None:
    friday = _on(meetings(f"{_BROKE} {again}"), "2026-03-06")
    assert {"kenya-medical-practitioners-union", "ministry-of-health"} <= _sides(friday), friday


def test_a_body_met_again_is_no_mediator() -> None:
    # guard: the Federation named as a side, not as a mediator, stays the round's only body
    friday = _on(meetings(f"{_BROKE} The union will meet the Federation of Kenya Employers again on "
                          "Friday."), "2026-03-06")
    assert "federation-of-kenya-employers" in _sides(friday) \
        and "ministry-of-health" not in _sides(friday), friday


@pytest.mark.parametrize("text", [
    "Union general secretary Thabo Mokoena said the union did not want a strike.",
    "Company spokesman Kagiso Dlamini said a prolonged strike would put jobs at risk.",
    "Thabo Mokoena asked members to avoid violence during any strike.",
])
def test_a_strike_not_called_is_no_event(text: str) -> None:
    assert not any(m.get("name", "").startswith("Strike") for m in meetings(text)), meetings(text)


def test_a_strike_called_is_an_event() -> None:
    # guard: a strike that began
    found = meetings("About 9,000 miners of the Platinum Belt Workers' Union began a strike at Modimo "
                     "Platinum on Monday.")
    assert any(m.get("type") == "other" and "platinum-belt-workers-union" in _sides(m) for m in found), found


def test_a_contest_of_a_career_past_is_no_event() -> None:
    # guard: 'competed at the London Olympics in 2012' is a career's past, not an event of the story
    assert meetings("Faith Kipyegon competed at the London Olympics in 2012.") == []


def test_a_lede_event_told_with_its_leader_is_drafted() -> None:
    found = meetings("A team of glaciologists has returned from three weeks on the ice cap.\n\nThe "
                     "expedition, led by Anna Sigurdardottir of the University of Akureyri, took 1,200 radar "
                     "soundings.")
    assert any({"anna-sigurdardottir", "university-of-akureyri"} <= _sides(m) for m in found), found
    assert not any(m.get("date") for m in found if "anna-sigurdardottir" in _sides(m)), found


def test_a_later_mention_led_by_is_no_new_event() -> None:
    # guard: past the lede, 'The expedition, led by X' with nothing before is background
    found = meetings("The glacier lost 40 metres.\n\nIt is the deepest lake in Iceland.\n\nTourists visit "
                     "it.\n\nThe expedition, led by Anna Sigurdardottir of the University of Akureyri, was "
                     "funded by Rannis.")
    assert found == [], found
