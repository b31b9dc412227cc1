"""Each page's own one-line description (meta description, Open Graph, Twitter), from its record.

Material prints `page.meta.description` into HTML without escaping it, so the text is
HTML-escaped here, and written into the front matter as a JSON string (valid YAML).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from briefing.core.dates import reader_when
from briefing.core.escape import html
from briefing.core.schema import Meeting, Person, Quote, Record, Statement
from briefing.model.model import Model
from briefing.model.names import TITLES, display_name, field_of, figure_value, joined, names_value

LIMIT = 300


def front_matter_line(text: str, field: str = "description") -> str:
    """`description: "…"` (or another `field`): one line, escaped for HTML, quoted for YAML."""
    # Only printable characters: YAML refuses some control characters even when quoted.
    if not text.isprintable():  # most are: then a walk over every character is not needed
        text = "".join(char if char.isprintable() else " " for char in text)
    words = " ".join(text.split())
    if len(words) > LIMIT:
        words = words[: LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return f"{field}: {json.dumps(str(html(words)), ensure_ascii=False)}\n"


def record_description(model: Model, kind: str, record: Any, language: str = "en") -> str:
    if kind == "figures":
        value = figure_value(record, language)
        named = value if names_value(record, language) else f"{record.name}: {value}"
        return f"{named}. {record.measures}"
    describe: Callable[[Model, Any], str] = _BY_KIND.get(kind, _named)
    return describe(model, record)


# A share card or a search result shows no mark: a value the article does not state says so.
INFERRED = " (inferred)"


def _said(record: Any, field: str) -> str:
    return INFERRED if field in (getattr(record, "inferred", None) or {}) else ""


def _when(record: Any) -> str:
    """'18 July 2023, inferred': a date and, when the article does not state it, that."""
    inferred = ", inferred" if _said(record, "date") else ""
    return f"{reader_when(record.date, getattr(record, 'after', None))}{inferred}"


def _person(model: Model, record: Person) -> str:
    role = f", {record.roles[0].title}{_said(record.roles[0], 'title')}" if record.roles else ""
    return f"{record.name}{role}. {record.description or ''}{_said(record, 'description')}"


def _speaker_name(model: Model, record: Quote | Statement) -> str:
    return joined([str(field_of(model, key, "name")) for key in model.speakers(record)])


def _quote(model: Model, record: Quote) -> str:
    when = f" ({_when(record)})" if record.date else ""
    return f"{_speaker_name(model, record)}{when}: “{record.text}”"


def _statement(model: Model, record: Statement) -> str:
    return f"{_speaker_name(model, record)}: {record.gist}"


def _meeting(model: Model, record: Meeting) -> str:
    when = f"{_when(record)}: " if record.date or record.after else ""
    when = when[:1].upper() + when[1:]
    return f"{record.name}. {when}{record.summary}"


def _named(model: Model, record: Record) -> str:
    """Any kind without a description of its own: its name, and its description or summary
    (said to be inferred where the briefing marks it so)."""
    description = getattr(record, "description", None)
    about = description or getattr(record, "summary", None) or ""
    inferred = _said(record, "description") if description else ""
    return f"{display_name(record)}. {about}{inferred}"


_BY_KIND: dict[str, Callable[[Model, Any], str]] = {
    "people": _person, "quotes": _quote, "statements": _statement, "meetings": _meeting}


def index_description(model: Model, kind: str) -> str:
    names = ", ".join(display_name(record) for record in model.all(kind)[:8])
    return f"{TITLES[kind]} in the briefing “{model.briefing.title}”: {names}"
