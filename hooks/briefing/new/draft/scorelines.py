"""A score line on a line of its own above a sports report: 'Leinster 28 Toulouse 24', 'Arsenal 2
(Saka 34) Chelsea 1 (Palmer 80)', 'Ireland 27-13 Scotland'. Both names are sides (clubs, though
one reads as a town: 'Toulouse'), and the match is the one the report is about: played, on the day
the lede gives (round 14, lead: a rugby semi-final told as 'a late try ... sealed a four-point win
over Toulouse in Dublin on Saturday', in a lede that also told of the final ahead, was no event)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefing.new.draft.dates import FoundDate
from briefing.new.draft.lexicon import COUNTRIES, DEMONYMS
from briefing.new.draft.names import RUN

_SCORERS = r"(?:\s*\([^()]{0,120}\))?"  # ('(Saka 34, Havertz 71)')
_SIDES_AND_SCORES = re.compile(rf"(?P<a>{RUN.pattern})\s+(?P<x>\d{{1,3}}){_SCORERS}\s*,?\s+"
                               rf"(?P<b>{RUN.pattern})\s+(?P<y>\d{{1,3}}){_SCORERS}")
_SCORE_BETWEEN = re.compile(rf"(?P<a>{RUN.pattern})\s+(?P<x>\d{{1,3}})\s*[-–]\s*(?P<y>\d{{1,3}})\s+"
                            rf"(?P<b>{RUN.pattern})")


def score_line(line: str) -> tuple[str, int, str, int] | None:
    """(first side, its score, second side, its score) of a line that is only a score line."""
    line = line.strip().rstrip(".")
    match = _SIDES_AND_SCORES.fullmatch(line) or _SCORE_BETWEEN.fullmatch(line)
    if match is None or match.group("a") == match.group("b"):
        return None
    return match.group("a"), int(match.group("x")), match.group("b"), int(match.group("y"))


def score_sides(line: str | None) -> set[str]:
    """The clubs a score line names (a country stays a place: 'Ireland 27-13 Scotland')."""
    score = score_line(line) if line else None
    if score is None:
        return set()
    return {name for name in (score[0], score[2]) if name not in COUNTRIES and name not in DEMONYMS}


def score_match(line: str, meetings: list[dict[str, Any]], organisations: dict[str, Any],
                dates: list[FoundDate], published: dt.date,
                places: dict[str, Any] | None = None) -> tuple[dict[str, Any], FoundDate | None] | None:
    """The fields of the match a score line gives and the day the lede gives it (the last one
    not after publication), where no event drafted already has both sides; else None. A side is
    a club, or a country of `places` ('Ireland 27-13 Scotland': a meeting's organisations may
    name places)."""
    score = score_line(line)
    if score is None:
        return None
    first, x, second, y = score
    countries = [place for place in (places or {}).values() if place.name in COUNTRIES]
    ids = [next((org.id for org in organisations.values() if name in (org.name, *org.aliases)), None)
           or next((place.id for place in countries if name in (place.name, *place.aliases)), None)
           for name in (first, second)]
    if None in ids or any({*ids} <= {*m.get("organisations", ()), *m.get("participants", ())}
                          for m in meetings):
        return None
    said = "drew with" if x == y else "beat"
    winner, loser = (first, second) if x >= y else (second, first)
    summary = f"{winner} {said} {loser} {max(x, y)}-{min(x, y)}."
    lede = [d for d in dates if d.paragraph == 1 and not d.planned and d.value <= published.isoformat()
            and len(d.value) == 10]
    fields = {"name": f"{first} v {second}", "type": "other", "summary": summary,
              "organisations": ids}
    return fields, (lede[-1] if lede else None)
