"""Material's search box, typed into like a reader does: the page a reader wants comes first."""

from __future__ import annotations

from typing import Any

import pytest

from briefing.model.build import build_model
from browser.conftest import Tab, save_report, search
from conftest import ROOT

pytestmark = pytest.mark.browser

RANKS: dict[str, int | None] = {}  # quote id -> rank of its page for its middle phrase
QUOTES = [quote for quote in build_model(ROOT).all("quotes") if len(quote.text.split()) >= 8]


@pytest.mark.parametrize(("query", "expected"), [
    ("methane", "/topics/methane/"),
    ("unwavering", "/quotes/xi-unwavering/"),
    ("Xie", "/people/xie-zhenhua/"),
    ("Great Hall", "/places/great-hall-of-the-people/"),
])
def test_the_expected_page_comes_first(tab: Tab, query: str, expected: str) -> None:
    tab.goto("")
    assert search(tab, query)[0] == expected
    assert tab.problems == []


@pytest.mark.parametrize("quote", QUOTES, ids=[quote.id for quote in QUOTES])
def test_a_quote_is_found_by_a_phrase_from_its_middle(tab: Tab, quote: Any) -> None:
    """Among the first three results: Material adds a trailing wildcard to every word, so the
    small words of a long phrase ("a", "me", "us") match widely and can lift a neighbour."""
    words = quote.text.split()
    middle = " ".join(words[len(words) // 3: len(words) - len(words) // 3])  # the middle third
    tab.goto("")
    shown = search(tab, middle)
    RANKS[quote.id] = shown.index(f"/quotes/{quote.id}/") + 1 if f"/quotes/{quote.id}/" in shown else None
    save_report("search-quote-ranks", RANKS)
    assert f"/quotes/{quote.id}/" in shown[:3], (middle, shown[:3])
