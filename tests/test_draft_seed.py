"""The draft against the hand-checked data of the seed article: the development set.

Targets (issue 9): 6/6 people, 12/12 quoted spans, at least 11/12 speakers, no drafted person
that is not a person, and the figures 53 °C (128 °F), 52.2 °C and nearly 12 hours.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from briefing.new.draft.records import Meta, draft_records

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8b72f97d2236e7b8.txt"


def hand(kind: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = yaml.safe_load((ROOT / "data" / f"{kind}.yml").read_text(
        encoding="utf-8"))
    return records


def words(text: str) -> str:
    """Quote text compared as words: quote marks, trailing punctuation and spacing aside."""
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def draft() -> dict[str, Any]:
    return draft_records(SEED.read_text(encoding="utf-8"),
                         Meta("Kerry in Beijing", dt.date(2023, 7, 18), "kerry")).data


def test_the_seed_draft_meets_the_targets() -> None:
    data = draft()
    expected_people = {p["id"] for p in hand("people")}
    drafted_people = {p["id"] for p in data["people"]}
    expected = {(q["paragraphs"][0], words(q["text"])): q["speaker"] for q in hand("quotes")}
    drafted = {(q["paragraphs"][0], words(q["text"])): q["speaker"] for q in data["quotes"]}
    spans = expected.keys() & drafted.keys()
    speakers = sum(1 for key in spans if drafted[key] == expected[key])
    print(f"\npeople {len(drafted_people & expected_people)}/{len(expected_people)} found, "
          f"{len(drafted_people - expected_people)} not in the hand-checked data; "
          f"quoted spans {len(spans)}/{len(expected)} ({len(drafted)} drafted); "
          f"speakers right {speakers}/{len(expected)}")
    assert drafted_people == expected_people
    assert len(spans) == len(expected) == len(drafted) == 12
    assert speakers >= 11


def test_the_seed_draft_finds_the_temperatures_and_the_length_of_the_talks() -> None:
    figures = {(f["value"], f["unit"]): f for f in draft()["figures"]}
    shown = [f"{f['as_written']} -> {f['value']:g} {f['unit']} {' '.join(f.get('conversions', []))}"
             for f in figures.values()]
    shown = [f"{f['as_written']} -> {f['value']:g} {f['unit']} {' '.join(f.get('conversions', []))}"
             for f in figures.values()]
    print("\nfigures:", "; ".join(shown))
    assert figures[(12.0, "hours")]["approximate"] is True
    assert figures[(12.0, "hours")]["as_written"] == "nearly 12 hours"


def test_speakers_titles_and_short_forms_come_from_the_article() -> None:
    people = {p["id"]: p for p in draft()["people"]}
    assert people["john-kerry"]["roles"] == [{"title": "climate envoy", "country": "united-states"}]
    assert "Kerry" in people["john-kerry"]["aliases"]
    assert "President Biden" in people["joe-biden"]["aliases"]
    assert {"title": "Premier"} in people["li-qiang"]["roles"]


def test_a_pronoun_speaker_says_whom_it_was_taken_for() -> None:
    quote = next(q for q in draft()["quotes"] if q["text"].startswith("But the route"))
    assert quote["speaker"] == "xi-jinping"
    assert "'he'" in quote["inferred"]["speaker"] and "Xi Jinping" in quote["inferred"]["speaker"]


def test_every_drafted_record_is_marked_as_a_draft() -> None:
    data = draft()
    assert data["briefing"]["draft"] is True
    assert all(record["draft"] is True for kind, records in data.items() if kind != "briefing"
               for record in records)


def test_dates_without_a_year_say_where_the_year_came_from() -> None:
    meeting = next(m for m in draft()["meetings"] if "xie-zhenhua" in m["participants"])
    assert meeting["date"] == "2023-07-17" and meeting["place"] == "beijing-hotel"
    assert "gives no year" in meeting["inferred"]["date"]


def test_reported_speech_becomes_statements_an_organisation_among_the_speakers() -> None:
    statements = {s["paragraphs"][0]: s for s in draft()["statements"]}
    assert statements[1]["speaker"] == "john-kerry"  # '..., U.S. climate envoy John Kerry told ...'
    assert statements[11]["addressees"] == ["wang-yi"]  # 'Kerry told Wang that ...'
    assert statements[18]["speaker"] == "us-state-department"  # 'State Department officials said'
