"""Where a value did not come from the article: the mark beside it, and the words that explain it.

Reasons are data from YAML: they reach the page HTML-escaped, inside a `data-briefing-tip`
attribute that accessibility.js shows as text on hover and focus (never `title`: Material's
content.tooltips turns a title into HTML).
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup

from briefing.core.escape import md_attribute

MARK = "†"
# The reason most dates share ("the year is not stated: …"): the page explains it once.
_YEAR = re.compile(r"[;.]?\s*the year is not stated:\s*(?P<why>.*)$", re.IGNORECASE | re.DOTALL)
# Field names as a reader would say them; others have their underscores turned into spaces.
FIELD_WORDS = {"date": "when", "end_date": "when it ended", "start_date": "first day",
               "place": "where", "native_name": "name in its own language",
               "reported_by": "who reported it", "addressees": "who it was said to",
               "meeting": "at which meeting or event", "topics": "topics",
               "organisations": "organisations taking part", "conversions": "conversions",
               "located_in": "which larger place it is in", "wikidata": "Wikidata id",
               "description": "description", "title": "title of the post",
               "organisation": "organisation of the post", "published": "publication date"}


# A role's "title" is the title of a post; the briefing's is the title of the briefing.
_OWN_WORDS = {("briefing", "title"): "title of the briefing"}


def field_words(field: str, key: str = "") -> str:
    return _OWN_WORDS.get((key, field)) or FIELD_WORDS.get(field, field.replace("_", " "))


def split_reason(reason: str) -> tuple[str, str | None]:
    """(what is particular to this value, the shared year explanation or None)."""
    match = _YEAR.search(reason)
    if not match:
        return reason.strip(), None
    particular = reason[: match.start()].strip().rstrip(";,:")
    if particular and particular[-1] not in ".!?":
        particular += "."
    return particular, match.group("why").strip()


def reason_text(reason: str) -> str:
    particular, year = split_reason(reason)
    if year is None:
        return particular
    return f"{particular} The year: {year}" if particular else f"The year: {year}"


NO_MARK = Markup("")


def mark(record: Any, field: str, key: str = "") -> Markup:
    """The small mark after a value that is not stated in the article; '' for a stated one."""
    reason = (getattr(record, "inferred", None) or {}).get(field)
    if not reason:
        return NO_MARK
    title = f"Not stated in the article ({field_words(field, key)}): {reason_text(reason)}"
    return Markup(f'<abbr class="briefing-inferred" tabindex="0" data-briefing-tip="{md_attribute(title)}" '
                  f'data-record="{md_attribute(key)}" data-field="{md_attribute(field)}">{MARK}</abbr>')


# Two or more marks side by side ("to Wang Yi††": who, and at which meeting) read as one doubled
# mark; they become one that names every field and reason. The tip's attribute is found by
# pattern, whichever name it has (`title`, or a script's own).
_RUN = re.compile(r'(?:<abbr class="briefing-inferred"[^>]*>†</abbr>){2,}')
_ONE = re.compile(r'<abbr class="briefing-inferred" tabindex="0" (?P<tip>[a-z-]+)="(?P<text>[^"]*)" '
                  r'data-record="(?P<record>[^"]*)" data-field="(?P<field>[^"]*)"(?: data-marks="[^"]*")?>')
_PREFIX = str(md_attribute("Not stated in the article ("))


def merge_adjacent(body: str) -> str:
    """Each run of adjacent marks in a page becomes one mark carrying all their reasons (and,
    in `data-marks`, every 'record field' it stands for)."""
    if '†</abbr><abbr class="briefing-inferred"' not in body:  # no two side by side: no scan
        return body
    return _RUN.sub(_merged, body)


def _merged(run: re.Match[str]) -> str:
    marks = list(_ONE.finditer(run.group(0)))
    if len(marks) < 2:
        return run.group(0)
    tips: list[str] = []
    for found in marks:
        text = found.group("text")
        if tips and text.startswith(_PREFIX):
            text = str(md_attribute("(")) + text[len(_PREFIX):]
        if text not in tips:
            tips.append(text)
    first = marks[0]
    every = "|".join(f"{found.group('record')} {found.group('field')}" for found in marks)
    return (f'<abbr class="briefing-inferred" tabindex="0" {first.group("tip")}="{" — ".join(tips)}" '
            f'data-record="{first.group("record")}" data-field="{first.group("field")}" '
            f'data-marks="{every}">{MARK}</abbr>')


def notes(records: list[Any]) -> tuple[list[tuple[str, str]], str | None]:
    """The 'Not stated in the article' box of a page: (field in reader words, reason) rows,
    and the year explanation once if any reason shares it."""
    rows, year = [], None
    for record in records:
        for field, reason in sorted((getattr(record, "inferred", None) or {}).items()):
            particular, shared = split_reason(reason)
            year = year or shared
            rows.append((field_words(field), particular or "Only the year is inferred."))
    return rows, year
