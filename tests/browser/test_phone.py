"""A phone reader on the real seed build: every control the engine makes is big enough to tap
(WCAG 2.5.8), and long pages fold their long lists so the first screens hold the gist, while
nothing folded is lost."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from briefing.model.build import build_model
from briefing.model.relations import mention_sentences
from browser.conftest import DESKTOP, PHONE, open_tab, save_report
from conftest import ROOT

pytestmark = pytest.mark.browser

MODEL = build_model(ROOT)
MINIMUM = 24  # CSS px, WCAG 2.2 success criterion 2.5.8 (target size, minimum)
PAGES = ["", "people/john-kerry/", "quotes/xi-unwavering/", "meetings/kerry-wang-yi-meeting/",
         "article/", "timeline/"]
# The engine's own controls: inferred marks, `¶ N` links, heading permalinks, the citation
# button, folded-list summaries and tags. Links inside running text are exempt (WCAG's inline
# exception) and are Material's or the reader's words, not these. An inferred mark set right
# after the word it qualifies, in a sentence, is exempt for the same reason: its block holds
# other words on its line.
ENGINE_TARGETS = (".briefing-inferred, article a[href*='article/#p'], article .headerlink, "
                  ".briefing-cite, details.briefing-more > summary, .md-tag")
# Each target's box, and whether an undersized one still has WCAG's spacing: a 24 px circle on
# its centre meets no other target's box and no other undersized target's circle.
_TARGETS = """(selector) => {
  const box = element => element.getBoundingClientRect();
  const shown = element => { const r = box(element); return r.width > 0 && r.height > 0; };
  const all = [...document.querySelectorAll('a, button, summary, [tabindex]')].filter(shown);
  const near = (r, x, y) => Math.hypot(Math.max(r.left - x, 0, x - r.right),
                                       Math.max(r.top - y, 0, y - r.bottom)) < 12;
  return [...document.querySelectorAll(selector)].filter(shown).map(element => {
    const r = box(element), x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
    const block = element.closest('p, li, td, dd, dt, h1, h2, h3, figcaption');
    const inline = element.matches('.briefing-inferred') && block !== null
      && block.textContent.replace(element.textContent, '').trim().length > 1;
    const small = !inline && (r.width < 24 || r.height < 24);
    const crowded = small && all.some(other => other !== element && !other.contains(element)
      && !element.contains(other) && near(box(other), x, y));
    return {what: element.className || element.textContent.trim().slice(0, 12),
            width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10,
            inline, fails: small && crowded};
  });
}"""


def test_every_engine_control_is_at_least_24_px_or_spaced_at_390_px(
        browser: Browser, seed_url: str) -> None:
    tab = open_tab(browser, seed_url, PHONE)
    measured: dict[str, dict[str, Any]] = {}
    failing: dict[str, list[Any]] = {}
    for path in PAGES:
        tab.goto(path)
        targets = tab.page.evaluate(_TARGETS, ENGINE_TARGETS)
        measured[path or "home"] = {
            "count": len(targets),
            "smallest": min(((t["width"], t["height"]) for t in targets), default=None)}
        if bad := [t for t in targets if t["fails"]]:
            failing[path or "home"] = bad[:5]
    save_report("phone-tap-targets", measured)
    assert sum(page["count"] for page in measured.values()) > 100, measured
    assert failing == {}
    assert tab.problems == []
    tab.page.context.close()


_HEIGHT = "() => document.documentElement.scrollHeight"
_OPEN_ALL = "() => document.querySelectorAll('details').forEach(d => { d.open = true; })"


def test_long_lists_fold_so_a_phone_page_is_shorter_and_keeps_every_mention(
        browser: Browser, seed_url: str, seed_site: Path) -> None:
    kerry = mention_sentences(MODEL, ("people", "john-kerry"))
    tab = open_tab(browser, seed_url, PHONE)
    tab.goto("people/john-kerry/")
    summaries = tab.page.locator("details.briefing-more > summary").all_inner_texts()
    assert f"Show {len(kerry) - 3} more mentions in the article" in summaries, summaries
    folded = tab.page.evaluate(_HEIGHT)
    tab.page.evaluate(_OPEN_ALL)
    expanded = tab.page.evaluate(_HEIGHT)
    save_report("phone-kerry-height", {"folded": folded, "expanded": expanded})
    assert folded < expanded * 0.8, (folded, expanded)
    # Nothing folded is lost: every sentence is in the page and in its search entry.
    text = " ".join((tab.page.locator("article").text_content() or "").split())
    index = json.loads((seed_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    entry = " ".join(html.unescape(" ".join(
        doc["text"] for doc in index["docs"]
        if doc["location"].startswith("people/john-kerry/"))).split())
    for mention in kerry:
        assert " ".join(mention.sentence.split()) in text
        assert " ".join(mention.sentence.split()) in entry
    tab.page.context.close()


# Each inferred mark and what it follows: the gap between the last box of the node before it
# and the mark's own box, and whether the two share a line.
_GLUED = """() => [...document.querySelectorAll('article .briefing-inferred')].filter(mark =>
    mark.getClientRects().length > 0 && mark.previousSibling !== null).map(mark => {
  const before = mark.previousSibling, range = document.createRange();
  range.selectNodeContents(before);
  const rects = [...range.getClientRects()].filter(r => r.width > 0);
  const last = rects[rects.length - 1], own = mark.getClientRects()[0];
  return {text: (before.textContent || '').slice(-20), follows: /\\S$/.test(before.textContent || ''),
          gap: last ? Math.round(own.left - last.right) : null,
          sameLine: last ? Math.abs((own.top + own.bottom) / 2 - (last.top + last.bottom) / 2) < 8
                         : null};
})"""


@pytest.mark.parametrize("width", [1280, 390])
def test_an_inferred_mark_stays_beside_the_word_it_qualifies(
        browser: Browser, seed_url: str, width: int) -> None:
    """A † set right after a word is drawn right after it: no gap before it and never wrapped
    alone onto the next line (last round's 24 px box did both)."""
    tab = open_tab(browser, seed_url, PHONE if width == 390 else DESKTOP)
    far: dict[str, list[Any]] = {}
    checked = 0
    for path in PAGES:
        tab.goto(path)
        for mark in tab.page.evaluate(_GLUED):
            if not mark["follows"] or mark["gap"] is None:
                continue
            checked += 1
            if not (mark["sameLine"] and -2 <= mark["gap"] <= 4):
                far.setdefault(path or "home", []).append(mark)
    assert checked > 30, checked
    assert far == {}, far
    tab.page.context.close()
