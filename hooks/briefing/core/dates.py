"""Partial dates ("2023", "2023-07", "2023-07-18") as a reader reads them, and one sort order."""

from __future__ import annotations

import re
from typing import Any

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def reader_date(date: str | None) -> str:
    """'2023-07-18' -> '18 July 2023'; '2023-07' -> 'July 2023'; '2023' -> '2023'."""
    if not date:
        return ""
    parts = date.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def names_day(text: str, date: str | None) -> bool:
    """Whether `text` already gives the day of a full date, with its month, in either order and
    in full or short ('July 17', '17 July', 'Jul. 17th'): 'met ... on July 17' needs no
    ', 17 July 2023' after it."""
    parts = (date or "").split("-")
    if len(parts) != 3:
        return False
    month = MONTHS[int(parts[1]) - 1]
    # Every match holds the day's digits and the month's first three letters: a text without
    # either is answered without compiling the expression (one per date: 54 of them, 0.011 s,
    # at 1,000 pages).
    if str(int(parts[2])) not in text or month[:3] not in text:
        return False
    name = rf"(?:{month}|{month[:3]}\.?|{month[:4]}\.?)"
    day = rf"0?{int(parts[2])}(?:st|nd|rd|th)?"
    return re.search(rf"(?<![\w]){name}\s+{day}(?!\d)|(?<![\d]){day}\s+(?:of\s+)?{name}(?!\w)",
                     text) is not None


def reader_when(date: str | None, after: str | None = None, short: bool = False) -> str:
    """A date with what the article says of its order: '2023' known to follow 18 July 2023
    reads 'later in 2023, after 18 July 2023' ('later in 2023' where room is short)."""
    if not after:
        return reader_date(date)
    if not date:
        return f"after {reader_date(after)}"
    if short:
        return f"later in {reader_date(date)}"
    return f"later in {reader_date(date)}, after {reader_date(after)}"


def sort_key(date: str | None, after: str | None = None) -> str:
    """A partial date sorts at the start of its month or year ('2023-07' before '2023-07-01');
    one the article places later ('later this year': `after`) sorts at the end of its period,
    after every record dated inside it; undated things come last."""
    if after:
        return _last_day(date) if date else _last_day(after) + "~"
    if not date:
        return "9999-99-99"
    return (date + "-00-00")[:10]


def record_key(record: Any) -> str:
    return sort_key(getattr(record, "date", None), getattr(record, "after", None))


def chronological(records: list[Any]) -> list[Any]:
    """Records by date, earliest first; ties keep their file order. The one order of every list
    and drawing."""
    return sorted(records, key=record_key)


def is_later(record: Any, end: str) -> bool:
    """Whether a record comes after the briefing's last day: dated after it, or placed by the
    article after it ('later this year', `after`) with no date of its own inside it."""
    return record_key(record) > _last_day(end)


def within(date: str | None, start: str, end: str | None) -> bool:
    """Whether a date lies inside the briefing's own span (start_date..end_date, whole days)."""
    if not date:
        return False
    return sort_key(start) <= sort_key(date) and _last_day(date) <= _last_day(end or start)


def _last_day(date: str) -> str:
    return (date + "-99-99")[:10]
