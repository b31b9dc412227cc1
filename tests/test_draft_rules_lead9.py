"""Rules the lead's outside set of round 9 showed.

- A dateline closed by an agency's credit without a dash ('MUMBAI, Dec 29 (PTI) Patna Pirates
  won', the house style of Indian wire copy) is a dateline: kept out of summaries, labels and
  meeting names, its city no organisation and no side of a match; a credit in mixed case
  ('PARIS (Wire) -') no longer hides a dashed one.
- A day without a year that the sentence tells of as still to come, and that falls before
  publication in the year of publication, is the next year's ('will name his squad on January 6'
  in an article of December 29).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.new.draft.gists import dateline_end, without_dateline
from briefing.new.draft.records import Meta, draft_records
from ruletable import draft, names

LEDE = "Patna Pirates won the title on Sunday, beating Puneri Paltan 38-31 in the final in Pune."


@pytest.mark.parametrize(("text", "rest"), [
    (f"MUMBAI, Dec 29 (PTI) {LEDE}", LEDE),
    (f"NEW DELHI (IANS) {LEDE}", LEDE),
    (f"PARIS (Wire) - {LEDE}", LEDE),
    (f"MUMBAI, Dec 29 (PTI) - {LEDE}", LEDE),
    (f"ACCRA, Nov 15 2005 - {LEDE}", LEDE),
    # guards: no dateline
    (LEDE, LEDE),
    ("UNICEF (the children's fund) said on Monday that 40 schools had closed.",
     "UNICEF (the children's fund) said on Monday that 40 schools had closed."),
    ("Mumbai, Dec 29 (PTI) Patna won.", "Mumbai, Dec 29 (PTI) Patna won."),
])
def test_a_dateline_with_or_without_a_dash(text: str, rest: str) -> None:
    assert without_dateline(text) == rest
    assert (dateline_end(text) > 0) == (rest != text)


def test_an_agency_dateline_without_a_dash_names_no_side_and_no_organisation() -> None:
    data = draft(f"Kabaddi final\n\nMUMBAI, Dec 29 (PTI) {LEDE}\n\n\"We played well,\" coach Anup "
                 "Kumar said.", dt.date(2025, 12, 29))
    assert "MUMBAI" not in names(data, "organisations")
    assert "Mumbai" in names(data, "places")
    (match,) = [m for m in data.get("meetings", []) if " v " in m["name"]]
    assert match["name"] == "Patna Pirates v Puneri Paltan"
    assert match["date"] == "2025-12-28"
    assert not match["summary"].startswith("MUMBAI")
    assert data["briefing"]["summary"].startswith("Patna Pirates")


@pytest.mark.parametrize(("sentence", "published", "date"), [
    ("The coach, Jasvir Singh, will name his squad for the Asian Games on January 6.",
     dt.date(2025, 12, 29), "2026-01-06"),
    ("The board is due to vote on the plan on 3 February.", dt.date(2009, 11, 20), "2010-02-03"),
    # guards: a day told as done, a day still ahead in the same year, a year written out
    ("The coach, Jasvir Singh, named his squad for the Asian Games on January 6.",
     dt.date(2025, 12, 29), "2025-01-06"),
    ("The coach, Jasvir Singh, will name his squad for the Asian Games on December 31.",
     dt.date(2025, 12, 29), "2025-12-31"),
    ("The coach, Jasvir Singh, will name his squad on January 6, 2025, a week late.",
     dt.date(2025, 12, 29), "2025-01-06"),
])
def test_a_day_still_to_come_without_a_year(sentence: str, published: dt.date, date: str) -> None:
    data = draft(f"Squad news\n\n{sentence}", published)
    assert [t["date"] for t in data.get("timeline", [])] == [date]


@pytest.mark.parametrize(("sentence", "places"), [
    ("Fog rolls in from the Atlantic on about 60 mornings a year.", {"Atlantic"}),
    ("A single net could give a small settlement such as Soutrivier enough water.", {"Soutrivier"}),
    ("Water reached towns such as Otjimbingwe, Usakos and Karibib on Friday.",
     {"Otjimbingwe", "Usakos", "Karibib"}),
    ("Nets were put up in villages like Soutrivier last year.", {"Soutrivier"}),
    # guards: examples of something that is no kind of place
    ("Leaders like Angula said so.", set()),
    ("Buyers such as Tesco paid more.", set()),
])
def test_seas_and_places_given_as_examples_of_a_kind_of_place(sentence: str, places: set[str]) -> None:
    assert names(draft(f"Fog nets\n\n{sentence}"), "places") == places


@pytest.mark.parametrize(("sentence", "start"), [
    # whom they told runs on to the 'that': no gist opening mid-phrase ('Inquiry on Tuesday ...')
    ("Commanders of the fire service told a parliamentary inquiry on Tuesday that their radio "
     "network failed for almost four hours.", "Commanders of the fire service told"),
    # (round 14: cut where whom they told ends, at the 'that'; round 9 kept the whole sentence)
    ("Club president Ana Mejía told the broadcaster Win Sports that the board would meet on "
     "Tuesday to discuss the coach's future.", "The board would meet on Tuesday"),
    # guard: 'told the court that' is cut as before
    ("Mark Donnelly told the court on Tuesday that the email had gone to an old address.",
     "The email had gone"),
])
def test_a_gist_never_opens_inside_whom_they_told(sentence: str, start: str) -> None:
    (label,) = [t["label"] for t in draft(f"Inquiry\n\n{sentence}").get("timeline", [])]
    assert label.startswith(start)


@pytest.mark.parametrize(("sentence", "people", "orgs"), [
    # a Maltese article joined by a hyphen belongs to the name, and an apposition that says what
    # the body is ('the heritage group') makes the name after 'of' an organisation's
    ('"It will cast a shadow," said Alex Borg of Din l-Art Ħelwa, the heritage group that led the '
     "objections.", {"Alex Borg"}, {"Din l-Art Ħelwa"}),
    ('"It will cast a shadow," said Ahmed al-Sharaa, the president.', {"Ahmed al-Sharaa"}, set()),
    # guard: a place after 'of', said to be one
    ('"It will cast a shadow," said Jan Nowak of Gdańsk, a city of 470,000.', {"Jan Nowak"}, set()),
])
def test_maltese_articles_and_a_body_said_to_be_one(sentence: str, people: set[str], orgs: set[str]) -> None:
    data = draft(f"Hotel tower\n\n{sentence}")
    assert names(data, "people") == people
    assert names(data, "organisations") == orgs


Meeting = tuple[str, str | None, str | None]


def _meetings(text: str, published: dt.date = dt.date(2026, 1, 27)) -> list[Meeting]:
    """(name up to its second participant, date, status) of each drafted meeting."""
    return [(" and ".join(m["name"].split(" and ")[:1]), m.get("date"), m.get("status"))
            for m in draft(f"Inquiry\n\n{text}", published).get("meetings", [])]


@pytest.mark.parametrize(("text", "want"), [
    # evidence given to an inquiry is a hearing, and the inquiry's next one, told ahead after an
    # aside, is another, scheduled, on its own day
    ("Fire chiefs told a parliamentary inquiry on Tuesday that their radios failed.\n\nThe committee, "
     "chaired by Duarte Pacheco, heard evidence from Rui Esteves and Jaime Soares.\n\nThe inquiry will "
     "hear the former minister, Ana Sousa, on February 10.",
     [("Hearing with Duarte Pacheco", "2026-01-27", None),
      ("Hearing with Ana Sousa", "2026-02-10", "scheduled")]),
    ("Rui Esteves testified before the Senate committee on Monday about the radio network.",
     [("Hearing with Rui Esteves", "2026-01-26", None)]),
    # guard: what an inquiry heard is what was said, no hearing of its own
    ("Rui Esteves said the inquiry heard that the radios failed.", []),
])
def test_evidence_to_an_inquiry_is_a_hearing(text: str, want: list[Meeting]) -> None:
    assert _meetings(text) == want


def test_a_second_match_told_ahead_is_its_own_event() -> None:
    found = _meetings("Sri Lanka beat India by five wickets in Colombo on Wednesday.\n\nThe second match "
                      "will be played in Kandy on Sunday.", dt.date(1999, 8, 26))
    assert [(date, status) for _, date, status in found] == [("1999-08-25", None),
                                                             ("1999-08-29", "scheduled")]


def test_a_delegation_from_a_body_named_before_visits() -> None:
    """The one person named after the verb only said so: no visit of his; the body whose people
    go ('a delegation from the union', named before by its last word) takes part, and the place
    visited is the visit's."""
    data = draft("Coffee deal\n\nThe Oromia Coffee Farmers Cooperative Union signed a deal on Monday.\n\n"
                 "A delegation from the union is due to visit London on Dec. 4 to meet buyers, Tadesse "
                 "Meskela said.", dt.date(2003, 11, 18))
    (visit,) = [m for m in data["meetings"] if m["type"] == "visit"]
    assert not visit["name"].startswith("Tadesse Meskela visits")
    assert "oromia-coffee-farmers-cooperative-union" in visit["organisations"]
    assert (visit["place"], visit["date"], visit["status"]) == ("london", "2003-12-04", "scheduled")


