"""A results box or a fixture list under a sports report: 'Results (Sunday): Thimphu Royals 2
Punakha Valley 1; Tashigang United 2 Haa Archers 0.', 'Semi-finals: Saturday – Thimphu Royals v
Tashigang United; Sunday – Paro Dzongkhag v Gelephu Eagles.' Every name on such a line is a side:
a club, though it reads like a person ('Haa Archers' was one) or a place ('Punakha Valley'). A
line needs two results or two fixtures ('Smith v Jones' alone is a court case's name)."""

from __future__ import annotations

import re

from briefing.new.draft.lexicon import COUNTRIES, DEMONYMS
from briefing.new.draft.names import RUN

_SIDE = rf"(?P<a>{RUN.pattern})"
_OTHER = rf"(?P<b>{RUN.pattern})"
# (each closes at ';', ',', '.', or the line's end)
_RESULT = re.compile(rf"{_SIDE}\s+\d{{1,3}}\s*,?\s+{_OTHER}\s+\d{{1,3}}(?=\s*(?:[;,.]|$))", re.M)
_FIXTURE = re.compile(rf"{_SIDE}\s+(?:v|vs)\.?\s+{_OTHER}(?=\s*(?:[;,.(]|$))", re.M)


def box_sides(paragraphs: tuple[str, ...]) -> set[str]:
    """The sides named on the results and fixture lines of `paragraphs`, countries aside."""
    sides: set[str] = set()
    for text in paragraphs:
        for line in text.split("\n"):
            for pattern in (_RESULT, _FIXTURE):
                pairs = list(pattern.finditer(line))
                if len(pairs) >= 2:
                    sides.update(name for m in pairs for name in (m.group("a"), m.group("b"))
                                 if name not in COUNTRIES and name not in DEMONYMS)
    return sides
