"""Numbers that count things ('more than 3,500 runners', 'nearly 40 clubs', '46 counts of
fraud') and sums of money with no unit word ('€350,000'), beside the measured figures of
`figures`: a count names what it counts, so a reader can check it.

The word counted is the first plural noun after the number, a modifier or two allowed
('3,000 low-cost houses'); a part of a whole counts the same things ('18 of the 798
segments': 18 segments); a year ('in 2007'), 'two' ('the two sides') or a number inside
another figure is not a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.new.draft.lexicon import IRREGULAR_PLURALS, NOT_COUNTED, QUALIFIERS

_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
_QUALIFIER = rf"(?:(?P<qualifier>{'|'.join(sorted(QUALIFIERS, key=len, reverse=True))})\s+)?"
_COUNT = re.compile(
    rf"\b{_QUALIFIER}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{'|'.join(_WORDS)})"
    r"(?P<scale>\s+(?:million|billion))?"
    rf"\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?P<noun>{'|'.join(IRREGULAR_PLURALS)}|[a-z][a-z\-]*s)\b",
    re.IGNORECASE)
_MONEY = re.compile(rf"(?<![\w$€£¥]){_QUALIFIER}(?P<symbol>[$€£¥]|\bR(?=\d))"
                    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                    r"(?P<scale>\s+(?:million|billion))?(?!\w|,\d)")  # '€350,000, most of it'
# '18 of the 798 hexagonal segments': the first number counts the same things.
_OF_TOTAL = re.compile(
    rf"\b{_QUALIFIER}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+of\s+(?:the|its|their|all)\s+"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+\s+|\d+\s+)?(?:[a-z][\w\-]*\s+){{0,2}}?"
    rf"(?P<noun>{'|'.join(IRREGULAR_PLURALS)}|[a-z][a-z\-]*s)\b", re.IGNORECASE)


# 'an unbeaten 102 off 89 balls', 'bowled out for 187 in 46.2 overs', 'a stand of 121 with':
# a number the sentence ties to no unit or noun. Drafted with the unit left for the reviewer
# (marked uncertain), not dropped: the article gives it as a fact. Not a year, a date ('on 14
# March'), a time ('10.30'), a score ('1-0'), a part of a name ('Route 66') or one digit.
_BARE = re.compile(r"\b(?:an?|for|of|with|by|to|from)\s+(?:[a-z]+\s+)?"
                   r"(?P<value>\d{1,3}(?:,\d{3})+|\d{2,})"
                   r"(?=\s+(?:off|in|with|for|at|against|from|by|before|after)\b|[,;.](?:\s|$))")


# 'the two sides', 'its two ministers': 'two' after a determiner names a pair, not a count.
_DETERMINED = re.compile(r"\b(?:the|these|those|its|their|his|her|our|both|all|my|your|those)\s+$", re.I)


@dataclass(frozen=True)
class FoundCount:
    paragraph: int
    start: int
    as_written: str
    value: float
    unit: str  # '' for a bare number: the article names no unit
    qualifier: str | None  # as the schema words it: 'more than', 'about'


def find_counts(paragraphs: tuple[str, ...], taken: dict[int, list[tuple[int, int]]]) -> list[FoundCount]:
    """`taken`: paragraph -> (start, end) of the figures already found there."""
    found: list[FoundCount] = []
    for number, text in enumerate(paragraphs, 1):
        used = list(taken.get(number, []))
        for match in [*_MONEY.finditer(text), *_COUNT.finditer(text)]:
            count = _count(number, match, used)
            if count:
                used.append((match.start(), match.end()))
                found.append(count)
        for match in _OF_TOTAL.finditer(text):  # its part: '18 of the 798 segments'
            count = None if any(s <= match.start("value") < e for s, e in used) else _count(number, match, [])
            if count:
                used.append((match.start(), match.end("value")))
                found.append(count)
        for match in _BARE.finditer(text):
            if any(s <= match.start("value") < e for s, e in used) \
                    or re.fullmatch(r"(?:1[89]|20)\d\d", match.group("value")):
                continue
            found.append(FoundCount(number, match.start("value"), match.group("value"),
                                    float(match.group("value").replace(",", "")), "", None))
    return sorted(found, key=lambda c: (c.paragraph, c.start))


def _count(number: int, match: re.Match[str], used: list[tuple[int, int]]) -> FoundCount | None:
    if any(start < match.end() and match.start() < end for start, end in used):
        return None
    raw = match.group("value")
    groups = match.groupdict()
    noun = (groups.get("noun") or "").lower()
    if noun in NOT_COUNTED or re.fullmatch(r"(?:1[89]|20)\d\d", raw):
        return None  # 'three times', 'in 2007'
    if raw.lower() == "two" and _DETERMINED.search(match.string, 0, match.start()):
        return None  # 'the two sides', 'both two ...': the pair the text already has in mind'
    value = float(_WORDS[raw.lower()]) if raw.lower() in _WORDS else float(raw.replace(",", ""))
    scale = (groups.get("scale") or "").strip()
    unit = f"{groups['symbol']} {scale}".strip() if groups.get("symbol") else (
        f"{scale} {noun}".strip())
    written = match.group()
    qualifier = QUALIFIERS.get((match.group("qualifier") or "").lower())
    return FoundCount(number, match.start(), written, value, unit, qualifier)
