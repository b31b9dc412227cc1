"""Events told as still to come by a verb, not by an event word: a fixture ('Olympiacos will face
Vouliagmeni in the final', 'is due to play Kalev'), a vote ('members would vote on the plan at
meetings in Mallow on Dec. 12'), a signing ('is due to sign the agreement ... on June 2') and a
court's next hearing ('adjourned the hearing to July 15'), a session of a conference ('is due
to close the conference on Sunday') and a body's meeting in its timetable ('The board meets on
Thursday').
Each trigger is (where, name or None, event word, type, family, definite), as
mainevents._triggers gives them; the event's date and status are found as for any other
(eventdates.clause_date, eventdates.told_ahead).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.new.draft.calendarwords import MONTH
from briefing.new.draft.lexicon import MEETING_MANNERS, REMAND_VERBS
from briefing.new.draft.names import RUN

Trigger = tuple[int, str | None, str, str, str, bool]

# 'will', 'would', 'is due to', 'are set to', 'is expected to', 'plans to': a plan in news copy
_AHEAD = (r"(?:will|would|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going)\s+to|(?:is|are)\s+to|"
          r"plans?\s+to|planned\s+to)\s+(?:now\s+|again\s+|also\s+|then\s+|formally\s+)?")
# 'Olympiacos will face Vouliagmeni', 'Kalev are due to play Tartu': the two sides of a fixture
_FACE = re.compile(rf"(?P<a>{RUN.pattern})\s+{_AHEAD}(?P<verb>face|play|take\s+on)\s+(?:the\s+)?"
                   rf"(?P<b>{RUN.pattern})")
# 'Cameroon play Argentina in the opening match on June 8': a fixture told in the present, by
# its calendar day (a weekday alone may be a report's: 'Olimpia play Cerro on Sunday' is either)
# (or by 'next' and a weekday, ahead whatever the tense: 'Central, who have 21 points from 11
# matches, play Boca Juniors at La Bombonera in Buenos Aires next Sunday'; an aside may follow the side)
_PLAYS = re.compile(rf"(?P<a>{RUN.pattern})(?:,[^,.;\"“”]{{1,60}},)?\s+(?P<verb>play|face|take\s+on)\s+"
                    rf"(?:the\s+)?(?P<b>{RUN.pattern})\s+(?:(?:in|at|on)\b[^.;\"“”]{{0,80}}?)?"
                    rf"(?:\b(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})\b"
                    r"|\bnext\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
# the same, seen from one side's name: before it, after it
FACE_BEFORE = re.compile(rf"\b{_AHEAD}(?:face|play|take\s+on)\s+(?:the\s+)?$")
FACE_AFTER = re.compile(rf"\s+{_AHEAD}(?:face|play|take\s+on)\s+(?:the\s+)?[A-Z]")
# 'would vote on the plan', 'are due to vote in June': a vote still to be taken
_VOTE = re.compile(rf"\b{_AHEAD}vote\s+(?:on|in|at|for|against|next|again)\b")
# round 18 (r17b, seen): 'The Pyhäjoki Municipal Council will decide on the partial master plan on
# Monday 26 August', 'the tribunal is expected to rule on the application on 3 May': a body's
# decision still to come, on its day (a person's 'will decide' is no event: the body is named)
_DECIDE = re.compile(r"(?i:\b(?:council|committee|board|court|tribunal|assembly|commission|cabinet|"
                     r"parliament|"
                     r"senate|panel|jury|regulator|authority|municipality|shareholders)\b)[^.;,\"“”]{0,60}?"
                     rf"\b{_AHEAD}(?:decide|rule|deliberate|make\s+(?:a|its)\s+(?:final\s+)?decision)\s+"
                     r"(?:on|whether|about|upon)\b")
# 'The board meets on Thursday', 'The council sits again next week': a body's meeting in its timetable
# (or told done, or ahead: 'The Cabinet met at noon', 'The committee met on Thursday in private',
# 'The committee will next meet in July'; 'will meet (again)' is _MEET's, in mainevents)
# (a manner between the verb and the day: 'The U.N. Security Council met behind closed doors on
# Thursday', 'met for three hours on Monday'; initials in the body's name: 'The U.N. ...')
_MANNERS = "|".join(manner.replace(" ", r"\s+") for manner in MEETING_MANNERS)
_MANNER = (rf"(?:(?:{_MANNERS})\s+"
           r"|for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:an?|one|two|three|four|"
           r"five|six|seven|eight|nine|ten|\d{1,2})\s+(?:hours?|minutes?)\s+)?")
_BODY_MEETS = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w\-]*\.?(?:[A-Z]\.)*\s+){0,3}"
                         r"(?:(?:[a-z][\w\-]*\s+){0,2}(?=[a-z]))?"
                         r"(?P<body>board|council|committee|commission|cabinet|senate|assembly|parliament)"
                         # ('The board of Havbruk Nord ASA met', 'The board of directors met')
                         r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*|directors|governors|trustees|management)"
                         r"(?:\s+[A-Z][\w'’\-]*){0,3})?\s+"
                         r"(?P<verb>meets|sits|convenes|reconvenes|met|sat|convened|reconvened|"
                         r"(?:will|is\s+(?:due\s+)?to)\s+next\s+(?:meet|sit|convene|reconvene))\s+"
                         rf"(?:again\s+)?{_MANNER}(?:on|next|this|in|at|yesterday|to-?day|last)\b",
                         re.IGNORECASE)
# 'is due to sign the agreement', 'will sign a treaty'; not 'refused to sign the deal'
_SIGN = re.compile(rf"\b{_AHEAD}sign\s+(?:a|an|the)\s+"
                   r"(?:[\w\-]+\s+){0,3}?(?:contract|deal|agreement|accord|treaty|memorandum|pact)\b")
# 'would ask their governments to start talks with Vietnam', 'urged both sides to resume
# negotiations': talks someone wants, not talks the article reports
REQUESTED = re.compile(r"\b(?:ask|asks|asked|asking|urge|urges|urged|urging|call\s+on|calls\s+on|called\s+on|"
                       r"press|pressed|pressing|want|wants|wanted|hope|hopes|hoped|propose|proposes|proposed)\b"
                       r"[^.;\"“”]{0,80}?\bto\s+(?:start|open|begin|launch|hold|resume|seek|enter)\s+"
                       r"(?:(?:new|formal|direct|fresh)\s+)?$")
# 'has written to the minister asking for an urgent meeting', 'called for talks', 'requested a
# meeting': a meeting asked for, none held or set
ASKED_FOR = re.compile(r"(?:\b(?:ask|asks|asked|asking|call|calls|called|calling|appeal|appeals|appealed|"
                       r"appealing|press|presses|pressed|pressing)\s+for|\b(?:request|requests|requested|"
                       r"requesting|seek|seeks|seeking|sought|demand|demands|demanded|demanding))\s+"
                       r"(?:an?\s+|the\s+)?(?:(?:urgent|early|new|fresh|direct|emergency|immediate)\s+)?$")
# 'adjourned the hearing to July 15', 'adjourned the case until Monday': the court's next
# hearing, on the day it names
_ADJOURNED = re.compile(r"\b(?:adjourn|suspend)(?:ed|s)\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+)?"
                        r"(?:hearing|case|trial|inquest|proceedings|matter)\s+(?:to|until|till)\b")
# 'is due to close the conference on Sunday', 'will address the summit': a session of the
# conference being held, with its own day and speaker
_SESSION = re.compile(rf"\b{_AHEAD}(?P<verb>open|close|address)\s+(?:the|this\s+year's)\s+(?:[\w\-]+\s+)?"
                      r"(?:conference|summit|congress|forum|convention|symposium)\b")
_SESSIONS = {"open": "opening session", "close": "closing session", "address": "session"}
# 'and will meet again in Nicosia on March 31': a second round, an event of its own; an
# adjournment to a named day; and a remand to the next appearance ('appeared ... on Monday and was
# remanded in custody to appear again on November 11')
_REMAND_WORDS = "|".join(verb.replace(" ", r"\s+") for verb in REMAND_VERBS)
REMANDED = rf"\b(?:{_REMAND_WORDS})\b[^.;\"“”]{{0,80}}?\bto\s+(?:re-?)?appear\b"
AGAIN = re.compile(rf"{_AHEAD}(?:meet|hold\s+(?:talks|a\s+meeting))\s+again\b|{_ADJOURNED.pattern}"
                   rf"|{REMANDED}")


def plan_triggers(text: str, start: int, end: int, quoted: Callable[[int], bool]) -> list[Trigger]:
    """The planned events of sentence text[start:end]; `quoted(at)`: inside someone's words."""
    found: list[Trigger] = []
    lowered = text[start:end].lower()  # (cheap word checks first: a run of names is slow to try)
    sides = any(f" {verb} " in lowered for verb in ("face", "play", "take on"))
    for match in [*_FACE.finditer(text, start, end), *_PLAYS.finditer(text, start, end)] if sides else ():
        if not quoted(match.start()):
            found.append((match.start("verb"), f"{match.group('a')} v {match.group('b')}", "match",
                          "other", "sport", False))
            break
    for match in _VOTE.finditer(text, start, end):
        if not quoted(match.start()):
            found.append((match.start(), None, "vote", "other", "vote", False))
            break
    for match in _DECIDE.finditer(text, start, end) if "decid" in lowered or "rul" in lowered else ():
        if not quoted(match.start()):
            found.append((match.start(), None, "decision", "other", "vote", False))
            break
    adjourned = "adjourn" in lowered or "suspend" in lowered
    for match in _ADJOURNED.finditer(text, start, end) if adjourned else ():
        if not quoted(match.start()):
            found.append((match.start(), None, "hearing", "other", "court", False))
            break
    for match in _SESSION.finditer(text, start, end):
        if not quoted(match.start()):
            found.append((match.start(), None, _SESSIONS[match.group("verb")], "meeting", "session", False))
            break
    for match in _BODY_MEETS.finditer(text, start, end) if any(
            f" {verb} " in lowered for verb in ("meets", "sits", "met", "sat", "meet", "sit")) \
            or "convene" in lowered else ():
        if not quoted(match.start()):  # (told done or ahead: the body is the event's subject,
            # read from its word: 'committee will next meet' is another meeting than the last)
            timetable = match.group("verb").lower() in ("meets", "sits", "convenes", "reconvenes")
            found.append((match.start("verb" if timetable else "body"), None, "meeting", "meeting",
                          "meeting", False))
            break
    for match in _SIGN.finditer(text, start, end):
        if not quoted(match.start()):
            found.append((match.start(), None, "signing", "other", "signing", False))
            break
    return found
