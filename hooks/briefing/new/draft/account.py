"""Who takes part in the event an article is about: the people and bodies its account names.

A report of an event names its sides over several paragraphs, not in the event's sentence: 'The
assembly approved the tax late on Wednesday' is followed by the mayor who presented it, the
party that voted against, the hotel owner who spoke and the president who closed the session; a
trial's report by the lawyers, the witnesses and the accused. The rules that read the event's own
sentence find few of them (round 15's outside set: five of eight articles drafted their main
event with sides missing, and nearly all the missing ones were drafted people and bodies, named
further down).

So the main event (the first one held that the first paragraphs tell of) takes, from the
sentences after its own, from its paragraph on, the people and organisations who do something
there: those named before the sentence's first verb of doing ('The Social Democratic Party voted
against', 'Maria Leite, president of the Hoteliers' Association, warned that ...'), a passive's
doer ('cross-examined by Mr. Pemberton') and whom a copula names ('The other accused are X, Y
and Z'); not whom the verb is about ('denied knowing Mary Njeri', 'said the accomplice, John
Mwangi, had fled'). A match's report names its players doing things to one another, so a match
takes every person it names. Not taken:
- words inside quotation marks, a named speaker's turn in a transcript, a question ('Will you
  meet President Xi?');
- a sentence that gave another meeting; an act of another time ('In 2016, ...', 'said on
  Monday' of another day), ahead ('who will lead the delegation in Dakar') or of now ('says it
  should have a seat at the talks'); an act elsewhere ('told reporters', 'in a statement',
  'outside the court'); a reaction ('condemned the vote'); someone not there ('was not in
  court'); a spokesman (who speaks for a side); a news outlet;
- anything after a turn to another story ('Separately, ...', 'Meanwhile, ...').
Whoever is taken so is marked uncertain on `participants`, with the paragraphs that name them:
an account also names people who only spoke of the event, and a reviewer strikes those. A
missing side costs the reviewer a line to find and write; a listed one, a line to delete.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

from briefing.new.draft.dates import FoundDate
from briefing.new.draft.entities import Entities
from briefing.new.draft.eventpeople import REACTION
from briefing.new.draft.lede import LEDE, doubt, in_dateline, is_match, main_event
from briefing.new.draft.meetingreports import ELSEWHERE
from briefing.new.draft.sentences import sentence_spans

Key = tuple[str, str]
# a sentence that turns to another story ends the account
_TURN = re.compile(r"\s*(?:Separately|Meanwhile|Elsewhere|In\s+other\s+(?:news|developments)|"
                   r"In\s+a\s+separate\s+(?:case|development|incident))\b")
_KINDS = ("people", "organisations")
# a verb of doing: a past tense ('voted', 'warned'), a common irregular one, or one with its
# auxiliary ('was denied bail', 'has said', 'will lead'); of these a doer's first act that is ahead
# ('will lead Portugal's delegation in Dakar', 'is due to') or of now ('says it should have a seat')
# is not an act at the event
_ACT = re.compile(r"(?<![\w\-])(?:[a-z]{2,}ed|said|told|spoke|led|met|won|lost|beat|drew|include|includes|"
                  r"scored|kept|made|gave|took|went|came|ran|found|held|began|brought|sent|left|paid|"
                  r"wrote|read|stood|sat|threw|struck|hit|put|set|saw|heard|swam|dove|dived|cut|shot|"
                  r"fought|flew|drove|rode|sang|taught|bought|sold|built|spent|"
                  r"(?P<cop>is|are|was|were)(?=\s+(?:[A-Z]|from\b))|"
                  r"(?P<now>says|tells|argues|insists|believes|wants|hopes|plans|fears)|"
                  r"(?P<aux>has|have|had|will|would|shall|is|are|was|were)\s+(?:not\s+)?(?P<verb>[a-z]+))"
                  r"(?![\w\-])")
_TO_DO = re.compile(r"\s+to\s+(?:meet|hold|resume|return|reconvene|sign|visit|attend|vote|strike)\b")
_AHEAD = frozenset("will would shall".split())
_AHEAD_AFTER_BE = frozenset("due to set expected scheduled going about".split())
# a court the account names is the court of the sitting ('began their action in the High Court')
_COURT = re.compile(r"\b(?:Court|Tribunal)\b")
_BENCH = re.compile(r"\b(?:[Jj]ustice|[Jj]udge|[Mm]agistrate|Coroner|Registrar)\s+(?:[A-Z][a-z]?\.\s+)*$")
_SUED = re.compile(r"\b(?:suing|sued|sues|against|versus)\s+(?:the\s+)?$")
_HOSTED = re.compile(r"\bat\s+(?:the\s+)?$")
_IN_COURT = re.compile(r"\b(?:in|before|at)\s+(?:the\s+)?$")
_MEMBERS = re.compile(r"included|includes|include|comprised|consisted|(?:was|were)\s+joined")
_FROM = re.compile(r"\s+from\b")
_COPULAS = frozenset("is are was were".split())
_NAMING = frozenset("the a an his her its their".split())  # 'are the union's former treasurer, X'
# a passive's doer: 'by Mr. J. H. Pemberton', 'by the Governor of ', 'by a team from the ', and after
# the doer's trade ('headed by glaciologist Dra. María José ...'; round 17, names-r17: once 'Dra.'
# ended no sentence, the lede's event lost the side its trade hid)
_BY = re.compile(r"(?:\s+\S+){0,6}?\s+by\s+(?:(?:the|a|an)\s+)?(?:(?:team|group|delegation|crew|panel|unit|"
                 r"mission|party)\s+(?:of|from)\s+(?:the\s+)?)?(?:[a-z]+(?:ologist|ist|ician|ographer)\s+)?"
                 r"(?:[A-Z][\w.\-]*\s+){0,3}|"
                 # a doer named after their office: 'was represented by its General Secretary, Mr. X',
                 # 'presided over by the Permanent Secretary to the Ministry, Mr. X'
                 r"(?:\s+\S+){0,2}?\s+by\s+(?:the|its|their|his|her)\s+(?:[\w'’\-]+\s+){0,9}?[\w'’\-]+,\s+"
                 r"(?:[A-Z][\w.\-]*\s+){0,3}|"
                 # the body of the doer's office: 'led by the president of the Dealu Mare Wine Growers'
                 # Association, X'
                 r"(?:\s+\S+){0,2}?\s+by\s+(?:the|its|their|his|her)\s+(?:[\w'’\-]+\s+){0,3}?(?:of|from|at)\s+"
                 r"(?:the\s+)?")
# 'the other accused', 'the injured': a word in -ed after a determiner names people, it is no act
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|other|his|her|its|their|former)\s+$", re.IGNORECASE)
# not there: 'was not in court', 'did not attend', 'was absent'
_AWAY = re.compile(r"\b(?:(?:was|were|is|are)\s+not\s+(?:in|at|present)|did\s+not\s+(?:attend|appear|come)|"
                   r"failed\s+to\s+(?:attend|appear)|absent|stayed\s+away|boycott(?:ed|ing))\b")
_WHEN = 20  # characters after the act where its own date stands ('said on Tuesday')
# who went with the doer: 'toured the facility with the hospital's medical director, Dr. X, and
# officials of the GHS and the NHIA', 'accompanied by', 'joined by'
_WITH = re.compile(r"\b(?:with|alongside|accompanied\s+by|joined\s+by)\b")
_WITH_ENDS = re.compile(r"\b(?:who|which|that|said|says|told|to|for|about|over|after|before)\b|[;:]")
_EVENT_WITH = re.compile(r"\b(?:meeting|talks|audience|appointment|call|interview|session)s?\s+with$")
_AFTER_IT = re.compile(r"\bafter\s+the\s+(?:meeting|talks|session|hearing|negotiations|match|game|"
                       r"sitting|vote|signing|ceremony|summit|visit)\b")
# a body the act is told to or before, there to hear it: 'told the Seimas Committee on Health Affairs
# on Wednesday', 'appeared before the Public Accounts Committee', 'gave evidence to the tribunal'
_TOLD_TO = re.compile(r"\b(?:told|briefed|addressed|appeared\s+before|testified\s+(?:to|before)|"
                      r"gave\s+evidence\s+(?:to|before))\s+(?:the\s+|a\s+|its\s+)?$")
# the same talks going on: 'when the talks resume at nine on Thursday', 'back at the table tomorrow'
_AGAIN = re.compile(r"\b(?:resum(?:e|es|ed)|continu(?:e|es|ed)|reconven(?:e|es|ed)|again|back\s+(?:at|to)\s+"
                    r"the\s+(?:negotiating\s+|bargaining\s+)?table)\b")
_OTHER_SIDE = re.compile(r"\b(?:with|between)\s+(?:the\s+)?[A-Z]")
# a body that sits to hear (not a newspaper or a broadcaster told in an interview)
_SITTING = re.compile(r"\b(?:Committee|Commission|Council|Assembly|Parliament|Court|Tribunal|Inquiry|Board|"
                      r"Senate|Congress|Legislature|Panel)\b")
_SPOKESMAN = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)

def account_sides(meetings: list[dict[str, Any]], paragraphs: tuple[str, ...], entities: Entities,
                  dates: Iterable[FoundDate], quoted: dict[int, list[tuple[int, int]]],
                  outlets: Collection[Key], turns: Collection[int] = (),
                  read_own: bool = False) -> int | None:
    """Add to the main event the people and organisations its account names, marked uncertain.
    `turns`: the paragraphs that are a named speaker's turn in a transcript ('WANG: ...');
    `read_own`: the event's own sentence too (an event of the lede that no rule read). Returns the
    first paragraph that names a side taken, or None."""
    event = main_event(meetings)
    if event is None:
        return None
    later = _later_held(event, meetings)
    for number, other in enumerate(later):  # (each from its own paragraph to the next one's)
        upto = min(later[number + 1]["paragraphs"]) if number + 1 < len(later) else len(paragraphs) + 1
        _account(other, meetings, paragraphs, entities, dates, quoted, outlets, turns, False,
                 min(other["paragraphs"]), upto)
    upto = min(later[0]["paragraphs"]) if later else len(paragraphs) + 1
    taken = _account(event, meetings, paragraphs, entities, dates, quoted, outlets, turns, read_own, 1, upto)
    bodies = set(event.get("organisations", ()))
    _mark(event, taken, entities)
    # a later round of the same talks between the same bodies ('the talks would be resumed on
    # Wednesday, July 24'): the bodies the account names come back; their delegations may change
    for again in meetings:
        told = again.get("summary", "")
        kind = again.get("type")
        if again is not event and again.get("status") == "scheduled" and kind == event.get("type") \
                and (bodies and bodies <= set(again.get("organisations", ()))
                     or kind in ("talks", "meeting") and _AGAIN.search(told)
                     and not _OTHER_SIDE.search(told)):
            _mark(again, {key: numbers for key, numbers in taken.items() if key[0] == "organisations"},
                  entities)
    return min((n for numbers in taken.values() for n in numbers), default=None)


_GATHERED = ("meeting", "talks", "conference", "summit")  # (a gathering's own account, with who spoke
# for whom: not a court appearance told in passing, after which the account is the main event's again)


def _later_held(event: dict[str, Any], meetings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """round 21 (develop set r21a): the events held on another day that the article tells after the
    main one, each in an account of its own ('The dispute over the permits went before a packed
    meeting at the Horse Hill Community Centre yesterday evening', after a hearing on Tuesday, then
    who represented whom there): the sides named from such a gathering's paragraph on are its own,
    not the main event's."""
    first, day = min(event["paragraphs"]), str(event.get("date") or "")
    later = [m for m in meetings if m is not event and m.get("status") != "scheduled" and m.get("paragraphs")
             and m.get("type") in _GATHERED
             and min(m["paragraphs"]) > max(first, LEDE) and m.get("date") and day
             and str(m["date"]) != day and len(str(m["date"])) == 10]
    return sorted(later, key=lambda m: min(m["paragraphs"]))


