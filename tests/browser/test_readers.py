"""What a reader gets on the real seed build: previews on hover, a page that fits a phone, its
own description, a citation to copy, forgiving search, and no empty section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from briefing.model.build import build_model
from browser.conftest import PHONE, Tab, open_tab, save_report, search, site_pages
from conftest import ROOT

pytestmark = pytest.mark.browser

MODEL = build_model(ROOT)
_PREVIEW = """() => [...document.querySelectorAll('.md-tooltip2--active')]
  .map(element => element.innerText).join(' ')"""


def words(text: str) -> str:
    return " ".join(text.split())


def preview_of(tab: Tab, selector: str) -> str:
    """Hover the first link matching `selector`; the text of the preview that opens."""
    tab.page.mouse.move(0, 0)
    tab.page.wait_for_function(f"() => ({_PREVIEW})().length === 0")  # the last one has closed
    tab.page.locator(selector).first.hover()
    tab.page.wait_for_function(f"() => ({_PREVIEW})().length > 0")
    return words(tab.page.evaluate(_PREVIEW))


def test_hovering_a_person_a_quote_and_a_paragraph_link_previews_its_gist(tab: Tab) -> None:
    kerry = MODEL.records["people"]["john-kerry"]
    xi_quote = MODEL.records["quotes"]["xi-unwavering"]
    tab.goto("quotes/")
    shown = preview_of(tab, 'article a[href$="people/john-kerry/"]')
    assert words(kerry.description) in shown and kerry.roles[0].title in shown
    shown = preview_of(tab, 'article a[href$="quotes/xi-unwavering/"]')
    assert f"“{xi_quote.text}”" in shown and "Xi Jinping" in shown
    shown = preview_of(tab, f'article a[href$="article/#p{xi_quote.paragraph}"]')
    paragraph = words(MODEL.article.paragraph(xi_quote.paragraph))
    assert paragraph in shown
    assert len(shown) < len(paragraph) + 20  # that paragraph only, not the rest of the article
    assert tab.problems == []


_FITS = """() => ({width: document.documentElement.scrollWidth,
  empty: [...document.querySelectorAll('article h2')].filter(heading => {
    let text = '';
    for (let next = heading.nextElementSibling; next && !/^H[12]$/.test(next.tagName);
         next = next.nextElementSibling) text += next.textContent;
    return !text.trim() || /^(None\\.?|—|-)$/.test(text.trim());
  }).map(heading => heading.textContent)})"""


def test_at_390_px_no_page_scrolls_sideways_and_no_section_is_empty(
        browser: Browser, seed_url: str, seed_site: Path) -> None:
    tab = open_tab(browser, seed_url, PHONE)
    widths, empty = {}, {}
    for path in site_pages(seed_site):
        tab.goto(path)
        found = tab.page.evaluate(_FITS)
        widths[path] = found["width"]
        if found["empty"]:
            empty[path] = found["empty"]
    save_report("phone-widths", widths)
    assert len(widths) > 80
    assert {path: width for path, width in widths.items() if width > PHONE["width"]} == {}
    assert empty == {}
    tab.page.context.close()


_DESCRIPTION = re.compile(r'<meta property="og:description" content="([^"]*)">')


def test_every_page_has_its_own_og_description(seed_site: Path) -> None:
    seen: dict[str, str] = {}
    for html in sorted(seed_site.rglob("index.html")):
        found = _DESCRIPTION.findall(html.read_text(encoding="utf-8"))
        assert len(found) == 1, html
        assert found[0] not in seen, (html, seen.get(found[0]))
        seen[found[0]] = str(html)
    assert len(seen) > 80


@pytest.mark.parametrize(("query", "expected"), [
    ("Kery", "/people/john-kerry/"),  # one letter missing
    ("习近平", "/people/xi-jinping/"),  # his name in Chinese characters
    ("Xie Zhenuha", "/people/xie-zhenhua/"),  # two letters swapped
])
def test_search_forgives_a_typo_and_finds_chinese_names(tab: Tab, query: str,
                                                         expected: str) -> None:
    tab.goto("")
    results = [result.split("#")[0] for result in search(tab, query)]
    # Among the first three: a word one edit away scores below the same word spelt right, so
    # short pages that mention Kerry can come before his own.
    assert expected in results[:3], results[:5]


def test_a_search_hit_on_the_article_lands_on_its_paragraph(tab: Tab) -> None:
    tab.goto("")
    hits = [hit for hit in search(tab, "unwavering") if hit.startswith("/article/")]
    assert hits, "the article is among the results"
    tab.page.locator('.md-search-result__item > a[href*="article/"]').first.click()
    found = tab.page.locator(".briefing-paragraph.briefing-found")
    found.wait_for()
    assert found.get_attribute("id") == "p9"
    assert found.evaluate("p => { const box = p.getBoundingClientRect(); "
                          "return box.top >= 0 && box.bottom <= innerHeight; }")


def test_a_meeting_page_does_not_link_to_itself(seed_site: Path) -> None:
    for meeting in MODEL.all("meetings"):
        html = (seed_site / "meetings" / meeting.id / "index.html").read_text(encoding="utf-8")
        article = html[html.index("<article"):html.index("</article>")]
        assert f'href="../{meeting.id}/"' not in article and 'href="./"' not in article


_FOLD = """() => [...document.querySelectorAll(
  '.briefing-lead, .briefing-facts, .briefing-key-quote, .briefing-key-figures')]
  .map(element => ({cls: element.className || element.textContent,
                    bottom: element.getBoundingClientRect().bottom}))"""


def test_the_home_page_says_what_when_where_who_key_quotes_and_figures_above_the_fold(
        tab: Tab) -> None:
    tab.goto("")
    shown = tab.page.evaluate(_FOLD)
    assert len(shown) == 5, shown  # lead, facts, two key quotes, the key figures
    assert all(item["bottom"] <= 800 for item in shown), shown
    facts = words(tab.page.locator(".briefing-facts").inner_text())
    assert all(word in facts for word in ("When:", "Where:", "Who:", "Beijing", "John Kerry"))
    figures = tab.page.locator(".briefing-key-figures")
    assert figures.locator('a[href$="figures/"]').count() == 1  # all figures, one link away
