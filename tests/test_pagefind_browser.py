"""`extra.briefing.search: pagefind`: the header's search box finds records through Pagefind."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from conftest import MINI, pagefind_site
from localserver import serving

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pagefind_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini briefing built with Pagefind; returns a folder that holds the site in `site/`.

    The site is served from below the server's root, as on GitHub Pages (`/<repo>/`).
    """
    return pagefind_site(tmp_path_factory.mktemp("pagefind"), MINI)


@pytest.fixture
def page(pagefind_root: Path) -> Iterator[Page]:
    with serving(pagefind_root) as base, sync_playwright() as playwright, \
            tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS,
            viewport={"width": 1280, "height": 800})
        tab = context.new_page()
        tab.base = base + "site/"  # type: ignore[attr-defined]
        yield tab
        context.close()


def test_pagefind_replaces_materials_index(pagefind_root: Path) -> None:
    site = pagefind_root / "site"
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert not (site / "search" / "search_index.json").exists()
    assert (site / "pagefind" / "briefing-words.json").is_file()
    assert "briefing-pf-input" in (site / "people" / "index.html").read_text(encoding="utf-8")


def test_search_box_finds_a_person_and_opens_the_page(page: Page) -> None:
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page.base + "topics/")  # type: ignore[attr-defined]
    page.locator(".briefing-pf-input").fill("Lovelace")
    first = page.locator(".briefing-pf-link").first
    first.wait_for(timeout=15_000)
    links = page.locator(".briefing-pf-link")
    hrefs = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
    assert hrefs[0].split("?")[0].endswith("/site/people/ada-lovelace/"), hrefs
    first.click()
    page.wait_for_url("**/site/people/ada-lovelace/**")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Ada Lovelace"
    assert not [url for url in requests if "search_index.json" in url]
    assert not errors
