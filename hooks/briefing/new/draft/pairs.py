"""The other number of a pair takes its partner's unit: 'banned for four and two years' (4 years
beside 2 years), 'passed by 142 votes to 61' (61 votes), '18,442 votes against 15,907 for ...'
(15,907 votes). News writing gives the unit once for both numbers of a pair, a tally or a range.

A partner is a bare number joined to a figure by 'and', 'or', 'to', 'against' or 'versus', with
no unit or counted noun of its own: after the figure, the next word must end the phrase
('to 61 after a debate', 'against 15,907 for'), so '5 percent to 6 million people' pairs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50}
_NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{'|'.join(_WORDS)}"
# '... four and ' straight before the figure: the number is the first of the pair.
_BEFORE = re.compile(rf"(?<![\w.,])(?P<value>{_NUMBER})\s+(?:and|or|to)\s+$", re.IGNORECASE)
# ' to 61 after ...' straight after the figure: the number is the second of the pair.
_AFTER = re.compile(
    rf"^\s+(?:to|against|versus|vs\.?|and|or)\s+(?P<value>{_NUMBER})"
    r"(?=\s+(?:after|in|for|with|on|at|from|by|before|and|or|but|when|while|as|among|across)\b"
    r"|\s+to\s+[a-z]+\b"  # ('by seven votes to two to close the library': 'to' and a verb end the
    # phrase; round 15, the two was lost)
    r"|\s*[,;.)—–]|\s*$)", re.IGNORECASE)


@dataclass(frozen=True)
class Partner:
    start: int  # where the partner's number stands in the paragraph
    as_written: str
    value: float


def partners(text: str, start: int, end: int) -> list[Partner]:
    """The bare numbers paired with the figure written at text[start:end]."""
    found = []
    before = _BEFORE.search(text[max(0, start - 40):start])
    if before:
        at = max(0, start - 40) + before.start("value")
        found.append(Partner(at, before.group("value"), _value(before.group("value"))))
    after = _AFTER.match(text[end:end + 40])
    if after:
        found.append(Partner(end + after.start("value"), after.group("value"), _value(after.group("value"))))
    return [p for p in found if not re.fullmatch(r"(?:1[89]|20)\d\d", p.as_written)]  # no years


def _value(text: str) -> float:
    lowered = text.lower()
    return float(_WORDS[lowered]) if lowered in _WORDS else float(text.replace(",", ""))
