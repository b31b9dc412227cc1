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
from briefing.new.draft.eventpeople import REACTION, named_by
from briefing.new.draft.gists import without_dateline
from briefing.new.draft.meetingreports import ELSEWHERE
from briefing.new.draft.sentences import sentence_at, sentence_spans

Key = tuple[str, str]
LEDE = 2  # the paragraphs whose first held event is what the article is about
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
_MATCH = re.compile(r"\S\s+v\s+\S")  # 'Atlético Paso Molino v Defensor del Cerro' (eventfields)
# a court the account names is the court of the sitting ('began their action in the High Court')
_COURT = re.compile(r"\b(?:Court|Tribunal)\b")
_BENCH = re.compile(r"\b(?:Justice|Judge|Magistrate|Coroner|Registrar)\s+(?:[A-Z][a-z]?\.\s+)*$")
_SUED = re.compile(r"\b(?:suing|sued|sues|against|versus)\s+(?:the\s+)?$")
_HOSTED = re.compile(r"\bat\s+(?:the\s+)?$")
_IN_COURT = re.compile(r"\b(?:in|before|at)\s+(?:the\s+)?$")
_MEMBERS = re.compile(r"included|includes|include|comprised|consisted|(?:was|were)\s+joined")
_FROM = re.compile(r"\s+from\b")
# a result told with its score ('with a 27-24 win over Naitasiri'): the event is a match
_SCORED = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b.{0,40}\b(?:win|victory|defeat|draw|loss)\b|"
                     r"\b(?:beat|defeated|drew|lost)\b.{0,60}\b\d{1,3}\s*[-–]\s*\d{1,3}\b|"
                     r"\b(?:win|victory)\s+over\b")  # ('after a thrilling win over Vanuatu')
_COPULAS = frozenset("is are was were".split())
_NAMING = frozenset("the a an his her its their".split())  # 'are the union's former treasurer, X'
# a passive's doer: 'by Mr. J. H. Pemberton', 'by the Governor of ', 'by a team from the '
_BY = re.compile(r"(?:\s+\S+){0,6}?\s+by\s+(?:(?:the|a|an)\s+)?(?:(?:team|group|delegation|crew|panel|unit|"
                 r"mission|party)\s+(?:of|from)\s+(?:the\s+)?)?(?:[A-Z][\w.\-]*\s+){0,3}")
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
_SPOKESMAN = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)


# the paragraphs a lede may run to where no event word opened an event: a learner's rewrite
# spreads it ('The school opened on Monday.' in paragraph 4)
LEDE_REACH = 4
_FUTURE = re.compile(r"\b(?:will|is\s+(?:due|set|expected|scheduled)\s+to|are\s+(?:due|set|expected|"
                     r"scheduled)\s+to|plans?\s+to)\b")
_NAME_WORDS = 12  # words of the headline kept as the event's name


def lede_event(meetings: list[dict[str, Any]], paragraphs: tuple[str, ...], headline: str,
               dates: Iterable[FoundDate], published: str,
               turns: Collection[int] = ()) -> dict[str, Any] | None:
    """The happening an article is about, where no rule found an event in its first paragraphs: 'The
    campaign was launched on Monday at Mahosot Hospital by the Vice-Minister', 'The school opened on
    Monday', 'The annual count, carried out by a team from the Norwegian Polar Institute'. The
    issue's reviewers wrote the article's main event by hand in two of four articles; a draft now
    has one wherever its report names who did it. Named by the headline, summed up by the first
    paragraph, dated by the first day the first paragraphs give as past (marked uncertain: it may be
    a day told in passing), scheduled where the first sentence tells of it ahead. The account after
    it then gives its sides (`account_sides`); with none, or with no day and no side named in the
    first paragraphs, there is no event to tell (records.py drops it: 'The glacier lost 40 metres.'
    over a background paragraph naming an old expedition). Only a report of at least `LEDE_REACH`
    paragraphs has a lede and an account to read so. A transcript's lede is its first turn's first
    sentence of news, past its label and greeting (`turns`: 'PRESENTER: Good evening. Workers at the
    mine will vote ...')."""
    if len(paragraphs) < LEDE_REACH \
            or any(m.get("paragraphs") and min(m["paragraphs"]) <= LEDE for m in meetings):
        return None  # (a note of a few paragraphs has no account to tell its event by)
    first = _first_news(paragraphs[0], 1 in turns)
    if not first:
        return None
    days = sorted((d for d in dates if d.paragraph <= min(LEDE_REACH, len(paragraphs))
                   and len(d.value) == 10 and d.value <= published and not d.planned
                   and not _in_dateline(paragraphs[d.paragraph - 1], d.start)),
                  key=lambda d: (d.paragraph, d.start))
    words = (headline or first).split()
    fields: dict[str, Any] = {
        "name": " ".join(words[:_NAME_WORDS]) + (" ..." if len(words) > _NAME_WORDS else ""),
        "type": "other", "summary": first,
        "status": "scheduled" if _FUTURE.search(first) else None,
        "inferred": {"name": "The article's headline: no sentence of its first paragraphs names "
                             "its event with a word the drafter knows. Name it."}}
    if days and not fields["status"]:
        day = days[0]
        fields["date"] = day.value
        why = (f"The first day the article's first paragraphs give as past ('{day.as_written}', "
               f"paragraph {day.paragraph}); check it is the day of the event.")
        fields["inferred"]["date"] = why
        fields["uncertain"] = {"date": why}
    return fields


