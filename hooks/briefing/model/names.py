"""What the reader sees a record called, and which kind a record is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing.core.kinds import KINDS, kind_of
from briefing.core.numbers import reader_number

__all__ = ["SINGULAR", "TITLES", "display_name", "joined", "kind_of"]
# Read by the templates; declared in kinds.py.
SINGULAR = {name: kind.singular for name, kind in KINDS.items()}
TITLES = {name: kind.title for name, kind in KINDS.items()}


def shorten(text: str, limit: int = 90) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def joined(names: Sequence[str]) -> str:
    """Names as a sentence reads them: 'Wang Yi', 'Wang Yi and Li Qiang', 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def display_name(record: Any) -> str:
    kind = kind_of(record)
    if kind == "quotes":
        return f"“{record.text}”"  # whole: a quote cut short misleads
    if kind == "statements":
        return str(record.gist).rstrip(".")  # whole, and a list's commas follow it cleanly
    if kind == "timeline":
        return record.label
    return str(record.name)


def figure_value(figure: Any, language: str = "en") -> str:
    """A figure as the article would say it: 'more than 3,500 runners', 'about 12 hours'."""
    qualifier = figure.qualifier or ("about" if figure.approximate else "")
    words = (qualifier, reader_number(figure.value, language), figure.unit)
    return " ".join(word for word in words if word)