def test_a_visitor_named_before_the_verb_still_visits() -> None:  # guard
    data = draft("Visit\n\nForeign Minister Ana Lima will visit Lisbon on Friday, her office said.",
                 dt.date(2026, 3, 4))
    assert [m["name"] for m in data["meetings"]] == ["Ana Lima visits Lisbon"]


@pytest.mark.parametrize(("sentence", "places", "orgs"), [
    # a sentence's plural first word before 'of' and a country or city is no name of its own
    ("Commanders of Portugal's civil protection service said the radios failed.", {"Portugal"}, set()),
    ("Residents of Lisbon said the radios failed.", {"Lisbon"}, set()),
    # initials after 'the' and before a noun for a body are that body
    ("Marta Soares said the SIRESP network, run by a private consortium, would fail.", set(), {"SIRESP"}),
    ("Laurent Berger, head of the CFDT union, called the plan unjust.", set(), {"CFDT"}),
    # guards: a country's side; a body named 'X of Y' that is one
    ("Ana Lima said the USA team would win.", set(), set()),
    ("Officials from the Bank of Portugal said the radios failed.", {"Portugal"}, {"Bank of Portugal"}),
])
def test_plural_first_words_and_initials_of_a_body(sentence: str, places: set[str], orgs: set[str]) -> None:
    data = draft(f"Fire\n\n{sentence}")
    assert names(data, "places") == places
    assert names(data, "organisations") == orgs


