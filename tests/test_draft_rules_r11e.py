"""Rules of round 11 of issue 18 (events), as tables (each row its own sentences, not a fixture's):
a news outlet that passed the news on ('state news agency WAM reported', 'the official Xinhua news
agency reported') takes no part in the event it reports (an outlet that signs is a side); a body
named in full and then called back by its word ('The assembly will meet the fishermen's association
on Friday') takes part in the event whose sentence names nobody (not when two bodies could be
meant, or none was named before); a meeting told after 'when' in the present tense ('when he meets
EU commissioner X in Brussels', 'when the two meet in Cape Town later this month') is scheduled
('when he met' is not); a plan in a ', with' phrase ('opened on Monday, with leaders expected to')
does not move the day before it; a speech verb telling an act ('called an emergency meeting',
'declared a state of emergency', 'called off the match') is no statement ('called the vote a
turning point', 'called for calm' are), and a meeting of a board 'called for Thursday' is ahead; a
second clause with a subject and an event of its own tells a second event; a 'which started'
clause of another noun does not date the event; a pronoun after a speaker called by a surname the
names step leaves unlinked ('Al-Harthy said') means that speaker, marked uncertain.
Guard rows keep what is right. Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import pytest

from ruletable import draft, meetings


@pytest.mark.parametrize(("text", "sides", "outlet"), [
    ("Abu Dhabi Ports Group and the Kazakh railway company Temir Zholy signed an agreement in Abu "
     "Dhabi on Tuesday to build a freight terminal at Khorgos, state news agency WAM reported.",
     {"abu-dhabi-ports-group", "temir-zholy"}, "wam"),
    ("Ethiopian Airlines and Zambia Airways signed a deal in Addis Ababa on Monday to set up a joint "
     "maintenance base in Lusaka, the official Xinhua news agency reported.",
     {"ethiopian-airlines", "zambia-airways"}, "xinhua"),
    ("Sarawak Energy Corporation and the state gas firm Petros signed a gas supply agreement in Kuching "
     "on Tuesday, the national news agency Bernama reported.",
     {"sarawak-energy-corporation", "petros"}, "bernama"),
    ("The Algerian Petroleum Institute and Eni Corporation signed a $1.3 billion contract in Algiers "
     "on Sunday to train engineers, the Algerie Presse Service reported. The agreement was signed by "
     "the two bodies' directors, the agency said.",
     {"algerian-petroleum-institute", "eni-corporation"}, "algerie-presse-service"),
])
def test_a_news_outlet_reporting_a_signing_is_none_of_its_sides(text: str, sides: set[str],
                                                                 outlet: str) -> None:
    found = meetings(text)
    assert len(found) == 1, found
    organisations = set(found[0].get("organisations") or ())
    assert sides <= organisations and outlet not in organisations, found[0]


def test_an_outlet_that_signs_is_a_side() -> None:
    # guard: the agency is a party, named as one, not the one telling of it
    found = meetings("Xinhua signed an agreement with the Kenya News Agency in Nairobi on Monday to "
                     "share news photographs, the two agencies said.")
    assert len(found) == 1, found
    assert {"xinhua", "kenya-news-agency"} <= set(found[0].get("organisations") or ()), found


@pytest.mark.parametrize(("text", "bodies", "date"), [
    ("The Kavieng Provincial Assembly voted on Tuesday to close the town's fish market for repairs. "
     "The assembly will meet the fishermen's association on Friday to agree on new licence fees.",
     ["kavieng-provincial-assembly"], "2026-03-06"),
    ("The Tema Metropolitan Council raised market tolls by a third on Monday, and the Tema Market "
     "Traders' Union said its members would stop paying them. The council will meet the traders' "
     "union on Thursday.",
     ["tema-metropolitan-council", "tema-market-traders-union"], "2026-03-05"),
    ("ACCRA - The Ghana Cocoa Board raised the price it pays farmers by 20 percent on Tuesday. The "
     "board will meet growers' representatives in Kumasi on Friday, the Ghana News Agency reported.",
     ["ghana-cocoa-board"], "2026-03-06"),
])
def test_a_body_called_back_by_its_word_takes_part(text: str, bodies: list[str], date: str) -> None:
    found = [m for m in meetings(text) if m.get("status") == "scheduled"]
    assert len(found) == 1 and found[0].get("date") == date, found
    assert found[0].get("organisations") == bodies and not found[0].get("participants"), found[0]


@pytest.mark.parametrize("text", [
    # two councils named before: 'the council' could be either
    "The Tema Metropolitan Council and the Ashaiman Municipal Council both raised market tolls on "
    "Monday. The council will meet traders on Thursday.",
    # the body is named only after the sentence
    "The council will meet traders on Thursday. The Tema Metropolitan Council raised tolls on Monday.",
])
def test_a_word_that_could_mean_another_body_or_none_named_before_takes_nobody(text: str) -> None:
    found = [m for m in meetings(text) if m.get("status") == "scheduled"]
    assert all(not m.get("organisations") for m in found), found


@pytest.mark.parametrize(("text", "people", "date"), [
    ("Agriculture Minister Vladimir Rusu said the ministry would ask the European Union for emergency "
     "aid when he meets EU agriculture commissioner Pieter Janssen in Brussels.",
     ["vladimir-rusu", "pieter-janssen"], None),
    ("Fisheries Minister Helena Amupolo said she would take up the quotas with her South African "
     "counterpart, Thabo Nkosi, when the two meet in Cape Town later this month.",
     ["helena-amupolo", "thabo-nkosi"], "2026-03"),
])
def test_a_meeting_told_in_passing_after_when_is_still_ahead(text: str, people: list[str],
                                                              date: str | None) -> None:
    found = meetings(text)
    assert len(found) == 1 and found[0].get("participants") == people, found
    assert found[0].get("status") == "scheduled" and found[0].get("date") == date, found[0]


def test_a_meeting_told_after_when_in_the_past_was_held() -> None:
    # guard: 'when he met': done, on its day
    found = meetings("Agriculture Minister Vladimir Rusu said he had asked for emergency aid when he met "
                     "EU agriculture commissioner Pieter Janssen in Brussels on Monday.")
    assert len(found) == 1 and found[0].get("date") == "2026-03-02", found
    assert found[0].get("status") != "scheduled", found[0]


@pytest.mark.parametrize(("text", "date", "scheduled"), [
    ("SUVA - The Pacific Islands Forum opened in Suva on Monday, with leaders from 18 countries "
     "expected to discuss climate finance and fisheries. Fiji's prime minister, Sitiveni Rabuka, "
     "welcomed them.",
     "2026-03-02", False),
    ("The Africa Climate Summit began in Nairobi on Tuesday, with heads of state due to sign a "
     "declaration on carbon markets. Kenya's president, William Ruto, opened it.",
     "2026-03-03", False),
    # guard: the gathering itself told ahead ('opens on Monday'): the Monday after publication
    ("The Pacific Islands Forum opens in Suva on Monday, with leaders from 18 countries expected to "
     "discuss climate finance. Fiji's prime minister, Sitiveni Rabuka, will host it.",
     "2026-03-09", True),
])
def test_a_plan_in_a_with_phrase_does_not_move_the_day_of_the_clause_before(text: str, date: str,
                                                                            scheduled: bool) -> None:
    found = meetings(text)
    assert len(found) == 1 and found[0].get("date") == date, found
    assert (found[0].get("status") == "scheduled") is scheduled, found[0]


@pytest.mark.parametrize("text", [
    "The Handball Federation of Serbia called an emergency meeting of its executive board after fans "
    "threw flares onto the court in Belgrade.",
    "The Peruvian government declared a state of emergency in three southern provinces on Monday.",
    "The Kenya Rugby Union called off the match in Nakuru after heavy rain.",
])
def test_an_act_told_with_a_speech_verb_is_no_statement(text: str) -> None:
    assert not draft(text).get("statements"), draft(text).get("statements")


@pytest.mark.parametrize("text", [
    # guards: words said of something, and a call for something, are statements
    "Justice Minister Allan Rock called the vote a turning point for the country.",
    "The Kenya Rugby Union called for calm after fans threw bottles onto the pitch in Nakuru.",
])
def test_words_told_with_the_same_verb_are_a_statement(text: str) -> None:
    assert len(draft(text).get("statements", [])) == 1, draft(text)


def test_a_meeting_of_a_board_called_for_a_weekday_is_ahead() -> None:
    found = meetings("The Handball Federation of Serbia called an emergency meeting of its executive "
                     "board for Thursday after fans threw flares onto the court in Belgrade.")
    assert len(found) == 1 and found[0].get("date") == "2026-03-05", found
    assert found[0].get("status") == "scheduled", found[0]


def test_a_second_clause_with_its_own_subject_tells_an_event_of_its_own() -> None:
    found = meetings("Saturday's league derby between Sloga and Borac was abandoned after fans threw "
                     "flares onto the pitch, and the Football Association of Serbia called an "
                     "emergency meeting for Monday.")
    assert [(m.get("date"), m.get("status")) for m in found] == [("2026-02-28", None),
                                                                 ("2026-03-09", "scheduled")], found
    assert "football-association-of-serbia" not in found[0].get("organisations", []), found[0]
    assert found[1].get("organisations") == ["football-association-of-serbia"], found[1]


def test_a_second_clause_pointing_back_tells_no_other_event() -> None:
    # guard: 'the talks' of the second clause are the first clause's
    found = meetings("Sudan's army and the Rapid Support Forces held talks in Jeddah on Monday, and the "
                     "Saudi foreign ministry said the talks would resume next week.")
    assert len(found) == 1 and found[0].get("date") == "2026-03-02", found


def test_a_which_clause_of_another_noun_does_not_date_the_event() -> None:
    found = meetings("ACCRA - The Ghana Cocoa Board raised the price it pays farmers on Tuesday. Its chief "
                     "executive, Kwaku Mensah, told a news conference in Accra that the price would apply "
                     "to the main crop, which started buying on Monday.")
    conference = [m for m in found if m["type"] == "conference"]
    assert len(conference) == 1 and conference[0].get("date") != "2026-03-02", found


_SIGNED = ("The agreement was signed in Muscat by Salim al-Harthy, chairman of the Duqm zone authority, "
           "and Ramesh Kulkarni, managing director of Konkan Fertilisers.\n\n"
           "\"Duqm gives us cheap gas,\" Kulkarni told reporters after the signing.\n\n")


def test_a_pronoun_after_a_speaker_called_by_an_unlinked_surname_means_that_speaker() -> None:
    # 'Al-Harthy said' opening a sentence: the particle written with a capital, which the names
    # step leaves unlinked; the pronoun's quote is his, marked uncertain, not Kulkarni's unmarked
    data = draft(_SIGNED + "Al-Harthy said the plant would create 2,000 jobs.\n\n"
                 "\"This is the kind of industry Duqm was built for,\" he said.")
    quote = data["quotes"][-1]
    assert quote["speaker"] == "salim-al-harthy" and "speaker" in quote.get("uncertain", {}), quote


def test_a_pronoun_after_an_unlinked_word_of_nobody_named_keeps_its_reading() -> None:
    # guard: 'Officials said' names nobody drafted: Kulkarni, unmarked
    data = draft(_SIGNED + "Officials said the plant would create 2,000 jobs.\n\n"
                 "\"This is the kind of industry Duqm was built for,\" he said.")
    quote = data["quotes"][-1]
    assert quote["speaker"] == "ramesh-kulkarni" and "speaker" not in quote.get("uncertain", {}), quote
