"""One Chromium for the session, built sites served on localhost, and tabs that record trouble.

The browser is Debian's Chromium (Playwright's own download does not work here). A missing
browser fails every browser test; it never skips them: `make install-test` installs it.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from conftest import ROOT, mkdocs, site_project
from localserver import free_port, serving

CHROMIUM = Path(os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium"))
# No network, sync, updates or first-run work: only the page under test talks.
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


# One browser for every test of this folder. Package scope, not session: Playwright's sync API
# allows one running instance per thread, and tests elsewhere start their own.
@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}; `make install-test` installs it. "
                    "Browser tests fail without it, they never skip.")
    # launch() starts from a fresh, empty profile in a temporary folder of its own.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="package")
def seed_port() -> int:
    return free_port()


@pytest.fixture(scope="package")
def seed_site(tmp_path_factory: pytest.TempPathFactory, seed_port: int) -> Path:
    """The seed briefing built once for the browser tests, with the `site_url` it is served at:
    Material's instant previews (and instant navigation) only follow links listed in the
    sitemap, which MkDocs leaves empty without a `site_url`. `mkdocs serve` and the deploy
    workflow set one too."""
    project = site_project(tmp_path_factory.mktemp("browser-seed"))
    result = mkdocs(project, "build", "--strict", "-d", "site",
                    env={"SITE_URL": f"http://127.0.0.1:{seed_port}/"})
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="package")
def seed_url(seed_site: Path, seed_port: int) -> Iterator[str]:
    with serving(seed_site, seed_port) as url:
        yield url


@dataclass
class Tab:
    """A page that records every console error, uncaught exception and failed request."""

    page: Page
    base: str
    problems: list[str] = field(default_factory=list)

    def goto(self, path: str) -> None:
        self.page.goto(self.base + path, wait_until="load")

    def watch(self) -> None:
        self.page.on("console", lambda message: self.problems.append(
            f"console {message.type}: {message.text}") if message.type == "error" else None)
        self.page.on("pageerror", lambda error: self.problems.append(f"exception: {error}"))
        self.page.on("requestfailed", self._request_failed)
        self.page.on("response", lambda response: self.problems.append(
            f"HTTP {response.status}: {response.url}") if response.status >= 400 else None)


    def _request_failed(self, request: Any) -> None:
        # ERR_ABORTED is a request the browser dropped because the test moved on to the next
        # page (the favicon, the search worker); a missing file shows as an HTTP error instead.
        if request.failure != "net::ERR_ABORTED":
            self.problems.append(f"request failed: {request.url} ({request.failure})")


def open_tab(browser: Browser, base: str, viewport: dict[str, int] = DESKTOP) -> Tab:
    context = browser.new_context(viewport=viewport)  # type: ignore[arg-type]
    tab = Tab(context.new_page(), base)
    tab.watch()
    return tab


@contextmanager
def tab_on(browser: Browser, base: str, viewport: dict[str, int] = DESKTOP) -> Iterator[Tab]:
    """A tab on the site at `base`, in a context of its own, closed afterwards."""
    opened = open_tab(browser, base, viewport)
    try:
        yield opened
    finally:
        opened.page.context.close()


@pytest.fixture
def tab(browser: Browser, seed_url: str) -> Iterator[Tab]:
    """A desktop-sized tab on the seed site, in a context of its own."""
    with tab_on(browser, seed_url) as opened:
        yield opened


def site_pages(site: Path) -> list[str]:
    """Address of every HTML page of a built site, relative to its root, e.g. `people/wang-yi/`."""
    pages = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        pages.append(relative.removesuffix("index.html"))
    return pages


def save_report(name: str, figures: Any) -> None:
    """Figures a run measured, kept in test-artifacts/ for the closing note of the issue."""
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{name}.json").write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n")


SEARCH_DEADLINE = 10  # seconds: how long results may take to appear at all (not a speed test)
_RESULTS = """() => [...document.querySelectorAll('.md-search-result__item > a')]
  .map(a => { const url = new URL(a.href); return url.pathname + url.hash; })"""


def type_query(tab: Tab, query: str) -> None:
    """Type `query` into Material's search box, once its worker can take it."""
    box = tab.page.locator("input.md-search__input")
    if (tab.page.viewport_size or DESKTOP)["width"] < 960:  # a phone: the box opens from an icon
        tab.page.locator("label.md-header__button[for=__search]").click()
    else:
        box.click()
    # Until the worker has loaded the index, Material drops what is typed.
    tab.page.wait_for_function(
        "() => document.querySelector('.md-search-result__meta').textContent.includes('Type to start')")
    box.fill(query)
    box.press("End")  # a key, as typing ends with one: Material searches on keyboard events


def search(tab: Tab, query: str) -> list[str]:
    """Put `query` in the search box; the result addresses, best first, once they stop changing."""
    type_query(tab, query)
    shown: list[str] = []
    deadline = time.monotonic() + SEARCH_DEADLINE
    while time.monotonic() < deadline:
        tab.page.wait_for_timeout(100)
        previous, shown = shown, tab.page.evaluate(_RESULTS)
        if shown and shown == previous:
            return shown
    raise AssertionError(f"waited {SEARCH_DEADLINE} s for the results of {query!r} to appear and "
                         f"stop changing; last shown: {shown}")