@pytest.mark.parametrize(("sentence", "places", "orgs"), [
    # a sports ground named with a club word is a place
    ("Patna won the final at the Balewadi Sports Complex in Pune.",
     {"Balewadi Sports Complex", "Pune"}, set()),
    ("Patna won the final at the Balewadi Sports Hall in Pune.", {"Balewadi Sports Hall", "Pune"}, set()),
    # guard: a club
    ("Sporting Cristal beat Alianza 2-1 in Lima.", {"Lima"}, {"Sporting Cristal", "Alianza"}),
])
def test_a_sports_ground_is_a_place(sentence: str, places: set[str], orgs: set[str]) -> None:
    data = draft(f"Final\n\n{sentence}")
    assert (names(data, "places"), names(data, "organisations")) == (places, orgs)


@pytest.mark.parametrize(("text", "word", "orgs"), [
    # a craft's return and a body calling others in are the lede's events
    ("A capsule carrying asteroid dust landed in the desert near Woomera on Sunday, the Japan "
     "Aerospace Exploration Agency said.", "Landing", {"japan-aerospace-exploration-agency"}),
    ("The Central Bank of Kenya on Wednesday summoned the chief executives of Safaricom and Airtel "
     "Kenya after a 14-hour outage.", "Summons",
     {"central-bank-of-kenya", "safaricom", "airtel-kenya"}),
])
def test_a_landing_and_a_summons(text: str, word: str, orgs: set[str]) -> None:
    (event,) = draft(f"News\n\n{text}", dt.date(2028, 12, 11))["meetings"]
    assert event["name"].startswith(word)
    assert set(event.get("organisations", ())) == orgs