def _account(event: dict[str, Any], meetings: list[dict[str, Any]], paragraphs: tuple[str, ...],
             entities: Entities, dates: Iterable[FoundDate], quoted: dict[int, list[tuple[int, int]]],
             outlets: Collection[Key], turns: Collection[int], read_own: bool, first: int,
             upto: int) -> dict[Key, list[int]]:
    """The people and organisations the account of `event` names doing something there, in the
    paragraphs from `first` up to (not including) `upto`; the event's own gets them marked when it
    is not the main one."""
    # (the event's own sentence was read by the rules that found it: 'The former treasurer of the
    # Flacq Planters' Cooperative, X, was denied bail' has no side in the cooperative)
    told = {(m["paragraphs"][0], m["summary"]) for m in meetings if m.get("summary") and m.get("paragraphs")
            and not (read_own and m is event)}
    dated: dict[int, list[FoundDate]] = {}
    for found in dates:  # (not a dateline's day: 'Wednesday, November 26, 2025 — The Enugu ...')
        if not in_dateline(paragraphs[found.paragraph - 1], found.start):
            dated.setdefault(found.paragraph, []).append(found)
    day = str(event.get("date") or "")
    # a match's report names its players doing things to one another ('headed in a corner', 'brought
    # down dos Santos', 'showed a red card to Barreto'): everyone it names played, refereed or coached
    match = is_match(event)
    # a court's sitting: its account names the bench and the party sued wherever they stand
    court = any(_COURT.search(entities.get(m.key).name) for m in entities.mentions
                if m.key[0] == "organisations" and m.paragraph in range(min(event["paragraphs"]), LEDE + 2))
    others = [min(m["paragraphs"]) for m in meetings if m is not event and m.get("paragraphs")]
    taken: dict[Key, list[int]] = {}
    # (from the lede on: 'Police and market traders in Enugu agreed to joint patrols' over the
    # second paragraph's 'met' names the command the meeting's sentence does not)
    for number, start, end in _sentences(paragraphs, first, turns):
        if number >= upto:
            break
        text = paragraphs[number - 1]
        sentence = text[start:end]
        # (the lede's own sentence: the body it was held at hosts it, 'inspected the new centre at
        # the Asokwa Regional Hospital')
        own = read_own and number == min(event["paragraphs"]) and event.get("summary", "") in sentence
        if court:  # ('The hearing before Mr. Justice X is expected to last four days': the bench;
            # round 19, r19a: 'Presiding judge X said the panel would rule ... at the next session',
            # a sentence that tells of another event too)
            for mention in entities.in_span(number, start, end):
                if mention.key[0] == "people" and _BENCH.search(text, max(start, mention.start - 30),
                                                                 mention.start) \
                        or mention.key[0] == "organisations" \
                        and _COURT.search(entities.get(mention.key).name) is not None \
                        and _IN_COURT.search(text, max(start, mention.start - 12), mention.start):
                    _take(taken, mention.key, number)  # (and the court it sat at: 'presiding over a
                    # panel of three judges at the Aveiro District Court')
        if sentence.rstrip().endswith("?") \
                or any(n == number and summary and summary in sentence for n, summary in told):
            continue
        ours = not any(min(event["paragraphs"]) < n <= number for n in others)  # (no other told since)
        if ELSEWHERE.search(text, start, end) and not (ours and _AFTER_IT.search(text, start, end)) \
                or REACTION.search(text, start, end):
            continue  # (not 'told reporters after the meeting': they were at it)
        spans = quoted.get(number, ())
        gapped = False  # (the clause before was a passive whose verb the next leaves out)
        clauses = list(_clauses(text, start, end, spans))
        for start, end in clauses:  # (each clause in turn, in the sentence's place)
            act = next((m for m in _ACT.finditer(text, start, end) if not _quoted(spans, m.start())
                        and not _NOUN_BEFORE.search(text, start, m.start())), None)
            if act is None and gapped and _GAPPED_BY.search(text, start, end):
                # ('The Planters' Association was led by its Chairman, Mr. X, and the Employers'
                # Federation by its Secretary, Mr. Y': the second clause's 'led' is left out)
                for mention in entities.in_span(number, start, end):
                    if mention.key[0] in _KINDS and mention.key not in outlets \
                            and not _quoted(spans, mention.start):
                        _take(taken, mention.key, number)
                continue
            gapped = False
            if act is None or _ahead_or_now(act) or _SPOKESMAN.search(text, start, act.start()) \
                    or _NO_PART.search(text, start, end) \
                    or _AWAY.search(text, start, end) and not match \
                    or _another_time(dated.get(number, ()), start, act.end() + _WHEN, day):
                continue
            gapped = act.group().endswith("ed") and bool(_GAPPED_BY.search(text, act.end(), end))
            acts = [m for m in _ACT.finditer(text, act.start(), end) if not _quoted(spans, m.start())]
            for mention in entities.in_span(number, start, end):
                if mention.key[0] in _KINDS and mention.key not in outlets \
                        and not _quoted(spans, mention.start) \
                        and (mention.start < act.start() or match and mention.key[0] == "people"
                             or _named_as(text, act, mention.start)
                             or any(_passive_doer(text, other, mention.start) for other in acts[1:])
                             or any(_MEMBERS.fullmatch(other.group()) and other.end() <= mention.start
                                    and ";" not in text[other.end():mention.start] for other in acts[1:])
                             or _with_the_doer(text[act.end():mention.start])
                             or _COURT.search(entities.get(mention.key).name)
                             and _IN_COURT.search(text, max(start, mention.start - 12), mention.start)
                             or court and _court_side(text, start, mention.start)
                             or own and mention.key[0] == "organisations"
                             and _HOSTED.search(text, max(start, mention.start - 8), mention.start)
                             or mention.key[0] == "organisations"
                             and _SITTING.search(entities.get(mention.key).name) is not None
                             and _TOLD_TO.search(text, max(start, mention.start - 30), mention.start)):
                    _take(taken, mention.key, number)
    if first > 1:
        _mark(event, taken, entities)
    return taken


