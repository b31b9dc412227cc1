"""A result told as a noun: 'Ali Maaloul's penalty gave Al Ahly a 1-0 win over Wydad Casablanca',
'Rosario Central's 2-0 victory against Boca Juniors', 'City recorded a narrow win over United'.
The two sides are the names before and after 'win over' (round 14, lead: the match a report was
about was no meeting; a 'handover' had been read from 'gave ... over')."""

from __future__ import annotations

import re

from briefing.new.draft.names import RUN
from briefing.new.draft.sentences import sentence_at

_KIND = (r"(?:(?:home|away|comfortable|narrow|convincing|emphatic|shock|surprise|hard-fought|deserved|"
         r"first-leg|second-leg|dramatic|famous|late)\s+)?")
_WIN_OVER = re.compile(
    rf"(?P<a>{RUN.pattern})(?:['’]s|\s+(?:recorded|secured|earned|claimed|sealed|clinched|grabbed|notched|"
    r"took|completed|(?:eased|cruised|stormed|romped|raced|battled|held\s+on)\s+to))?\s+(?:(?:a|an|their|its)\s+)?"
    rf"{_KIND}(?:\d{{1,3}}\s*[-–]\s*\d{{1,3}}\s+)?{_KIND}(?P<w>win|victory|triumph)\s+(?:over|against)\s+"
    rf"(?:the\s+)?(?P<b>{RUN.pattern})")


# round 20 (r20a: 'The Flying Fijians are back in Suva after Saturday's 31-24 win over Manu Samoa'
# drafted a side 'Saturday'): a day's win is the sentence's subject's, named where it opens
_DAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Yesterday|Today|Tonight")
_SUBJECT = re.compile(rf"\s*(?:The\s+)?(?P<a>{RUN.pattern})")


def wins(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """(where, first side, second side) of each result told as a win over a side, in text[start:end]."""
    lowered = text[start:end].lower()
    if " over " not in lowered and " against " not in lowered:
        return []
    found = []
    for match in _WIN_OVER.finditer(text, start, end):
        first, at = match.group("a"), match.start("a")
        if _DAY.fullmatch(first):  # (told at the day's end: the day before it is the match's)
            opening = _SUBJECT.match(text, max(start, sentence_at(text, match.start("a"))[0]))
            if opening is None or opening.start("a") >= match.start("a") \
                    or _DAY.fullmatch(opening.group("a")):
                continue
            first, at = opening.group("a"), match.end("a")
        elif first.split()[0] in ("The", "A", "An", "Their", "Its"):
            continue
        found.append((at, first, match.group("b")))
    return found

