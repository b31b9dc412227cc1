"""Rules of round 5 of issue 18, as tables (each row its own sentences, not a fixture's): the
other number of a pair, signed figures and sums in a currency word, a dateline's agency credit,
names holding a plural possessive, organisation heads, and statement gists without the
attribution."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from briefing.new.draft.gists import gist
from briefing.new.draft.records import Meta, draft_records

THURSDAY = dt.date(2026, 1, 29)


def draft(text: str, published: dt.date = THURSDAY) -> dict[str, Any]:
    return draft_records(text, Meta("Rules", published, "rules")).data


def figures(text: str) -> dict[float, str]:
    return {f["value"]: f["unit"] for f in draft(text).get("figures", [])}


@pytest.mark.parametrize(("text", "value", "unit"), [
    # the first of a pair: 'eight and six years'
    ("The two smugglers were jailed for eight and six years, the court said.", 8, "years"),
    ("Prices rose by 3 and 4 percent in the two regions, the statistics office said.", 3, "%"),
    # the second of a pair, a tally: 'by 142 votes to 61'
    ("The motion passed by 212 votes to 97 after a long debate in the chamber.", 97, "votes"),
    ("She won 9,870 votes against 7,412 for her rival, the election board said.", 7412, "votes"),
    # a sign: 'minus 7.6 percent', 'minus 31 degrees Celsius'
    ("The company's margin was minus 3.2 percent in the quarter, it said on Thursday.", -3.2, "%"),
    ("Temperatures at the camp fell to minus 31 degrees Celsius overnight, the team said.", -31, "°C"),
    # a sum in a currency word alone: '500 won per share'
    ("The bank will pay a dividend of 350 won per share, down from 900 won.", 350, "won"),
    ("The bank will pay a dividend of 350 won per share, down from 900 won.", 900, "won"),
])
def test_a_number_takes_its_unit_from_its_pair_its_sign_and_a_currency_word(
        text: str, value: float, unit: str) -> None:
    assert figures(text).get(value) == unit, figures(text)


@pytest.mark.parametrize(("text", "value", "wrong"), [
    # guards: no pair across a second unit or with a year, no sign from a hyphen inside a word
    ("Growth slowed from 5 percent to 6 million people in work, the office said.", 6, "%"),
    ("The plant opened in 2019 and 40 workers were hired, the firm said.", 2019, "workers"),
    ("The team ended 2-3 percent short of the target, analysts said.", -3, "%"),
])
def test_what_is_no_pair_and_no_sign(text: str, value: float, wrong: str) -> None:
    assert figures(text).get(value) != wrong, figures(text)


@pytest.mark.parametrize(("text", "agency"), [
    ("HELSINKI, Dec 11 (Reuters) - Ferry workers struck on Thursday, the Seafarers' Union said.", "reuters"),
    ("LIMA, Peru, Feb 19 (AP) - Drivers blocked roads on Thursday, the Transport Federation said.", "ap"),
    ("SEOUL, Jan 29 (Yonhap) -- Daeil Steel swung to a loss on Thursday, the company said.", "yonhap"),
])
def test_a_dateline_s_agency_credit_is_no_organisation_of_the_article(text: str, agency: str) -> None:
    data = draft(text)
    assert agency not in {o["id"] for o in data.get("organisations", [])}
    assert all(agency not in m.get("organisations", ()) for m in data.get("meetings", []))


@pytest.mark.parametrize(("text", "person", "organisation"), [
    # a plural possessive inside an organisation's name, after a person's 'of'
    ("Marta Kowalczyk of the Baltic Fishers' Cooperative said the quotas were too low. "
     '"We cannot live on this," she said.', "marta-kowalczyk", "baltic-fishers-cooperative"),
    ("Joseph Banda of the Lilongwe Traders' Association said the market would stay shut. "
     '"The rents doubled," he said.', "joseph-banda", "lilongwe-traders-association"),
])
def test_a_person_of_an_organisation_whose_name_holds_a_possessive(
        text: str, person: str, organisation: str) -> None:
    data = draft(text)
    assert person in {p["id"] for p in data.get("people", [])}
    assert organisation in {o["id"] for o in data.get("organisations", [])}
    assert [q["speaker"] for q in data["quotes"]] == [person]


@pytest.mark.parametrize("name", ["Swiss Federal Tribunal", "Nordic Grain Cooperative", "Korea Exchange",
                                  "Andean Textile Syndicate"])
def test_organisation_heads_of_the_one_lexicon(name: str) -> None:
    text = f"The {name} said on Thursday that it would review the case."
    assert name in {o["name"] for o in draft(text).get("organisations", [])}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The rights group Amnesty International said in a statement that both sides had broken the "
     "truce and called for an inquiry.", "Both sides had broken the truce."),
    ("The environmental group ClientEarth said in its submission that the permit was unlawful.",
     "The permit was unlawful."),
    ("The union said the talks had failed and urged members to strike.", "The talks had failed."),
])
def test_a_gist_drops_where_the_words_were_given_and_the_speaker_s_second_act(
        sentence: str, expected: str) -> None:
    assert gist(sentence) == expected