def doubt(record: dict[str, Any], field: str, why: str, replace: bool = False) -> None:
    """Say on `record` why its `field` is a guess, in `inferred` (shown to readers) and `uncertain`
    (listed for the reviewer first); after a reason already given, unless `replace`."""
    for kind in ("inferred", "uncertain"):
        notes = record.setdefault(kind, {})
        notes[field] = f"{notes[field]} {why}" if notes.get(field) and not replace else why


def is_match(event: dict[str, Any]) -> bool:
    """A match: named 'X v Y', or told with its score ('with a 27-24 win over')."""
    return bool(_MATCH.search(event.get("name", "")) or _SCORED.search(event.get("summary", "")))


_LABEL_OPENS = re.compile(r"^[A-Z][A-Z .'’\-]{1,40}(?:\([^()]{1,60}\))?:\s+")
_GREETING = re.compile(r"\s*(?:good\s+(?:morning|afternoon|evening)|hello|hi|welcome|thank\s+you|thanks)\b",
                       re.IGNORECASE)
_NEWS_WORDS = 6  # a sentence of news has at least this many words


def _in_dateline(text: str, at: int) -> bool:
    """`at` stands in the paragraph's dateline ('LAHORE, Jan 9 (AFP) -')."""
    return at < len(text) - len(without_dateline(text))


def _first_news(paragraph: str, turn: bool) -> str:
    """The lede's first sentence (past a dateline: not 'IPOH, Tues.', cut at its full stop); in a
    transcript's turn, past its label, the first with news, not a greeting."""
    lede = without_dateline(paragraph)
    if not turn:
        start, end = sentence_at(lede, 0)
        return lede[start:end].strip()
    label = _LABEL_OPENS.match(lede)
    text = lede[label.end():] if label else lede
    return next((text[start:end].strip() for start, end in sentence_spans(text)
                 if not _GREETING.match(text, start) and len(text[start:end].split()) >= _NEWS_WORDS), "")


