"""The draft scored on articles of several kinds, each with hand-written answers
(tests/fixtures/articles/expected.yml): paragraphs, quoted spans and their speakers.

A quoted span is matched by its paragraph and its first words; precision is the share of drafted
spans that are expected, recall the share of expected spans drafted, and a speaker is right when
the drafted speaker is the (or one of the) expected ids. The figures are printed per article and
over all of them; the floors are what the draft reaches, kept so that a change cannot quietly
make it worse.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefing.new.draft.records import Meta, draft_records

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
EXPECTED: dict[str, Any] = yaml.safe_load((ARTICLES / "expected.yml").read_text(encoding="utf-8"))


def words(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def score(name: str) -> dict[str, int]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    draft = draft_records(text, Meta("A test briefing", dt.date(2024, 3, 15), "test"))
    expected = {(p, words(start)): ([who] if isinstance(who, str) else who)
                for p, start, who in EXPECTED[name]["quotes"]}
    drafted = [(q["paragraphs"][0], words(q["text"]), q["speaker"])
               for q in draft.data.get("quotes", [])]
    matched = {key: speaker for p, text_, speaker in drafted for key in expected
               if key[0] == p and text_.startswith(key[1])}
    return {"expected": len(expected), "drafted": len(drafted), "found": len(matched),
            "right": sum(1 for key, speaker in matched.items() if speaker in expected[key]),
            "paragraphs_ok": int(len(draft.paragraphs) == EXPECTED[name]["paragraphs"])}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_has_its_article_and_the_paragraphs_are_counted_right(name: str) -> None:
    assert score(name)["paragraphs_ok"] == 1


def test_quote_spans_and_speakers_over_all_fixtures() -> None:
    total = {"expected": 0, "drafted": 0, "found": 0, "right": 0, "paragraphs_ok": 0}
    print()
    for name in sorted(EXPECTED):
        figures = score(name)
        print(f"{name:15} spans {figures['found']}/{figures['expected']} "
              f"({figures['drafted']} drafted), speakers right {figures['right']}/{figures['expected']}")
        total = {key: total[key] + figures[key] for key in total}
    precision = total["found"] / total["drafted"]
    recall = total["found"] / total["expected"]
    accuracy = total["right"] / total["expected"]
    print(f"all {len(EXPECTED)} articles: spans {total['found']}/{total['expected']} found, "
          f"{total['drafted']} drafted (precision {precision:.2f}, recall {recall:.2f}); "
          f"speakers right {total['right']}/{total['expected']} ({accuracy:.2f}); "
          f"paragraph counts right {total['paragraphs_ok']}/{len(EXPECTED)}")
    # Reached: precision 1.00, recall 0.99, speakers 0.99 over 16 articles (81 spans); six of
    # them were held out while the rules were written (see expected.yml) and scored lower first.
    assert precision >= 0.97 and recall >= 0.95 and accuracy >= 0.95
    assert total["paragraphs_ok"] == len(EXPECTED)
