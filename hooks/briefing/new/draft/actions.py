"""Events an article is about that are no meeting in name, told by a verb: a call ('spoke to X by
telephone', 'phoned X'), a result told by a participle with its score ('..., beating GOG 33-29'), a
result told after 'to' ('came from behind to beat Flamengo 2-1': the sentence's subject is the
other side), a stage race's stage won ('won the ninth stage'), an accused's court appearance ('is
due to appear before Leeds Magistrates' Court on Thursday', 'remanded in custody to appear again on
May 3'), a court acting ('The Supreme Court ... ordered a halt', 'heard arguments'), a vote ('voted
to', 'passed ... by 78 votes to 41', 'the motion was carried'), and, in the lede only, a sanction
('suspended the licence of', 'have been banned'), a body's decision ('the banking watchdog approved
the transfer'), a launch or an opening ('was launched', 'The shipyard launched a ferry', 'opened
three field hospitals') or an orbit reached ('was placed in a halo orbit').

The lede's verb is what the headline is about; the same verbs later in the article ('flights were
suspended') are background, so sanctions and launches count only in the first paragraph.
Each trigger is (where, name or None, event word, type, family, definite), as
mainevents._triggers gives them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.new.draft.gists import dateline_end
from briefing.new.draft.lexicon import COURT_SEATS, DEAL_NOUNS
from briefing.new.draft.names import RUN
from briefing.new.draft.plans import REMANDED

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
                       r"operations|services|work|classes|talks)\b)"
                       # (round 18, develop set r18a: 'suspended the trial ... until Oct. 20': an
                       # adjournment, the court's next sitting; mainevents._TOLD_BY_VERB)
                       r"(?!\s+(?:the|its|his|her|their)\s+(?:[\w\-]+\s+)?(?:trial|hearing|case|proceedings|"
                       r"session|sitting|inquest)\b)")
# A craft's return ('A capsule ... landed in the desert near Woomera on Sunday'), and a body
# calling others in ('The Central Bank on Wednesday summoned the chief executives of X and Y').
_LANDED = re.compile(r"\b(?:landed|touched\s+down|splashed\s+down)\b(?!\s+(?:a|an|the|its|his|her|their)\b)")
_SUMMONED = re.compile(r"\bsummoned\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:heads?|chiefs?|executives?|"
                       r"bosses|managers?|directors?|representatives|officials|ambassadors?|envoys?|"
                       r"chairm[ae]n|leaders?)\b")
_LAUNCH = re.compile(r"\b(?:(?:was|were|has\s+been|have\s+been)\s+launched|lifted\s+off|blasted\s+off|"
                     # 'Europe's new Ariane 6 rocket on Thursday put its first commercial payload
                     # into orbit': a launch told by what it did
                     r"(?:put|placed|carried|sent)\s+(?:[\w\-']+\s+){1,6}?into\s+(?:[\w\-]+\s+)?orbit)\b"
                     r"|\b(?P<orbit>(?:was|were|has\s+been|have\s+been)\s+placed\s+in(?:to)?|entered|reached)"
                     r"\s+(?:an?\s+|its\s+)?(?:[\w\-]+\s+){0,2}?orbit\b")

# round 21 (develop set r20b): 'An IMF mission led by Carlos Alberto Leite arrives in Maputo on June 22
# for a regular review': a visiting party's arrival somewhere is its visit (a party, not a person or a
# ship: 'the minister arrived late', 'the ship arrived in port' are no event of their own)
_ARRIVES = re.compile(r"\b(?:mission|delegation|team|inspectors|envoys?|observers)\b[^.;:\"“”]{0,80}?"
                      r"(?P<verb>\b(?:arrives|arrived|will\s+arrive|is\s+(?:due|expected|set|scheduled)\s+to\s+"
                      r"arrive|are\s+(?:due|expected|set|scheduled)\s+to\s+arrive)\s+in\s+(?=[A-Z]))")
# 'came from behind to beat Flamengo', 'went on to defeat Skjern': the result after 'to'
_TO_BEAT = re.compile(rf"\bto\s+(?:beat|defeat|edge|overcome|stun|thrash|rout|down|see\s+off)\s+"
                      rf"(?P<b>{RUN.pattern})")
# a court acting: its name or word, then the verb within the clause
_COURT_ACTS = {"heard": "court hearing", "hears": "court hearing", "will hear": "court hearing",
               "to hear": "court hearing",  # ('will hear the case against Barreto on Wednesday', 'is due
               # to hear': round 16, lead)
               "ordered": "ruling", "orders": "ruling",
               "upheld": "ruling", "overturned": "ruling", "quashed": "ruling", "struck down": "ruling",
               "dismissed": "ruling", "threw out": "ruling", "annulled": "ruling", "halted": "ruling",
               "blocked": "ruling", "ruling": "ruling", "fined": "ruling", "fines": "ruling",
               "awarded": "ruling"}
_COURT_ACT = re.compile(r"\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Jj]ustices?|[Bb]ench|[Mm]agistrates?|"
                        r"[Cc]oroner)\b[^.;,\"“”]{0,60}?"
                        r"\b(?P<verb>" + "|".join(_COURT_ACTS).replace(" ", r"\s+") + r")\b")
# a party asking a named court on a day ('asked the Federal Court on Wednesday to block the sale',
# 'petitioned the High Court on Monday'): that day's hearing
_ASKED_COURT = re.compile(r"\b(?:asked|urged|petitioned|applied\s+to)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w'’\-]*\s+){1,4}?(?:Court|Tribunal)(?:\s+of\s+[A-Z][\w\-]*)?\s+(?=(?:on|yesterday|today|this)\b)")
# a vote: 'voted to', 'voted on Wednesday to', '... by 78 votes to 41', 'the motion was carried'
# a body deciding: 'Poland's banking watchdog on Wednesday approved', 'the city council has voted'
_BODY = (r"(?:parliament|council|assembly|senate|congress|legislature|lawmakers|deputies|MPs|"
         r"regulator|watchdog|commission|authority|authorities|board|committee|cabinet|government)")
# a vote: a body 'voted to', 'voted on Wednesday to' (not a person: 'Tom Grey voted to strike'),
# anyone 'voted against' or 'for' (a side in a vote), a tally ('by 78 votes to 41'), 'the motion
# was carried'
# ('Halifax city council voted 8-3 on Tuesday night to close ...': a tally and a day before 'to')
_VOTE = re.compile(rf"(?i:\b{_BODY}\b)[^.;,\"“”]{{0,40}}?\bvot(?:ed|es)\s+(?:[\w\-]+\s+){{0,4}}?to\b"
                   # round 15 (events): 'Members of the Cooperativa Agraria X voted on Saturday to sell',
                   # 'Shareholders of Kanzi Copper Plc voted on Tuesday to approve': a named body's vote
                   r"|\b(?:[Mm]embers|[Ss]hareholders|[Dd]elegates|[Ss]tockholders)\s+(?:of|at)\s+(?:the\s+)?[A-Z]"
                   r"[^.;,\"“”]{0,80}?\b(?:have\s+|had\s+)?voted\s+(?:[\w\-]+\s+){0,4}?to\b"
                   r"|\bvoted\s+(?:\w+\s+){0,2}?(?:for|against|in\s+favou?r|unanimously)\b"
                   r"|\bby\s+\d[\d,]*\s+votes?\s+to\s+\d|\bby\s+a\s+vote\s+of\s+\d"
                   r"|\b(?:motion|bill|measure|proposal|resolution)\s+(?:was\s+)?(?:carried|passed|defeated)\b")
_DECIDED = re.compile(rf"\b{_BODY}\b[^.;,\"“”]{{0,40}}?\b(?P<verb>approved|passed|adopted|rejected|ratified|"
                      r"endorsed|cleared|vetoed|authori[sz]ed)\b", re.IGNORECASE)
# 'spoke to reporters after the cabinet approved the budget': another event's time, not the lede's
_AFTER = re.compile(r"\b(?:after|before|since|until|when|once)\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,2}$")
_LEGISLATURE = re.compile(r"parliament|council|assembly|senate|congress|legislature|lawmakers|deputies|"
                          r"MPs", re.IGNORECASE)
# the lede's deal between firms: 'said it had agreed to sell its chain to Y', 'agreed to buy X'
_DEAL = re.compile(r"\b(?:agreed|agreement|deal|offer|bid)\s+to\s+(?:sell|buy|acquire|merge|take\s+over|"
                   r"purchase)\b")
# a return: 'The National Museum on Tuesday handed a gilded helmet back to Ptuj', 'handed over
# the remains', 'repatriated', 'returned the bronzes to Nigeria' (lede only: later, background)
# (round 14, lead: not 'gave Al Ahly a 1-0 win over Wydad': 'over' after a win is no handing over)
_HANDED = re.compile(r"\b(?:handed|hands|gave)\b(?![^.;\"“”]{0,80}?\b(?:win|wins|victory|lead|advantage|edge|"
                     r"triumph|control|priority|precedence)\s+over\b)[^.;,\"“”]{0,80}?\b(?:back|over)\b|"
                     r"\b(?:repatriated|"
                     r"repatriates)\b|\b(?:returned|returns)\s+(?:the|a|an|its|their|\d[\d,]*)\s[^.;,\"“”]{0,60}?"
                     r"\bto\s+(?=[A-Z])")
# 'The Uljanik shipyard launched the largest car ferry', 'opened three field hospitals': not
# 'opened fire', 'launched an investigation', 'opened the way'
_OPENED = re.compile(r"\b(?P<verb>launched|opened|inaugurated|unveiled|commissioned)\s+"
                     r"(?!fire\b|up\b|talks\b|negotiations\b|(?:an?|the|its|their|a\s+new)\s+(?:[\w\-]+\s+)?(?:investigation|inquiry|"
                     r"probe|appeal|attack|offensive|bid|raid|case|way|door|doors|proceedings|review)\b)"
                     r"(?:an?|the|its|their|his|her|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s")

# A signing told only in an apposition or a participle after the deal it made ('The agreement,
# signed on Saturday at the ministry in Pasig, ends ...', 'the accord reached in Arusha last week'):
# the article's event, when the phrase says when or where it happened (not 'the treaty signed
# in 1998', not 'a deal signed by both sides', background or no act of this story).
_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_SIGNED_APART = re.compile(
    rf"\b(?:{'|'.join(DEAL_NOUNS)})(?:\s+of\s+understanding)?(?:,\s+|\s+)"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?P<verb>signed|reached|struck|sealed|concluded|agreed)\s+"
    rf"(?=(?:on\s+{_DAYS}|{_DAYS}|last\s+(?:week|month|night|{_DAYS})|yesterday|earlier\s+this\s+week|"
    r"(?:at|in)\s+(?:the\s+)?[A-Z](?!(?:anuary|ebruary|arch|pril|ay|une|uly|ugust|eptember|ctober|"
    r"ovember|ecember)\b)))")

# Evidence given to an inquiry or a committee ('told a parliamentary inquiry on Tuesday',
# 'testified before the Senate committee'), and the body hearing it ('The committee, chaired by X,
# heard evidence from', 'The inquiry will hear the former minister on February 10'): a hearing.
_BODIES = r"(?:inquiry|committee|commission|panel)"
_EVIDENCE = re.compile(
    # (round 15, events: 'will brief parliament's health committee on Tuesday', 'addressed the
    # committee': evidence given in person)
    rf"\b(?P<told>told|testified\s+(?:to|before)|gave\s+evidence\s+(?:to|before)|appeared\s+before|"
    rf"brief(?:ed|s)?|address(?:ed|es)?)\s+"
    rf"(?:a|an|the|[\w\-]+['’]s)\s+(?:[\w\-]+\s+){{0,2}}?(?P<body>{_BODIES})\b"
    rf"|\b(?P<body2>(?i:{_BODIES}))(?:,[^,;.\"“”]{{1,80}},)?\s+(?:said\s+(?:it|they)\s+)?"
    r"(?:will\s+|would\s+|is\s+(?:due\s+)?to\s+|plans\s+to\s+)?(?:next\s+)?"
    r"(?:hear|heard|hears|(?P<asks>question|questioned|questions|quiz|quizzed|grill|grilled|"
    r"(?:take|took|takes)\s+evidence\s+from))\b"
    r"(?!\s+(?:that|of|about|how|whether|why|if|the\s+(?:need|decision|wisdom|legality|figures?|plan)\b))")
# A minister telling a house of parliament on a day ('told the Commons on Tuesday', 'told the House
# of Assembly on Tuesday'): that day's sitting, with the minister
_HOUSE = re.compile(r"\b(?:told|addressed|briefed|informed)\s+(?:the\s+)?"
                    r"(?P<house>House\s+of\s+[A-Z]\w+|Commons|Lords|Senate|Parliament|National\s+Assembly|Legislative\s+(?:Council|Assembly)|Dáil|"
                    r"Knesset|Bundestag|Duma|Sejm|Storting|Riksdag|Lok\s+Sabha|Rajya\s+Sabha)\b"
                    r"(?=\s+(?:on|yesterday|today|this|last)\b)")


# An accused's appearance in court ('is due to appear before Leeds Magistrates' Court on Thursday',
# 'will appear in court on Monday', 'is due in court on Friday', 'appeared at a special sitting of
# the court'), and the one a remand sends them to ('was remanded in custody to appear again on
# May 3'): a court appearance; not 'outside the court building'.
_APPEAR = re.compile(rf"\b(?:appear(?:s|ed|ing)?|due)\s+(?:again\s+)?(?:in|before|at)\s+"
                     rf"(?:[\w'’\-]+\s+){{0,5}}?(?i:{'|'.join(COURT_SEATS)})(?![\w\-])"
                     r"(?!\s+(?:building|buildings|steps|house|gates?|grounds|reporters?)\b)"
                     rf"|{REMANDED}")


# a stage race's stage won: 'won the ninth stage of the Vuelta a Colombia on Sunday', 'took the
# 14th stage', 'claimed the final stage' (a stage with an ordinal: not 'at this stage')
_STAGE = re.compile(r"\b(?:won|wins|took|takes|claimed|claims|captured)\s+(?:the\s+)?"
                    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                    r"twelfth|\d{1,2}(?:st|nd|rd|th)|final|opening|last|queen)\s+(?:mountain\s+)?stage\b")


def action_triggers(text: str, start: int, end: int, number: int,
                    quoted: Callable[[int], bool]) -> list[Trigger]:
    """The triggers of sentence text[start:end] of paragraph `number`; `quoted(at)`: inside
    someone's quoted words (never the article's report)."""
    found: list[Trigger] = []
    for match in _CALL.finditer(text, start, end):
        if not quoted(match.start()):
            found.append((match.start(), None, "phone call", "meeting", "call", False))
    for match in _BEATING.finditer(text, start, end):
        side = _SIDE_A.match(text, start or dateline_end(text))
        if side and not quoted(match.start()) and side.start("a") < match.start():
            found.append((match.start(), f"{side.group('a')} v {match.group('b')}", "match",
                          "other", "sport", False))
    for match in _TO_BEAT.finditer(text, start, end):
        side = _SIDE_A.match(text, start or dateline_end(text))
        if side and not quoted(match.start()) and side.end("a") < match.start():
            found.append((match.start(), f"{side.group('a')} v {match.group('b')}", "match",
                          "other", "sport", False))
    for match in _STAGE.finditer(text, start, end) if "stage" in text[start:end] else ():
        if not quoted(match.start()):
            found.append((match.start(), None, "stage", "other", "sport", False))
            break
    for match in _COURT_ACT.finditer(text, start, end):
        if not quoted(match.start("verb")) and not re.search(r"\b(?:which|that|who)\s+$",
                                                            text[match.start():match.start("verb")]):
            word = _COURT_ACTS[" ".join(match.group("verb").split())]
            found.append((match.start("verb"), None, word, "other", "court", False))
            break
    words = text[start:end]
    for match in _ASKED_COURT.finditer(text, start, end) if "Court" in words or "Tribunal" in words else ():
        if not quoted(match.start()):
            found.append((match.start(), None, "court hearing", "other", "court", False))
            break
    for match in _APPEAR.finditer(text, start, end) if "appear" in words or "due" in words else ():
        if not quoted(match.start()):
            found.append((match.start(), None, "court appearance", "other", "court", False))
    for match in _VOTE.finditer(text, start, end):
        if not quoted(match.start()):
            found.append((match.start(), None, "vote", "other", "vote", False))
            break
    for match in _SIGNED_APART.finditer(text, start, end):
        if not quoted(match.start()):
            found.append((match.start("verb"), None, "signing", "other", "signing", False))
            break
    for match in _EVIDENCE.finditer(text, start, end):
        if not quoted(match.start()):
            asks = match.group("asks") is not None  # (a body that will question someone: its own
            # hearing, no court's, and no pointer back to one told)
            found.append((match.start("body") if match.group("told") else match.start("body2"), None,
                          "hearing", "other", "questioning" if asks else "court",
                          match.group("told") is None and not asks))
            break
    for match in _HOUSE.finditer(text, start, end) if "told" in words or "ed the" in words else ():
        if not quoted(match.start()):
            found.append((match.start("house"), None, "session", "meeting", "session", False))
            break
    for match in _ARRIVES.finditer(text, start, end) if "arriv" in words else ():
        if not quoted(match.start("verb")):
            found.append((match.start("verb"), None, "visit", "visit", "visit", False))
            break
    if number != 1:
        return found
    for match in _DECIDED.finditer(text, start, end):
        if not quoted(match.start("verb")) and not any(f[4] == "vote" for f in found) \
                and not _AFTER.search(text, max(start, match.start() - 30), match.start()):
            body = _LEGISLATURE.match(text, match.start())
            found.append((match.start("verb"), None, "vote" if body else "decision", "other",
                          "vote" if body else "decision", False))
            break
    for match in _DEAL.finditer(text, start, end):
        if not quoted(match.start()):
            found.append((match.start(), None, "deal", "other", "deal", False))
            break
    for match in _HANDED.finditer(text, start, end):
        if not quoted(match.start()):
            found.append((match.start(), None, "handover", "other", "handover", False))
            break
    for match in _OPENED.finditer(text, start, end):
        if not quoted(match.start()):
            word = "launch" if match.group("verb") == "launched" else "opening"
            found.append((match.start(), None, word, "other", "launch", False))
            break
    for match in _SANCTION.finditer(text, start, end):
        # ('A court in Tallinn on Monday fined the firm': the court's ruling, not a fine by the firm)
        if not quoted(match.start()) and not any(f[0] == match.start() and f[4] == "court" for f in found):
            found.append((match.start(), None, _SANCTIONS[match.group("verb")], "other", "sanction",
                          False))
            break
    for match in _LAUNCH.finditer(text, start, end):
        if not quoted(match.start()):
            word = "orbit insertion" if match.group("orbit") else "launch"
            found.append((match.start(), None, word, "other", "launch", False))
            break
    for pattern, word, kind in ((_LANDED, "landing", "other"), (_SUMMONED, "summons", "meeting")):
        event = pattern.search(text, start, end)
        if event and not quoted(event.start()) and not any(f[4] == "launch" for f in found):
            found.append((event.start(), None, word, kind, "launch" if word == "landing" else "meeting",
                          False))
    return found
