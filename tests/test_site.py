"""The seed site, built for real with `mkdocs build --strict`: every record has its page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefing.model.build import build_model
from briefing.model.names import display_name
from conftest import ROOT
from sitecheck import main_text, page

MODEL = build_model(ROOT)
PAGE_KINDS = ["people", "organisations", "places", "meetings", "quotes", "statements", "topics",
              "figures"]


def records(kind: str) -> list[Any]:
    return MODEL.all(kind)


def test_counts_of_the_seed_briefing() -> None:
    counts = {kind: len(by_id) for kind, by_id in MODEL.records.items()}
    assert counts["people"] >= 6 and counts["quotes"] == 12
    quotes = records("quotes")
    assert sum(quote.partial for quote in quotes) == 6
    assert {quote.paragraph for quote in quotes} == {3, 5, 8, 9, 10, 12, 13, 14, 15, 16}


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_every_record_has_a_page_with_its_name_and_sources(seed_site: Path, kind: str) -> None:
    for record in records(kind):
        url = f"{kind}/{record.id}/"
        text = main_text(seed_site, url)
        expected = record.text if kind == "quotes" else record.gist if kind == "statements" else \
            display_name(record)
        assert " ".join(expected.split()) in text, url
        links = page(seed_site, url).links
        for number in record.paragraphs:
            assert f"../../article/#p{number}" in links, (url, number)


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_every_index_lists_every_record(seed_site: Path, kind: str) -> None:
    links = page(seed_site, f"{kind}/").links
    for record in records(kind):
        assert f"{record.id}/" in links, (kind, record.id)


def _raw(kind: str) -> list[dict[str, Any]]:
    """The seed's records of `kind` as the YAML file has them (not through the engine's
    reverse index, which these tests check)."""
    return list(yaml.safe_load((ROOT / f"data/{kind}.yml").read_text(encoding="utf-8")))


def _said_by(quote: dict[str, Any]) -> list[str]:
    return list(quote.get("speakers") or [quote["speaker"]])


def test_person_page_links_what_they_said_their_meetings_and_people(seed_site: Path) -> None:
    checked = 0
    for person in records("people"):
        links = page(seed_site, f"people/{person.id}/").links
        for quote in _raw("quotes"):
            if person.id in _said_by(quote):
                assert f"../../quotes/{quote['id']}/" in links, (person.id, quote["id"])
                checked += 1
        for meeting in _raw("meetings"):
            if person.id in meeting.get("participants", ()):
                assert f"../../meetings/{meeting['id']}/" in links, (person.id, meeting["id"])
                checked += 1
    assert checked >= 20  # the seed: 22 quotes and meetings of people, counted by hand
    # Who dealt with whom is pinned by hand in test_facts.py, from the article.


def test_person_page_shows_each_mention_in_context(seed_site: Path) -> None:
    text = main_text(seed_site, "people/xie-zhenhua/")
    assert "解振华" in text
    assert "Kerry met his counterpart Xie Zhenhua for nearly 12 hours at the Beijing Hotel" in text


def test_quote_page_names_speaker_addressee_meeting_and_paragraph(seed_site: Path) -> None:
    for quote in records("quotes"):
        result = page(seed_site, f"quotes/{quote.id}/")
        assert f"../../people/{quote.speaker}/" in result.links
        for addressee in quote.addressees:
            assert f"../../people/{addressee}/" in result.links
        if quote.meeting:
            assert f"../../meetings/{quote.meeting}/" in result.links
        assert f"../../article/#p{quote.paragraph}" in result.links
        paragraph = " ".join(MODEL.article.paragraph(quote.paragraph).split())
        assert paragraph in " ".join(main_text(seed_site, f"quotes/{quote.id}/").split())


def test_meeting_page_links_participants_place_and_topics(seed_site: Path) -> None:
    for meeting in records("meetings"):
        links = page(seed_site, f"meetings/{meeting.id}/").links
        for person in meeting.participants:
            assert f"../../people/{person}/" in links
        for topic in meeting.topics:
            assert f"../../topics/{topic}/" in links
        if meeting.place:
            assert f"../../places/{meeting.place}/" in links


def test_topic_page_links_its_quotes_and_speakers(seed_site: Path) -> None:
    for topic in records("topics"):
        links = page(seed_site, f"topics/{topic.id}/").links
        for quote in _raw("quotes"):
            if topic.id in quote.get("topics", ()):
                assert f"../../quotes/{quote['id']}/" in links, (topic.id, quote["id"])
                for speaker in _said_by(quote):
                    assert f"../../people/{speaker}/" in links, (topic.id, speaker)


def test_article_has_every_paragraph_anchored_and_quotes_linked(seed_site: Path) -> None:
    result = page(seed_site, "article/")
    text = main_text(seed_site, "article/")
    for number, paragraph in enumerate(MODEL.article.paragraphs, start=1):
        assert f"p{number}" in result.ids
        assert " ".join(paragraph.split()) in text
    for quote in records("quotes"):
        assert f"../quotes/{quote.id}/" in result.links
    assert "../people/wang-yi/" in result.links and "../places/beijing-hotel/" in result.links


def test_home_page_leads_with_summary_people_figures_and_timeline(seed_site: Path) -> None:
    result = page(seed_site, "")
    text = main_text(seed_site, "")
    assert MODEL.briefing.summary.split(".")[0] in text
    assert "Why it matters" in text and "53 °C" in text
    for person in MODEL.briefing.key_people:
        assert f"people/{person}/" in result.links
    for section in ["people/", "meetings/", "quotes/", "topics/", "timeline/", "article/"]:
        assert section in result.links


def _reading_order(entry: Any) -> str:
    """A full date sorts as itself; a partial one that the article places after a day ('later
    this year', `after:`) sorts after every dated entry of its period ('2023' -> 2023-99-99)."""
    date = str(entry.date)
    return (date + ("-99-99" if getattr(entry, "after", None) else "-00-00"))[:10]


def test_timeline_lists_entries_in_date_order_with_a_picture(seed_site: Path) -> None:
    result = page(seed_site, "timeline/")
    assert "svg" in result.tags
    text = main_text(seed_site, "timeline/").split("Entries", 1)[1]
    positions = [text.index(entry.label) for entry in
                 sorted(records("timeline"), key=_reading_order)]
    assert positions == sorted(positions)


def test_diagrams_page_draws_who_met_whom_and_who_spoke_on_what(seed_site: Path) -> None:
    result = page(seed_site, "diagrams/")
    assert "svg" in result.tags and "table" in result.tags
    assert "../people/xie-zhenhua/" in result.links
    spoken_topics = {topic for kind in ("quotes", "statements") for record in records(kind)
                     for topic in record.topics}
    for topic in spoken_topics:
        assert f"../topics/{topic}/" in result.links


def test_search_index_holds_records_with_boosts(seed_site: Path) -> None:
    index = json.loads((seed_site / "search/search_index.json").read_text())
    by_location = {doc["location"]: doc for doc in index["docs"]}
    assert by_location["people/xie-zhenhua/"]["boost"] > by_location["article/"].get("boost", 1)
    quote = by_location["quotes/xi-route-method-intensity/"] if \
        "quotes/xi-route-method-intensity/" in by_location else None
    assert any("route, method and intensity" in doc["text"] for doc in index["docs"]
               if doc["location"].startswith("quotes/")), quote


def test_entity_pages_stay_out_of_the_navigation(seed_site: Path) -> None:
    html = (seed_site / "people/wang-yi/index.html").read_text()
    # The nav holds index pages only: no other person's page is linked from the sidebar.
    start = html.index('<nav class="md-nav md-nav--primary')
    nav = html[start: html.index('<nav class="md-nav md-nav--secondary', start)]
    assert "people/john-kerry/" not in nav
