"""Who spoke at a body's meeting, from the report of it (round 15, events).

A report of a council's, a board's or a union's meeting opens on the meeting ('There was lively
discussion at the monthly meeting of Clare County Council, held in Ennis on Monday', 'At Monday's
meeting of the X council, ...') and goes on with what its members and officers did there: 'The
County Engineer, Mr. X, reported that ...', 'Councillor Y said ...', 'On the proposition of Mr. Z,
seconded by ...'. The people the report names as saying, reporting, proposing or seconding, in the
paragraphs after the opening up to the next event told, took part in it. They are taken on the
report's word: marked uncertain for a reviewer (someone quoted may have spoken elsewhere)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from briefing.new.draft.entities import Entities
from briefing.new.draft.lexicon import BODY_WORDS, MEETING_BODIES
from briefing.new.draft.sentences import sentence_spans

Key = tuple[str, str]
_BODY = "|".join(sorted(BODY_WORDS | MEETING_BODIES, key=len, reverse=True))
# the opening tells of the body's own meeting: 'the monthly meeting of Clare County Council',
# "At Monday's meeting of the Harare City Council", "the council's annual general meeting"
_OWN_MEETING = re.compile(rf"\b(?:meeting|session|sitting)\s+of\s+(?:the\s+)?(?:[\w'’\-]+\s+){{0,5}}?"
                          rf"(?i:{_BODY})\b|(?i:\b(?:{_BODY}))['’]s\s+(?:[a-z\-]+\s+){{0,3}}?(?:meeting|session|sitting)\b")
# the acts of a meeting's report: what a member or an officer did there
_ACTS = re.compile(r"\b(?:said|reported|proposed|seconded|moved|presided|replied|stated|objected|"
                   r"supported|supporting|suggested|urged|asked|explained|pointed\s+out|"
                   r"(?:proposition|motion)\s+of|seconded\s+by|proposed\s+by)\b")
# said somewhere else: to reporters, in a statement, after the meeting, by telephone
ELSEWHERE = re.compile(r"\b(?:told\s+(?:reporters|journalists|the\s+press|[A-Z][\w\-]*\s+(?:News|Radio|"
                        r"Times))|"
                        r"in\s+(?:a|an|his|her|its)\s+(?:statement|interview|letter)|after\s+the\s+meeting|"
                        r"later|by\s+(?:tele)?phone|on\s+social\s+media|outside\s+the\b)")
_RIGHT_AFTER = 10  # ('seconded by Mr. Keane': a title between)
_REPORT_LENGTH = 8  # paragraphs after the opening that a report may run to


def report_speakers(events: Sequence[Any], paragraphs: tuple[str, ...], entities: Entities,
                    in_quote: Callable[[int, int], bool], lede: int) -> None:
    """Add to a body's held meeting, told in the first `lede` paragraphs as that body's own, the
    people the report after it names doing what members do at a meeting; up to the next event
    told (another paragraph's) or the report's usual length."""
    for index, event in enumerate(events):
        if event.family != "meeting" or event.scheduled or event.paragraph > lede \
                or not event.organisations or not _OWN_MEETING.search(event.sentence):
            continue
        later = [e.paragraph for e in events[index + 1:] if e.paragraph > event.paragraph]
        stop = min([*later, event.paragraph + _REPORT_LENGTH + 1, len(paragraphs) + 1])
        found: list[Key] = []
        for number in range(event.paragraph, stop):
            text = paragraphs[number - 1]
            for start, end in sentence_spans(text):
                if number == event.paragraph and start < text.find(event.sentence):
                    continue
                if ELSEWHERE.search(text, start, end):
                    continue
                acts = [m for m in _ACTS.finditer(text, start, end) if not in_quote(number, m.start())]
                if not acts:
                    continue
                # (the doer named before the first act, and whoever 'of', 'by' or 'supporting'
                # names right after one: not the firm or the minister the business was about)
                found += [m.key for m in entities.in_span(number, start, end)
                          if m.key[0] == "people" and not in_quote(number, m.start) and m.key not in found
                          and (m.start < acts[0].start() or any(
                              a.group().endswith(("of", "by", "supporting"))
                              and 0 <= m.start - a.end() <= _RIGHT_AFTER for a in acts))]
        added = [key for key in found if key not in event.participants]
        if not added:
            continue
        event.participants += added
        names = ", ".join(entities.get(key).name for key in added)
        told = f"paragraphs {event.paragraph}-{stop - 1}" if stop - 1 > event.paragraph \
            else f"paragraph {event.paragraph}"
        doubt = (f"{names} taken as taking part: the report of the meeting ({told}) names them "
                 "speaking, proposing or seconding there. Check who takes part.")
        event.people_doubt = f"{event.people_doubt} {doubt}".strip()
