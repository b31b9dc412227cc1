"""What the reader sees a record called, and which kind a record is."""

from __future__ import annotations

from typing import Any

from briefing.schema import KINDS

KIND_OF = {model: kind for kind, model in KINDS.items()}

SINGULAR = {"people": "person", "organisations": "organisation", "places": "place",
            "meetings": "meeting or event", "quotes": "quote", "statements": "statement",
            "topics": "topic", "figures": "figure", "timeline": "timeline entry"}
TITLES = {"people": "People", "organisations": "Organisations", "places": "Places",
          "meetings": "Meetings and events", "quotes": "Quotes", "statements": "Statements",
          "topics": "Topics", "figures": "Figures", "timeline": "Timeline"}


def kind_of(record: Any) -> str:
    return KIND_OF[type(record)]


def shorten(text: str, limit: int = 90) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def display_name(record: Any) -> str:
    kind = kind_of(record)
    if kind == "quotes":
        return f"“{record.text}”"  # whole: a quote cut short misleads
    if kind == "statements":
        return str(record.gist).rstrip(".")  # whole, and a list's commas follow it cleanly
    if kind == "timeline":
        return record.label
    return str(record.name)


def figure_value(figure: Any) -> str:
    number = f"{figure.value:g}"
    approx = "≈ " if figure.approximate else ""
    return f"{approx}{number} {figure.unit}".strip()
