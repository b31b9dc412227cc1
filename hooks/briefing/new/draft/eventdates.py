"""When an event ends: the date after 'to', 'until' or a dash in its sentence."""

from __future__ import annotations

import datetime as dt
import re

from briefing.new.draft.dates import FoundDate

_RANGE = re.compile(r"^\s*(?:to|until|till|through|and|-|–)\s+(?:the\s+)?")
_DAY_AFTER = re.compile(r"^\s*(?:to|until|till|through|-|–)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b")
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$")


def end_date(chosen: FoundDate, here: list[FoundDate], text: str) -> str | None:
    """The day an event found on `chosen` ends: a later date of its sentence (`here`) after
    'to', 'until' or '-' ('from Oct. 27 to Oct. 29', 'until Friday'), or a day number
    ('from March 2nd to the 5th')."""
    tail = chosen.start + len(chosen.as_written)
    for later in here:
        if later.start >= tail and (_RANGE.fullmatch(text[tail:later.start] + " ")
                                    or _UNTIL.search(text[:later.start])):
            value = later.value
            if value < chosen.value and not later.how == "":
                value = (dt.date.fromisoformat(value) + dt.timedelta(days=7)).isoformat()
            return value if value > chosen.value else None
    day = _DAY_AFTER.match(text, tail)
    if day and len(chosen.value) == 10 and int(day.group(1)) > int(chosen.value[8:]):
        return f"{chosen.value[:8]}{int(day.group(1)):02d}"
    return None
