"""Rules of round 21 of issue 18 (lead): the events of last round's measure set, now open (r20b),
and of the new develop set r21a.

What was wrong, each a class seen in r20b and looked for elsewhere:
- an event still to come told with no day, right after a sentence that gives one ('The first trip
  is on Monday 16 October. The team will visit 5 villages'), was dropped outside the first two
  paragraphs: an event word with no name, side or day was read as a mention of another;
- a day set off by commas after the event's clause ('would meet in Maputo beforehand, from June
  24, to reconcile ...') was read as another clause's: the meeting had no day;
- 'ended two days of talks on the future of the scheme on Tuesday' dated the talks Tuesday, their
  last day: what they were on stood between the verb and the day, past the rule's 40 characters;
- a visiting party's arrival ('An IMF mission led by X arrives in Maputo on June 22 for a regular
  review') was no event;
and in the new develop set r21a:
- a report of a hearing on Tuesday and of a meeting held yesterday ('The dispute went before a
  packed meeting at the community centre yesterday evening', then who represented whom) gave the
  meeting's sides to the hearing: the main event's account ran to the end of the text, and 'the
  court' named in the meeting's account was read as the hearing told again;
- a second doer of a passive joined by ', and by' ('was represented by its deputy general manager,
  Mr X, and by the parks supervisor, Mrs Y') was not taken;
- an adjournment told passive or as granted ('The case was adjourned to November 14', 'She granted
  the adjournment to Tuesday, November 14') was no event, and the next sitting, named by the
  magistrate alone, had only her: the case's people sit at it;
- an event whose day is told in a clause of its own after a comma ('report to a second ministerial
  meeting, to be held in Freetown on June 21') had no day, and 'a second meeting' after a meeting of
  two ministers had no sides;
- a transcript whose labels give the name first and the role in brackets ('MARJUN HAMMERSHAIMB
  (PRESENTER):', then 'RÚNI Í GØTUGJÓGV:' for the reporter introduced so) read the reporter's later
  turns as a guest's quotes: the match they report took the presenter and the reporter as sides,
  and the players they name were not read;
- a side's next games told by travelling or being at home ('KÍ travel to NSÍ Runavík on Thursday
  evening, while HB are at home to B36 Tórshavn ... on the same night') drafted nothing;
- and a broadcast's own programme ('TEMPO 102.7 FM - "SPORTS WRAP" - ...', named in its host's
  turn) could be taken as a side of what it reports;
- a second reported clause with an event of its own ('said the committee would meet on Sunday, March
  2, ..., and that the plan would return to the full council at its next session on Monday, March
  10') drafted only the first;
- a press release's headline in capitals of more than twenty words was read as the text's first
  paragraph (with the dateline line above it joined to it);
- an office set off before a name that carries a style ('in the presence of the Honourable Minister
  of Health, Senator Nomsa Mabuza-Hlophe') was not found after the words of the sentence before it
  ('in the presence of'), so 'the Honourable Minister said: "..."' found no speaker;
- 'He said he would report to the government and return to Vitebsk for a new round of talks on
  Friday' dated the talks the Friday before: the 'and' ended the clause that held 'would';
- words relayed by a teller ('He offered to pay June's wages ... and the rest "when the customers
  pay us", the chairman of the strike committee, X, told reporters') went to the teller unmarked,
  though the sentence opens on the other one's act;
- a lede that tells only what the sides failed to do ('The government and the union federation
  failed on Thursday to agree on next year's minimum wage'), then 'The talks, held at the Government
  House ..., lasted almost five hours', drafted no talks: 'The talks' was read as pointing back to
  an event told before, and there was none;
- 'told the commission that the government could raise the wage from 1 January' dated a hearing
  1 January: the day of what was told;
- a seminar was no event word ('will be discussed ... at a research seminar in Nuuk on 25
  September, organised by the Commission for Scientific Research');
- a meeting whose subject is a pronoun ('She also met the mayor of Qeqertarsuaq, Karl Johan
  Fleischer-Lyberth, and members of ... KNAPK') left out the one 'she' means, and it stood as an
  undated event of its own, though 'also' tells more of the main event's day;
- 'That working group will hold its first meeting at the NCC's offices at Codrington House, St
  Michael, next Thursday, October 26' drafted nothing: 'its first meeting' was read as pointing back,
  and the parish set off after the place ended the clause before the day;
- 'The national launch of the programme will take place on World TB Day, Friday 24 March 2028'
  drafted nothing: a launch, a protest and the like open an event after 'the' only when the
  sentence says it will take place (or is scheduled, set or due);
and after r21b's end score (fitted, reported apart):
- 'who led the government delegation together with Finance Minister Radjkoemar Bisoen' drafted a
  body 'Finance Minister Radjkoemar Bisoen': 'together' read as a job ('-er') the name works 'with';
- 'Madam Isatu Jalloh-Kargbo' kept 'Madam' in the name (a form of address, as 'Mrs');
- 'Sheikh Mohammed bin Hamad bin Jassim Al Thani', written so, was no form of his name;
- 'schools would remain closed on Thursday' dated the strike the Thursday before: 'closed on' read
  as an act done;
and in the lead's own probe (probe21/malawi-fish.txt):
- 'The case of three fishers arrested in January was adjourned to March 20' drafted no sitting: the
  passive adjournment was read only right after 'case';
and at the merge (the slow build tests): a match report's "Nacional's Argentine manager" made
Argentina a national side whose name the text never writes, so its record cited a paragraph that
does not mention it and the strict build failed (nationalsides: a demonym names no side).
Publication date: Wednesday 2 March 2005 unless a row says otherwise."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ruletable import draft, meetings, names, speakers

UNCERTAIN = "uncertain"

_DAY = dt.date(2005, 3, 2)


def _on(found: list[dict[str, Any]], day: str) -> dict[str, Any] | None:
    return next((m for m in found if str(m.get("date")) == day), None)


def _sides(meeting: dict[str, Any] | None) -> set[str]:
    return {*(meeting or {}).get("organisations", ()), *(meeting or {}).get("participants", ())}


_CLINIC = ("Island gets new clinic\n\nA new clinic opened in Port Mathurin on Tuesday. The Minister of "
           "Health, Anil Gooljar, opened it.\n\nThe clinic has 20 beds and a small laboratory.\n\nThe nurses "
           "said they were happy.\n\n{paragraph}")


@pytest.mark.parametrize(("paragraph", "day"), [
    ("The clinic will also send doctors to the villages. The first trip is on Monday 14 March. The doctors "
     "will visit 4 villages in the hills.", "2005-03-14"),
    ("Ministers from the region are coming. Their talks start on Thursday 10 March in the capital. They "
     "will meet in the new town hall.", "2005-03-10"),
])
def test_an_event_to_come_after_a_sentence_giving_its_day_takes_it(paragraph: str, day: str) -> None:
    found = meetings(_CLINIC.format(paragraph=paragraph), _DAY)
    assert _on(found, day) is not None, found


def test_an_event_to_come_with_no_day_before_it_stays_undrafted() -> None:
    # guard: no day still to come in the sentence before: nothing to take
    paragraph = "The clinic will also send doctors to the villages. The doctors will visit 4 villages."
    found = meetings(_CLINIC.format(paragraph=paragraph), _DAY)
    assert [m for m in found if m.get("status") == "scheduled"] == [], found


_TALKS = ("Fishing talks stall\n\nSUVA, March 2 - Fiji and Tonga failed to agree on fishing limits at talks "
          "in Suva on Tuesday.\n\n{sentence}")


@pytest.mark.parametrize(("sentence", "day"), [
    ("A working group of scientists from both sides would meet in Nuku'alofa beforehand, from March 21, to "
     "compare the catch figures.", "2005-03-21"),
    ("The two delegations will meet again in Nadi, on March 28, to sign what they can.", "2005-03-28"),
])
def test_a_day_set_off_by_commas_after_the_events_clause_is_its_day(sentence: str, day: str) -> None:
    found = meetings(_TALKS.format(sentence=sentence), _DAY)
    assert _on(found, day) is not None, found


def test_a_day_of_another_clause_after_a_comma_is_not_the_events() -> None:
    # guard: 'and' opens another clause before the day: the day is that clause's
    sentence = "The ministers will meet again in Nadi, and on March 28 the Tongan minister flies home."
    found = meetings(_TALKS.format(sentence=sentence), _DAY)
    assert _on(found, "2005-03-28") is None, found


@pytest.mark.parametrize(("sentence", "first", "last"), [
    ("Fiji and Tonga ended three days of talks on the future of the shared tuna stocks in the western "
     "Pacific on Tuesday without agreement.", "2005-02-27", "2005-03-01"),
    ("Fiji and Tonga ended two days of talks on fishing limits in Suva on Tuesday.", "2005-02-28",
     "2005-03-01"),
])
def test_days_of_talks_ended_on_a_day_begin_before_it(sentence: str, first: str, last: str) -> None:
    found = meetings(f"Fishing talks stall\n\n{sentence}", _DAY)
    talks = _on(found, first)
    assert talks is not None and str(talks.get("end_date")) == last, found


@pytest.mark.parametrize(("sentence", "day", "side"), [
    ("A World Bank mission led by Teuila Faleolo arrives in Apia on March 14 for a review of the loan.",
     "2005-03-14", "teuila-faleolo"),
    ("A delegation of the European Union arrived in Apia on Monday for two days of meetings.", "2005-02-28",
     "european-union"),
    ("A team of inspectors from the Food and Agriculture Organization is due to arrive in Apia on March 9.",
     "2005-03-09", "food-and-agriculture-organization"),
])
def test_a_visiting_partys_arrival_is_its_visit(sentence: str, day: str, side: str) -> None:
    found = meetings(f"Loan review\n\nSamoa's finance ministry expects visitors.\n\n{sentence}", _DAY)
    assert side in _sides(_on(found, day)), found


def test_a_person_or_a_ship_arriving_is_no_visit() -> None:
    # guard: only a visiting party ('mission', 'delegation', 'team') arrives for a visit
    found = meetings("Port news\n\nThe ferry Lady Samoa arrived in Apia on Monday. Minister Tui Letalu "
                     "arrived in Savai'i on Tuesday.", _DAY)
    assert found == [], found


_TWO_EVENTS = "\n\n".join([
    "Vendor case put off",
    "The case against market vendor Joseph Kamara Bangura, accused of assaulting a council warden, was "
    "adjourned for a third time on Tuesday.",
    "Bangura appeared before Magistrate Fatmata Sesay-Conteh in the Magistrates' Court in Freetown on "
    "Tuesday morning. Prosecutor Abu Jalloh told the court that the police file was incomplete.",
    "{adjourned}",
    "The dispute over the permits went before a packed meeting at the Kissy Community Centre yesterday "
    "evening.",
    "The council was represented by its deputy chief administrator, Mr Alimamy Koroma, and by the markets "
    "supervisor for the eastern wards, Mrs Isatu Kanu-Sillah. The president of the traders' association, "
    "Mrs Hawa Turay, led the vendors' side.",
    "Mr Koroma said the criminal matter was in the hands of the police and the court."])


def test_a_later_meetings_account_gives_its_sides_to_it_not_to_the_hearing() -> None:
    # (published on Thursday 3 March: the hearing on Tuesday the 1st, the meeting on the 2nd)
    found = meetings(_TWO_EVENTS.format(adjourned="The magistrate adjourned the case."), dt.date(2005, 3, 3))
    hearing, meeting = _on(found, "2005-03-01"), _on(found, "2005-03-02")
    assert {"alimamy-koroma", "isatu-kanu-sillah", "hawa-turay"} <= _sides(meeting), found
    assert "alimamy-koroma" not in _sides(hearing), found


@pytest.mark.parametrize("adjourned", [
    "The case was adjourned to March 22.",
    "Magistrate Sesay-Conteh granted the adjournment to Tuesday, March 22.",
])
def test_an_adjournment_told_passive_or_granted_is_the_cases_next_sitting(adjourned: str) -> None:
    found = meetings(_TWO_EVENTS.format(adjourned=adjourned), dt.date(2005, 3, 3))
    sitting = _on(found, "2005-03-22")
    assert sitting is not None and sitting.get("status") == "scheduled", found
    assert "joseph-kamara-bangura" in _sides(sitting), found


def test_an_adjournment_of_something_else_is_no_sitting() -> None:
    # guard: a meeting put off is no court's sitting
    found = meetings("Council news\n\nThe council's budget meeting was adjourned to March 22.", _DAY)
    assert all(m.get("type") == "meeting" or "court" not in str(m) for m in found), found


_MINISTERS = "\n\n".join([
    "Border patrols agreed",
    "MONROVIA, May 18 (Wire) - Liberia and Sierra Leone agreed on Thursday to start joint patrols at a "
    "one-day meeting in Monrovia between Liberia's Defence Minister J. Kpadeh Woods and Sierra Leone's "
    "Deputy Defence Minister Alhaji Mohamed Bangura-Kamara.",
    "{sentence}"])


@pytest.mark.parametrize("sentence", [
    "Both ministers said a technical committee would report to a second ministerial meeting, to be held in "
    "Freetown on June 21.",
    "Officials will prepare a follow-up meeting, scheduled for June 21.",
])
def test_a_day_in_a_clause_of_the_events_own_time_is_its_day(sentence: str) -> None:
    found = meetings(_MINISTERS.format(sentence=sentence), dt.date(2007, 5, 18))
    ahead = _on(found, "2007-06-21")
    assert ahead is not None and ahead.get("status") == "scheduled", found


def test_a_second_meeting_is_between_the_sides_of_the_first() -> None:
    sentence = "A committee will report to a second ministerial meeting, to be held in Freetown on June 21."
    found = meetings(_MINISTERS.format(sentence=sentence), dt.date(2007, 5, 18))
    assert {"j-kpadeh-woods", "mohamed-bangura-kamara"} <= _sides(_on(found, "2007-06-21")), found


def test_the_day_an_event_put_off_was_due_is_not_its_day() -> None:
    # guard: 'due to be held ... on Thursday, have been put back': Thursday is no longer its day
    found = meetings("Rail talks put off\n\nMAPUTO, Oct 8 (Wire) - Talks between Mozambique and Zambia on "
                     "the railway, due to be held in Maputo on Thursday, have been put back by a week, the "
                     "ministry said.", dt.date(2025, 10, 8))
    assert _on(found, "2025-10-09") is None, found


_BULLETIN = "\n\n".join([
    "RADIO SPORT - BULLETIN",
    "Broadcast: Monday 7 June 2027, 19:40",
    "ANNA OLSEN (PRESENTER): Good evening. Vestri beat Nordur 2-1 in Eidi yesterday. Jon Dahl was there.",
    "JON DAHL (REPORTER): Anna, Vestri were behind until Pauli Jensen scored twice in the last ten minutes.",
    "ANNA OLSEN: And what comes next for the two?",
    "JON DAHL: {next}",
    "ANNA OLSEN: Thank you, Jon."])


def test_a_reporters_turns_named_in_brackets_are_the_report() -> None:
    found = meetings(_BULLETIN.format(next="A rest."), dt.date(2027, 6, 7))
    match = _on(found, "2027-06-06")
    assert match is not None and "pauli-jensen" in _sides(match), found
    assert not {"anna-olsen", "jon-dahl"} & _sides(match), found


@pytest.mark.parametrize(("next_games", "day", "sides"), [
    ("Vestri travel to Sudur Football Club on Thursday evening, while Nordur are at home to Eystur Football "
     "Club on the same night.",
     "2027-06-10", [{"vestri", "sudur-football-club"}, {"nordur", "eystur-football-club"}]),
])
def test_a_sides_next_game_told_by_travel_or_home_is_drafted(next_games: str, day: str,
                                                            sides: list[set[str]]) -> None:
    found = meetings(_BULLETIN.format(next=next_games), dt.date(2027, 6, 7))
    games = [_sides(m) for m in found if str(m.get("date")) == day]
    assert all(any(want <= got for got in games) for want in sides), found


def test_a_second_reported_clause_with_its_next_sitting_is_an_event_of_its_own() -> None:
    text = "\n\n".join([
        "Council news", "The Municipal Council yesterday approved a plot in Sulaibiya for a new market.",
        "Chairman Mohammad Al-Kandari presided.",
        "Al-Kandari said the technical committee would meet on Sunday, March 2, with representatives of the "
        "governorate, and that the beach plan would return to the full council at its next session on "
        "Monday, March 10."])
    found = meetings(text, dt.date(2014, 2, 25))
    assert _on(found, "2014-03-02") is not None and _on(found, "2014-03-10") is not None, found


_RELEASE = "\n".join([
    "REPUBLIC OF THE GAMBIA", "MINISTRY OF FISHERIES", "", "PRESS RELEASE", "Banjul, 22 March 2028", "",
    "MINISTRY OF FISHERIES AND THE KOMBO FISHERS' TRUST SIGN AGREEMENT ON COLD STORAGE FOR ARTISANAL "
    "LANDING SITES; NATIONAL LAUNCH AT GUNJUR ON WORLD FISHERIES DAY", "",
    "The Ministry of Fisheries yesterday signed an agreement with the Kombo Fishers' Trust to build cold "
    "stores.",
    "", "The agreement was signed in Banjul in the presence of the {office}, {style} Awa Ceesay-Njie.", "",
    "Speaking at the signing, the Honourable Minister said: \"These stores will keep the catch fresh for the "
    "markets of the whole country.\"", "", "Building will begin in May."])


def test_a_long_headline_in_capitals_is_no_paragraph() -> None:
    release = _RELEASE.format(office="Honourable Minister of Fisheries", style="Senator")
    data = draft(release, dt.date(2028, 3, 22))
    drafted = str(data.get("meetings", "")) + str(data.get("timeline", ""))
    assert "MINISTRY OF FISHERIES AND" not in drafted, data


@pytest.mark.parametrize(("office", "style"), [
    ("Honourable Minister of Fisheries", "Senator"),
    ("Minister of Fisheries", "Hon."),
])
def test_an_office_set_off_before_a_styled_name_is_the_role(office: str, style: str) -> None:
    data = draft(_RELEASE.format(office=office, style=style), dt.date(2028, 3, 22))
    assert speakers(data) == ["Awa Ceesay-Njie"], data.get("quotes")


_STRIKE = "\n\n".join([
    "Strike goes on",
    "Workers stayed away yesterday after talks with the director, Pavel Orlov, broke up on Tuesday.",
    "{sentence}"])


@pytest.mark.parametrize(("sentence", "day"), [
    ("Deputy minister Viktar Shumski said he would report to the government and return to Vitebsk for a new "
     "round of talks on Friday.", "1995-08-25"),
    ("Deputy minister Viktar Shumski met the director on Monday and flew home for talks on Friday.",
     "1995-08-18"),
])
def test_a_verb_after_and_shares_the_would_before_it(sentence: str, day: str) -> None:
    found = meetings(_STRIKE.format(sentence=sentence), dt.date(1995, 8, 23))
    assert _on(found, day) is not None, found


def test_words_relayed_in_a_sentence_opened_by_another_are_marked() -> None:
    sentence = ("Orlov met the delegation. He said the plant would pay June's wages and the rest \"when the "
                "customers pay us\", the chairman of the strike committee, Uladzimir Hantsevich, told "
                "reporters.")
    text = _STRIKE.format(sentence=sentence)
    quotes = draft(text, dt.date(1995, 8, 23))["quotes"]
    assert len(quotes) == 1 and "Pavel Orlov" in quotes[0].get(UNCERTAIN, {}).get("speaker", ""), quotes


def test_a_quote_whose_sentence_opens_on_its_teller_is_not_marked() -> None:
    # guard: the teller's own act opens the sentence
    sentence = ("Uladzimir Hantsevich, the strike leader, spoke at the gate. He called the offer \"an insult "
                "to every worker\", Hantsevich told reporters.")
    text = _STRIKE.format(sentence=sentence)
    quotes = draft(text, dt.date(1995, 8, 23))["quotes"]
    assert len(quotes) == 1 and UNCERTAIN not in quotes[0], quotes


_WAGE = "\n\n".join([
    "Unions give government one week",
    "Chisinau, 28 November 2003 - The government and the main trade union federation failed on Thursday to "
    "agree on next year's minimum wage.",
    "The talks, held at the Government House, lasted almost five hours. The government side was led by "
    "Deputy Prime Minister Dumitru Ciobanu, and the unions by Petru Chiriac, chairman of the federation.",
    "{sentence}"])


def test_the_talks_told_after_a_lede_of_what_failed_are_the_ledes_event() -> None:
    found = meetings(_WAGE.format(sentence="No date was set."), dt.date(2003, 11, 28))
    assert {"dumitru-ciobanu", "petru-chiriac"} <= _sides(_on(found, "2003-11-27")), found


def test_a_day_in_what_was_told_to_a_body_is_not_the_days_sitting() -> None:
    sentence = ("Mr Ciobanu told the commission that the government could raise the minimum wage from 1 "
                "January.")
    found = meetings(_WAGE.format(sentence=sentence), dt.date(2003, 11, 28))
    assert _on(found, "2003-01-01") is None and _on(found, "2004-01-01") is None, found


@pytest.mark.parametrize("sentence", [
    "The results will be discussed at a research seminar in Nuuk on 25 September, organised by the Greenland "
    "Research Council.",
    "Officials will attend a colloquium in Nuuk on 25 September.",
])
def test_a_seminar_on_a_day_is_an_event(sentence: str) -> None:
    found = meetings(f"Ice data\n\nThe minister spent Thursday at the Arctic Station.\n\n{sentence}",
                     dt.date(1997, 8, 15))
    assert _on(found, "1997-09-25") is not None, found


_VISIT = "\n\n".join([
    "Minister at station",
    "The Minister for Research, Naja Lynge Heilmann, visited the Arctic Station in Qeqertarsuaq on Thursday, "
    "where scientists showed her their measurements.",
    "The station has 14 researchers.",
    "{sentence}"])


def test_a_meeting_told_with_she_also_is_part_of_the_main_events_day() -> None:
    sentence = "She also met the mayor of Qeqertarsuaq, Karl Johan Fleischer-Lyberth."
    found = meetings(_VISIT.format(sentence=sentence), dt.date(1997, 8, 15))
    main = _on(found, "1997-08-14")
    assert main is not None and {"naja-lynge-heilmann", "karl-johan-fleischer-lyberth"} <= _sides(main), found
    assert not [m for m in found if not m.get("date")], found


def test_a_meeting_with_she_names_whom_she_means() -> None:
    sentence = "She later met the mayor of Qeqertarsuaq, Karl Johan Fleischer-Lyberth, in Nuuk on Friday."
    found = meetings(_VISIT.format(sentence=sentence), dt.date(1997, 8, 16))
    friday = _on(found, "1997-08-15")
    assert friday is not None and "naja-lynge-heilmann" in _sides(friday), found


@pytest.mark.parametrize("sentence", [
    "That working group will hold its first meeting at the council's offices at Codrington House, St "
    "Michael, next Thursday, October 26.",
    "The committee will hold its first meeting at Government House, Bridgetown, on October 26.",
])
def test_a_bodys_first_meeting_at_a_place_with_its_parish_has_its_day(sentence: str) -> None:
    found = meetings(f"Vendors agree\n\nVendors and the council agreed on Wednesday to form a working group."
                     f"\n\n{sentence}", dt.date(2006, 10, 19))
    assert _on(found, "2006-10-26") is not None, found


@pytest.mark.parametrize(("sentence", "drafted"), [
    ("The national launch of the programme will take place on Friday 24 March 2028 at the hospital.", True),
    ("The protest is set for Friday 24 March 2028 outside parliament.", True),
    ("Officials discussed the launch of the programme on Friday 24 March 2028.", False),
])
def test_a_dated_event_word_after_the_needs_its_schedule(sentence: str, drafted: bool) -> None:
    found = meetings(f"Screening plan\n\nThe ministry signed an agreement on Tuesday.\n\n{sentence}",
                     dt.date(2028, 3, 22))
    assert (_on(found, "2028-03-24") is not None) == drafted, found



def test_a_minister_together_with_another_is_a_person() -> None:
    data = draft("Talks\n\nLabour Minister Kenneth Moenne, who led the delegation together with Finance "
                 "Minister Radjkoemar Bisoen, said the offer was final.", dt.date(2001, 4, 11))
    assert "Radjkoemar Bisoen" in names(data, "people") and not names(data, "organisations"), data


def test_madam_is_a_form_of_address() -> None:
    data = draft("Council\n\nThe Deputy Mayor, Madam Isatu Kargbo, backed the plan. \"Let them see the "
                 "toilets first,\" she said.", dt.date(2022, 3, 4))
    assert names(data, "people") == {"Isatu Kargbo"} and speakers(data) == ["Isatu Kargbo"], data


def test_a_sheikhs_full_styled_name_is_a_form_of_his_name() -> None:
    data = draft("Deal signed\n\nThe agreement was signed by Sheikh Mohammed bin Hamad Al Thani, the "
                 "authority's chief executive.", dt.date(2026, 3, 18))
    person = next(p for p in data["people"] if p["name"] == "Mohammed bin Hamad Al Thani")
    assert "Sheikh Mohammed bin Hamad Al Thani" in person.get("aliases", []), person


def test_a_state_ahead_on_a_day_is_no_act_done() -> None:
    found = meetings("Strike\n\nThe teachers' union said that schools would remain closed on Thursday for a "
                     "24-hour warning strike.", dt.date(2001, 4, 11))
    assert _on(found, "2001-04-05") is None, found


@pytest.mark.parametrize("sentence", [
    "The case of three fishers arrested in January was adjourned to March 20 at the Mangochi Magistrate's "
    "Court.",
    "The trial against the former mayor has been adjourned until March 20.",
])
def test_a_case_of_someone_adjourned_is_its_next_sitting(sentence: str) -> None:
    found = meetings(f"Court\n\nFishers protested on Monday.\n\n{sentence}", dt.date(2026, 3, 3))
    sitting = _on(found, "2026-03-20")
    assert sitting is not None and sitting.get("status") == "scheduled", found


def test_a_managers_nationality_makes_no_national_side() -> None:
    data = draft("Cup final\n\nOnce Caldas beat Atletico Nacional 3-1 on Sunday.\n\nNacional's Argentine "
                 "manager, Pablo de la Vega, said his side had lost the tie.", dt.date(2026, 5, 18))
    assert "Argentina" not in names(data, "organisations"), data.get("organisations")
