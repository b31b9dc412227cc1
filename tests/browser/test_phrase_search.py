"""A quoted phrase in Material's search box finds its words side by side and in that order,
not every page that holds them somewhere (real examples from the seed's article)."""

from __future__ import annotations

import html
import json
import re
import time
from pathlib import Path

import pytest

from browser.conftest import SEARCH_DEADLINE, Tab, save_report, search, type_query

pytestmark = pytest.mark.browser

_SHOWN = """() => ({meta: document.querySelector('.md-search-result__meta').textContent,
  results: [...document.querySelectorAll('.md-search-result__item > a')]
    .map(a => new URL(a.href).pathname)})"""


def search_or_nothing(tab: Tab, query: str) -> list[str]:
    """Like `search`, but an answer of "no matching documents" is a result too (empty)."""
    type_query(tab, query)
    deadline, previous = time.monotonic() + SEARCH_DEADLINE, None
    while time.monotonic() < deadline:
        tab.page.wait_for_timeout(200)
        shown = tab.page.evaluate(_SHOWN)
        if "Type to start" not in shown["meta"] and shown == previous:
            return list(shown["results"])
        previous = shown
    raise AssertionError(f"results of {query!r} did not settle: {previous}")


def words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", html.unescape(re.sub(r"<[^>]*>", " ", text)).lower()))


def page_words(site: Path, address: str) -> str:
    """Every word the search index holds for one page (its own entry and its sections')."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    page = address.lstrip("/")
    return " | ".join(words(f"{doc['title']} {doc['text']}") for doc in index["docs"]
                      if doc["location"].split("#")[0] == page)


def test_a_quoted_phrase_finds_the_quote_that_says_it_first(tab: Tab) -> None:
    # "the" is a stop word lunr does not index: the phrase still finds its quote.
    tab.goto("")
    results = search(tab, '"change the dynamics"')
    assert results[0] == "/quotes/kerry-biden-change-the-dynamics/", results[:5]
    assert tab.problems == []


def test_words_that_stand_apart_do_not_match_a_quoted_phrase(tab: Tab) -> None:
    # The quote "values his relationship" holds both words: unquoted, it comes first.
    tab.goto("")
    assert search(tab, "values relationship")[0] == "/quotes/kerry-biden-values-relationship/"
    tab.goto("")
    apart = search_or_nothing(tab, '"values relationship"')
    assert "/quotes/kerry-biden-values-relationship/" not in apart[:1], apart
    tab.goto("")
    reversed_words = search_or_nothing(tab, '"start fresh"')  # the article says "fresh start"
    save_report("phrase-search", {"values relationship (quoted)": apart,
                                  "start fresh (quoted)": reversed_words})
    assert reversed_words == []
    assert tab.problems == []


def test_every_page_a_phrase_lists_holds_the_phrase(tab: Tab, seed_site: Path) -> None:
    tab.goto("")
    phrase = search(tab, '"fresh start"')
    tab.goto("")
    loose = search(tab, "fresh start")
    save_report("phrase-search-fresh-start", {"quoted": phrase, "unquoted": loose})
    assert phrase[0] == "/statements/kerry-talks-could-be-fresh-start/", phrase
    pages = {result.split("#")[0] for result in phrase}
    assert all(" fresh start " in f" {page_words(seed_site, page)} " for page in pages), pages
