"""The Pagefind option (`extra.briefing.search: pagefind`) answers readers as the default search
does: the same table of names, spelt right and with a typo, puts each record's own page first
(tests/browser/test_search_names.py); no word is called "Missing"; a quoted phrase finds its
page and highlights only the phrase there; a hit on the article lands on its paragraph. At
1280 and 390 px, on the seed briefing built with Pagefind."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser

from browser.conftest import DESKTOP, PHONE, Tab, open_tab, save_report
from browser.test_search_names import queries
from conftest import pagefind_site
from localserver import serving

pytestmark = pytest.mark.browser

# The engine's list says which query it answers; any other list is read once it settles.
_ANSWERS = """() => document.querySelector('.briefing-pf-results')?.dataset.query ?? null"""
_RESULTS = """() => [...document.querySelectorAll('.md-search__inner a[href]')]
  .map(a => { const url = new URL(a.href); return url.pathname + url.search; })"""
SETTLE = 6  # seconds a list without its query may take to settle (not a speed test)
_MARKS = """() => [...document.querySelectorAll('article mark[data-md-highlight]')]
  .map(mark => mark.textContent)"""


@pytest.fixture(scope="module")
def pagefind_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = pagefind_site(tmp_path_factory.mktemp("pagefind-seed"))
    assert (project / "site" / "pagefind" / "briefing-words.json").is_file()
    with serving(project / "site") as base:
        yield base


def find(tab: Tab, query: str) -> list[str]:
    """Type `query` into the header's search box (opened from its icon on a phone); the
    addresses of the results, best first."""
    box = tab.page.locator(".md-search__inner input").first
    if not box.is_visible():
        tab.page.locator("label.md-header__button[for=__search]").click()
    box.fill(query)
    deadline, shown = time.monotonic() + SETTLE, []
    while time.monotonic() < deadline:
        tab.page.wait_for_timeout(150)
        if tab.page.evaluate(_ANSWERS) == query:
            return list(tab.page.evaluate(_RESULTS))
        shown = tab.page.evaluate(_RESULTS)
    return list(shown)


@pytest.fixture(params=[DESKTOP, PHONE], ids=["1280px", "390px"])
def width_tab(request: pytest.FixtureRequest, browser: Browser, pagefind_url: str) -> Tab:
    opened = open_tab(browser, pagefind_url, request.param)
    request.addfinalizer(opened.page.context.close)
    return opened


def test_a_records_page_comes_first_for_its_name_with_or_without_a_typo(width_tab: Tab) -> None:
    tab = width_tab
    tab.goto("")
    wrong, missing, ranks = [], [], {}
    for query, expected in queries():
        shown = [result.split("?")[0] for result in find(tab, query)]
        ranks[query] = shown.index(expected) + 1 if expected in shown else None
        if not shown or shown[0] != expected:
            wrong.append((query, expected, shown[:3]))
        drawer = tab.page.locator(".md-search__inner").inner_text()
        if "missing" in drawer.lower():
            missing.append(query)
    save_report(f"pagefind-name-ranks-{tab.page.viewport_size['width']}", {  # type: ignore[index]
        "ranks": ranks, "wrong": wrong, "missing": missing})
    assert wrong == []
    assert missing == []
    assert tab.problems == []


def test_a_quoted_phrase_finds_its_page_and_highlights_only_the_phrase(width_tab: Tab) -> None:
    tab = width_tab
    tab.goto("")
    results = find(tab, '"change the dynamics"')
    assert results and results[0].startswith("/quotes/kerry-biden-change-the-dynamics/"), results
    tab.page.locator(".md-search__inner a[href]").first.click()
    tab.page.wait_for_url("**/quotes/kerry-biden-change-the-dynamics/**")
    tab.page.wait_for_function("() => document.querySelectorAll('article mark').length > 0")
    marks = tab.page.evaluate(_MARKS)
    assert {mark.lower() for mark in marks} == {"change the dynamics"}, marks
    assert tab.problems == []


@pytest.mark.parametrize("query", ["unwavering", "unwavring"])  # a word of the text; a typo of it
def test_a_hit_on_the_article_lands_on_its_paragraph(width_tab: Tab, query: str) -> None:
    tab = width_tab
    tab.goto("")
    results = find(tab, query)
    assert any(result.startswith("/article/") for result in results), results
    tab.page.locator('.md-search__inner a[href*="/article/"]').first.click()
    tab.page.wait_for_url("**/article/**")
    tab.page.wait_for_function("() => !!document.querySelector('.briefing-found')")
    tab.page.wait_for_timeout(500)  # the search dialog closes after the page has come
    found = tab.page.evaluate("""() => { const p = document.querySelector('.briefing-found');
      const box = p.getBoundingClientRect(); return {id: p.id, seen: box.top >= 0
      && box.bottom <= innerHeight}; }""")
    assert found == {"id": "p9", "seen": True}
    assert tab.problems == []


def test_the_search_box_and_its_results_have_no_serious_violation(width_tab: Tab) -> None:
    tab = width_tab
    tab.goto("")
    assert find(tab, "Kerry")
    violations: list[dict[str, Any]] = Axe().run(tab.page).response["violations"]
    severe = [(v["id"], [node["target"] for node in v["nodes"]][:5]) for v in violations
              if v["impact"] in ("serious", "critical")]
    assert severe == []


def test_pagefind_leaves_the_default_build_alone(seed_site: Path) -> None:
    page = (seed_site / "index.html").read_text(encoding="utf-8")
    assert "briefing-pf-input" not in page and "pagefind" not in page


def test_a_quoted_phrase_puts_its_own_pages_then_the_article_first(width_tab: Tab) -> None:
    tab = width_tab
    tab.goto("")
    results = [result.split("?")[0].rstrip("/").split("/")[-2:] for result in find(tab, '"fresh start"')]
    article = next(index for index, kind in enumerate(results) if kind[-1] == "article")
    assert article <= 2 and all(kind[0] == "statements" for kind in results[:article]), results