# round 20 (geo-r20's note, r19b: 'The port authority, Havenbedrijf Rotterdam, which owns the quay,
# is not a party to the case'): a clause that says its doer took no part
_NO_PART = re.compile(r"\b(?:(?:is|was|are|were)\s+not\s+(?:a\s+)?(?:party|parties|involved|present|"
                      r"represented)|"
                      r"took\s+no\s+part|did\s+not\s+(?:attend|take\s+part|participate)|stayed\s+away)\b")


def _take(taken: dict[Key, list[int]], key: Key, number: int) -> None:
    taken.setdefault(key, [])
    if number not in taken[key]:
        taken[key].append(number)


# where a sentence's clauses join: a semicolon, or ', and' before a new subject ('..., and the
# Democratic Workers' Congress and the Lanka Estate Workers' Union also sent delegations')
_JOINT = re.compile(r";\s+|,\s+(?:and|while|but|whereas)\s+(?=(?:the|a|an|its|their|by|[A-Z])\b)")
# a gapped clause's doer: 'and the Employers' Federation of Ceylon by its Secretary, Mr. X'
_GAPPED_BY = re.compile(r"\bby\b")


def _clauses(text: str, start: int, end: int, spans: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """The clauses of a sentence that each tell an act of their own: the sentence is cut where a
    clause with a verb of doing ends and another joins it ('X was represented by its General
    Secretary, Mr. Y, and the Z also sent a delegation'); a list of names before one verb ('Mr. A,
    Mr. B, and Mr. C attended') stays whole, and nothing is cut inside quoted words."""
    at = start
    for joint in _JOINT.finditer(text, start, end):
        if _quoted(spans, joint.start()) or not _acts(text, at, joint.start()) \
                or not (_acts(text, joint.end(), end) or _GAPPED_BY.search(text, joint.end(), end)):
            continue  # (not '..., and an accountant, D. M. Kirimi': a list's last name, no clause)
        yield at, joint.start()
        at = joint.end()
    yield at, end


def _acts(text: str, start: int, end: int) -> bool:
    return any(not _NOUN_BEFORE.search(text, start, m.start()) for m in _ACT.finditer(text, start, end))


def _sentences(paragraphs: tuple[str, ...], first: int,
               turns: Collection[int]) -> Iterable[tuple[int, int, int]]:
    """(paragraph, start, end) of each sentence from paragraph `first` on, up to a turn to another
    story; none of a named speaker's turn."""
    for number in range(first, len(paragraphs) + 1):
        text = paragraphs[number - 1]
        for start, end in sentence_spans(text) if number not in turns else ():
            if _TURN.match(text, start):
                return
            yield number, start, end


def _with_the_doer(between: str) -> bool:
    """The words after the act and up to a name put it in the act's 'with' phrase (not another
    event's: 'to ask for a meeting with the Minister, Mr. X')."""
    found = list(_WITH.finditer(between))
    return bool(found) and not _WITH_ENDS.search(between, found[-1].end()) \
        and not _EVENT_WITH.search(between, 0, found[-1].end())


def _court_side(text: str, start: int, at: int) -> bool:
    """In a court's account, the party sued ('are suing Kinta Consolidated Dredging Ltd.') or the
    bench ('before Mr. Justice Ismail bin Khalid')."""
    return bool(_SUED.search(text, max(start, at - 12), at) or _BENCH.search(text, max(start, at - 30), at))


def _named_as(text: str, act: re.Match[str], at: int) -> bool:
    """Named by the act as a doer too: right after a passive's 'by' ('was cross-examined by Mr.
    Pemberton'), or as what a copula says the subject is ('The other accused are X, Y and Z')."""
    between = text[act.end():at]
    if act.group("cop") or act.group("aux") in _COPULAS and act.group("verb") in _NAMING \
            or _FROM.match(text, act.end()) or _MEMBERS.fullmatch(act.group()):
        # ('The team came from the X and from the Y', 'The team of 11 included researchers from X')
        return ";" not in between
    return act.group().endswith("ed") and bool(_BY.fullmatch(between))


def _passive_doer(text: str, act: re.Match[str], at: int) -> bool:
    """Named as the doer of a later passive of the clause: 'about forty growers came, led by the
    president of the Association, X' (the first act, 'came', names no doer)."""
    return act.end() <= at and _LED.fullmatch(act.group()) is not None \
        and bool(_BY.fullmatch(text[act.end():at]))


# a later passive whose doer is at the event: led or chaired it, represented a side, went with one
# (not 'estates owned by Guthrie', 'a fund backed by Statkraft')
_LED = re.compile(r"(?:led|headed|chaired|presided|represented|accompanied|joined|attended|hosted|opened|"
                  r"organi[sz]ed|convened|moderated|mediated)")


def _ahead_or_now(act: re.Match[str]) -> bool:
    aux, verb = act.group("aux"), act.group("verb")
    return bool(act.group("now")) or aux in _AHEAD or aux in ("is", "are") and verb in _AHEAD_AFTER_BE \
        or bool(_TO_DO.match(act.string, act.end()))  # ('have agreed to meet again on Monday')


def _another_time(dates: Iterable[FoundDate], start: int, end: int, day: str) -> bool:
    """A date of the act (before it or just after: 'In 2016, X said', 'X said on Monday') that is
    not the event's day, nor the day's month or year; a date in what was said ('told the session
    the company would need 180 million tolars next year') is not the act's."""
    return any(start <= d.start < end and not day.startswith(d.value) and not d.value.startswith(day or "~")
               for d in dates)


def _quoted(spans: Iterable[tuple[int, int]], at: int) -> bool:
    return any(open_ <= at < close for open_, close in spans)


def _mark(event: dict[str, Any], taken: dict[Key, list[int]], entities: Entities) -> None:
    added: list[str] = []
    for key, numbers in taken.items():
        have = event.setdefault("participants" if key[0] == "people" else "organisations", [])
        if key[1] in have:
            continue
        have.append(key[1])
        where = ", ".join(str(n) for n in numbers)
        added.append(f"{entities.get(key).name} (paragraph{'s' if len(numbers) > 1 else ''} {where})")
    if not added:
        return
    why = (f"Named in the account of the event after its own sentence: {'; '.join(added)}. "
           "Check each took part; strike those who only spoke of it.")
    doubt(event, "participants", why)
