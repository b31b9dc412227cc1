"""A court's sitting told by its adjournment: 'The Colombo High Court on Thursday adjourned until
November 12 the trial of ...' tells of two events, the sitting held on Thursday (where the
adjournment was granted) and the one set for November 12. The event found for the sentence is
the later one (its date is the 'until' day); the sitting it was adjourned at is added before it,
held, with the same people, on the sentence's other day, on or before publication. 'The inquest
continues on Thursday', 'The trial resumes on 4 May', 'The hearing was adjourned until Friday' tell
of the proceeding's next sitting: who presides over the last one told sits at it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from briefing.new.draft.dates import FoundDate
from briefing.new.draft.entities import Entities
from briefing.new.draft.lexicon import COURT_SEATS, PRESIDING_TITLES
from briefing.new.draft.sentences import sentence_spans

_ADJOURNED = re.compile(r"\badjourn(?:ed|s)\b")
# 'was denied bail on Tuesday, and the hearing of his case was adjourned to 8 June': the day after
# the verb and 'to/until' is the next sitting's
_ADJOURNED_TO = re.compile(r"\badjourn(?:ed|s)(?:\s+[\w\-'’]+){0,10}?\s+(?:to|until|till)\s+(?:the\s+)?$")


def adjourned_sittings(events: list[Any], paragraphs: tuple[str, ...], dates: Sequence[FoundDate],
                       published: str, entities: Entities) -> None:
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if event.family == "court" and not event.scheduled and event.date is not None:
            _sitting_ahead(events, index, paragraphs[event.paragraph - 1], dates, published)
        if event.family != "court" or not event.scheduled or event.date is None:
            continue
        _with_the_case(event, events[:index])
        text = paragraphs[event.paragraph - 1]
        start = text.find(event.sentence)
        adjourned = _ADJOURNED.search(text, start, start + len(event.sentence)) if start >= 0 else None
        if adjourned is None or event.date.start < adjourned.end():
            continue  # (the 'until' day is after the verb; a past day of the sentence is the sitting's)
        end = start + len(event.sentence)
        held = [d for d in dates if d.paragraph == event.paragraph and start <= d.start < end
                and d is not event.date and len(d.value) == 10 and d.value <= published]
        if not held and _HAS_ADJOURNED.search(text, max(start, adjourned.start() - 12), adjourned.end()):
            held = [FoundDate(event.paragraph, adjourned.start(), adjourned.group(), published,
                              f"'has {adjourned.group()}': the sitting it ended was held that day, the "
                              f"day of publication ({published}).")]
        if held and any(e.family == "court" and e.paragraph == event.paragraph and e.date is not None
                        and e.date.value == held[-1].value for e in events[:index]):
            continue  # ('ordered ... on Tuesday, and adjourned the hearing to July 15': the
            # sitting is drafted already, from its own clause)
        # ('has adjourned the hearing until Thursday, when X is due to give evidence': X is Thursday's)
        when = _WHEN.search(text, event.date.start, end)
        later = {m.key for m in entities.in_span(event.paragraph, when.start(), end)} if when else set()
        if held:
            events.insert(index, dataclasses.replace(
                event, name="", word="hearing", date=held[-1], end=None, scheduled=False, part_of=None,
                date_doubt="", participants=[p for p in event.participants if p not in later],
                organisations=list(event.organisations), paragraphs=[event.paragraph]))


def _with_the_case(event: Any, before: Sequence[Any]) -> None:
    """round 21 (develop set r21a): a sitting still to come whose sentence names only people of the
    case's sitting before it ('She granted the adjournment to Tuesday, November 14', of the
    magistrate) sits with that sitting's people: the accused, the lawyers, the prosecutor (marked
    uncertain)."""
    case = next((e for e in reversed(before) if e.family == "court" and not e.scheduled and e.participants),
                None)
    if case is None or not event.participants or not set(event.participants) < set(case.participants):
        return
    added = [p for p in case.participants if p not in event.participants]
    event.participants = [*event.participants, *added]
    courts = [o for o in case.organisations if o not in event.organisations and o[1].endswith("court")]
    event.organisations = [*event.organisations, *courts]
    event.people_doubt = event.people_doubt or (
        f"Taken with the people of the {case.word} before it (paragraph {case.paragraph}, the same case). "
        "Check who takes part.")


_WHEN = re.compile(r",\s+when\b")
_HAS_ADJOURNED = re.compile(r"\b(?:has|have)\s+(?:now\s+)?adjourn(?:ed|s)\b")


def _sitting_ahead(events: list[Any], index: int, text: str, dates: Sequence[FoundDate],
                   published: str) -> None:
    """A held sitting whose sentence adjourns the case to a later day: that day's sitting is
    added after it, scheduled, with the same people."""
    event = events[index]
    start = text.find(event.sentence)
    end = start + len(event.sentence)
    later = next((d for d in dates if d.paragraph == event.paragraph and start <= d.start < end
                  and d.value > published and _ADJOURNED_TO.search(text, max(start, d.start - 80), d.start)),
                 None) if start >= 0 else None
    if later is None or any(e.family == "court" and e.date is not None and e.date.value == later.value
                            for e in events):
        return
    events.insert(index + 1, dataclasses.replace(
        event, name="", word="hearing", date=later, end=None, scheduled=True, part_of=None, date_doubt="",
        participants=list(event.participants), organisations=list(event.organisations),
        paragraphs=[event.paragraph]))


# the proceeding's word, then its going on: 'The inquest continues', 'The hearing was adjourned until'
# ('Talks resume in Cagliari on Friday': a plural's present; not 'continue to')
CONTINUES = re.compile(r"[\w\-]+\s+(?:continues|resumes|reconvenes|"
                       r"(?<=s\s)(?:continue|resume|reconvene)(?!\s+to\b)|"
                       r"(?:will|would|shall|is\s+(?:due\s+)?to|are\s+(?:due\s+)?to)\s+"
                       r"(?:continue|resume|reconvene|be\s+(?:continued|resumed|reconvened))|"
                       r"(?:was|were|has\s+been|have\s+been|is|are)\s+adjourned\s+(?:until|till|to))\b")
_PROCEEDINGS = re.compile(r"\b(?:inquests?|hearings?|trials?|inquiry|inquiries|tribunal|court)\b",
                          re.IGNORECASE)


def next_sitting(entities: Entities, events: Sequence[Any], event: Any) -> None:
    """The next sitting of the last proceeding told (a court's event, or one whose sentence names
    a proceeding: 'opened the inquest'): who presides over it ('Coroner X', 'Judge Y') and its
    court, not the witnesses heard at it; unless the sentence names its own people."""
    if event.participants and not event.people_doubt:
        return
    earlier = next((e for e in reversed(events) if e.participants and (
        e.family == "court" or _PROCEEDINGS.search(e.sentence))), None)
    chairs = [key for key in (earlier.participants if earlier else ()) if any(
        t.lower().split()[-1] in PRESIDING_TITLES for t in entities.get(key).titles if t.split())]
    if earlier is None or not chairs:
        return
    event.participants = chairs
    event.organisations += [o for o in earlier.organisations if o not in event.organisations
                            and a_court(entities, o)]
    event.people_doubt = (f"The sentence about the {event.word} names nobody; taken as "
                          f"{', '.join(entities.get(key).name for key in chairs)}, who presides over the "
                          f"{earlier.word} before it (the same case). Check who takes part.")


def told_in_days(paragraphs: Sequence[str], word: str) -> bool:
    """'opened a three-day inquest', then 'The inquest continues on Thursday': a day inside the
    days told, the same sitting going on, not the next one."""
    days = re.compile(rf"\b[\w]+-day\s+(?:[a-z\-]+\s+)?{re.escape(word)}\b", re.IGNORECASE)
    return any(days.search(text) for text in paragraphs)


# round 15 (events): a sentence that opens on the case's parties by their part ('The accused,
# Captain X, 54, and Y, general manager of Z, have pleaded not guilty', 'Defence lawyer X argued
# that ...', 'Prosecutor X told ...'): they take part in the sitting told before it
_PARTIES_OPEN = re.compile(r"\s*(?:The\s+(?:two\s+|three\s+)?(?:accused|defendants?)\b|"
                           r"(?:The\s+)?(?:[Dd]efen[cs]e|[Pp]rosecuting|[Ss]tate)\s+(?:lawyers?|counsel|attorneys?|"
                           r"advocates?|barristers?|solicitors?|prosecutors?)\b|(?:The\s+)?(?:[Pp]rosecutors?|"
                           r"[Pp]ublic\s+[Pp]rosecutor)\b|"
                           # round 15 (lead): a party's lawyer named by whom they act for ('Counsel for
                           # the company, Richard Hale, said', 'A lawyer for the family, X, argued')
                           r"(?:(?:The|A|An)\s+)?(?:[Cc]ounsel|[Ll]awyers?|[Aa]ttorneys?|[Bb]arristers?|"
                           r"[Ss]olicitors?|[Aa]dvocates?)\s+(?:for|representing)\b|[Rr]epresenting\s|"
                           # ('The first witness, auditor X, said', 'Under cross-examination, X said')
                           r"(?:The\s+(?:first|second|third|next|last|final|key|main|star|prosecution|defen[cs]e)\s+)?"
                           r"[Ww]itness(?:es)?\b|Under\s+cross-examination\b|On\s+cross-examination\b)")
# 'A county auditor, Mary Njeri, testified that ...': who gave evidence at the sitting (not who
# 'had testified' before, nor 'will testify')
_TESTIFIED = re.compile(r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\b(?:testified|gave\s+evidence)\b")
# where the parties' own words end, at the verb: what they argued, said or denied is not who took part
_CLAUSE_ENDS = re.compile(r"\b(?:that|who|which|whose|whom|when|where|because|after|before|have|has|had|was|"
                          r"were|is|are|will|would|could|did|does|do|can|may|might|must|should|said|says|told|"
                          r"tells|argues|denies|admits|knew|[a-z]+ed)\b|[;:\"“”]")
# 'The accused, X, was not in court': absent
_ABSENT = re.compile(r"\b(?:not\s+(?:in|at|present)|absent|in\s+absentia|did\s+not\s+(?:attend|appear))\b")


def case_parties(events: Sequence[Any], paragraphs: tuple[str, ...], entities: Entities) -> None:
    """The accused, their lawyers and the prosecutors, named in a sentence that opens on their part
    after a held sitting of the case (a court's hearing or trial), take part in the last such sitting
    told before the sentence: the people named before the clause of what they said or did ends."""
    for number, text in enumerate(paragraphs, 1):
        for start, end in sentence_spans(text):
            opens = _PARTIES_OPEN.match(text, start)
            testified = None if opens else _TESTIFIED.search(text, start, end)
            if opens is None and testified is None or _ABSENT.search(text, start, end):
                continue
            sitting = next((e for e in reversed(events) if e.family == "court" and not e.scheduled
                            and e.word in _SITTINGS and (e.paragraph < number or e.paragraph == number
                                                         and 0 <= text.find(e.sentence) < start)), None)
            if sitting is None or told_since(events, sitting, number):
                continue
            if opens is not None:
                stop = _CLAUSE_ENDS.search(text, opens.end(), end)
                until = stop.start() if stop else end
            else:  # (who testified: named before the verb)
                until = testified.start() if testified else start
            named = [m.key for m in entities.in_span(number, start, until) if m.key[0] == "people"]
            sitting.participants += [k for k in dict.fromkeys(named) if k not in sitting.participants]


def told_since(events: Sequence[Any], sitting: Any, number: int) -> bool:
    """round 21 (develop set r21a): another event held on another day is told between the sitting
    and the sentence ('... went before a packed meeting at the Horse Hill Community Centre
    yesterday evening', after the hearing on Tuesday): the sentence tells of that one."""
    return any(e is not sitting and not e.scheduled and sitting.paragraph < e.paragraph < number
               and e.date is not None and sitting.date is not None and e.date.value != sitting.date.value
               for e in events)


_SITTINGS = frozenset({"hearing", "court hearing", "bail hearing", "trial", "court", "court appearance",
                       "sitting", "sentencing", "verdict"})  # (a sentence, a verdict: handed down in court)


# round 20 (r20a: 'Presiding judge Counsellor X set the next session for 8 March to allow a committee
# of experts ... to submit its report'): a session a court's presiding judge sets is the court's
_SETS_SESSION = re.compile(r"\b(?:set|sets|fixed|fixes|scheduled|schedules|adjourned|adjourns)\s+(?:the\s+)?"
                           r"(?:next\s+|new\s+|following\s+)?(?:session|sitting|hearing)\b")


def presided_session(entities: Entities, events: Sequence[Any], event: Any, text: str, start: int,
                     end: int) -> None:
    """A session or sitting the sentence sets ('set the next session for 8 March'), in a case a
    court's event told before: the court's next sitting, its court a side, when the one who sets
    it presides (a judge, a magistrate) or the sentence names no one."""
    if event.family == "court" or not _SETS_SESSION.search(text, start, end):
        return
    earlier = next((e for e in reversed(events) if e.family == "court"), None)
    if earlier is None:
        return
    presides = not event.participants or any(
        t.split() and t.lower().split()[-1] in PRESIDING_TITLES
        for key in event.participants for t in entities.get(key).titles)
    courts = [o for o in earlier.organisations if a_court(entities, o)]
    if presides and courts:
        event.family = "court"
        event.organisations = [*courts, *(o for o in event.organisations if o not in courts)]


def a_court(entities: Entities, key: tuple[str, str]) -> bool:
    """A court by a word of its name: 'Leeds Magistrates' Court', 'Galway District Court'."""
    return any(w.lower().strip("'’") in COURT_SEATS for w in entities.get(key).name.split())
