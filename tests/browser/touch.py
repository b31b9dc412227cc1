"""Hover and keyboard-focus every link and mark of a page, as a reader's pointer and Tab key do.

A tooltip or preview builds its content when its element is hovered or focused, so a payload
that only runs then (Material's content.tooltips renders a `title` as HTML) is caught by a walk
that touches everything, not by one that only loads pages and clicks links.
"""

from __future__ import annotations

from browser.conftest import Tab

# Everything a reader can point at or tab to that may carry a tooltip or a preview.
TOUCHABLE = ("a[href], [title], [data-briefing-tip], abbr, [tabindex]:not([tabindex='-1']), "
             "button, summary, svg a")
_TARGETS = f"""() => [...document.querySelectorAll("{TOUCHABLE}")]
  .filter(element => element.getClientRects().length).length"""
# Into view, then the centre of its first box (in viewport coordinates), or null if hidden.
_PLACE = f"""(number) => {{
  const element = [...document.querySelectorAll("{TOUCHABLE}")]
    .filter(element => element.getClientRects().length)[number];
  if (!element) return null;
  element.scrollIntoView({{block: 'center', inline: 'center'}});
  const box = element.getClientRects()[0];
  return {{x: box.left + Math.min(box.width / 2, 4), y: box.top + box.height / 2}};
}}"""
_FOCUSED = "() => document.activeElement && document.activeElement.outerHTML.slice(0, 200)"
PWNED = "() => window.__pwned !== undefined"
SETTLE_MS = 400  # a tooltip's image fails to load, and its onerror would run, within this


def hover_everything(tab: Tab) -> int:
    """Move the pointer over every visible link and mark of the page; how many."""
    count: int = tab.page.evaluate(_TARGETS)
    for number in range(count):
        place = tab.page.evaluate(_PLACE, number)
        if place is not None:
            tab.page.mouse.move(place["x"], place["y"])
    tab.page.mouse.move(0, 0)
    return count


def tab_through_everything(tab: Tab, limit: int = 2000) -> int:
    """Press Tab until the focus comes back to where it started (or leaves the page); how many
    elements took the focus."""
    tab.page.locator("body").focus()
    seen: list[str] = []
    for _ in range(limit):
        tab.page.keyboard.press("Tab")
        focused = tab.page.evaluate(_FOCUSED)
        if not focused or focused.startswith("<body") or (seen and focused == seen[0]):
            break
        seen.append(focused)
    return len(seen)


def touch_everything(tab: Tab) -> tuple[int, int]:
    """Hover, then tab through, every link and mark of the page; (hovered, focused)."""
    hovered = hover_everything(tab)
    focused = tab_through_everything(tab)
    tab.page.wait_for_timeout(SETTLE_MS)
    return hovered, focused
