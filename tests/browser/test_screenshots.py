"""Key pages at desktop and phone widths, kept in test-artifacts/screenshots/ for a person to look
at; on a phone no page may be wider than the screen."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from browser.conftest import ARTIFACTS, DESKTOP, PHONE, open_tab

pytestmark = pytest.mark.browser

KEY_PAGES = {"home": "", "person": "people/john-kerry/", "meeting": "meetings/kerry-wang-yi-meeting/",
             "quote": "quotes/xi-unwavering/", "topic": "topics/methane/", "article": "article/",
             "timeline": "timeline/", "diagrams": "diagrams/"}


@pytest.mark.parametrize(("width", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_screenshots_of_key_pages(browser: Browser, seed_url: str, width: str,
                                  viewport: dict[str, int]) -> None:
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    tab = open_tab(browser, seed_url, viewport)
    overflowing = []
    for name, path in KEY_PAGES.items():
        tab.goto(path)
        shot = folder / f"{name}-{width}.png"
        tab.page.screenshot(path=str(shot), full_page=True, animations="disabled")
        assert shot.stat().st_size > 10_000, shot
        if tab.page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth"):
            overflowing.append(path)
    tab.page.context.close()
    assert overflowing == [] and tab.problems == []
