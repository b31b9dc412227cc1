"""A match's score told in the text: 'a 27-24 win over Naitasiri', 'led 20-7 at half-time', 'drew
1-1 with Braga', 'beat Samoa 3-1'. Each side's score is a number the report gives, so each is a
figure (round 16's outside writers, like round 15's, counted both numbers of every score; the
drafter drafted none: a sports report's figures were .33-.44 of theirs). A score is two numbers of
up to three digits joined by a hyphen or dash, with a word of a result or a score before or after
it; a date range ('14-15 May'), an age range ('aged 18-25') or a season ('2023-24') has none."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.new.draft.calendarwords import MONTH

# a word of a result or a score: before the score, or after it
_BEFORE = r"(?:a|an|the|with|to|led|lead|leading|won|win|lost|beat|beating|defeated|drew|drawn|trailed|" \
          r"trailing|by|at|score|scoreline|final|level|winning|losing|ahead|behind)"
# (round 18: 'After 30 minutes they were winning 10-3' drafted no score)
_AFTER = r"(?:win|victory|defeat|loss|draw|lead|home|away|thriller|scoreline|at\s+half-time|in|at|on|" \
         r"at\s+the\s+break|in\s+the|after|against|over|with|on\s+aggregate)"
# (not a range of days before its month: 'ahead of the 14-15 May summit'; round 18)
_SCORE = re.compile(rf"(?i:\b{_BEFORE})\s+(?P<x>\d{{1,3}})\s?[-–]\s?(?P<y>\d{{1,3}})\b(?![-–/.]\d)"
                    rf"(?!\s+{MONTH}\b)"
                    rf"|\b(?P<x2>\d{{1,3}})\s?[-–]\s?(?P<y2>\d{{1,3}})\s+(?i:{_AFTER})\b")


@dataclass(frozen=True)
class FoundScore:
    paragraph: int
    start: int
    as_written: str  # '27-24'
    first: int
    second: int


def find_scores(paragraphs: tuple[str, ...]) -> list[FoundScore]:
    found = []
    for number, text in enumerate(paragraphs, 1):
        for match in _SCORE.finditer(text):
            x, y = ("x", "y") if match.group("x") else ("x2", "y2")
            found.append(FoundScore(number, match.start(x), text[match.start(x):match.end(y)],
                                    int(match.group(x)), int(match.group(y))))
    return found