@pytest.mark.parametrize(("sentence", "orgs"), [
    # bodies by a head word ('Survey', 'Transit'), a firm's tail ('International'), a parliament
    ("A team from the British Geological Survey is due to present its findings.",
     {"British Geological Survey"}),
    ("Metro Transit will move five routes to Hollis Street.", {"Metro Transit"}),
    ("The state gave Goodman International most of the cover.", {"Goodman International"}),
    ("The Dail will debate the report on Aug. 10.", {"Dail"}),
    # guard: a landing of a plane is no event word here ('landed a contract' neither)
    ("The firm landed a contract with Ana Lima.", set()),
])
def test_more_bodies_by_their_words(sentence: str, orgs: set[str]) -> None:
    assert names(draft(f"News\n\n{sentence}"), "organisations") == orgs


@pytest.mark.parametrize(("text", "want"), [
    # a tally and a day between 'voted' and 'to' still make a vote; a pilot's 'trial' is no court's
    ("Halifax city council voted 8-3 on Tuesday night to close four blocks of Barrington Street to "
     "cars for a trial year.\n\nCouncil will review the trial at a public meeting on Nov. 14, city "
     "clerk Jane Sheppard said.", [("Vote", "1985-10-01", None), ("Meeting", "1985-11-14", "scheduled")]),
    # guard: a trial in an article about a court
    ("The trial of three men accused of fraud opened in Halifax on Tuesday, the court heard.",
     [("Trial", "1985-10-01", None)]),
])
def test_a_tally_vote_and_a_pilot_trial(text: str, want: list[Meeting]) -> None:
    got = _meetings(text, dt.date(1985, 10, 2))
    assert [(name.split()[0], date, status) for name, date, status in got] == want


@pytest.mark.parametrize(("sentence", "person"), [
    ("Raider Devank Dalal scored 14 points for Patna.", "Devank Dalal"),
    ("Batsman Sanath Jayasuriya made 80 before lunch.", "Sanath Jayasuriya"),
])
def test_more_positions_before_a_name(sentence: str, person: str) -> None:
    assert names(draft(f"Final\n\n{sentence}"), "people") == {person}


def test_a_transcript_with_one_turn_a_line_under_its_headline() -> None:
    """Only the headline is set apart by a blank line; each labelled line opens a turn, and a
    line under it without a label (a turn wrapped) stays with it."""
    text = ("Environment committee hearing on river pollution\n\n"
            "CHAIR (Aroha Ngata): We will begin. Mr Tane, you run the council's monitoring team?\n"
            "MR TANE: I do. Our samples from the Waipā River showed nitrate levels\n"
            "twice the limit in February.\n"
            "MS KIM (Federated Farmers): That is not fair. Farmers have fenced the streams.\n")
    data = draft(text, dt.date(2026, 3, 12))
    assert [(q["speaker"], q["text"][:20]) for q in data["quotes"]] == [
        ("aroha-ngata", "We will begin. Mr Ta"), ("tane", "I do. Our samples fr"),
        ("kim", "That is not fair. Fa")]
    assert data["quotes"][1]["text"].endswith("twice the limit in February.")


def test_lines_of_prose_under_a_headline_stay_one_paragraph() -> None:  # guard
    text = ("Council votes on tram line\n\nThe council voted on Tuesday to build the line, which\n"
            "will run from the station to the port, the mayor, Ana Lima, said.\n")
    assert len(draft_records(text, Meta("Rules", dt.date(2026, 3, 12), "rules")).paragraphs) == 1


@pytest.mark.parametrize(("text", "name"), [
    # a body fined, told in the passive, is the one the fine falls on
    ("The Port of Tema Authority was fined 2 million cedis on Friday for a crane collapse.",
     "Fine of Port of Tema Authority"),
    # guard: people banned in the passive, the body that banned them named after
    ("Two rowers have been banned for doping.\n\nThe Court of Arbitration for Sport said the pair, "
     "Jack Whitfield and Olivia Tran, had failed a test. They were banned for four years.",
     "Ban by Court of Arbitration for Sport"),
])
def test_a_body_sanctioned_in_the_passive(text: str, name: str) -> None:
    names_of = [m["name"] for m in draft(f"Fine\n\n{text}", dt.date(2026, 5, 9)).get("meetings", [])]
    assert name in names_of
