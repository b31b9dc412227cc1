"""The tooltips whose words come from data (why a value carries a †) open on hover and on
keyboard focus, describe their element, hold text only, and close on Escape."""

from __future__ import annotations

import pytest

from browser.conftest import Tab

pytestmark = pytest.mark.browser

_TIP = """() => { const tip = document.querySelector('#briefing-tip');
  return tip && !tip.hidden ? {text: tip.textContent, elements: tip.children.length} : null; }"""
_MARK = "article .briefing-inferred"


@pytest.mark.parametrize("how", ["hover", "focus"])
def test_an_inferred_mark_shows_its_reason_as_text_and_escape_closes_it(tab: Tab, how: str) -> None:
    tab.goto("meetings/kerry-wang-yi-meeting/")
    mark = tab.page.locator(_MARK).first
    reason = mark.get_attribute("data-briefing-tip")
    assert reason and reason.startswith("Not stated in the article")
    assert mark.get_attribute("title") is None  # Material would render a title as HTML
    getattr(mark, how)()
    shown = tab.page.evaluate(_TIP)
    assert shown == {"text": reason, "elements": 0}
    assert mark.get_attribute("aria-describedby") == "briefing-tip"
    tab.page.keyboard.press("Escape")
    assert tab.page.evaluate(_TIP) is None and mark.get_attribute("aria-describedby") is None
    assert tab.problems == []
