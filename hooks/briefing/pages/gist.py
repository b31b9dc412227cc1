"""Each page's own one-line description (meta description, Open Graph, Twitter), from its record.

Material prints `page.meta.description` into HTML without escaping it, so the text is
HTML-escaped here, and written into the front matter as a JSON string (valid YAML).
"""

from __future__ import annotations

import json
from typing import Any

from briefing.core.dates import reader_date
from briefing.core.escape import html
from briefing.model.model import Model
from briefing.model.names import TITLES, display_name, figure_value, joined

LIMIT = 300


def front_matter_line(text: str) -> str:
    """`description: "…"`: one line, escaped for HTML, quoted for YAML."""
    # Only printable characters: YAML refuses some control characters even when quoted.
    words = " ".join("".join(char if char.isprintable() else " " for char in text).split())
    if len(words) > LIMIT:
        words = words[: LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return f"description: {json.dumps(str(html(words)), ensure_ascii=False)}\n"


def record_description(model: Model, kind: str, record: Any, language: str = "en") -> str:
    if kind == "figures":
        return f"{record.name}: {figure_value(record, language)}. {record.measures}"
    describe = _BY_KIND.get(kind)
    return describe(model, record) if describe else display_name(record)


def _person(model: Model, record: Any) -> str:
    role = f", {record.roles[0].title}" if record.roles else ""
    return f"{record.name}{role}. {record.description or ''}"


def _speaker_name(model: Model, record: Any) -> str:
    return joined([str(model.get(key).name) for key in model.speakers(record)])


def _quote(model: Model, record: Any) -> str:
    when = f" ({reader_date(record.date)})" if record.date else ""
    return f"{_speaker_name(model, record)}{when}: “{record.text}”"


def _statement(model: Model, record: Any) -> str:
    return f"{_speaker_name(model, record)}: {record.gist}"


def _meeting(model: Model, record: Any) -> str:
    when = f"{reader_date(record.date)}: " if record.date else ""
    return f"{record.name}. {when}{record.summary}"


def _named(model: Model, record: Any) -> str:
    return f"{record.name}. {getattr(record, 'description', None) or ''}"


_BY_KIND = {"people": _person, "quotes": _quote, "statements": _statement,
            "meetings": _meeting, "topics": _named, "places": _named,
            "organisations": _named}


def index_description(model: Model, kind: str) -> str:
    names = ", ".join(display_name(record) for record in model.all(kind)[:8])
    return f"{TITLES[kind]} in the briefing “{model.briefing.title}”: {names}"
