"""What the reader sees a record called, and which kind a record is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing.core.kinds import KINDS, SINGULAR, TITLES, kind_of
from briefing.core.numbers import reader_number

__all__ = ["SINGULAR", "TITLES", "display_name", "joined", "kind_of"]
# SINGULAR and TITLES (read by the templates) are declared in kinds.py.


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
    """What the reader calls a record: its kind's `label` (a quote's words, else its name)."""
    return KINDS[kind_of(record)].label(record)


def figure_value(figure: Any, language: str = "en") -> str:
    """A figure as the article would say it: 'more than 3,500 runners', 'about 12 hours'."""
    qualifier = figure.qualifier or ("about" if figure.approximate else "")
    words = (qualifier, reader_number(figure.value, language), figure.unit)
    return " ".join(word for word in words if word)
