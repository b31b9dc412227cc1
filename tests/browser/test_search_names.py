"""The page about a thing comes first when a reader searches for its name, spelt right or with
a typo; a typo is not reported "Missing"; a quoted phrase highlights only the phrase; a hit on
the article lands on its paragraph at every width. For every record of the seed that has a name.
"""

from __future__ import annotations

import pytest

from briefing.model.build import build_model
from briefing.model.urls import page_path, page_url
from browser.conftest import DESKTOP, PHONE, Tab, open_tab, save_report, search
from conftest import ROOT

pytestmark = pytest.mark.browser

MODEL = build_model(ROOT)
NAMED = [(kind, record) for kind in ("people", "organisations", "places", "topics", "meetings",
                                     "figures") for record in MODEL.all(kind)]
# What the first result says is missing from it ("Missing: kery").
_MISSING = """() => document.querySelector('.md-search-result__item')
  ?.querySelector('.md-search-result__terms')?.textContent.trim() || null"""


def typo(name: str) -> str | None:
    """The name with one letter dropped from the middle of its longest word (five letters or
    more), as a hurried reader types it; None for a name without such a word."""
    longest = max(name.split(), key=len)
    if len(longest) < 5 or not longest.isalpha():
        return None
    middle = len(longest) // 2
    return name.replace(longest, longest[:middle] + longest[middle + 1:], 1)


def clear(tab: Tab) -> None:
    """Empty the search box, as a reader does before the next search (no page load)."""
    box = tab.page.locator("input.md-search__input")
    if box.is_visible() and box.input_value():
        box.fill("")
        box.press("End")


def queries() -> list[tuple[str, str]]:
    table = [("Kerry", "/people/john-kerry/"), ("Kery", "/people/john-kerry/")]
    for kind, record in NAMED:
        address = "/" + page_url(page_path((kind, record.id)))
        table.append((record.name, address))
        if misspelt := typo(record.name):
            table.append((misspelt, address))
    return table


def test_a_records_page_comes_first_for_its_name_with_or_without_a_typo(tab: Tab) -> None:
    wrong, missing, ranks = [], [], {}
    tab.goto("")
    for query, expected in queries():
        clear(tab)
        shown = [result.split("?")[0].split("#")[0] for result in search(tab, query)]
        ranks[query] = shown.index(expected) + 1 if expected in shown else None
        if shown[0] != expected:
            wrong.append((query, expected, shown[:3]))
        if said := tab.page.evaluate(_MISSING):
            missing.append((query, said))
    save_report("search-name-ranks", {"ranks": ranks, "wrong": wrong, "missing": missing})
    assert wrong == []
    assert missing == []  # the page holds the name: no word of it is "Missing"
    assert tab.problems == []


@pytest.fixture(params=[DESKTOP, PHONE], ids=["1280px", "390px"])
def any_width(request: pytest.FixtureRequest, browser: object, seed_url: str) -> Tab:
    opened = open_tab(browser, seed_url, request.param)  # type: ignore[arg-type]
    request.addfinalizer(opened.page.context.close)
    return opened


_MARKS = """() => [...document.querySelectorAll('article mark[data-md-highlight]')]
  .map(mark => mark.textContent)"""
_MARKED = "() => document.querySelectorAll('article mark[data-md-highlight]').length > 0"
_FOUND = """() => { const p = document.querySelector('.briefing-paragraph.briefing-found');
  if (!p) return null; const box = p.getBoundingClientRect();
  return {id: p.id, seen: box.top >= 0 && box.bottom <= innerHeight}; }"""


def reveal(tab: Tab, selector: str) -> None:
    """Scroll the result list, as a reader does, until a result matching `selector` is shown
    (Material shows ten results, and more as the list is scrolled)."""
    for _ in range(20):
        if tab.page.locator(selector).count():
            return
        tab.page.evaluate("() => { const list = document.querySelector('.md-search__scrollwrap');"
                          " list.scrollTop = list.scrollHeight; }")
        tab.page.wait_for_timeout(200)


@pytest.mark.parametrize(("query", "paragraph"), [
    ("unwavering", "p9"),
    ("unwavring", "p9"),  # a typo: the hit still knows its word, and lands
    ('"fresh start"', "p11"),
])
def test_a_hit_on_the_article_lands_on_its_paragraph(any_width: Tab, query: str,
                                                     paragraph: str) -> None:
    tab = any_width
    tab.goto("")
    search(tab, query)
    reveal(tab, '.md-search-result__item > a[href*="article/"]')
    assert tab.page.locator('.md-search-result__item > a[href*="article/"]').count()
    tab.page.locator('.md-search-result__item > a[href*="article/"]').first.click()
    tab.page.wait_for_url("**/article/**")
    tab.page.wait_for_function("() => !!document.querySelector('.briefing-found')")
    tab.page.wait_for_timeout(500)  # the search dialog closes after the page has come
    assert tab.page.evaluate(_FOUND) == {"id": paragraph, "seen": True}
    assert tab.problems == []


def test_a_quoted_phrase_highlights_the_phrase_only(any_width: Tab) -> None:
    tab = any_width
    tab.goto("")
    search(tab, '"change the dynamics"')
    tab.page.locator('.md-search-result__item > a[href*="quotes/"]').first.click()
    tab.page.wait_for_url("**/quotes/**")
    tab.page.wait_for_function(_MARKED)
    marks = tab.page.evaluate(_MARKS)
    save_report("phrase-highlight", marks)
    assert {mark.lower() for mark in marks} == {"change the dynamics"}, marks
    tab.goto("article/")
    search(tab, '"fresh start"')
    reveal(tab, '.md-search-result__item > a[href*="article/"]')
    tab.page.locator('.md-search-result__item > a[href*="article/"]').first.click()
    tab.page.wait_for_function(_MARKED)
    assert {mark.lower() for mark in tab.page.evaluate(_MARKS)} == {"fresh start"}


def test_a_quoted_phrase_puts_its_own_pages_then_the_article_first(any_width: Tab) -> None:
    """'"fresh start"': the statement whose gist holds it, then the article that says it, before
    the pages that list the statement (the article came 11th, past the first screen)."""
    tab = any_width
    tab.goto("")
    search(tab, '"fresh start"')
    links = tab.page.eval_on_selector_all(".md-search-result__item > a",
                                          "(all) => all.map((a) => a.getAttribute('href'))")
    kinds = [link.split("?")[0].split("#")[0].rstrip("/").split("/")[-2:] for link in links]
    article = next(index for index, kind in enumerate(kinds) if kind[-1] == "article")
    assert article <= 2 and all(kind[0] == "statements" for kind in kinds[:article]), links
