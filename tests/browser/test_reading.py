"""A reader's path through the seed site: from the home page to the sentence a quote came from,
along the timeline, and over the pictures."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from briefing.core.dates import sort_key
from briefing.model.build import build_model
from browser.conftest import Tab
from conftest import ROOT

pytestmark = pytest.mark.browser

MODEL = build_model(ROOT)
_TARGET_STYLE = """id => {
  const element = document.getElementById(id);
  const style = getComputedStyle(element);
  return {target: element.matches(':target'), border: style.borderLeftColor,
          background: style.backgroundColor, text: element.innerText};
}"""
TRANSPARENT = ("rgba(0, 0, 0, 0)", "transparent")


def test_home_to_person_to_quote_to_the_highlighted_source_paragraph(tab: Tab) -> None:
    tab.goto("")
    tab.page.locator("article a[href$='people/john-kerry/']").first.click()
    tab.page.wait_for_url("**/people/john-kerry/")
    tab.page.locator("article a[href*='/quotes/']").first.click()
    tab.page.wait_for_url("**/quotes/*/")
    quote = MODEL.records["quotes"][tab.page.url.rstrip("/").rsplit("/", 1)[1]]
    tab.page.get_by_role("link", name=f"Read paragraph {quote.paragraph} in the article").click()
    tab.page.wait_for_url(f"**/article/#p{quote.paragraph}")
    paragraph = tab.page.locator(f"#p{quote.paragraph}")
    expect(paragraph).to_be_in_viewport()
    shown = tab.page.evaluate(_TARGET_STYLE, f"p{quote.paragraph}")
    assert shown["target"] and shown["border"] not in TRANSPARENT
    assert shown["background"] not in TRANSPARENT
    assert " ".join(quote.text.split()) in " ".join(shown["text"].split())
    assert tab.problems == []


def _reading_order(record: Any) -> str:
    """A date sorts as itself; one the article places after a day ('later this year', `after:`)
    sorts after every dated record of its period ('2023' -> 2023-99-99)."""
    return sort_key(record.date, getattr(record, "after", None))


def test_the_timeline_lists_events_in_date_order(tab: Tab) -> None:
    """Partial dates stand at the start of their period: '2023' before '2023-07-16'."""
    tab.goto("timeline/")
    ids = tab.page.locator("article h3").evaluate_all("hs => hs.map(h => h.id)")
    entries = MODEL.all("timeline")
    assert ids == [entry.id for entry in sorted(entries, key=_reading_order)]
    assert sort_key("2023") < sort_key("2023-07") < sort_key("2023-07-01")
    # The first text node: a date's mark (†) holds its reason in a <title>.
    drawn = tab.page.locator(".briefing-timeline svg .tl-date").evaluate_all(
        "dates => dates.map(date => date.firstChild.textContent)")
    events = sorted((meeting for meeting in MODEL.all("meetings") if meeting.date),
                    key=_reading_order)
    # Every dated event is drawn (its order in the drawing is not pinned here: the drawing
    # places a month-dated event by the days the article gives it).
    assert len(drawn) == len(events) and all(drawn)
    assert len(drawn) >= 2


_PICTURE = """svg => {
  const box = svg.getBoundingClientRect();
  const marks = [...svg.querySelectorAll('text, circle, line')].map(e => e.getBoundingClientRect())
    .filter(r => r.width > 0 && r.height > 0 && r.left >= box.left - 1 && r.right <= box.right + 1);
  return {width: box.width, height: box.height, marks: marks.length,
          words: [...svg.querySelectorAll('text')].map(t => t.textContent).join(' ')};
}"""


@pytest.mark.parametrize("path", ["timeline/", "diagrams/"])
def test_the_pictures_render(tab: Tab, path: str) -> None:
    tab.goto(path)
    pictures = tab.page.locator("article svg[role='img']")
    assert pictures.count() >= 1
    for picture in pictures.all():
        expect(picture).to_be_visible()
        drawn = picture.evaluate(_PICTURE)
        assert drawn["width"] > 200 and drawn["height"] > 100, drawn
        assert drawn["marks"] >= 6 and drawn["words"].strip(), drawn
    assert tab.problems == []
