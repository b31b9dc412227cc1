"""Sides named by the match they play, with no club word of their own: 'a match against Pirin',
'Aalborg Håndbold beat GOG 31-29', 'GOG lost to Aalborg 29-31', 'Olympiacos will face Vouliagmeni'.
A country is its national side but stays a place; a name opening with a given name may be a
player ('a match against Rafael Nadal'), so it is left to the rules for people, unless a club's
word closes it ('against Adama City')."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import (
    CITIES,
    COUNTRIES,
    DEMONYMS,
    PLACE_HEADS,
    REGIONS,
    RESULT_VERBS,
    SIDE_TAILS,
)
from briefing.new.draft.names import Run
from briefing.new.draft.plans import FACE_AFTER, FACE_BEFORE

_MATCH_NOUNS = ("match|game|tie|final|semi-final|semifinal|quarter-final|derby|fixture|clash|draw|win|"
                "defeat|victory|loss")
_AGAINST = re.compile(rf"\b(?:{_MATCH_NOUNS})\s+(?:against|with|over|to|versus|vs\.?|v\.?)\s+$")
_RESULT = "|".join(re.escape(v) for v in sorted(
    {*RESULT_VERBS, "beating", "defeating", "thrashing", "edging", "beaten by", "losing to", "drawing with"},
    key=len, reverse=True))
_SCORE = r"\s+\d{1,3}[-–]\d{1,3}\b"
_BEAT_AFTER = re.compile(rf"\s+(?:{_RESULT})\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?{_SCORE}")
_BEAT_BEFORE = re.compile(rf"\b(?:{_RESULT})\s+(?:the\s+)?$")  # ('after beating the Sharks 31-24')
# 'the Bulls won 44-10 at Loftus Versfeld': a side named with 'the' and its score (a player is
# named without it)
_THE_BEFORE = re.compile(r"\bthe\s+$")
_WON_AFTER = re.compile(rf"\s+(?:won|lost|drew|led|trailed){_SCORE}")
# 'Sundowns play Kaizer Chiefs at FNB Stadium next Saturday': a side's fixture told in the plural
# verb British copy gives a side ('Nadal plays Federer' is one player's), then where or when
# (an aside may follow the subject: 'Central, who have 21 points from 11 matches, play Boca Juniors')
_PLAY_BEFORE = re.compile(r"\b[A-Z][\w\-]+(?:,[^,.;\"“”]{1,60},)?\s+play\s+(?:the\s+)?$")
# A fixture ahead told by an infinitive, or by a side hosting another, in a paragraph on a league's table.
_TO_FACE = re.compile(r"\bto\s+(?:face|play)\s+(?:the\s+)?$")
_HOST_BEFORE = re.compile(r"\b[A-Z][\w\-]+(?:,[^,.;\"“”]{1,60},)?\s+(?:host|hosts|visit|visits)\s+"
                          r"(?:the\s+)?$")
_FACED_AFTER = re.compile(r"\s*[,.;]|\s+(?:at|on|in|next|this)\b")
_STANDINGS = re.compile(r"\b(?:points|the\s+table|league|standings|fixtures?|derby)\b")
_PLAY_AFTER = re.compile(r"\s+(?:at|on|in|next|this|away|at\s+home)\b")
# The score told before the other side: 'Arsenal lost 1-0 to Aston Villa', 'Celtic won 3-1 at
# Ibrox' is no side (a ground), so only 'to', 'against' and 'with'.
_SCORED = (r"(?:lost|won|drew|went\s+down|fell|slipped)" + _SCORE
           + r"\s+(?:(?:away\s+|at\s+home\s+)?to|against|with)")
_SCORED_AFTER = re.compile(rf"\s+{_SCORED}\s+[A-Z]")
# A league table's margin: 'three points behind Palmeiras', 'four points clear of Vasco', 'level on
# points with Ceará' (round 12; a given name opening the name is a driver's or a golfer's, left).
_TABLE_MARGIN = re.compile(r"\bpoints?\s+(?:behind|ahead\s+of|clear\s+of|above|below|adrift\s+of|off)\s+$"
                           r"|\blevel\s+on\s+points\s+with\s+$")
_SCORED_BEFORE = re.compile(rf"\b{_SCORED}\s+$")
# A player's club: 'played his club rugby for Vaimoso', 'turned out for Ponsonby', 'signed for
# Olimpia', 'played for Olimpia and Cerro Porteño' (round 13, stint 2: none was a body).
# A player's move from a side: 'joined the club from X', 'signed from X', 'moved from X last year'.
_MOVED_FROM = re.compile(r"\b(?:joined|signed|moved|arrived|came|transferred)\s+(?:[a-z]+\s+){0,3}?from\s+"
                         r"(?:the\s+)?$")
_PLAYS_FOR = re.compile(r"\b(?:played|plays|playing|signed|signs|signing|turned\s+out|turns\s+out)\s+"
                        r"(?:(?:his|her|their)\s+)?(?:(?:club|county|provincial|senior|junior|youth)\s+)?"
                        r"(?:(?:rugby|football|soccer|cricket|hockey|basketball|netball|volleyball|handball)\s+)?"
                        r"for\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,?\s+and\s+(?:the\s+)?)?$")


def plays_a_match(text: str, run: Run) -> bool:
    """The run is a side: the opponent in 'a match against X', or a side in 'X beat Y 31-29'."""
    tokens = run.tokens
    if not tokens or is_given_name(tokens[0]) and (len(tokens) < 2 or tokens[-1] not in SIDE_TAILS) \
            or len(tokens) > 3 \
            or any(t in COUNTRIES or t in CITIES or t in REGIONS or t in DEMONYMS
                   for t in [run.text, *tokens]):
        return False
    before = window.before(text, run.start)[-40:]
    if _AGAINST.search(before) or _TABLE_MARGIN.search(before) or _PLAYS_FOR.search(before):
        return True
    if len(tokens) >= 2 and tokens[-1] in SIDE_TAILS and _MOVED_FROM.search(before):
        return True  # 'who joined the club from Roan United in January' (round 19: nothing)
    if _SCORED_AFTER.match(text, run.end) or _SCORED_BEFORE.search(before):
        return True  # 'Arsenal lost 1-0 to Aston Villa'
    if _BEAT_AFTER.match(text, run.end) or FACE_BEFORE.search(before) or FACE_AFTER.match(text, run.end):
        return True  # ('Olympiacos will face Vouliagmeni in the final': a fixture still to be played)
    if _THE_BEFORE.search(before) and _WON_AFTER.match(text, run.end):
        return True
    if (_TO_FACE.search(before) and _FACED_AFTER.match(text, run.end)
            or _HOST_BEFORE.search(window.before(text, run.start)[-110:])
            and _PLAY_AFTER.match(text, run.end)) \
            and _STANDINGS.search(text) \
            and tokens[-1].lower() not in PLACE_HEADS:
        return True  # 'They travel to Rivera on Saturday to face Frontera Rivera Chico, while Defensor
        # host Liverpool in Montevideo on Sunday' in a report of the table (round 16: neither drafted)
    if _PLAY_BEFORE.search(window.before(text, run.start)[-110:]) and _PLAY_AFTER.match(text, run.end) \
            and tokens[-1].lower() not in PLACE_HEADS:
        return True
    return bool(_BEAT_BEFORE.search(before)) and re.match(_SCORE, text[run.end:run.end + 10]) is not None
