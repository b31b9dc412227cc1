"""Every page of the seed site in the browser: no console error, no failed request, and every
link leads to a page that exists and, with a #fragment, to an element that exists there."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
from playwright.sync_api import Browser

from browser.conftest import open_tab, save_report, site_pages

pytestmark = pytest.mark.browser

# Every element id and every link target, read from the live DOM after the theme's scripts ran.
# (SVG links carry xlink:href and have no string `href` property, hence getAttribute.)
_READ_PAGE = """() => ({
  ids: [...document.querySelectorAll('[id]')].map(e => e.id)
       .concat([...document.querySelectorAll('a[name]')].map(e => e.name)),
  links: [...document.querySelectorAll('a[*|href]')]
         .map(a => a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))
         .map(href => new URL(href, document.baseURI).href),
})"""


Visited = tuple[dict[str, set[str]], list[tuple[str, str]], list[str]]


def visit_all(browser: Browser, base: str, site: Path) -> Visited:
    """(ids by page path, (page, link) pairs, problems) for every page of `site`."""
    tab = open_tab(browser, base)
    ids: dict[str, set[str]] = {}
    links: list[tuple[str, str]] = []
    for path in site_pages(site):
        seen = len(tab.problems)
        tab.goto(path)
        found = tab.page.evaluate(_READ_PAGE)
        ids[path] = set(found["ids"])
        links += [(path, link) for link in found["links"]]
        tab.problems[seen:] = [f"{path}: {problem}" for problem in tab.problems[seen:]]
    tab.page.context.close()
    return ids, links, tab.problems


def broken(base: str, site: Path, ids: dict[str, set[str]], page: str, link: str) -> str | None:
    """Why a link is broken, or None. Links off this site are not followed (no network here)."""
    if not link.startswith(base):
        return None
    address, fragment = urldefrag(link)
    path = unquote(urlsplit(address).path).lstrip("/")
    if path not in ids:
        return None if (site / path).is_file() else f"{page}: no such page {link}"
    if fragment and unquote(fragment) not in ids[path]:
        return f"{page}: no element #{unquote(fragment)} on {path or 'home'}"
    return None


def test_every_page_loads_cleanly_and_every_link_and_anchor_resolves(
        browser: Browser, seed_url: str, seed_site: Path) -> None:
    ids, links, problems = visit_all(browser, seed_url, seed_site)
    internal = [link for _, link in links if link.startswith(seed_url)]
    anchored = [link for link in internal if urldefrag(link)[1]]
    save_report("browser-pages", {"pages visited": len(ids), "links checked": len(links),
                                  "internal links": len(internal), "links with an anchor": len(anchored),
                                  "outside links (not followed)": len(links) - len(internal)})
    assert len(ids) >= 90
    assert problems == [], "\n".join(problems)
    failures = [why for page, link in links if (why := broken(seed_url, seed_site, ids, page, link))]
    assert failures == []


def test_the_checks_themselves_catch_a_broken_link_an_error_and_a_failed_request(
        browser: Browser, seed_url: str, seed_site: Path) -> None:
    ids = {"": {"top"}, "people/": set()}
    assert broken(seed_url, seed_site, ids, "", seed_url + "people/#nobody")
    assert broken(seed_url, seed_site, ids, "", seed_url + "no-such-page/")
    assert broken(seed_url, seed_site, ids, "", seed_url + "#top") is None
    tab = open_tab(browser, seed_url)
    tab.goto("")
    tab.page.evaluate("() => { console.error('test'); return fetch('no-such-file.js'); }")
    tab.page.context.close()
    assert any("console error: test" in problem for problem in tab.problems)
    assert any(problem.startswith("HTTP 404") for problem in tab.problems)
