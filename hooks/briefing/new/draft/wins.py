"""A result told as a noun: 'Ali Maaloul's penalty gave Al Ahly a 1-0 win over Wydad Casablanca',
'Rosario Central's 2-0 victory against Boca Juniors', 'City recorded a narrow win over United'.
The two sides are the names before and after 'win over' (round 14, lead: the match a report was
about was no meeting; a 'handover' had been read from 'gave ... over')."""

from __future__ import annotations

import re

from briefing.new.draft.names import RUN

_KIND = (r"(?:(?:home|away|comfortable|narrow|convincing|emphatic|shock|surprise|hard-fought|deserved|"
         r"first-leg|second-leg|dramatic|famous|late)\s+)?")
_WIN_OVER = re.compile(
    rf"(?P<a>{RUN.pattern})(?:['’]s|\s+(?:recorded|secured|earned|claimed|sealed|clinched|grabbed|notched|"
    r"took|completed|(?:eased|cruised|stormed|romped|raced|battled|held\s+on)\s+to))?\s+(?:(?:a|an|their|its)\s+)?"
    rf"{_KIND}(?:\d{{1,3}}\s*[-–]\s*\d{{1,3}}\s+)?{_KIND}(?:win|victory|triumph)\s+(?:over|against)\s+"
    rf"(?:the\s+)?(?P<b>{RUN.pattern})")


def wins(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """(where, first side, second side) of each result told as a win over a side, in text[start:end]."""
    lowered = text[start:end].lower()
    if " over " not in lowered and " against " not in lowered:
        return []
    return [(match.start("a"), match.group("a"), match.group("b"))
            for match in _WIN_OVER.finditer(text, start, end)
            if match.group("a").split()[0] not in ("The", "A", "An", "Their", "Its")]
