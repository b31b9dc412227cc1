"""Rules the lead's new-user runs of round 6 showed (each row its own sentences): a day with no
year shortly after publication, in a sentence that tells of a plan ('was planned for March 19'),
is that day, not the year before; told as done but only days ahead, it is that day and marked
uncertain. Topics are news beats the article is about, not a word inside a name or one word in
passing at its end."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from briefing.new.draft.counts import find_counts
from briefing.new.draft.records import Meta, draft_records

PUBLISHED = dt.date(2026, 3, 12)


def draft(text: str) -> dict[str, Any]:
    return draft_records(text, Meta("Rules", PUBLISHED, "rules")).data


def dated(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [record for kind in ("timeline", "statements", "meetings") for record in data.get(kind, [])
            if record.get("date")]


@pytest.mark.parametrize(("text", "date"), [
    ("She said a second round of talks was planned for March 19 in Utrecht.", "2026-03-19"),
    ("The vote was set for April 2, the speaker's office said on Thursday.", "2026-04-02"),
    ("The hearing was postponed until March 28, the court said on Thursday.", "2026-03-28"),
    # guards: far ahead and told as done, the year before; before publication, that year
    ("The plant was closed on November 20 after the leak, the company said.", "2025-11-20"),
    ("The plant was closed on March 2 after the leak, the company said.", "2026-03-02"),
])
def test_a_day_without_a_year_is_read_with_its_tense_and_its_distance(text: str, date: str) -> None:
    assert date in {record["date"] for record in dated(draft(text))}


def test_a_day_just_after_publication_told_as_done_is_kept_and_marked_uncertain() -> None:
    data = draft("Police said the first protesters were arrested on March 20 near the ministry.")
    records = [record for record in dated(data) if record["date"] == "2026-03-20"]
    assert records and all("2025-03-20" in record.get("uncertain", {}).get("date", "") for record in records)


def topic_names(*paragraphs: str) -> set[str]:
    return {topic["name"] for topic in draft("\n\n".join(paragraphs)).get("topics", [])}


FILLER = ("Officials gave no further details on Thursday.", "A second statement is expected later.",
          "The talks resume next week.")


@pytest.mark.parametrize(("paragraphs", "present", "absent"), [
    # a beat the article is about, in its own words
    (("Farmers drove 2,000 tractors into the capital to protest against limits on livestock, "
      "said Climate Minister Anna Berg.",), {"Agriculture"}, {"Climate change"}),
    (("Argentina beat France 17-12 in the opening game of the Rugby World Cup on Friday.",),
     {"Sport"}, set()),
    (("The council voted to extend the tram line to the airport, the mayor said.",),
     {"Transport", "Local government"}, {"Elections"}),
    (("The court jailed the former mayor for fraud, the judge said on Friday.",),
     {"Courts and justice"}, set()),
    (("The foreign ministry said envoys would meet again on Friday.",), {"Diplomacy"}, set()),
    # a word inside a name names something else: 'Trade Unions' are labour, not trade
    (("The Trade Unions Congress and the European Union welcomed the plan, officials said.",),
     {"Labour"}, {"Trade"}),
    # one word in passing at the end is not what the article is about
    (("The minister opened the new bridge on Friday, officials said.", *FILLER,
      "Dairy exports fell for a third year."), set(), {"Agriculture", "Trade"}),
])
def test_a_topic_is_a_beat_the_article_is_about(paragraphs: tuple[str, ...], present: set[str],
                                                absent: set[str]) -> None:
    names = topic_names(*paragraphs)
    assert present <= names and not names & absent


def test_the_headline_and_the_page_tags_say_what_the_article_is_about() -> None:
    """One word in passing late in the text is a topic when the page files the article under it
    ('Tags: farming, ...') or its headline names it; without them it is not (row above)."""
    body = ("The minister opened the new bridge on Friday, officials said.\n\n" + "\n\n".join(FILLER)
            + "\n\nDairy farmers had asked for the bridge for a decade.\n\n")
    assert "Agriculture" not in {t["name"] for t in draft(body).get("topics", [])}
    tagged = draft(body + "Related\nMilk prices fall\nTags: farming, roads, Kerry\n").get("topics", [])
    assert "Agriculture" in {t["name"] for t in tagged}


@pytest.mark.parametrize(("text", "person", "organisation"), [
    # 'X of the Y group': a lower-case organisation noun after the name makes Y the person's
    # organisation; the whole run was dropped, and the person's quote with it
    ('"We are not against trams," said Jan Nowak of the Residents group.', "Jan Nowak", "Residents"),
    ("Opponents led by councillor Ewa Zając of the Kraków for Residents group argued against it. "
     '"We are against cutting 600 trees," Zając said.', "Ewa Zając", "Kraków for Residents"),
    # one organisation, not 'Fishers' beside 'Fishers Union'
    ("Ola Dahl of the Fishers union said the quota was too low.", "Ola Dahl", "Fishers Union"),
])
def test_a_person_of_a_group_named_before_its_noun(text: str, person: str, organisation: str) -> None:
    data = draft(text)
    assert person in {p["name"] for p in data.get("people", [])}
    assert {o["name"] for o in data.get("organisations", [])} == {organisation}
    assert all(q.get("speaker") for q in data.get("quotes", []))


@pytest.mark.parametrize(("text", "counts"), [
    # a day of a date is no count, and 'discuss' no plural: both were '15 discuss'
    ("Lopes is due to meet Soares in Lisbon on October 15 to discuss the plan.", []),
    ("The two will meet on 15 October to discuss the plan.", []),
    ("It paid a bonus of 5 million and gave 7 crisis loans.", [("7 crisis loans", "loans")]),
    # a link word describes nothing: 'a crowd of 80,000 in Saint-Denis' counted no 'Saint-Denis'
    ("silencing a crowd of 80,000 in Saint-Denis.", [("80,000", "people")]),
    ("more than 3,500 runners, 12 bosses and 4 buses", [("more than 3,500 runners", "runners"),
                                                        ("12 bosses", "bosses"), ("4 buses", "buses")]),
])
def test_a_count_counts_a_plural_noun_its_words_describe(text: str, counts: list[tuple[str, str]]) -> None:
    assert [(c.as_written, c.unit) for c in find_counts((text,), {})] == counts
