"""What the reader sees a record called, and which kind a record is."""

from __future__ import annotations

from typing import Any

from briefing.core.kinds import KINDS, kind_of

__all__ = ["SINGULAR", "TITLES", "display_name", "kind_of"]
# Read by the templates; declared in kinds.py.
SINGULAR = {name: kind.singular for name, kind in KINDS.items()}
TITLES = {name: kind.title for name, kind in KINDS.items()}


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
