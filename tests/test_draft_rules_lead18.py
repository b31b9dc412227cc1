"""Rules of round 18 of issue 18 (lead): the events an article tells after its main one.

Last round's measure set (outside-r17b, now open) and the develop sets missed one event in three;
of those, four in ten had no meeting on their day at all. Among them:
- a meeting told days before the main one, of the same kind ('Shareholders of Kushiro Kyōei Bank
  on Tuesday approved the merger at an extraordinary general meeting', then 'Dōtō Credit Bank
  shareholders approved the merger at their own meeting in Obihiro on June 25') was read as the
  main meeting's first day: one meeting, no second one;
- a later sentence's body that holds its own meeting took the people named in the sentences after
  it as its sides (guessed, marked), where the sentence names its side;
- a body's decision still to come ('The Pyhäjoki Municipal Council will decide on the partial
  master plan on Monday 26 August') was no event; nor an appearance before a committee written
  with capitals or told with 'will' ('will appear before the National Defence Committee on
  Tuesday');
- a meeting 'fixed for 15 January' took the lede's day: the day set for it was more than 40
  characters after the meeting's word ('The next meeting of the Joint Commission of the Government
  and the Episcopate was fixed for 15 January');
- a strike told by its act ('its members would stop work from 25 September', 'downed tools') and
  another round of talks told without the word ('to chair a new round between the two sides on
  Friday') were no events (develop set r18a);
- a press release's plans: 'On Thursday 16 May 2013, the Ministry ... and the Global Fund country
  team will hold a coordination meeting in Yaoundé' had no day (a day before the comma and a plan
  after it were read as another clause's); 'The campaign will be officially launched in Bafoussam
  by the Secretary General ..., in the presence of the Governor' was no event, and told right
  after 'will begin ... on Monday 20 May 2013' it takes that day, marked (develop set r18a);
- 'on the 28th of this month' was no day, 'will sit down with' no meeting, and in a transcript an
  official's 'The ministry will sit down with ...' was read as her quoted words only, where a
  committee's 'The committee will ...' is its notice (develop set r18a);
- a court that 'on Tuesday suspended the trial of four former directors of the defunct Banco
  Social de Misiones until Oct. 20' drafted a sanction ('Suspension by Banco Social de Misiones')
  on Oct. 20; a suspension until a day is an adjournment, and the day is no end of the sitting
  (develop set r18a);
- a performance was no event ('gave the inaugural recital on the restored organ', 'The next public
  recital is scheduled for Tuesday 8 November'), 'the inaugural recital' was read as a pointer back
  to an event told before, and 'in a workshop in Alsace' was a session; a lede's 'On Sunday' (a
  capital 'On') gave no day to the events of the first paragraphs (develop set r18a);
- 'Last Thursday, about 200 parents met with the Surabaya City Education Office' was no meeting (a
  counted crowd, unnamed, meets a named body), and 'Last Thursday,' opening a sentence gave its
  events no day (develop set r18a);
- a body called back as the subject of the event's verb ('The ministry will sit down with the
  Ethiopian Seed Enterprise', 'The committee will meet the company') was no side when the sentence
  named another body (develop set r18a);
- a body called back by its word before its people or after 'with' ('a first meeting with
  ministry officials had taken place in Budapest on 5 March', 'talks with the ministry') was no
  side where the sentence named a person, and 'the ministry' never called back a 'Ministry for
  Transport and Investment' (only 'Ministry of ...'); develop set r17a;
- a meeting 'X hosted Y ... for a meeting' in the first paragraphs, told with no day, had none,
  where any other event there takes the lede's day (not a day things were only said on).
Publication date: Friday 11 March 2011 unless a row says otherwise."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ruletable import draft, meetings

_DAY = dt.date(2011, 3, 11)


def _sides(meeting: dict[str, Any]) -> set[str]:
    return {*meeting.get("participants", ()), *meeting.get("organisations", ())}


def _on(found: list[dict[str, Any]], day: str) -> dict[str, Any] | None:
    return next((m for m in found if m.get("date") == day), None)


_MERGER = ("Shareholders of Banco Litoral on Thursday approved the bank's merger with Caixa Norte at an "
           "extraordinary general meeting in Porto that lasted five hours.\n\n"
           "Litoral's chief executive, Rui Tavares Pinto, apologised for the losses.\n\n"
           "Caixa Norte shareholders approved the merger at their own meeting in Braga on March 3. "
           "Caixa Norte's chairman, Joana Serra Lopes, is expected to meet the mayor of Porto, Luís "
           "Amaral, next month.")
_SYNOD = ("The General Synod of the Lutheran Church met in Turku on Wednesday to elect a new bishop.\n\n"
          "Archbishop Eero Lahtinen opened the session.\n\n"
          "The Finnish Forest Industries Federation held its own meeting in Helsinki on February 26 and "
          "backed the candidate. Its director, Kaisa Rinne-Holm, said she would attend the vote.")


@pytest.mark.parametrize(("text", "day", "side"), [
    (_MERGER, "2011-03-03", "caixa-norte"),  # the other bank's own meeting, a week before
    (_SYNOD, "2011-02-26", "finnish-forest-industries-federation"),
])
def test_a_meeting_days_before_the_main_one_is_another_meeting(text: str, day: str, side: str) -> None:
    found = meetings(text, _DAY)
    earlier = _on(found, day)
    assert earlier is not None, found
    assert side in _sides(earlier)
    assert sum(1 for m in found if m.get("date") == day) == 1


@pytest.mark.parametrize(("text", "day", "person"), [
    (_MERGER, "2011-03-03", "luis-amaral"),  # named after, in a sentence of a visit ahead
    (_MERGER, "2011-03-03", "joana-serra-lopes"),
])
def test_a_bodys_own_meeting_takes_no_people_of_the_sentences_after(text: str, day: str,
                                                                      person: str) -> None:
    earlier = _on(meetings(text, _DAY), day)
    assert earlier is not None and person not in _sides(earlier)


# Guards: one event told over its days stays one; the main meeting keeps its day and sides.
def test_the_main_meeting_keeps_its_day_and_body() -> None:
    main = _on(meetings(_MERGER, _DAY), "2011-03-10")
    assert main is not None and "banco-litoral" in _sides(main)


def test_a_meeting_told_over_two_days_stays_one() -> None:
    text = ("Delegates of the Nordic Council met in Reykjavik on Wednesday for a two-day session on "
            "fisheries.\n\nThe council's president, Sigrún Magnúsdóttir, opened the session.\n\n"
            "The meeting on Tuesday evening, a dinner for the delegations, was held at the harbour.")
    found = meetings(text, _DAY)
    assert len([m for m in found if m.get("type") == "meeting"]) == 1, found


def test_a_pronoun_of_a_person_still_takes_its_person() -> None:
    text = ("Marine biologist Lucía Ferreyra returned from an 18-day diving expedition on Monday.\n\n"
            "Ferreyra wants the province of Tierra del Fuego to protect the area. She will show the "
            "results to the Legislature of Tierra del Fuego in a public meeting.")
    found = [m for m in meetings(text, _DAY) if "legislature-of-tierra-del-fuego" in _sides(m)]
    assert found and "lucia-ferreyra" in _sides(found[0])


_LEDE = "Kushiro Bank's chairman, Taro Sato, resigned on Monday after losses, the bank said."


@pytest.mark.parametrize(("later", "day", "side"), [
    ("The Pyhäjoki Municipal Council will decide on the partial master plan on Monday 26 August.",
     "2011-08-26", "pyhajoki-municipal-council"),
    ("The Competition Tribunal is expected to rule on the merger on 3 May.", "2011-05-03",
     "competition-tribunal"),
    ("Sato will appear before the Public Accounts Committee on Tuesday.", "2011-03-15",
     "public-accounts-committee"),
    ("The next meeting of the Joint Episcopal Commission was fixed for 15 January.", "2012-01-15",
     "joint-episcopal-commission"),
    ("A further round of talks with the Bank Workers' Union was arranged for 3 February.", "2012-02-03",
     "bank-workers-union"),
])
def test_an_event_ahead_told_by_a_bodys_plan_has_its_day(later: str, day: str, side: str) -> None:
    found = _on(meetings(f"{_LEDE}\n\n{later}", _DAY), day)
    assert found is not None and side in _sides(found), meetings(f"{_LEDE}\n\n{later}", _DAY)
    assert found.get("status") == "scheduled"


# Guards: a person's decision is no event; a court's 'ruled' stays the ruling's.
@pytest.mark.parametrize("later", [
    "Sato said he would decide on the offer next week.",
    "The minister is expected to decide on the request on 3 May.",
])
def test_a_persons_decision_is_no_event(later: str) -> None:
    assert not [m for m in meetings(f"{_LEDE}\n\n{later}", _DAY) if m.get("date") == "2011-05-03"
                or "decision" in m["name"].lower()]


_HOSTED = ("The fisheries ministers of Norway, Iceland and the Faroe Islands signed a joint quota "
           "agreement in Tórshavn on Friday.\n\n"
           "Faroese Fisheries Minister Jógvan Dam Hansen hosted his Norwegian counterpart Ola Strand "
           "Berg and Iceland's Fisheries Minister Katrín Jónsdóttir at the Tinganes for a meeting that "
           "ran past its planned three hours.")
_SAID = ("COPENHAGEN, March 11 - Denmark's two largest teachers' unions said on Friday that they "
         "would strike from March 28 after talks with the education ministry ended without agreement "
         "late on Thursday.\n\n"
         "Leaders of the Danish Union of Teachers and the Union of Upper Secondary Teachers met for six "
         "hours in Copenhagen with officials of the Ministry of Education, led by its permanent "
         "secretary, Mette Lund Kjær.")


@pytest.mark.parametrize(("text", "day", "side"), [
    (_HOSTED, "2011-03-11", "ola-strand-berg"),  # the lede's day
    (_SAID, "2011-03-10", "mette-lund-kjaer"),  # the day the talks ended, not the day it was said
])
def test_a_meeting_of_the_first_paragraphs_takes_the_ledes_day(text: str, day: str, side: str) -> None:
    found = _on(meetings(text, _DAY), day)
    assert found is not None and side in _sides(found), meetings(text, _DAY)


_TALKS = ("Talks between the dockers' union Sindimar and the port operators' association Apemar broke "
          "down on Monday evening in Valparaíso.")


@pytest.mark.parametrize(("later", "day", "kind"), [
    ("The union said its members would stop work from 25 March unless a deal is reached.",
     "2011-03-25", "other"),
    ("Dockers in San Antonio downed tools on Tuesday in support.", "2011-03-08", "other"),
    ("The Ministry of Labour said Vice-Minister Rosa Millán would chair a new round between the two "
     "sides on Friday.", "2011-03-18", "talks"),
])
def test_a_strike_or_a_round_told_without_its_word(later: str, day: str, kind: str) -> None:
    found = _on(meetings(f"{_TALKS}\n\n{later}", _DAY), day)
    assert found is not None and found["type"] == kind, meetings(f"{_TALKS}\n\n{later}", _DAY)


# Guards: 'stopped working' of a machine, a new round of something else.
@pytest.mark.parametrize("later", [
    "The crane stopped working last year and was never repaired.",
    "The government announced a new round of tariffs on imported steel.",
])
def test_no_strike_or_round_where_none_is_told(later: str) -> None:
    assert len(meetings(f"{_TALKS}\n\n{later}", _DAY)) == 1


_RELEASE = ("Accra, 14 March 2011 - The Ministry of Health announces that the national polio campaign "
            "will begin in the Volta Region on Monday 21 March 2011. The campaign will be officially "
            "launched in Ho by the Deputy Minister of Health, Dr Kwaku Agyeman-Duah, in the presence of "
            "the Regional Minister, Mr Joseph Amenowode.\n\n"
            "On Thursday 17 March 2011, the Ministry of Health and the UNICEF country team will hold a "
            "coordination meeting in Accra with the district health directors.")
_RELEASED = dt.date(2011, 3, 14)


@pytest.mark.parametrize(("day", "side"), [
    ("2011-03-21", "kwaku-agyeman-duah"),  # the launch, on the day of the sentence before (marked)
    ("2011-03-21", "joseph-amenowode"),
    ("2011-03-17", "unicef"),  # the day set before the comma, and 'will hold a ... meeting'
])
def test_a_press_releases_plans_have_their_days(day: str, side: str) -> None:
    found = _on(meetings(_RELEASE, _RELEASED), day)
    assert found is not None and side in _sides(found), meetings(_RELEASE, _RELEASED)
    assert found.get("status") == "scheduled"


def test_a_launch_on_the_day_of_the_sentence_before_is_marked() -> None:
    launch = _on(meetings(_RELEASE, _RELEASED), "2011-03-21")
    assert launch is not None and "date" in launch.get("uncertain", {})


# Guards: a day before a saying is not the plan's; an inquiry 'opened by' prosecutors is no launch.
@pytest.mark.parametrize("text", [
    "On Monday, the union said it will hold a strike ballot next month.",
    "An investigation was opened by prosecutors in Lyon on Monday into the sale.",
])
def test_no_plan_day_or_launch_where_none_is_told(text: str) -> None:
    found = meetings(text, _DAY)
    assert not [m for m in found if m.get("date") == "2011-03-07" and m.get("status") == "scheduled"
                or m["name"].lower().startswith("launch")], found


_RADIO = ("RADIO KAYA - \"THE FARM HOUR\"\n\n"
          "PRESENTER: Good evening. With me is Ms Ana Mbeki Dlamini, who directs seed systems at the "
          "Ministry of Agriculture.\n\n"
          "ANA MBEKI DLAMINI: Thank you. The ministry will sit down with the National Seed Board on the "
          "28th of this month to agree allocations for the season.")


def test_an_offices_plan_told_in_a_transcript_turn_is_an_event() -> None:
    found = _on(meetings(_RADIO, dt.date(2011, 3, 7)), "2011-03-28")
    assert found is not None and "national-seed-board" in _sides(found), meetings(_RADIO, dt.date(2011, 3, 7))


@pytest.mark.parametrize(("text", "day"), [
    ("Mining unions will sit down with the Chamber of Mines on the 3rd of next month.", "2011-04-03"),
    ("The Chamber of Mines met the National Union of Mineworkers on the 2nd of this month.", "2011-03-02"),
])
def test_a_day_of_this_or_next_month(text: str, day: str) -> None:
    assert _on(meetings(text, _DAY), day) is not None, meetings(text, _DAY)


# Guard: a guest's own plan in a turn stays her words ('I will meet them on the 28th of this month').
def test_a_guests_own_plan_in_a_turn_stays_her_words() -> None:
    text = _RADIO.replace("The ministry will sit down with the National Seed Board",
                          "I will see my sister")
    assert not meetings(text, dt.date(2011, 3, 7))


_SUSPENDED = ("Trial of bank directors halted\n\n"
              "A federal court in Rosario on Tuesday suspended the trial of four former directors of the "
              "defunct Banco Provincial del Litoral until March 22, after defence lawyers challenged an "
              "audit.\n\n"
              "The former chairman, Jorge Alberto Pellegrini, denies the charges.")


def test_a_trial_suspended_until_a_day_sat_on_its_own_day() -> None:
    found = meetings(_SUSPENDED, _DAY)
    held = _on(found, "2011-03-08")
    assert held is not None and not held.get("end_date"), found
    assert not [m for m in found if m["name"].lower().startswith("suspension")], found


def test_a_hearing_suspended_until_a_day_sits_again_that_day() -> None:
    text = ("The Rosario Federal Court on Tuesday suspended the hearing until March 22.\n\n"
            "The former chairman, Jorge Alberto Pellegrini, denies the charges.")
    assert _on(meetings(text, _DAY), "2011-03-22") is not None, meetings(text, _DAY)


# Guard: a sanction stays one.
def test_a_player_suspended_is_a_sanction() -> None:
    text = ("The Argentine Football Association on Tuesday suspended Racing striker Diego Paz for three "
            "matches.")
    assert [m for m in meetings(text, _DAY) if m["name"].lower().startswith("suspension")]


_ORGAN = ("Riga's cathedral organ sings again\n\n"
          "For four years the pipes of the cathedral lay in crates in a workshop in Ludwigsburg. On Sunday "
          "afternoon they were heard again, when organist Ilze Kalniņa-Bērziņa gave the inaugural recital "
          "before some 1,500 people.\n\n"
          "The next public recital is scheduled for Tuesday 22 March, when the organist will be joined by "
          "the Riga Cathedral Boys' Choir.")


def test_a_recital_is_an_event_on_its_day() -> None:
    found = meetings(_ORGAN, _DAY)
    held = _on(found, "2011-03-06")
    assert held is not None and "ilze-kalnina-berzina" in _sides(held), found
    assert _on(found, "2011-03-22") is not None, found
    assert not [m for m in found if "workshop" in m["name"].lower()], found


@pytest.mark.parametrize("text", [
    "Last Thursday, about 200 parents met with the Kaunas City Education Department.",
    "On Tuesday some 40 fishermen met the Klaipėda Port Authority at its offices.",
])
def test_a_counted_crowd_meets_a_named_body(text: str) -> None:
    found = meetings(f"Parents angry\n\nMany parents in Kaunas are not happy.\n\n{text}", _DAY)
    assert any(m.get("date") in ("2011-03-10", "2011-03-08") and m.get("organisations") for m in found), found


# Guard: a count of things is no crowd ('In 2009, 12 clubs met the league' is: 'clubs'; but not
# 'about 200 metres')
def test_a_count_of_things_meets_no_one() -> None:
    assert not meetings("The road runs about 200 metres from the Kaunas City Education Department.", _DAY)


def test_the_body_called_back_as_subject_is_a_side() -> None:
    text = ("The Ministry of Agriculture said seed supplies were short.\n\n"
            "The ministry will sit down with the National Seed Board on 22 March to agree allocations.")
    found = _on(meetings(text, _DAY), "2011-03-22")
    assert found is not None and {"ministry-of-agriculture", "national-seed-board"} <= _sides(found), found


@pytest.mark.parametrize("later", [
    "She said a first meeting with ministry officials had taken place in Riga on 2 March.",
    "She said talks with the ministry had taken place in Riga on 2 March.",
])
def test_the_body_whose_people_were_met_is_a_side(later: str) -> None:
    text = ("The city hopes to cover 85 per cent from EU funds channelled through the Ministry for "
            "Transport and Communications.\n\n"
            f"Deputy Mayor Ilze Ozoliņa-Kalniņa replied that the plan was ready. {later}")
    found = _on(meetings(text, _DAY), "2011-03-02")
    assert found is not None and "ministry-for-transport-and-communications" in _sides(found), found


# Found drafting the lead's own transcript (/work/notes/probe18/radio.txt): a reporter's labelled
# turn that reports a body's words was drafted as a quote of the union chairman quoted just
# before it, marked only as inferred.
_TURNS = ("COAST FM - MORNING REPORT\n\n"
          "PRESENTER: Good morning. Our reporter Amina Wanjiru was at the port.\n\n"
          "AMINA WANJIRU: The union and the Mombasa Port Authority signed a deal last night.\n\n"
          "HASSAN OMAR JUMA: We are happy. The boats will go out again tomorrow.\n\n"
          "AMINA WANJIRU: The Mombasa Port Authority said in a statement that the deal \"protects jobs "
          "on both sides of the harbour\".")


def test_a_reporters_turn_is_the_last_speakers_quote_only_as_a_marked_guess() -> None:
    data = draft(_TURNS, dt.date(2011, 3, 9))
    guessed = [q for q in data.get("quotes", []) if q.get("speaker") == "hassan-omar-juma"
               and "Port Authority said" in q["text"]]
    assert all("speaker" in q.get("uncertain", {}) for q in guessed), guessed
    assert any(q.get("speaker") == "mombasa-port-authority" for q in data.get("quotes", []))


# After r18b's end score (fitted, reported apart): the Swedish and German particles of nobility
# ('Katarina Sjöholm af Wetterstedt', 'Karl-Theodor zu Guttenberg') cut the name, and 'Sjöholm af
# Wetterstedt said' gave the quote to no one the draft had named.
@pytest.mark.parametrize("person", ["katarina-sjoholm-af-wetterstedt", "karl-theodor-zu-guttenberg"])
def test_a_particle_of_nobility_stays_in_the_name(person: str) -> None:
    text = ("Museum returns drum\n\nThe director-general of the Swedish History Museums, Katarina "
            "Sjöholm af Wetterstedt, signed the transfer document on Saturday. \"It belongs here,\" "
            "Sjöholm af Wetterstedt said.\n\nKarl-Theodor zu Guttenberg, a former minister, attended.")
    data = draft(text, dt.date(2025, 9, 21))
    assert person in {p["id"] for p in data["people"]}, data["people"]
    assert {q.get("speaker") for q in data["quotes"]} == {"katarina-sjoholm-af-wetterstedt"}
