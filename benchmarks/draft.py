"""Draft time: `python -m benchmarks.draft`; `benchmarks.run` records it too (`--quick` included).

A 3,000-word article is made from the seed and the test articles (each kind of text the draft
handles) repeated. Issue 18's target: drafted in at most 2 s. Seconds swing with the machine's
load, so the draft is also timed against two yardsticks run on the same text in the same
process: pySBD segmenting it as its documentation shows (`Segmenter(char_span=True)`, code the
project does not change, so the ratio compares runs across versions of the drafter), and the
drafter's own sentence splitting (pySBD's rules without its per-sentence regular expressions,
the one library step every rule waits on: the ratio says what the rules themselves cost).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pysbd

from briefing.new.draft import givennames, sentences
from briefing.new.draft.paragraphs import split_article
from briefing.new.draft.records import Meta, draft_records

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds" / "000_8b72f97d2236e7b8.txt",
           *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))]
TARGET_S = 2.0


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
    """A 3,000-word article: the draft's best time of `repeats`, and its ratio to each yardstick."""
    text = article(words)
    meta = Meta("Benchmark", dt.date(2023, 7, 18), "benchmark")
    paragraphs = split_article(text).paragraphs
    start = time.perf_counter()
    givennames.is_given_name("Anna")  # read once per process, as `briefing new` does
    load_s = time.perf_counter() - start
    draft_s = _best(lambda: draft_records(text, meta), repeats)
    split_s = _best(lambda: [sentences.sentence_spans(p) for p in paragraphs], repeats)
    plain = pysbd.Segmenter(language="en", clean=False, char_span=True)
    pysbd_s = _best(lambda: [plain.segment(p) for p in paragraphs], repeats)
    result = draft_records(text, meta)
    return {"words": len(text.split()), "paragraphs": len(paragraphs), "draft_s": round(draft_s, 3),
            "given_names_load_s": round(load_s, 3), "target_s": TARGET_S,
            "pysbd_s": round(pysbd_s, 3), "ratio_to_pysbd": round(draft_s / pysbd_s, 2),
            "sentence_split_s": round(split_s, 3), "ratio_to_sentence_split": round(draft_s / split_s, 2),
            "quotes": len(result.data.get("quotes", [])), "people": len(result.data.get("people", []))}


def table(found: dict[str, Any]) -> str:
    return ("| Draft of | Draft, s (target) | Given names read once, s | pySBD alone, s | "
            "Ratio to pySBD | Own sentence split, s | Ratio to it |\n"
            "|---|---:|---:|---:|---:|---:|---:|\n"
            f"| {found['words']:,} words, {found['paragraphs']} paragraphs | {found['draft_s']:.2f} "
            f"(≤ {found['target_s']:.0f}) | {found['given_names_load_s']:.2f} | {found['pysbd_s']:.2f} | "
            f"**{found['ratio_to_pysbd']:.2f}** | {found['sentence_split_s']:.2f} | "
            f"{found['ratio_to_sentence_split']:.2f} |\n")


def record(root: Path = ROOT) -> dict[str, Any]:
    """Measure again and put the result in benchmarks/results/results.json in place of the
    last draft entry, then redraw the benchmarks page from the file (the other entries are
    left as their own run measured them)."""
    from benchmarks import report

    path = root / "benchmarks" / "results" / "results.json"
    results = json.loads(path.read_text(encoding="utf-8"))
    found = measure()
    results["draft"] = found
    report.write_all(results, root)
    return found


if __name__ == "__main__":
    import sys

    found = record() if "--record" in sys.argv[1:] else measure()
    print(json.dumps(found, indent=1))
    print(table(found))
