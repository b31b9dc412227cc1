"""Rules of round 12 of issue 18 (events): talks 'due to open on Monday' that 'have been postponed
until March 16' are set for the later day; the leader of a delegation told ahead ('who will lead
Portugal's delegation') takes part in the talks still ahead, not in the call the lede told of;
'X promised that the two countries' ministers would meet' tells of a meeting X takes no part in;
a spokesman who says 'the call lasted 40 minutes' tells of it; a hearing 'adjourned to April 8'
is held on its day and set again for the later one. Guard rows keep what is right.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

from briefing.new.draft.dates import find_dates
from ruletable import PUBLISHED, draft, meetings


def _only(text: str) -> dict[str, Any]:
    found = meetings(text)
    assert len(found) == 1, found
    return found[0]


def _on(found: list[dict[str, Any]], day: str) -> dict[str, Any]:
    dated = [m for m in found if str(m.get("date")) == day]
    assert len(dated) == 1, found
    return dated[0]


def test_talks_postponed_until_a_day_are_set_for_that_day() -> None:
    talks = _only("Talks between the Harbour Workers Union and the Pacific Shipping Association on "
                  "pay, due to open in Bergen on Monday, have been postponed until March 16, the "
                  "Labour Ministry said yesterday.")
    assert str(talks.get("date")) == "2026-03-16" and talks.get("status") == "scheduled", talks
    assert "date" not in (talks.get("uncertain") or {}), talks  # (the day it is set for now)


def test_a_meeting_put_back_from_one_day_to_another_is_on_the_later_one() -> None:
    meeting = _only("The meeting of the Harbour Workers Union, postponed from March 7 to March 14 "
                    "because of snow, will be held at the union's hall.")
    assert str(meeting.get("date")) == "2026-03-14" and meeting.get("status") == "scheduled", meeting


def test_a_meeting_postponed_without_a_new_day_is_not_dated_the_old_one() -> None:
    # guard: 'was postponed' with no day to go to keeps its doubt, as before
    found = meetings("The meeting of the Harbour Workers Union on Monday was postponed.")
    assert not any(str(m.get("date")) == "2026-03-02" and "date" not in (m.get("uncertain") or {})
                   for m in found), found


_CALL = ("Prime Minister Ana Lima spoke by telephone with President Omar Diallo on Monday about the "
         "debt, a government spokesman said.")
_PROMISED = "Diallo promised that the two countries' finance ministers would meet in Dakar on Friday."
_LEADS = ("Finance Minister Rui Costa, who will lead Portugal's delegation in Dakar, said the debt "
          "could be paid in three years.")


def test_a_delegation_leader_told_ahead_joins_the_meeting_ahead() -> None:
    found = meetings(f"{_CALL}\n\n{_PROMISED}\n\n{_LEADS}")
    call, later = _on(found, "2026-03-02"), _on(found, "2026-03-06")
    assert "rui-costa" not in (call.get("participants") or ()), call
    assert "rui-costa" in (later.get("participants") or ()), later
    assert later.get("status") == "scheduled", later


def test_who_promises_that_two_others_will_meet_takes_no_part() -> None:
    later = _on(meetings("Prime Minister Ana Lima spoke by telephone with President Omar Diallo on "
                         "Monday about gas deliveries, which Dakar cut by half last week.\n\nThe "
                         f"spokesman, Darius Jurgaitis, said the call lasted about 40 minutes. {_PROMISED}"),
                "2026-03-06")
    assert "omar-diallo" not in (later.get("participants") or ()) or "participants" in (
        later.get("uncertain") or {}), later


def test_a_delegation_led_in_the_past_joins_the_held_talks() -> None:
    # guard: 'who led SEK's delegation' after held talks: those talks
    found = meetings("Talks between the Cyprus Hotel Association and the unions broke down in Limassol "
                     "on Monday.\n\n\"We came to negotiate,\" said Nikos Charalambous, who led SEK's "
                     "delegation.")
    talks = _on(found, "2026-03-02")
    assert "nikos-charalambous" in (talks.get("participants") or ()), talks


def test_a_spokesman_telling_of_the_call_takes_no_part() -> None:
    found = meetings(f"{_CALL}\n\nThe spokesman, Darius Jurgaitis, said the call lasted about 40 minutes.")
    call = _on(found, "2026-03-02")
    assert set(call.get("participants") or ()) == {"ana-lima", "omar-diallo"}, call
    assert call.get("paragraphs") == [1, 2], call


def test_a_side_saying_how_the_call_went_still_takes_part() -> None:
    # guard: no spokesman: a side that says what the call was like is at it
    call = _on(meetings(f"{_CALL}\n\nLima said the call had been friendly."), "2026-03-02")
    assert {"ana-lima", "omar-diallo"} <= set(call.get("participants") or ()), call


def test_a_hearing_adjourned_to_a_later_day_is_set_for_it() -> None:
    found = meetings("Rajesh Doorgakant was denied bail by the Intermediate Court in Port Louis on "
                     "Tuesday, and the hearing of his case was adjourned to April 8.")
    held, later = _on(found, "2026-03-03"), _on(found, "2026-04-08")
    assert held.get("status") != "scheduled" and later.get("status") == "scheduled", found
    assert "rajesh-doorgakant" in (later.get("participants") or ()), later


def test_a_court_adjourning_a_trial_until_a_day_gives_both_sittings_once() -> None:
    # guard: the adjournment told first ('adjourned until November 12 the trial'): two sittings
    found = meetings("The Colombo High Court on Thursday adjourned until April 12 the trial of a former "
                     "chairman of the Ceylon Petroleum Corporation, Priyantha Fernando.")
    assert len(found) == 2, found
    assert {str(m.get("date")) for m in found} == {"2026-02-26", "2026-04-12"}, found


def test_called_to_a_ministry_on_a_day_is_a_meeting_there() -> None:
    meeting = _only("National coach Anatoli Brusov was called to the Ministry of Youth and Sports on "
                    "Monday and asked to explain why he had left two strikers out of his squad.")
    assert meeting.get("participants") == ["anatoli-brusov"], meeting
    assert "ministry-of-youth-and-sports" in (meeting.get("organisations") or ()), meeting
    assert str(meeting.get("date")) == "2026-03-02" and meeting.get("status") != "scheduled", meeting


def test_spending_two_hours_with_someone_is_a_meeting() -> None:
    meeting = _only("Sports Minister Jean Ebode spent two hours with federation president Pierre "
                    "Nkwelle on Monday.")
    assert set(meeting.get("participants") or ()) == {"jean-ebode", "pierre-nkwelle"}, meeting


def test_years_spent_with_a_club_are_no_meeting() -> None:
    # guard: a spell of years, and a call to a squad, are no meetings
    assert not meetings("Striker Paul Ateba spent six years with Canon Yaoundé and was called to the "
                        "national squad in 1986.")


def test_a_title_won_beating_a_named_side_is_their_match() -> None:
    match = _only("Harbour City Hawks won the Premier League title on Sunday, beating the defending "
                  "champions Ridgeway Rovers 58-51 in the final at the National Arena.")
    assert {"harbour-city-hawks", "ridgeway-rovers"} <= set(match.get("organisations") or ()), match
    assert str(match.get("date")) == "2026-03-01" and match.get("status") != "scheduled", match


def test_beating_expectations_is_no_match() -> None:
    # guard: the participle beats no named side
    assert not meetings("Harbour City Hawks won again on Sunday, beating expectations in Ridgeway.")


_OPENED = ("Talks between the Harbour Workers Union and the Pacific Shipping Association opened in Bergen "
           "on Monday.")


def test_who_is_expected_to_join_the_talks_joins_a_later_session() -> None:
    found = meetings(f"{_OPENED}\n\nLabour Minister Tom Reed is expected to join the talks on Friday.")
    talks, later = _on(found, "2026-03-02"), _on(found, "2026-03-06")
    assert "tom-reed" not in (talks.get("participants") or ()), talks
    assert later.get("participants") == ["tom-reed"] and later.get("status") == "scheduled", later
    assert later.get("part_of") == talks["id"], later


def test_who_joined_the_talks_took_part_in_them() -> None:
    # guard: 'joined the talks on Tuesday' is the held talks'
    found = meetings(f"{_OPENED}\n\nLabour Minister Tom Reed joined the talks on Tuesday.")
    assert len(found) == 1 and "tom-reed" in (found[0].get("participants") or ()), found


_BEAT = "Harbour City Hawks beat Ridgeway Rovers 2-1 at the National Arena on Sunday."


def _timeline_on(text: str, day: str) -> dict[str, Any]:
    dated: list[dict[str, Any]] = [t for t in draft(text).get("timeline", []) if str(t.get("date")) == day]
    assert len(dated) == 1, draft(text).get("timeline")
    return dated[0]


def test_next_sunday_after_on_sunday_is_no_doubt_of_the_week() -> None:
    later = _timeline_on(f"{_BEAT}\n\nThe Hawks, who have 21 points, play Valley United at Riverside "
                         "Park next Sunday.", "2026-03-08")
    assert "date" not in (later.get("uncertain") or {}), later


def test_a_second_sunday_without_next_keeps_its_doubt() -> None:
    # guard: 'on Sunday' twice, read as two weeks: one of them is marked
    later = _timeline_on(f"{_BEAT}\n\nThe Hawks, who have 21 points, will play Valley United at "
                         "Riverside Park on Sunday.", "2026-03-08")
    assert "date" in (later.get("uncertain") or {}), later


def _dated_doubt(text: str) -> list[tuple[str, bool]]:
    return [(str(m.get("date")), "date" in (m.get("uncertain") or {})) for m in meetings(text)]


def test_a_countrys_act_in_the_lede_is_its_ministers_news_conference_day() -> None:
    assert _dated_doubt("Norway awarded licences for two floating wind farms on Tuesday.\n\nThe area will "
                        "hold turbines of 1,500 megawatts, Energy Minister Terje Aasland told a news "
                        "conference in Oslo.") == [("2026-03-03", False)]


def test_a_meeting_the_act_came_after_keeps_its_doubt() -> None:
    # guard: 'after a meeting': the meeting may be an earlier day than the lede's act
    found = meetings("Namibia suspended the licences of four hake trawlers on Tuesday.\n\nFisheries "
                     "Minister Helena Shikongo announced the suspensions after a meeting with trawler "
                     "owners in Walvis Bay.")
    meeting = next(m for m in found if m.get("type") == "meeting")
    assert "date" in (meeting.get("uncertain") or {}), meeting


def test_a_lede_without_a_country_keeps_its_doubt() -> None:
    # guard: the lede's subject is no country and takes no part: the day is only the lede's
    assert _dated_doubt("Harbour City Hawks sacked their coach on Tuesday.\n\nSports Minister Terje "
                        "Aasland told a news conference in Oslo that clubs needed stability.") == [
        ("2026-03-03", True)]


_SIGNED = ("The Alliance of Concerned Teachers and the Department of Education signed an agreement on "
           "back pay in Pasig on Saturday.")


def test_meeting_again_after_a_signing_is_between_its_sides() -> None:
    later = _on(meetings(f"{_SIGNED}\n\nThe union and the department will meet again on Thursday to "
                         "discuss overtime pay."), "2026-03-05")
    assert set(later.get("organisations") or ()) == {"alliance-of-concerned-teachers",
                                                     "department-of-education"}, later


def test_meeting_again_with_a_body_new_to_the_article_keeps_its_own_sides() -> None:
    # guard: a body the signing did not have: not the signing's sides
    later = _on(meetings(f"{_SIGNED}\n\nThe department and the Commission on Elections will meet again "
                         "on Thursday to discuss overtime pay."), "2026-03-05")
    assert "alliance-of-concerned-teachers" not in (later.get("organisations") or ()), later


def _days(text: str) -> dict[str, tuple[str, bool]]:
    """Each date of a one-paragraph article: as written -> (value, told as a reported plan)."""
    return {d.as_written: (d.value, d.planned) for d in find_dates((text,), PUBLISHED)}


def test_a_tally_before_the_day_leaves_the_day_after_to_a_plan() -> None:
    days = _days("Dockers voted by 300 votes to 120 yesterday to return to work on Monday.")
    assert days["Monday"] == ("2026-03-09", True) and days["yesterday"][0] == "2026-03-03", days
    days = _days("The Springfield City Council voted 14-7 on Tuesday to close the market hall on Monday.")
    assert days["Monday"] == ("2026-03-09", True) and days["Tuesday"][0] == "2026-03-03", days


def test_a_tally_alone_is_no_plan() -> None:
    # guard: 'voted 14 to 7 on Friday': the vote's own day, not a plan's
    assert _days("The Springfield City Council voted 14 to 7 on Friday to close the market hall.") == {
        "Friday": ("2026-02-27", False)}


_CONGRESS = ("Some 600 volcanologists opened the week-long Latin American Congress of Volcanology at the "
             "University of Costa Rica on Monday.\n\nThe congress runs from March 2 to 6 and is organised "
             "by the Costa Rica Volcanological Observatory.")


def test_a_congress_named_with_of_opened_on_a_day_is_one_gathering() -> None:
    congress = _only(_CONGRESS)
    assert congress.get("name") == "Latin American Congress of Volcanology", congress
    days = (str(congress.get("date")), str(congress.get("end_date")))
    assert days == ("2026-03-02", "2026-03-06"), congress
    assert "date" not in (congress.get("uncertain") or {}), congress


def test_the_next_congress_is_another_one() -> None:
    congress = _only(f"{_CONGRESS}\n\nThe next congress will be held in Arequipa, Peru.")
    assert congress.get("paragraphs") == [1, 2] and congress.get("place") != "arequipa", congress


def test_the_next_meeting_on_a_day_is_a_meeting_of_its_own() -> None:
    # guard: 'the council's next meeting is on March 16': scheduled, on its own day (round 14: the
    # Monday meeting the council held is drafted too, as its own)
    found = meetings("The Springfield City Council met on Monday to discuss the budget.\n\nThe council's "
                     "next meeting is on March 16.")
    later = [m for m in found if str(m.get("date")) == "2026-03-16"]
    assert len(later) == 1 and later[0].get("status") == "scheduled", found
    assert all(str(m.get("date")) in ("2026-03-02", "2026-03-16") for m in found), found


_BENCH = ("A three-judge bench of Justices Hannah Okwengu, Patrick Kiage and Mumbi Ngugi ruled that the "
          "land had been transferred without approval.")


def test_a_bench_ruling_after_a_courts_lede_is_the_courts_act_that_day() -> None:
    ruling = _only("The Court of Appeal on Friday cancelled title deeds held by a private developer near "
                   f"Eldoret.\n\n{_BENCH}")
    assert str(ruling.get("date")) == "2026-02-27" and "date" not in (ruling.get("uncertain") or {}), ruling
    assert "court-of-appeal" in (ruling.get("organisations") or ()), ruling


def test_a_bench_ruling_after_another_bodys_lede_keeps_its_doubt() -> None:
    # guard: the lede's subject is no court: its day is only the lede's
    ruling = _only("The Kenya Forest Service on Friday welcomed the return of forest land near Eldoret."
                   f"\n\n{_BENCH}")
    assert "date" in (ruling.get("uncertain") or {}), ruling


def test_a_plan_made_in_the_present_perfect_counts_from_publication() -> None:
    found = find_dates(("A state mediator has ordered the Harbour Workers Union back to the bargaining "
                        "table on Monday.",), PUBLISHED)
    assert [(d.value, d.doubt) for d in found] == [("2026-03-09", "")], found


def test_a_plan_told_in_the_past_keeps_its_doubt() -> None:
    # guard: 'ordered ... on Monday' (when?): the Monday may be counted from an older order
    found = find_dates(("A state mediator ordered the Harbour Workers Union back to the bargaining table "
                        "on Monday.",), PUBLISHED)
    assert [d.value for d in found] == ["2026-03-09"] and found[0].doubt, found


_MINES = "Talks between the Chamber of Mines and the Ministry of Labour opened in Maseru on Monday."


def test_a_body_asking_for_a_seat_at_the_talks_is_not_at_them() -> None:
    talks = _only(f"{_MINES}\n\nThe National Union of Mineworkers says it should have a seat at the talks.")
    assert "national-union-of-mineworkers" not in (talks.get("organisations") or ()), talks


def test_a_body_represented_at_the_talks_is_at_them() -> None:
    # guard: represented there: a side
    talks = _only(f"{_MINES}\n\nThe National Union of Mineworkers was also represented at the talks.")
    assert "national-union-of-mineworkers" in (talks.get("organisations") or ()), talks


def test_a_comma_inside_a_bodys_name_ends_no_clause() -> None:
    found = find_dates(("The committee will ask the Ministry of Minerals, Energy and Water Resources to "
                        "appear before it on Thursday.",), PUBLISHED)
    assert [d.value for d in found] == ["2026-03-05"], found


def test_a_comma_after_a_fronted_place_still_ends_a_clause() -> None:
    # guard: 'In Rome, Italian and Portuguese mediators met ...': the day is the meeting's, past
    found = find_dates(("In Rome, Italian and Portuguese mediators met Renamo negotiators on Thursday, "
                        "and talks will go on.",), PUBLISHED)
    assert [d.value for d in found] == ["2026-02-26"], found


_TRANSCRIPT = ("The following is a transcript of Tuesday's hearing of the Public Accounts Committee in "
               "Gaborone, at which the chief executive of the Botswana Power Corporation, Gabriel "
               "Ramatlhakwane, was questioned.\n\nCHAIR (Tshepo Moalosi): Good morning. Is that right?\n\n"
               "GABRIEL RAMATLHAKWANE (Botswana Power Corporation): That is the figure, Chair. We will meet "
               "the contractor on Friday.\n\nCHAIR (Tshepo Moalosi): Thank you. The committee will ask the "
               "Ministry of Mines to appear before it on Thursday. We are adjourned.")


def test_a_chair_announcing_the_committees_next_hearing_in_a_transcript_drafts_it() -> None:
    later = _on(meetings(_TRANSCRIPT), "2026-03-05")
    assert set(later.get("organisations") or ()) == {"ministry-of-mines", "public-accounts-committee"}, later
    assert later.get("status") == "scheduled" and not later.get("participants"), later


def test_a_witness_plan_in_a_transcript_stays_words() -> None:
    # guard: 'We will meet the contractor on Friday', a witness's words: no event of the article
    assert not any(str(m.get("date")) == "2026-03-06" for m in meetings(_TRANSCRIPT)), meetings(_TRANSCRIPT)


def test_the_accuseds_employer_in_apposition_is_no_party_to_the_bail_hearing() -> None:
    hearing = _only("The former treasurer of the Flacq Planters' Cooperative, Rajesh Doorgakant, was "
                    "denied bail by the Intermediate Court in Port Louis on Tuesday.")
    assert hearing.get("organisations") == ["intermediate-court"], hearing
    assert hearing.get("participants") == ["rajesh-doorgakant"], hearing


def test_a_witness_body_at_a_committee_hearing_stays() -> None:
    # guard: a hearing's witness speaks for the body he heads
    hearing = _only("The Public Accounts Committee held a hearing on Tuesday at which the chief executive "
                    "of the Botswana Power Corporation, Gabriel Ramatlhakwane, was questioned.")
    assert "botswana-power-corporation" in (hearing.get("organisations") or ()), hearing


_HALIFAX = ("Halifax City Council voted 8-3 on Tuesday night to close four blocks of Barrington Street "
            "to cars.")


def test_council_bare_is_the_council_and_the_clerk_only_tells() -> None:
    found = meetings(f"{_HALIFAX}\n\nCouncil will review the trial at a public meeting on March 16, city "
                     "clerk Jane Sheppard said.")
    later = _on(found, "2026-03-16")
    assert later.get("organisations") == ["halifax-city-council"], later
    assert not later.get("participants"), later
    assert all("jane-sheppard" not in (m.get("participants") or ()) for m in found), found


def test_a_clerk_who_will_meet_someone_takes_part() -> None:
    # guard: the clerk opens the clause: she meets
    later = _on(meetings(f"{_HALIFAX}\n\nCity clerk Jane Sheppard will meet the merchants on March 16, "
                         "Mayor Ron Wallace said."), "2026-03-16")
    assert "jane-sheppard" in (later.get("participants") or ()), later