def main_event(meetings: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The first meeting held (not scheduled) that the first paragraphs tell of."""
    held = [m for m in meetings if m.get("status") != "scheduled" and m.get("paragraphs")
            and min(m["paragraphs"]) <= LEDE]
    return min(held, key=lambda m: min(m["paragraphs"]), default=None)


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
    # (the event's own sentence was read by the rules that found it: 'The former treasurer of the
    # Flacq Planters' Cooperative, X, was denied bail' has no side in the cooperative)
    told = {(m["paragraphs"][0], m["summary"]) for m in meetings if m.get("summary") and m.get("paragraphs")
            and not (read_own and m is event)}
    dated: dict[int, list[FoundDate]] = {}
    for found in dates:  # (not a dateline's day: 'Wednesday, November 26, 2025 — The Enugu ...')
        if not _in_dateline(paragraphs[found.paragraph - 1], found.start):
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
    for number, start, end in _sentences(paragraphs, 1, turns):
        text = paragraphs[number - 1]
        sentence = text[start:end]
        # (the lede's own sentence: the body it was held at hosts it, 'inspected the new centre at
        # the Asokwa Regional Hospital')
        own = read_own and number == min(event["paragraphs"]) and event.get("summary", "") in sentence
        if sentence.rstrip().endswith("?") \
                or any(n == number and summary and summary in sentence for n, summary in told):
            continue
        ours = not any(min(event["paragraphs"]) < n <= number for n in others)  # (no other told since)
        if ELSEWHERE.search(text, start, end) and not (ours and _AFTER_IT.search(text, start, end)) \
                or REACTION.search(text, start, end):
            continue  # (not 'told reporters after the meeting': they were at it)
        spans = quoted.get(number, ())
        if court:  # ('The hearing before Mr. Justice X is expected to last four days': the bench)
            for mention in entities.in_span(number, start, end):
                if mention.key[0] == "people" and _BENCH.search(text, max(start, mention.start - 30),
                                                                 mention.start):
                    taken.setdefault(mention.key, [])
                    if number not in taken[mention.key]:
                        taken[mention.key].append(number)
        act = next((m for m in _ACT.finditer(text, start, end) if not _quoted(spans, m.start())
                    and not _NOUN_BEFORE.search(text, start, m.start())), None)
        if act is None or _ahead_or_now(act) or _SPOKESMAN.search(text, start, act.start()) \
                or _AWAY.search(text, start, end) and not match \
                or _another_time(dated.get(number, ()), start, act.end() + _WHEN, day):
            continue
        acts = [m for m in _ACT.finditer(text, act.start(), end) if not _quoted(spans, m.start())]
        for mention in entities.in_span(number, start, end):
            if mention.key[0] in _KINDS and mention.key not in outlets \
                    and not _quoted(spans, mention.start) \
                    and (mention.start < act.start() or match and mention.key[0] == "people"
                         or _named_as(text, act, mention.start)
                         or any(_MEMBERS.fullmatch(other.group()) and other.end() <= mention.start
                                and ";" not in text[other.end():mention.start] for other in acts[1:])
                         or _with_the_doer(text[act.end():mention.start])
                         or _COURT.search(entities.get(mention.key).name)
                         and _IN_COURT.search(text, max(start, mention.start - 12), mention.start)
                         or court and _court_side(text, start, mention.start)
                         or own and mention.key[0] == "organisations"
                         and _HOSTED.search(text, max(start, mention.start - 8), mention.start)):
                taken.setdefault(mention.key, [])
                if number not in taken[mention.key]:
                    taken[mention.key].append(number)
    _mark(event, taken, entities)
    return min((n for numbers in taken.values() for n in numbers), default=None)


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


# an event told as between 'both sides' or 'the two sides', with no name for them: 'will chair a
# meeting of both sides in Ulaanbaatar tomorrow', 'The two sides agreed to meet again on Friday'
_BOTH = re.compile(r"\b(?:both\s+sides|the\s+two\s+sides|both\s+parties|the\s+two\s+parties|"
                   r"the\s+parties\s+(?:will|would|are|agreed|have))\b", re.IGNORECASE)


def both_sides(meetings: list[dict[str, Any]]) -> None:
    """An event whose sentence calls its sides 'both sides' takes the sides of the last event held
    before it that has two or more (the talks that broke down, the meeting the union told of):
    its bodies where it has two, else its people and bodies; marked uncertain. The event's own
    named sides stay."""
    for index, meeting in enumerate(meetings):
        if not meeting.get("paragraphs") or not _BOTH.search(meeting.get("summary", "")):
            continue
        first = min(meeting["paragraphs"])
        earlier = [m for m in meetings[:index] + meetings[index + 1:]
                   if m.get("paragraphs") and min(m["paragraphs"]) <= first and m.get("status") != "scheduled"
                   and len({*m.get("participants", ()), *m.get("organisations", ())}) >= 2]
        if not earlier:
            continue
        source = max(earlier, key=lambda m: min(m["paragraphs"]))
        added = []
        # (sides that are bodies: the bodies, not the people who spoke for them that day)
        fields = ("organisations",) if len(source.get("organisations", ())) >= 2 else ("participants",
                                                                                      "organisations")
        for field in fields:
            have = meeting.setdefault(field, [])
            new = [key for key in source.get(field, ()) if key not in have]
            have += new
            added += new
            if not have:
                del meeting[field]
        if added:
            why = (f"'{_BOTH.search(meeting['summary']).group()}' taken as the sides of "  # type: ignore[union-attr]
                   f"{source['name']} (paragraph {min(source['paragraphs'])}). Check who takes part.")
            doubt(meeting, "participants", why)


_GATHERING = re.compile(r"\b(?:talks|negotiations|discussions|meeting|session|consultations)\b")


def lede_day(meetings: list[dict[str, Any]], paragraphs: tuple[str, ...], dates: Iterable[FoundDate],
             published: str) -> None:
    """The main event with no day, told in the lede's second paragraph ('Leaders of the unions met
    for six hours with officials of the ministry'), takes the past day the first paragraph gives
    its talks ('... after talks with the education ministry ended without agreement late on
    Wednesday'), marked uncertain."""
    event = main_event(meetings)
    if event is None or event.get("date") or min(event["paragraphs"]) > LEDE:
        return
    text = paragraphs[0]
    days = [d for d in dates if d.paragraph == 1 and len(d.value) == 10 and d.value <= published
            and not d.planned]
    for gathering in _GATHERING.finditer(text):
        start, end = sentence_at(text, gathering.start())
        # the day told after the talks' word ('talks ... ended ... late on Wednesday'), not the day
        # the sentence's news was said ('said on Thursday')
        found = min((d for d in days if gathering.end() <= d.start < end),
                    key=lambda d: d.start - gathering.end(), default=None)
        if found is None:
            continue
        why = (f"The lede's '{found.as_written}' (paragraph 1), the day of the talks it tells of: "
               "taken as this meeting's. Check it.")
        event["date"] = found.value
        doubt(event, "date", why, replace=True)
        return


_OTHER_SIDE = re.compile(r"\b(?:with|between|against|versus)\s+(?:the|a|an|its|their|his|her)?\s*[\w'’\-]+")


def bodies_again(meetings: list[dict[str, Any]]) -> None:
    """An event ahead whose sentence names no side at all ('The second reading is scheduled for
    Thursday, December 18', 'The ballot is on Monday and Tuesday') is the main event's bodies'
    doing again: it takes them, marked uncertain (round 16's develop set: three such events had no
    side)."""
    event = main_event(meetings)
    if event is None or not event.get("organisations"):
        return
    for meeting in meetings:
        if meeting is event or meeting.get("status") != "scheduled" or meeting.get("participants") \
                or meeting.get("organisations") or not meeting.get("paragraphs") \
                or min(meeting["paragraphs"]) < min(event["paragraphs"]) \
                or _OTHER_SIDE.search(meeting.get("summary", "")):
            continue  # (not 'Talks with the transport union resume on Friday': another side)
        meeting["organisations"] = list(event["organisations"])
        names = ", ".join(meeting["organisations"])
        why = (f"The sentence names no side: taken as the bodies of {event['name']} ({names}), "
               "doing it again. Check who takes part.")
        doubt(meeting, "participants", why)


# a sentence opened by a body's word: 'The council's executive, the municipal chamber, meets on
# Monday', 'The ministry will hold talks'
_BODY_OPENS = re.compile(r"\s*(?:[A-Z][A-Z .'’\-]{1,40}:\s+)?The\s+(?P<word>council|ministry|union|company|"
                         r"board|committee|commission|assembly|court|tribunal|government|federation|"
                         r"association|authority|agency)\b")


def body_opens(meetings: list[dict[str, Any]], entities: Entities, paragraphs: tuple[str, ...]) -> None:
    """An event whose sentence names no body and opens on a body's word takes the one organisation
    of the article whose name ends in it, named before ('The council's executive ... meets on
    Monday': the Guimarães City Council), marked uncertain."""
    for meeting in meetings:
        opens = _BODY_OPENS.match(meeting.get("summary", ""))
        if opens is None or meeting.get("organisations") or not meeting.get("paragraphs"):
            continue
        key = named_by(entities, opens.group("word"), last=True)
        number = min(meeting["paragraphs"])
        at = paragraphs[number - 1].find(meeting["summary"])
        if key is None or not any(m.key == key and (m.paragraph, m.start) < (number, at)
                                  for m in entities.mentions):
            continue  # ('The council will meet traders on Thursday. The Tema Council raised ...')
        meeting["organisations"] = [key[1]]
        why = (f"'{opens.group().strip()}' taken as {entities.get(key).name}, the one body of the article "
               "named so. Check who takes part.")
        doubt(meeting, "participants", why)
