"""When an event ends: the date after 'to', 'until' or a dash in its sentence."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefing.new.draft import window
from briefing.new.draft.dates import FoundDate
from briefing.new.draft.gists import without_dateline

# 'from Oct. 27 to Oct. 29', 'began on Friday afternoon and ended early on Saturday'
_RANGE = re.compile(r"^\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:to|until|till|through|-|–|"
                    r"and(?:\s+(?:ended|finished|closed|concluded|wrapped\s+up)(?:\s+(?:early|late))?"
                    r"(?:\s+on)?)?)\s+(?:the\s+)?")
_DAY_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:to|until|till|through|-|–)\s+(?:the\s+)?"
                        r"(\d{1,2})(?:st|nd|rd|th)?\b")
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$")


def end_date(chosen: FoundDate, here: list[FoundDate], text: str) -> str | None:
    """The day an event found on `chosen` ends: a later date of its sentence (`here`) after
    'to', 'until' or '-' ('from Oct. 27 to Oct. 29', 'until Friday'), or a day number
    ('from March 2nd to the 5th')."""
    tail = chosen.start + len(chosen.as_written)
    for later in here:
        if later.start >= tail and (_RANGE.fullmatch(text[tail:later.start] + " ")
                                    or _UNTIL.search(window.before(text, later.start))):
            value = later.value
            if value < chosen.value and not later.how == "":
                value = (dt.date.fromisoformat(value) + dt.timedelta(days=7)).isoformat()
            return value if value > chosen.value else None
    day = _DAY_AFTER.match(window.after(text, tail))  # (a pattern's ^ holds at 0 only, never at a pos)
    if day and len(chosen.value) == 10 and int(day.group(1)) > int(chosen.value[8:]):
        return f"{chosen.value[:8]}{int(day.group(1)):02d}"
    return None


def lede_date(event: Any, paragraphs: tuple[str, ...], dates: list[FoundDate], published: dt.date) -> None:
    """An event of the first paragraphs with no date of its own: the day the lede reports things
    were said or done ('on Monday'), marked uncertain; never a day after publication (a lede's
    'will open on Thursday' is a plan, not the day of its report)."""
    if event.paragraph > 3 or event.scheduled:
        return
    lede = paragraphs[0]
    for found in dates:
        if found.paragraph == 1 and len(found.value) == 10 and re.search(r"\bon\s+$", lede[:found.start]) \
                and found.value <= published.isoformat():
            event.date = found
            event.date_doubt = (f"The sentence gives no date; taken as {found.value}, the day "
                                f"paragraph 1 says things were said or done ('{found.as_written}').")
            return


# a comma or semicolon ends the event word's clause, but not before its relative clause ('The
# talks, which began Wednesday and ended early Thursday,')
_CLAUSE_BREAK = re.compile(r"[,;](?!\s+(?:which|that)\s+(?:began|started|opened|ran|ended|closed|lasted)\b)")

def clause_date(dates: list[FoundDate], number: int, text: str, start: int, end: int,
                at: int, definite: bool) -> tuple[FoundDate | None, str | None]:
    """The date in the event word's clause (after it first, then before), and its end; after
    'the inquest' only a date close by ('told the inquest the agency had ... on Feb. 4' is
    what was said)."""
    cut = len(text) - len(without_dateline(text)) if number == 1 else 0  # (the dateline's day is
    # the report's: 'OSLO, June 11 - X said on Tuesday it had agreed')
    here = [d for d in dates if d.paragraph == number and max(start, cut) <= d.start < end
            and len(d.value) >= 7]
    after = [d for d in here if d.start > at and not _CLAUSE_BREAK.search(text, at, d.start)
             and (not definite or d.start - at <= 40)]
    before = [d for d in here if d.start < at and not re.search(r"[,;]", text[d.start:at])
              and not _SAID_ON.search(text, max(0, d.start - 30), d.start)]
    chosen = after[0] if after else (before[-1] if before else None)
    if chosen is None:
        return None, None
    return chosen, end_date(chosen, here, text)


# 'said on Tuesday it had agreed to sell': the day of the saying, not of the deal
_SAID_ON = re.compile(r"\b(?:said|says|announced|told\s+\w+|confirmed|reported)\s+(?:late\s+|early\s+)?"
                      r"(?:on\s+)?$")
