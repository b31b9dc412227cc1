"""The draft's rules one by one, as tables of input -> expected (issue 18): page chrome,
names, places, organisations, main events, dates and speakers. Each row is a sentence or two
of its own, not taken from a fixture article."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from briefing.new.draft.entities import find_entities
from briefing.new.draft.paragraphs import split_article
from briefing.new.draft.records import Meta, draft_records

BODY = ("The regional assembly approved the new water plan on Monday after a long debate that "
        "ran late into the night, officials said.")


def draft(text: str, published: dt.date = dt.date(2025, 3, 14)) -> dict[str, Any]:
    return draft_records(text, Meta("Rules", published, "rules")).data


@pytest.mark.parametrize(("text", "paragraphs", "header"), [
    (f"Skip to main content\n\nWe use cookies on this site. Accept\n\nWater plan passes\n\n{BODY}",
     [BODY], ("headline", "Water plan passes")),
    (f"News | Regions | Water\n\nWater plan passes\n\nMon 10 Mar 2025 09.30 GMT\n\n{BODY}",
     [BODY], ("headline", "Water plan passes")),
    (f"Water plan passes\n\nBy Aino Virtanen\n\n{BODY}", [BODY], ("by", "By Aino Virtanen")),
    # a byline over its time stamp, one block of two lines: neither is a paragraph
    (f"Water plan passes\n\nBy Aino Virtanen and Lars Berg\nPublished 5 March 2025\n\n{BODY}",
     [BODY], ("by", "By Aino Virtanen and Lars Berg")),
    (f"{BODY}\n\nThe dam at the lake's north end. (PHOTO AGENCY/Lars Berg)\n\n{BODY}",
     [BODY, BODY], ("caption", "The dam at the lake's north end. (PHOTO AGENCY/Lars Berg)")),
    (f"{BODY}\n\nThe ship arrives at the quay. Photo / Harbour Board\n\n{BODY}",
     [BODY, BODY], ("caption", "The ship arrives at the quay. Photo / Harbour Board")),
    (f"{BODY}\n\n{BODY}\n\nCaption: The ship arrives at the quay at dawn.",
     [BODY, BODY], ("caption", "Caption: The ship arrives at the quay at dawn.")),
    (f"{BODY}\n\nImage caption, Residents queue for water in the heat\n\n{BODY}",
     [BODY, BODY], ("caption", "Image caption, Residents queue for water in the heat")),
    (f"{BODY}\n\n{BODY}\n\nTags: water, Finland\nMore stories\nFerry fares rise", [BODY, BODY], None),
    (f"{BODY}\n\n{BODY}\n\nRelated\nFerry fares rise again\nStorm closes port", [BODY, BODY], None),
    (f"{BODY}\n\n{BODY}\n\nRelacionadas: Suben las tarifas del agua en toda la región | Cierra el puerto"
     "\n\nEtiquetas: agua, puerto",
     [BODY, BODY], None),
    (f"{BODY}\n\n{BODY}\n\nLeia também: Tarifas de água sobem em toda a região depois da seca do verão",
     [BODY, BODY], None),
    (f"{BODY}\n\n{BODY}\n\nÀ lire aussi : Les tarifs de l'eau augmentent dans la région après la sécheresse",
     [BODY, BODY], None),
    ("Topics of the debate included the price of water. " + BODY, None, None),
])
def test_page_chrome_captions_and_bylines_are_left_out(text: str, paragraphs: list[str] | None,
                                                       header: tuple[str, str] | None) -> None:
    split = split_article(text)
    assert list(split.paragraphs) == (paragraphs or [text])
    if header:
        assert split.headers[header[0]] == header[1]


@pytest.mark.parametrize(("text", "cut"), [
    (f"{BODY}\n\nThe vote was 30 to 12, and a crowd of about 400 had watched the", True),
    (f"{BODY}\n\n{BODY}", False),
    (f'{BODY}\n\n"We will appeal," she said.', False),
])
def test_a_last_paragraph_that_stops_mid_sentence_is_flagged(text: str, cut: bool) -> None:
    assert split_article(text).cut is cut


def _names(text: str, kind: str) -> list[str]:
    entities = find_entities(tuple(text.split("\n\n")))
    return sorted(e.name for e in getattr(entities, kind).values())


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Fisheries Minister Einar K. Gudfinnsson said the quota would fall.", "people",
     "Einar K. Gudfinnsson"),
    ("Cllr Niamh Ó Flaherty said the plan would pass.", "people", "Niamh Ó Flaherty"),
    ("The prosecutor, Karen Pillay of the National Prosecuting Authority, said so.", "people",
     "Karen Pillay"),
    ("The prosecutor, Karen Pillay of the National Prosecuting Authority, said so.", "organisations",
     "National Prosecuting Authority"),
    ("Amos Cheruiyot won in Rotterdam.\n\nCheruiyot, 27, told reporters he was tired.", "people",
     "Amos Cheruiyot"),
    ("It sold shares to Ivo Brandt.\n\nBrandt's lawyer declined to comment.", "people", "Ivo Brandt"),
    ("Refused bail was Tomas Lind, the former mayor of the Oulu district, on Friday.", "people",
     "Tomas Lind"),
    ("A volcanologist at GNS Science, Dr Hana Tipene, told the inquest.", "people", "Hana Tipene"),
    ("Budvar agreed to buy the craft brewery Zlatá Kozel on Thursday.", "organisations", "Zlatá Kozel"),
    ("Analysts praised Norsk Kraft, the state-owned utility, on Monday.", "organisations", "Norsk Kraft"),
    ("The Chumbivilcas Defence Front said it would go on.", "organisations", "Chumbivilcas Defence Front"),
    ("TARTU, Estonia (Reuters) - Students marched on Monday.", "places", "Tartu"),
    ("The plant in the town of Písek employs 85 people.", "places", "Písek"),
    ("The Ekurhuleni district has 30 clinics.", "places", "Ekurhuleni"),
    ("She flew in from Hamburg for the hearing.", "places", "Hamburg"),
    ("He collapsed near the summit of Mount Ruapehu.", "places", "Mount Ruapehu"),
    ("The match at the Stade de France drew 80,000 fans.", "places", "Stade de France"),
    ("The clinic in Blantyre, Malawi, is full.", "places", "Blantyre"),
    ("The motion passed, with Fianna Fáil councillors split.", "organisations", "Fianna Fáil"),
    ("She told RPP radio that nobody would leave.", "organisations", "RPP"),
    ("The lawyer for the firm, Mark Donnelly, told the court the email was lost.", "people",
     "Mark Donnelly"),
    # a place listed with a place, a kind of place before it, a river's bank
    ("Most cases were in Blantyre and Zomba, where rains flooded wells.", "places", "Zomba"),
    ("Rain fell in Lusaka, Ndola and Kitwe on Monday.", "places", "Kitwe"),
    ("The towns of the Westfjords reacted with anger.", "places", "Westfjords"),
    ("A cold headwind along the Maas slowed the runners.", "places", "Maas"),
    # a name no list knows that acts, then 'his' or 'her' in its clause
    ("Muttiah Muralitharan took four wickets for 29 runs, his best figures.", "people",
     "Muttiah Muralitharan"),
    ("Xolani Mbeki scored twice, her first goals of the season.", "people", "Xolani Mbeki"),
    ("Smith & Sons said profits fell in the spring.", "organisations", "Smith & Sons"),
    ("Morgan Stanley cut its forecast on Monday.", "organisations", "Morgan Stanley"),
    ("Peter Holm sold his shares in the firm on Monday.", "people", "Peter Holm"),
    # a month that is also a given name, before a surname
    ("The ministry's spokesman, Jan Visser, said the ban was short.", "people", "Jan Visser"),
    ("April Ryan asked the first question at the briefing.", "people", "April Ryan"),
    # the body someone works at
    ("A volcanologist at GNS Science said the alert was raised.", "organisations", "GNS Science"),
    ("Economists at Capital Economics expect a cut.", "organisations", "Capital Economics"),
])
def test_names_people_places_and_organisations(text: str, kind: str, name: str) -> None:
    assert name in _names(text, kind)


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("The Mayor of Galway, Cllr Mike Cubbard, said work would begin.", "people", "Galway"),
    ("Fans watched at the Stade de France on Friday, officials said.", "people", "Stade de France"),
    ("A volcanologist at GNS Science, Dr Hana Tipene, told the inquest.", "people", "GNS Science"),
    ("Budvar agreed to buy the craft brewery Zlatá Kozel on Thursday.", "people", "Zlatá Kozel"),
    ("Talks run from Oct. 27 to Oct. 29 in Cusco, the ministry said.", "places", "Oct"),
    ("Laurent Berger, head of the CFDT union, called the plan unjust.", "places", "CFDT"),
    ("Goldman Sachs raised its forecast, its second rise this year.", "people", "Goldman Sachs"),
    # firms named like people: a firm's last word, '&', a firm the text calls 'its', a known one
    ("Smith & Sons said profits fell in the spring.", "people", "Smith & Sons"),
    ("Lehman Brothers filed for bankruptcy on Monday.", "people", "Lehman Brothers"),
    ("Ruth Adler Holdings said profits fell.", "people", "Ruth Adler Holdings"),
    ("Morgan Stanley cut its forecast on Monday.", "people", "Morgan Stanley"),
    ("Analysts at Goldman Sachs said rates would rise.", "people", "Goldman Sachs"),
    ("Louis Vuitton opened a shop in Milan.", "people", "Louis Vuitton"),
    ("Trinidad & Tobago lost to Peru on Sunday.", "people", "Trinidad & Tobago"),
    ("Bosnia & Herzegovina lost to Peru on Sunday.", "organisations", "Bosnia & Herzegovina"),
    ("Iceland cut its cod catch by a third.", "organisations", "Iceland"),
    ("The talks ended on Jan 12 in Oslo.", "people", "Jan"),
    ("The telescope on Cerro Armazones had recorded its first images.", "organisations",
     "Cerro Armazones"),
    ("Sindh Rangers raised their fees after his visit.", "people", "Sindh Rangers"),
    ("Sales rose in March and April, the firm said.", "places", "April"),
    # (round 18, geo-r18: a named hospital is a body as well as a place, as most answers list it;
    # the doctor still speaks, not the hospital: test_draft_rules_g18)
    ("A doctor at Kenyatta National Hospital said wards were full.", "people",
     "Kenyatta National Hospital"),
    ("Workers at New York harbour walked out.", "organisations", "New York"),
])
def test_what_is_not_a_person_or_a_place(text: str, kind: str, name: str) -> None:
    assert name not in _names(text, kind)


def test_a_continent_is_a_region_not_a_country() -> None:
    places = find_entities(("Malaria costs Africa billions, the minister said in Accra.",)).places
    assert {p.name: p.type for p in places.values()}["Africa"] == "region"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # (name, date, end_date, status, participants, organisations)
    ("Kenya's Amos Cheruiyot won the Rotterdam Marathon on Sunday, ahead of Dawit Gebre.\n\n"
     '"It was cold," Cheruiyot, 27, told reporters. Gebre, who was second, said he went too early.',
     dt.date(2026, 4, 13),
     ("Rotterdam Marathon", "2026-04-12", None, None, ["amos-cheruiyot", "dawit-gebre"], [])),
    ("The ministry will host talks between the copper miner Minera Andina and leaders in Cusco from "
     "Oct. 27 to Oct. 29, it said on Monday.", dt.date(2026, 10, 20),
     (None, "2026-10-27", "2026-10-29", "scheduled", [], ["minera-andina"])),
    ("Health Minister Ana Phiri said on Tuesday that 40 people had died.\n\n"
     '"Boil your water," Phiri told a news conference in Lilongwe.', dt.date(2008, 1, 23),
     ("News conference by Ana Phiri", "2008-01-22", None, None, ["ana-phiri"], [])),
    ("The High Court on Friday refused bail to Tomas Lind, the former mayor, who denies fraud.\n\n"
     "The trial is due to begin on 2 June.", dt.date(2003, 3, 15),
     ("Bail hearing with Tomas Lind", "2003-03-14", None, None, ["tomas-lind"], [])),
    ("Prime Minister Geir Haarde will meet mayors of the fishing towns in Isafjordur on Monday, "
     "his office said on Friday.", dt.date(2007, 7, 6),
     ("Meeting with Geir Haarde", "2007-07-09", None, "scheduled", ["geir-haarde"], [])),
])
def test_the_main_event_is_a_meeting_with_its_people_dates_and_status(
        text: str, published: dt.date, expected: tuple[Any, ...]) -> None:
    name, date, end, status, people, orgs = expected
    meetings = draft(text, published)["meetings"]
    found = [m for m in meetings if m.get("date") == date]
    assert found, meetings
    meeting = found[0]
    assert name is None or meeting["name"] == name
    assert (meeting.get("end_date"), meeting.get("status")) == (end, status)
    assert set(people) <= set(meeting.get("participants", ()))
    assert set(orgs) <= set(meeting.get("organisations", ()))


def test_a_session_is_part_of_the_conference_and_a_trial_is_its_own_event() -> None:
    text = ("More than 600 scientists gathered in Accra on Tuesday for the opening of the "
            "Pan-African Malaria Conference, which runs until Friday.\n\n"
            "In a session on Wednesday, Dr. Kwadwo Koram will present results, the organisers said.")
    meetings = draft(text, dt.date(2005, 11, 15))["meetings"]
    conference, session = meetings
    assert (conference["date"], conference["end_date"]) == ("2005-11-15", "2005-11-18")
    assert session["part_of"] == conference["id"] and session["status"] == "scheduled"
    assert session["date"] == "2005-11-16" and session["participants"] == ["kwadwo-koram"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"It is a tiny fraction," said Dr. Isabel Contreras, the deputy scientist, at a briefing.',
     "isabel-contreras"),
    ("Weber's sister, Lena Weber, travelled from Hamburg.\n\n"
     '"Jonas loved the mountains," she said.', "lena-weber"),
])
def test_speakers_across_a_title_s_full_stop_and_past_names_in_the_quote(text: str, speaker: str) -> None:
    quotes = draft(text)["quotes"]
    assert [q["speaker"] for q in quotes] == [speaker]


def test_said_on_friday_is_the_friday_before_though_the_sentence_says_will() -> None:
    text = ("Iceland will cut its cod catch by a third, Fisheries Minister Einar K. Gudfinnsson "
            "said on Friday.")
    timeline = draft(text, dt.date(2007, 7, 6))["timeline"]
    assert [t["date"] for t in timeline] == ["2007-07-06"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The quota will be 130,000 tonnes, down from 193,000, Gudfinnsson told a news conference.",
     "The quota will be 130,000 tonnes, down from 193,000."),
    # the medium after a named audience is part of the attribution ('Radio that ...' before)
    ("He told France Inter radio that the unions would hold a first day of strikes on January 19.",
     "The unions would hold a first day of strikes on January 19."),
    ("Berg told the BBC's Today programme that the plan was dead in the water.",
     "The plan was dead in the water."),
    ("Health Minister Ana Phiri said on Tuesday that 40 people had died in the floods.",
     "40 people had died in the floods."),
    ("A cholera outbreak has spread to four districts, according to the health ministry.",
     "A cholera outbreak has spread to four districts."),
    ("OSLO, Norway (Wire) - The fund sold its last coal shares on Monday.",
     "The fund sold its last coal shares on Monday."),
    ("Budvar said it expected the deal to close in March.",
     "Budvar said it expected the deal to close in March."),
    ("Kerry told Wang that talks could provide a fresh start for the two countries.",
     "Talks could provide a fresh start for the two countries."),
    ("Kerry also referred to their work together on the nuclear talks.",
     "Kerry also referred to their work together on the nuclear talks."),
    ("Anna Berg said the chairman, Peter Holm, asked her to lead the review.",
     "The chairman, Peter Holm, asked her to lead the review."),
])
def test_a_gist_is_the_sentence_without_who_said_it(sentence: str, expected: str) -> None:
    from briefing.new.draft.gists import gist
    assert gist(sentence) == expected


@pytest.mark.parametrize(("text", "written", "value", "unit", "qualifier"), [
    ("More than 3,500 runners started the race.", "More than 3,500 runners", 3500, "runners", "more than"),
    ("Nearly 40 clubs signed the letter.", "Nearly 40 clubs", 40, "clubs", "nearly"),
    ("At least 12 hospitals were full.", "At least 12 hospitals", 12, "hospitals", "at least"),
    ("They face 46 counts of fraud.", "46 counts", 46, "counts", None),
    ("The plan covers 3,000 low-cost houses.", "3,000 low-cost houses", 3000, "houses", None),
    ("The trial involved 2,022 children.", "2,022 children", 2022, "children", None),
    ("Paving will cost about €350,000.", "about €350,000", 350000, "€", "about"),
    # a sum followed by a comma is still the whole sum
    ("Paving will cost about €350,000, most of it for bollards.", "about €350,000", 350000, "€", "about"),
    ("He finished 12 seconds behind the winner.", "12 seconds", 12, "seconds", None),
    ("The dam has a 39-metre wall.", "39-metre", 39, "metres", None),
    # a currency written as a word after the sum is the figure's unit (round 17: the value in full,
    # the scale no part of the unit)
    ("The government would spend 100 billion yen on new markets.", "100 billion yen", 100000000000,
     "yen", None),
    ("The club paid nearly 2 million euros for him.", "nearly 2 million euros", 2000000, "euros",
     "nearly"),
    # a currency letter before the digits does not hide the sum (its unit left to the reviewer)
    ("She ordered an audit of the town's P214-million budget.", "214-million", 214000000, "unit not given",
     None),
])
def test_counts_of_things_are_figures_with_their_qualifier(text: str, written: str, value: float,
                                                          unit: str, qualifier: str | None) -> None:
    (figure,) = draft(text)["figures"]
    assert (figure["as_written"], figure["value"], figure["unit"]) == (written, value, unit)
    assert figure.get("qualifier") == qualifier


def test_a_part_of_a_whole_counts_the_same_things() -> None:
    figures = draft("The images were taken with 18 of the 798 hexagonal segments.")["figures"]
    assert [(f["as_written"], f["value"], f["unit"]) for f in figures] == [
        ("18 of the 798 hexagonal segments", 18, "segments"), ("798 hexagonal segments", 798, "segments")]


@pytest.mark.parametrize("text", ["The vote was held in 2019 by the board.", "It rang three times.",
                                  "Only 3 has been found so far.",  # 'has' ends in -s: no plural
                                  # a number word inside another word is none
                                  "The release had undone years of work.",
                                  "Someone days later asked again."])
def test_a_year_or_a_repetition_is_no_count(text: str) -> None:
    assert "figures" not in draft(text)


def test_nothing_is_drafted_from_a_last_paragraph_cut_mid_sentence() -> None:
    text = (f"{BODY}\n\nThe second match will be played in Kandy on Sunday. Police said a crowd of about "
            "30,000 had watched the")
    result = draft_records(text, Meta("Rules", dt.date(1999, 8, 26), "rules"))
    assert result.cut == 2 and result.paragraphs[1].endswith("watched the")
    assert not any("30,000" in f["as_written"] for f in result.data.get("figures", []))
    assert any(t["date"] == "1999-08-29" for t in result.data["timeline"])


def test_a_weekday_the_dateline_reads_otherwise_is_uncertain() -> None:
    text = "LIMA, Peru, Oct. 20, 2026 - The ministry said on Sunday that talks would resume."
    timeline = draft(text, dt.date(2026, 10, 26))["timeline"]
    sunday = next(t for t in timeline if t["date"] == "2026-10-25")
    assert "2026-10-18" in sunday["uncertain"]["date"]
    same = draft(text, dt.date(2026, 10, 21))["timeline"]
    assert not any("uncertain" in t for t in same)  # both readings give 2026-10-18


def test_an_age_between_name_and_verb_keeps_the_speaker() -> None:
    text = 'Amos Cheruiyot won.\n\n"The wind was like a wall," Cheruiyot, 27, told reporters.'
    assert [q["speaker"] for q in draft(text)["quotes"]] == ["amos-cheruiyot"]


@pytest.mark.parametrize(("text", "speakers", "gist"), [
    ("Zhang Wei, a hydrologist at Tsinghua University, and his colleague Liu Fang said the rains "
     "were unusually intense.", ["zhang-wei", "liu-fang"], "The rains were unusually intense."),
    ("Cllr Declan McDonnell, an independent, said the council had not listened to the traders.",
     ["declan-mcdonnell"], "The council had not listened to the traders."),
    ("The chief executive of the council, Leonard Cleary, told members the closure would cost "
     "about €350,000.", ["leonard-cleary"], "The closure would cost about €350,000."),
])
def test_statements_name_every_speaker_and_say_what_was_said(text: str, speakers: list[str],
                                                              gist: str) -> None:
    (statement,) = draft(text)["statements"]
    assert (statement.get("speakers") or [statement["speaker"]]) == speakers
    assert statement["gist"] == gist


AGENCY = "The Water Agency closed the Koski dam on Monday after the spring floods.\n\n"


@pytest.mark.parametrize(("text", "speaker", "about"), [
    ('Maria Lopez, the club\'s chairwoman, spoke on Monday.\n\n"Carlos Vega asked me to lead the '
     'review, and I agreed," Lopez said.', "maria-lopez", ["carlos-vega"]),
    ('"The chairman, Peter Holm, told me the plan was dead," said Anna Berg, a director.',
     "anna-berg", ["peter-holm"]),
    ('Anna Berg, a director, said on Monday: "Peter Holm told me the plan was dead."',
     "anna-berg", ["peter-holm"]),
])
def test_words_a_speaker_reports_of_another_stay_the_speaker_s(text: str, speaker: str,
                                                               about: list[str]) -> None:
    data = draft(text)
    assert [(q["speaker"], q.get("about")) for q in data["quotes"]] == [(speaker, about)]
    assert "statements" not in data  # nothing filed as the other person's own statement


@pytest.mark.parametrize("text", [
    # a quote running over sentences (and over paragraphs, wire style, with no closing mark)
    'Maria Lopez, the chairwoman, spoke on Monday.\n\n"It was a hard year. Carlos Vega asked me '
    'to lead the review. I agreed," Lopez said.',
    'Maria Lopez, the chairwoman, spoke on Monday.\n\n“It was a hard year. Carlos Vega told me '
    'the plan was dead.\n\n“I agreed to stay,” Lopez said.',
    # reported speech: what she said holds what he asked
    "Maria Lopez, the chairwoman, said the chairman, Carlos Vega, had asked her to lead the review.",
])
def test_no_statement_is_filed_under_the_person_a_speaker_talks_about(text: str) -> None:
    data = draft(text)
    speakers = {s.get("speaker") for s in data.get("statements", [])}
    assert "carlos-vega" not in speakers and {q["speaker"] for q in data.get("quotes", [])} <= {"maria-lopez"}


@pytest.mark.parametrize(("text", "speaker", "doubt"), [
    (AGENCY + '"We had no choice," the agency\'s spokesperson, Jane Doe, said.', "jane-doe", False),
    (AGENCY + '"We had no choice," a spokesperson for the agency, Jane Doe, said.', "jane-doe", False),
    (AGENCY + 'A spokesperson for the agency, Jane Doe, said: "We had no choice."', "jane-doe", False),
    (AGENCY + '"We had no choice," said agency spokeswoman Jane Doe.', "jane-doe", False),
    (AGENCY + '"We had no choice," the agency\'s spokesperson said.', "water-agency", True),
    (AGENCY + '"We had no choice," a spokesman for the Water Agency said.', "water-agency", True),
    (AGENCY + '"We had no choice," an agency spokesperson said.', "water-agency", True),
])
def test_a_spokesperson_s_words_go_to_the_named_person_or_to_the_organisation_with_a_doubt(
        text: str, speaker: str, doubt: bool) -> None:
    (quote,) = draft(text)["quotes"]
    assert quote["speaker"] == speaker
    assert ("speaker" in quote.get("uncertain", {})) is doubt


@pytest.mark.parametrize("text", [
    '"We had no choice," a spokesperson said.',  # whose spokesperson: the text does not say
    AGENCY + '"We had no choice," a spokesperson for the ministry said.',  # no ministry named
])
def test_a_spokesperson_for_nobody_named_goes_to_nobody(text: str) -> None:
    assert "quotes" not in draft(text)


@pytest.mark.parametrize(("text", "speaker", "doubt"), [
    # the pronoun's gender rules out the person named last
    ('Peter Holm met Anna Berg in Oslo on Monday.\n\n"It went well," she said.', "anna-berg", False),
    ('Anna Berg met Peter Holm in Oslo on Monday.\n\n"It went well," he said.', "peter-holm", False),
    # an honorific or a gendered title says it, whatever the given name
    ('Anna Lee met Mr Kim in Seoul on Monday.\n\n"It went well," he said.', "kim", False),
    # a name of either gender and a man both fit 'he': the doer, marked uncertain
    ('Kim Lee met Mr Park in Seoul on Monday.\n\n"It went well," he said.', "kim-lee", True),
    ('Peter Visser met the club\'s chairwoman, Kim Lee, on Monday.\n\n"It went well," she said.',
     "kim-lee", False),
    # 'Jan' is a given name of either gender: the one who met, marked uncertain
    ('Jan Visser met the club\'s chairwoman, Kim Lee, on Monday.\n\n"It went well," she said.',
     "jan-visser", True),
    # nobody the rest of its sentence names: 'he ... told Berg' is not Berg
    ('Peter Holm and Lars Berg spoke for an hour.\n\n"We agreed," he told Berg.', "peter-holm", False),
    # two men named: the one who acted, marked uncertain (the other could be meant)
    ('Peter Holm met Lars Berg in Oslo on Monday.\n\n"It went well," he said.', "peter-holm", True),
    # nobody named can be 'she': still drafted, marked uncertain
    ('Peter Holm met Mr Park in Oslo on Monday.\n\n"It went well," she said.', None, True),
])
def test_a_pronoun_points_only_to_someone_it_can_mean(text: str, speaker: str | None,
                                                      doubt: bool) -> None:
    (quote,) = draft(text)["quotes"]
    assert speaker is None or quote["speaker"] == speaker
    assert ("speaker" in quote.get("uncertain", {})) is doubt


@pytest.mark.parametrize(("text", "name"), [
    ("Ignacio Corleto scored the only try after 27 minutes.", "Ignacio Corleto"),
    ("France managed only four penalties from David Skrela.", "David Skrela"),
    ("Ama Serwaa Boateng and Kofi Mensah opened the clinic in Kumasi.", "Kofi Mensah"),
    ("Ana Lucía Torres and Kofi Mensah opened the clinic in Kumasi.", "Ana Lucía Torres"),
    ("The fund is run by Abdel Aziz Haddad from Beirut.", "Abdel Aziz Haddad"),
    ("The stadium sold out, and Jean-Luc Moreau watched from the stands.", "Jean-Luc Moreau"),
])
def test_a_run_opening_with_a_given_name_is_a_person(text: str, name: str) -> None:
    assert name in _names(text, "people")


@pytest.mark.parametrize(("text", "name"), [
    ("The water rose at Victoria Falls on Monday.", "Victoria Falls"),
    ("She flew to San Jose on Monday.", "San Jose"),
    ("Prices rose at the Grace Kelly Hospital in Monaco.", "Grace Kelly Hospital"),
    ("He bought shares in the Marie Curie charity last year.", "Marie Curie"),
    ("Output fell at the Mercedes Benz plant.", "Mercedes Benz"),
    ("Christian Democrats won 30 seats.", "Christian Democrats"),
    ("Fans left Grace Road early.", "Grace Road"),
    ("Charlotte Hornets won 101-99 on Sunday.", "Charlotte Hornets"),
    ("Austin Energy raised prices in May.", "Austin Energy"),
    ("Ralph Lauren shares rose 4 percent.", "Ralph Lauren"),
])
def test_something_named_after_a_person_is_no_person(text: str, name: str) -> None:
    assert not any(name in found or found in name for found in _names(text, "people"))


@pytest.mark.parametrize(("text", "speaker", "gist", "doubt"), [
    ("Maria Lopez, the chairwoman, spoke on Monday. She said the chairman, Carlos Vega, had asked "
     "her to lead the review.", "maria-lopez", "The chairman, Carlos Vega, had asked her to lead the review.",
     False),
    ("Peter Holm met Anna Berg in Oslo. He said the talks had gone well.", "peter-holm",
     "The talks had gone well.", False),
    # a name the text marks with no gender, chosen before a woman the text names: either
    # (round 13: 'Sipho' is now a known man's name; 'Mthunzi' is a given name the lists do not hold)
    ("The court refused bail to Mthunzi Ndlovu, 52, on Friday.\n\nJudge Anna Berg told the court that "
     "Ndlovu had tried to flee. She said the risk was real.", None, "The risk was real.", True),
])
def test_a_statement_opened_by_a_pronoun_goes_to_someone_it_can_mean(
        text: str, speaker: str | None, gist: str, doubt: bool) -> None:
    (statement,) = [s for s in draft(text)["statements"] if s["gist"] == gist]
    assert speaker is None or statement["speaker"] == speaker
    assert ("speaker" in statement.get("uncertain", {})) is doubt


MINISTRY = "The Ministry of the Sea closed the port of Peniche on Monday.\n\n"


@pytest.mark.parametrize(("text", "speaker", "gist", "doubt"), [
    # a spokesperson named in apposition says it, as for a quote, before or after the words
    (MINISTRY + "A spokesperson for the Ministry of the Sea, Rui Antunes, said the fleet would stay "
     "in harbour.", "rui-antunes", "The fleet would stay in harbour.", False),
    (MINISTRY + "The fleet would stay in harbour, a spokesperson for the Ministry of the Sea, Rui "
     "Antunes, said.", "rui-antunes", "The fleet would stay in harbour.", False),
    # one the article does not name speaks for the organisation, marked uncertain
    (MINISTRY + "A spokesperson for the Ministry of the Sea said the fleet would stay in harbour.",
     "ministry-of-the-sea", "The fleet would stay in harbour.", True),
    (MINISTRY + "A ministry spokeswoman said the fleet would stay in harbour.",
     "ministry-of-the-sea", "The fleet would stay in harbour.", True),
    (MINISTRY + "A volcanologist at GNS Science, Dr Hana Tipene, said the fleet would stay in "
     "harbour.", "hana-tipene", "The fleet would stay in harbour.", False),
    # an aside that is no person leaves the organisation speaking
    (MINISTRY + "The Ministry of the Sea, which runs the port, said the fleet would stay in harbour.",
     "ministry-of-the-sea", "The fleet would stay in harbour.", False),
])
def test_a_statement_follows_the_quote_s_attribution_rule(text: str, speaker: str, gist: str,
                                                          doubt: bool) -> None:
    (statement,) = draft(text)["statements"]
    assert (statement["speaker"], statement["gist"]) == (speaker, gist)
    assert ("speaker" in statement.get("uncertain", {})) is doubt


def test_a_statement_by_a_spokesperson_for_nobody_named_is_not_drafted() -> None:
    assert "statements" not in draft(MINISTRY + "A spokesperson said the fleet would stay in harbour.")


# a woman named three paragraphs back, outside the pronoun's window; then a name of either gender
FAR = ("Ana Lima, the club's chairwoman, opened the meeting on Monday.\n\nThe board then heard "
       "from its members.\n\nThe vote was close.\n\nRui Antunes spoke last.\n\n")


@pytest.mark.parametrize(("text", "kind", "speaker", "rival"), [
    (FAR + '"It went well," she said.', "quotes", "rui-antunes", "Ana Lima"),
    (FAR + "She said the vote had gone well.", "statements", "rui-antunes", "Ana Lima"),
    # nobody else named: still a guess that rests on a name of unknown gender
    # (round 13: 'Themba' is now a known man's name; 'Xolani' is a given name the lists do not hold)
    ('Advocate Xolani Khumalo argued for bail on Friday.\n\n"My client is innocent," he said.',
     "quotes", "xolani-khumalo", None),
])
def test_a_pronoun_read_as_someone_of_unknown_gender_is_uncertain(
        text: str, kind: str, speaker: str, rival: str | None) -> None:
    (said,) = draft(text)[kind]
    assert said["speaker"] == speaker
    reason = said["uncertain"]["speaker"]
    name = speaker.replace("-", " ").title()
    assert f"whether {name} is a man or a woman" in reason and "Check who said it" in reason
    assert rival is None or f"{rival}, named earlier, could be meant" in reason


def test_a_pronoun_read_as_someone_of_its_gender_stays_certain() -> None:
    (quote,) = draft(FAR.replace("Rui Antunes", "Mr Antunes") + '"It went well," he said.')["quotes"]
    assert quote["speaker"] == "antunes" and "uncertain" not in quote


BAIL = "The High Court refused bail to Peter Holm, a former mayor, on Friday, 14 March.\n\n"


@pytest.mark.parametrize("text", [
    BAIL + "The trial is due to begin on 2 June. Holm faces 46 counts of fraud.",  # named after it
    BAIL + "The trial is due to begin on 2 June.",  # the same case's hearing before it
])
def test_a_court_event_naming_nobody_takes_its_parties_marked_uncertain(text: str) -> None:
    (trial,) = [m for m in draft(text)["meetings"] if m.get("date") == "2025-06-02"]
    assert trial["participants"] == ["peter-holm"] and trial["status"] == "scheduled"
    assert "participants" in trial["uncertain"]


@pytest.mark.parametrize(("text", "value"), [
    ("Jayasuriya hit an unbeaten 102 off 89 balls.", 102),
    ("Pakistan were bowled out for 187 in 46.2 overs.", 187),
    ("He shared an opening stand of 121 with Kaluwitharana.", 121),
    ("The government will raise the retirement age to 64, the minister said.", 64),
])
def test_a_number_tied_to_no_unit_is_drafted_with_its_unit_left_uncertain(text: str, value: float) -> None:
    (bare,) = [f for f in draft(text)["figures"] if f["value"] == value]
    assert bare["as_written"] == str(value) and "unit" in bare["uncertain"]


@pytest.mark.parametrize("text", [
    "The law was passed in 2019, the ministry said.",  # a year
    "The hearing is set for 14 March in Pretoria.",  # a date
    "Traffic on Route 66 stopped at 10.30 on Monday.",  # a name, a time
    "Sri Lanka took a 1-0 lead in the series.",  # a score
    "Amos Cheruiyot, 27, told reporters he was tired.",  # an age set off by commas
    "The vote was 7 to 5.",  # one digit
])
def test_what_is_no_bare_number(text: str) -> None:
    assert not [f for f in draft(text).get("figures", []) if f["unit"] == "unit not given"]


@pytest.mark.parametrize(("text", "speaker"), [
    # someone unnamed spoke last: 'she' is that person, not the woman named before (no quote)
    ('Dr Anna Berg runs the ward.\n\nA nurse at the hospital, who asked not to be named, said wards '
     'were full. "We are putting patients on the floor," she said.', None),
    # a woman named after the unnamed speaker is the one meant
    ('A nurse said wards were full, and Dr Anna Berg agreed. "We are putting patients on the '
     'floor," she said.', "anna-berg"),
])
def test_a_pronoun_after_an_unnamed_speaker_is_not_given_to_someone_named_before(
        text: str, speaker: str | None) -> None:
    quotes = draft(text).get("quotes", [])
    assert [q["speaker"] for q in quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize(("text", "kind", "speaker", "doubt"), [
    # 'his arrest' in Ndlovu's own clause says he is a man: 'she' is the judge, certain
    ("Sipho Ndlovu, 52, was refused bail on Friday.\n\nJudge Anna Berg told the court that Ndlovu "
     "had tried to flee since his arrest. She said the risk was real.", "statements", "anna-berg", False),
    ("Advocate Themba Khumalo argued that his client was innocent.\n\n\"We will appeal,\" he said.",
     "quotes", "themba-khumalo", False),
    # 'told her' is someone else: Kim's gender stays unmarked
    ('Kim Lee told her the plan was dead.\n\n"It went well," he said.', "quotes", "kim-lee", True),
])
def test_a_name_s_own_clause_can_say_its_gender(text: str, kind: str, speaker: str, doubt: bool) -> None:
    said = [s for s in draft(text)[kind] if s["speaker"] == speaker][-1]
    assert ("speaker" in said.get("uncertain", {})) is doubt
    assert not doubt or "is a man or a woman" in said["uncertain"]["speaker"]
