"""Draft time: `python -m benchmarks.draft`; `benchmarks.run` records it too.

A 3,000-word article is made from the seed and the test articles (each kind of text the draft
handles) repeated; the draft is timed against pySBD's sentence splitting of the same text, the
one library step every rule waits on, so the ratio says what the rules themselves cost.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from briefing.new.draft import sentences
from briefing.new.draft.paragraphs import split_article
from briefing.new.draft.records import Meta, draft_records

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds" / "000_8b72f97d2236e7b8.txt",
           *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))]


def article(words: int = 2000) -> str:
    """At least `words` words of wire copy, paragraphs one blank line apart."""
    paragraphs: list[str] = []
    sources = [split_article(source.read_text(encoding="utf-8")).paragraphs for source in SOURCES]
    count = 0
    while count < words:
        for paragraph in (p for found in sources for p in found):
            paragraphs.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n\n".join(paragraphs)


def _best(run: Any, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        sentences.sentence_spans.cache_clear()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def measure(repeats: int = 3, words: int = 3000) -> dict[str, Any]:
    """A 3,000-word article (issue 18's target: drafted in at most 2 s)."""
    text = article(words)
    meta = Meta("Benchmark", dt.date(2023, 7, 18), "benchmark")
    paragraphs = split_article(text).paragraphs
    draft_s = _best(lambda: draft_records(text, meta), repeats)
    split_s = _best(lambda: [sentences.sentence_spans(p) for p in paragraphs], repeats)
    result = draft_records(text, meta)
    return {"words": len(text.split()), "paragraphs": len(paragraphs), "draft_s": round(draft_s, 3),
            "sentence_split_s": round(split_s, 3), "ratio_to_sentence_split": round(draft_s / split_s, 2),
            "quotes": len(result.data.get("quotes", [])), "people": len(result.data.get("people", []))}


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))
