"""Ceremonies told in the passive: a swearing-in ('Peter Mutharika will be sworn in as president
on Monday') and the opening of a work ('The bridge will be opened by the minister on October 3',
'The new terminal was opened by Transport Minister Mary Phiri on Monday'). Still to come, they are
the article's events wherever told; done, only in the lede (later, background: 'the hospital,
which was opened in 1952'). Each trigger is (where, name or None, event word, type, family,
definite), as mainevents._triggers gives them (round 14, probes: none was drafted)."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.new.draft.lexicon import OPENED_WORKS

Trigger = tuple[int, str | None, str, str, str, bool]

_AHEAD = (r"(?:will\s+be|(?:is|are)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+)?to\s+be|"
          r"would\s+be)")
_DONE = r"(?:was|were|has\s+been|have\s+been)"
_SWORN = re.compile(rf"\b(?:(?P<ahead>{_AHEAD})|{_DONE})\s+sworn\s+in\b")
_OPENED = re.compile(rf"\b(?i:{'|'.join(sorted(OPENED_WORKS, key=len, reverse=True))})\s+"
                     rf"(?:(?P<ahead>{_AHEAD})|{_DONE})\s+(?:officially\s+|formally\s+)?"
                     r"(?:opened|inaugurated|commissioned)\b(?!\s+(?:up|to\s+traffic\s+in\s+\d))")

# done, it is this story's when told with who, when or where ('was sworn in as president on Monday',
# 'was opened by the minister'), not 'was opened in 1952'
_TOLD = re.compile(r"(?:\s+as(?:\s+[\w\-]+){1,3}?)?\s+"
                   r"(?:by|on|at|yesterday|today|this|last|in\s+(?=[A-Z]))\b")


def ceremony_triggers(text: str, start: int, end: int, number: int,
                      quoted: Callable[[int], bool]) -> list[Trigger]:
    """The swearing-in or opening of sentence text[start:end] of paragraph `number`."""
    words = text[start:end]
    if "sworn in" not in words and "opened" not in words and "inaugurated" not in words \
            and "commissioned" not in words:
        return []
    for pattern, word, family in ((_SWORN, "swearing-in", "ceremony"), (_OPENED, "opening", "launch")):
        for match in pattern.finditer(text, start, end):
            if not quoted(match.start()) and (match.group("ahead") or number == 1
                                              and _TOLD.match(text, match.end()) is not None):
                return [(match.start(), None, word, "other", family, False)]
    return []
