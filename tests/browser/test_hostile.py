"""The hostile corpus (tests/hostile/) in the browser: on every page of every hostile site no
payload runs (a payload that ran would set window.__pwned) on load, nor when every link and mark
is hovered and every focusable element takes the keyboard focus (tooltips and previews build
their content then); the data's text shows literally, and nothing breaks; search results, which
Material renders as HTML, run nothing either."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from browser.conftest import open_tab, search, site_pages
from browser.touch import PWNED, touch_everything
from hostile.fields import as_shown
from hostile.sites import cases, hostile_site
from localserver import serving

pytestmark = pytest.mark.browser

# What a page shows and whether anything from the data became live markup.
_INSPECT = """() => ({
  pwned: window.__pwned !== undefined,
  text: document.body.innerText,
  handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])
    .filter(a => a.name.startsWith('on')).map(a => `${a.ownerElement.tagName} ${a.name}`),
  scriptLinks: [...document.querySelectorAll('a[*|href]')]
    .map(a => a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))
    .filter(href => /^\\s*javascript:/i.test(href)),
})"""


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("case", sorted(cases()))
def test_no_payload_runs_and_the_text_shows_literally(
        browser: Browser, tmp_path_factory: pytest.TempPathFactory, case: str) -> None:
    hostile = hostile_site(case, tmp_path_factory)
    with serving(hostile.site) as base:
        tab = open_tab(browser, base)
        shown, touched = [], {}
        for path in site_pages(hostile.site):
            tab.goto(path)
            page = tab.page.evaluate(_INSPECT)
            assert not page["pwned"] and page["handlers"] == [] and page["scriptLinks"] == [], path
            shown.append(flat(page["text"]))
            touched[path] = touch_everything(tab)
            assert not tab.page.evaluate(PWNED), f"{path}: ran on hover or focus"
        tab.goto("people/ada-lovelace/")
        assert search(tab, "people.name")  # results are drawn from the hostile index
        assert not tab.page.evaluate("window.__pwned !== undefined")
        tab.page.context.close()
    missing = [field for field, value in hostile.values.items()
               if not any(form in text for text in shown for form in as_shown(field, flat(value)))]
    assert missing == [] and tab.problems == []
    # The walk reached the marks and the links to the other briefing, by pointer and by Tab.
    assert touched["people/ada-lovelace/"][0] > 20 and touched["people/ada-lovelace/"][1] > 20
