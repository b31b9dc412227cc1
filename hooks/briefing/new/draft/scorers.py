"""Who scored, in a match report: 'Tigist Alemu put the Bank ahead after 14 minutes', 'Hawassa
levelled through Meseret Tadesse', 'X headed the winner', 'X fired home a penalty'.

A goal is scored by a player, never by a club: a name of two to four words is a person's where it
is the subject of a scoring verb or comes after 'through' in a sentence about goals, unless a
word in it is a club's, a body's or a place's ('Hawassa City put ...', 'ahead through Real
Madrid's pressure' has no scorer).
"""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.lexicon import CITIES, COUNTRIES, DEMONYMS, ORG_HEADS, PLACE_HEADS, SIDE_TAILS
from briefing.new.draft.names import Run
from briefing.new.draft.sentences import sentence_at

# Words of a sentence about a goal.
_GOAL_WORDS = re.compile(r"\b(?:ahead|lead|level|levell?ed|equali[sz]ed|equali[sz]er|winner|opener|"
                         r"goal|goals|header|penalty|free[- ]kick|half-time|minutes?|net|home|"
                         # round 14: 'X scored twice for Barcelona before Y pulled one back'
                         r"scored|hat-trick|brace)\b")
# A scorer's act, right after the name: 'put the Bank ahead', 'headed the winner', 'fired home'.
_SCORES = re.compile(r"\s+(?:put|gave|headed|scored|netted|struck|fired|slotted|curled|converted|volleyed|"
                     r"tapped|nodded|rifled|smashed|poked|lobbed)\s+(?:in\s+|home\s+)?"
                     r"(?:the|a|an|his|her|their|its|home|in|[A-Z])"
                     r"|\s+(?:scored|netted)\s+(?:twice|once|again|three\s+times|a\s+hat-trick|a\s+brace)\b"
                     r"|\s+pulled\s+(?:one|a\s+goal)\s+back\b")
_THROUGH = re.compile(r"\b(?:levell?ed|equali[sz]ed|ahead|lead|replied|back|scored|doubled\s+\w+\s+lead)"
                      r"\s+(?:[a-z\-]+\s+){0,3}?(?:through|via)\s+$")


def scored(text: str, run: Run, name: list[str]) -> bool:
    """`name`: the run's name without its title; `text`: its paragraph."""
    if not 2 <= len(name) <= 4 or any(
            t in COUNTRIES or t in CITIES or t in DEMONYMS or t in SIDE_TAILS
            or t.lower() in ORG_HEADS | PLACE_HEADS for t in name):
        return False
    start, end = sentence_at(text, run.start)
    if not _GOAL_WORDS.search(text[start:end]):
        return False
    return bool(_SCORES.match(text, run.end) or _THROUGH.search(window.before(text, run.start)))
