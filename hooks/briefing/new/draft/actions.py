"""Events an article is about that are no meeting in name, told by a verb: a call ('spoke to X by
telephone', 'phoned X'), a result told by a participle with its score ('..., beating GOG 33-29'),
and, in the lede only, a sanction ('suspended the licence of', 'have been banned'), a launch or
an orbit reached ('was launched', 'was placed in a halo orbit').

The lede's verb is what the headline is about; the same verbs later in the article ('flights were
suspended') are background, so sanctions and launches count only in the first paragraph.
Each trigger is (where, name or None, event word, type, family, definite), as
mainevents._triggers gives them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.new.draft.names import RUN

Trigger = tuple[int, str | None, str, str, str, bool]

_CALL = re.compile(r"\b(?:spoke|speaks|talked|talks|spoken)\s+(?:(?:by\s+(?:tele)?phone|over\s+the\s+"
                   r"(?:tele)?phone)\b|(?:to|with)\b[^.;\"“”]{1,80}?\bby\s+(?:tele)?phone\b)"
                   r"|\b(?:phoned|telephoned|rang)\s+(?=[A-Z])")
_BEATING = re.compile(rf"\b(?:beating|defeating|edging|thrashing|overcoming|losing\s+to|drawing\s+with)"
                      rf"\s+(?P<b>{RUN.pattern})\s+\d{{1,3}}\s*[-–]\s*\d{{1,3}}\b")
_SIDE_A = re.compile(rf"\s*(?:[A-Z][A-Z ,.]{{2,40}}(?:\([^)]*\))?\s*[-—–:]\s*)?(?P<a>{RUN.pattern})")
# a sanction: the verb (or 'have been banned'), and the event word it stands for
_SANCTIONS = {"suspended": "suspension", "banned": "ban", "barred": "ban", "fined": "fine",
              "expelled": "expulsion", "revoked": "revocation", "disqualified": "disqualification",
              "sanctioned": "sanction"}
_SANCTION = re.compile(rf"\b(?P<verb>{'|'.join(_SANCTIONS)})\b(?!\s+(?:from\s+)?(?:flights?|trading|"
                       r"operations|services|work|classes|talks)\b)")
_LAUNCH = re.compile(r"\b(?:(?:was|were|has\s+been|have\s+been)\s+launched|lifted\s+off|blasted\s+off)\b"
                     r"|\b(?P<orbit>(?:was|were|has\s+been|have\s+been)\s+placed\s+in(?:to)?|entered|reached)"
                     r"\s+(?:an?\s+|its\s+)?(?:[\w\-]+\s+){0,2}?orbit\b")


def action_triggers(text: str, start: int, end: int, number: int,
                    quoted: Callable[[int], bool]) -> list[Trigger]:
    """The triggers of sentence text[start:end] of paragraph `number`; `quoted(at)`: inside
    someone's quoted words (never the article's report)."""
    found: list[Trigger] = []
    for match in _CALL.finditer(text, start, end):
        if not quoted(match.start()):
            found.append((match.start(), None, "phone call", "meeting", "call", False))
    for match in _BEATING.finditer(text, start, end):
        side = _SIDE_A.match(text, start)
        if side and not quoted(match.start()) and side.start("a") < match.start():
            found.append((match.start(), f"{side.group('a')} v {match.group('b')}", "match",
                          "other", "sport", False))
    if number != 1:
        return found
    for match in _SANCTION.finditer(text, start, end):
        if not quoted(match.start()):
            found.append((match.start(), None, _SANCTIONS[match.group("verb")], "other", "sanction",
                          False))
            break
    for match in _LAUNCH.finditer(text, start, end):
        if not quoted(match.start()):
            word = "orbit insertion" if match.group("orbit") else "launch"
            found.append((match.start(), None, word, "other", "launch", False))
            break
    return found
