"""Every value the seed's data marks as inferred carries its mark on every page where it shows.

The walk reads the model (every record's `inferred`, and each person's roles'), then every page
of the real build. A value "shows" in a row (list item, table row, definition, paragraph, drawn
timeline row) that links to its record and holds the value: its text, or a link to the record
it names. On the record's own page, the value anywhere on the page needs a mark there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from briefing.core.dates import reader_date
from briefing.core.kinds import MODELS as KINDS
from briefing.model.build import build_model
from browser.conftest import open_tab, save_report, site_pages
from conftest import ROOT

pytestmark = pytest.mark.browser

MODEL = build_model(ROOT)
DATES = {"date", "end_date", "start_date", "published"}
ROLE_REFS = {"organisation": "organisations", "country": "places"}
_ROWS = """() => {
  const article = document.querySelector('article');
  const rows = new Set();
  for (const link of article.querySelectorAll('a')) {
    const row = link.closest('li, tr, dd, p, g.tl-row, h1');
    if (row) rows.add(row);
  }
  for (const row of article.querySelectorAll('li, p')) rows.add(row);
  // A run of marks merged into one lists every 'record field' it stands for in data-marks.
  const marks = element => [...element.querySelectorAll('.briefing-inferred, .tl-inferred')]
    .flatMap(mark => (mark.dataset.marks || mark.dataset.record + ' ' + mark.dataset.field).split('|'));
  const hrefs = element => [...element.querySelectorAll('a')].map(link =>
    new URL(link.getAttribute('href') || link.getAttribute('xlink:href'), location.href).pathname);
  return {rows: [...rows].map(row => ({text: row.textContent, hrefs: hrefs(row), marks: marks(row)})),
          text: article.textContent, hrefs: hrefs(article), marks: marks(article)};
}"""


def page_of(kind: str, record_id: str) -> str:
    return {"timeline": "/timeline/", "briefing": "/", "article": "/article/"}.get(
        kind, f"/{kind}/{record_id}/")


def inferred_values() -> list[tuple[str, str, str, Any, str | None]]:
    """(record key 'kind/id', its page, field, value, the kind a reference field names)."""
    found: list[tuple[str, str, str, Any, str | None]] = []
    for kind, model_class in KINDS.items():
        fields = model_class.model_fields
        for record in MODEL.all(kind):
            for field in record.inferred:
                extra = fields[field].json_schema_extra if field in fields else None
                target = str(extra["ref"]) if isinstance(extra, dict) and "ref" in extra else None
                found.append((f"{kind}/{record.id}", page_of(kind, record.id), field,
                               getattr(record, field), target))
            for role in getattr(record, "roles", ()):
                for field in role.inferred:
                    found.append((f"people/{record.id}", page_of(kind, record.id), field,
                                  getattr(role, field), ROLE_REFS.get(field)))
    for field in MODEL.briefing.inferred:
        found.append(("briefing", "/", field, getattr(MODEL.briefing, field), None))
    for field in MODEL.article.source.inferred:
        found.append(("article", "/article/", field, getattr(MODEL.article.source, field), None))
    return found


def as_shown(value: Any, target: str | None) -> list[str]:
    """How a value reads on a page: a date as '18 July 2023', a reference as its page."""
    values = value if isinstance(value, tuple) else (value,)
    if target:
        return [page_of(target, item) for item in values]
    return [reader_date(item) if isinstance(item, str) and item[:4].isdigit() and len(item) <= 10
            else str(item) for item in values]


def shows(value: Any, target: str | None, text: str, hrefs: list[str]) -> bool:
    where = hrefs if target else [text]
    return any(any(shown in place for place in where) for shown in as_shown(value, target))


def marked(wanted: str, marks: list[str], shown_by_mark: dict[str, list[str]]) -> bool:
    """The value's own mark, or the mark of another record's same field whose value reads the
    same (two records dated 18 July: the row shows one date, and marks it)."""
    field, mine = wanted.split(" ")[1], shown_by_mark[wanted]
    return wanted in marks or any(
        mark.split(" ")[1] == field and any(a in b for a in mine for b in shown_by_mark.get(mark, []))
        for mark in marks)


def test_every_inferred_value_is_marked_wherever_it_shows(
        browser: Browser, seed_url: str, seed_site: Path) -> None:
    values = inferred_values()
    shown_by_mark = {f"{key} {field}": as_shown(value, target)
                     for key, _, field, value, target in values}
    tab = open_tab(browser, seed_url)
    unmarked, checked = [], 0
    for path in site_pages(seed_site):
        tab.goto(path)
        page = tab.page.evaluate(_ROWS)
        here = "/" + path
        for key, own_page, field, value, target in values:
            wanted = f"{key} {field}"
            if own_page == here:
                if shows(value, target, page["text"], page["hrefs"]):
                    checked += 1
                    if not marked(wanted, page["marks"], shown_by_mark):
                        unmarked.append((here, wanted, "own page"))
                continue
            if key in ("briefing", "article") or here == "/article/":
                continue  # shown on its own page only; the article's rows are its own words
            label = getattr(_record(key), "label", None)
            for row in page["rows"]:
                about = own_page in row["hrefs"] or (label is not None and label in row["text"])
                if about and shows(value, target, row["text"], row["hrefs"]):
                    checked += 1
                    if not marked(wanted, row["marks"], shown_by_mark):
                        unmarked.append((here, wanted, " ".join(row["text"].split())[:80]))
    tab.page.context.close()
    save_report("inferred-marks", {"inferred values": len(values), "showings checked": checked,
                                   "unmarked": unmarked})
    assert len(values) > 50 and checked > len(values)
    assert unmarked == []


def _record(key: str) -> Any:
    kind, _, record_id = key.partition("/")
    return MODEL.records.get(kind, {}).get(record_id)
