"""The benchmark prints the share cards' cost on a line of its own (benchmarks/report.py),
measured by drawing the cards of a real briefing (benchmarks/cards.py)."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks import cards, report

from conftest import MINI


def test_the_share_cards_cost_has_a_line_of_its_own() -> None:
    cost = cards.cost(MINI, 12)
    assert cost["sample"] > 0 and cost["ms_per_card_drawn"] > cost["ms_per_card_cached"]
    line = report.cards_line("mini", {"pages": 12, "cards": cost})
    assert "\n" not in line
    assert re.fullmatch(r"share cards \(mini, 12 pages\): [\d.]+ ms per card drawn, [\d.]+ ms from "
                        r"the cache; \+[\d.]+ s CPU on a first build, \+[\d.]+ s on later builds "
                        r"\(sample of \d+\)", line), line
    assert report.cards_line("hub", {"pages": 3}) == "share cards (hub): none drawn"


def test_a_new_run_keeps_the_findings_written_on_the_page() -> None:
    old = ("# Benchmarks\n\nold table\n\n## Where the time went\n\nwritten by hand\n\n"
           "## A hub\n\nalso by hand\n\n## Machine and versions\n\nold machine\n")
    new = "# Benchmarks\n\nnew table\n\n## Machine and versions\n\nnew machine\n\n## Rerun\n\nmake bench\n"
    assert report.keep_written(old, new) == (
        "# Benchmarks\n\nnew table\n\n## Where the time went\n\nwritten by hand\n\n"
        "## A hub\n\nalso by hand\n\n## Machine and versions\n\nnew machine\n\n## Rerun\n\nmake bench\n")
    assert report.keep_written("", new) == new


def test_the_benchmarks_page_stays_out_of_the_briefings_search() -> None:
    # the page `make bench` writes and the one in the repository both open with the exclusion
    page = (Path(__file__).parent.parent / "docs" / "benchmarks.md").read_text(encoding="utf-8")
    assert page.startswith(report.SEARCH_EXCLUDED + "# Benchmarks\n")
    rerun = report.keep_written(page, report.SEARCH_EXCLUDED + "# Benchmarks\n\nnew\n")
    assert rerun.startswith(report.SEARCH_EXCLUDED)
