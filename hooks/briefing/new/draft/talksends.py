"""Talks told with what they ended in ('The agreement was reached late on Monday at the Ministry
of X, where the minister had brought together A and B for eleven hours of talks'): the day the
agreement was reached is the talks' day, and the sides the talks' sentence names are theirs, not
the sides of the lede's strike the agreement ended. Talks told going on ('Talks resume in Cagliari
on Friday', 'Negotiations will continue on Monday') are the next round of the last talks told,
between their sides, when the sentence names none."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from briefing.new.draft.dates import FoundDate
from briefing.new.draft.entities import Entities
from briefing.new.draft.lexicon import DEAL_NOUNS

_REACHED = re.compile(rf"\b(?:{'|'.join(DEAL_NOUNS)})\s+(?:was|had\s+been|has\s+been)\s+"
                      r"(?:reached|struck|agreed|clinched|sealed|hammered\s+out)\b")
_NEAR = 40  # ('was reached late on Monday', 'was struck shortly before midnight on Sunday')


def reached_on(dates: Sequence[FoundDate], number: int, text: str, start: int, end: int) -> FoundDate | None:
    """The day an agreement of the sentence was reached, told right after the verb."""
    reached = _REACHED.search(text, start, end)
    if reached is None:
        return None
    return next((d for d in dates if d.paragraph == number and len(d.value) == 10
                 and reached.end() <= d.start <= reached.end() + _NEAR), None)


def sides_of_their_own(events: Sequence[Any]) -> None:
    """A lede's event (a strike, a protest) whose sides were guessed from a later paragraph that
    tells talks of its own between those very sides: the guess is the talks', and is dropped."""
    for event in events:
        if _guessed(event) and any(
                other is not event and other.paragraph == event.guessed_from and other.family == "talks"
                and not other.people_doubt and _sides(event) <= _sides(other) for other in events):
            _drop(event)


def sides_met(event: Any, meetings: Sequence[Mapping[str, Any]]) -> None:
    """The same, when the later paragraph tells a meeting someone held ('where the minister had
    brought together A and B'): the people guessed are that meeting's."""
    guessed = {key for _kind, key in event.participants}
    if guessed and _guessed(event) and any(
            event.guessed_from in meeting["paragraphs"] and guessed <= set(meeting.get("participants") or ())
            for meeting in meetings):
        _drop(event)


def _guessed(event: Any) -> bool:
    return bool(getattr(event, "guessed_from", 0)) and event.family not in ("talks", "meeting", "summit",
                                                                          "conference", "session")


def _sides(event: Any) -> set[tuple[str, str]]:
    return {*event.participants, *event.organisations}


def _drop(event: Any) -> None:
    event.participants, event.organisations, event.people_doubt = [], [], ""


def next_round(events: Sequence[Any], event: Any) -> None:
    """Talks whose sentence tells them going on and names no side (or only guessed ones): the
    sides of the last talks told before, with their doubt. Where the sentence names only who said
    so or a place ('Mr. X said that the talks would be resumed on Wednesday, July 24, at the
    Ministry'), not a side of its own ('with', 'between'), the sides of the talks before join
    those it names, marked uncertain (round 17's develop set: a resumed round of wage talks had
    only the official who announced it)."""
    if event.family != "talks":
        return
    earlier = next((e for e in reversed(events) if e.family == "talks" and e is not event
                    and (e.participants or e.organisations)), None)
    if earlier is None:
        return
    if not event.organisations and (not event.participants or event.people_doubt):
        event.participants = list(earlier.participants)
        event.organisations = list(earlier.organisations)
        event.people_doubt = earlier.people_doubt
    elif not _OWN_SIDE.search(event.sentence):
        added = [key for key in (*earlier.participants, *earlier.organisations)
                 if key not in (*event.participants, *event.organisations)]
        if not added:
            return
        event.participants += [key for key in earlier.participants if key in added]
        event.organisations += [key for key in earlier.organisations if key in added]
        event.people_doubt = event.people_doubt or (
            "The talks told going on: taken as between the sides of the talks told before "
            f"(paragraph {earlier.paragraph}), with whoever this sentence names. Check who takes part.")


# a sentence of talks going on that names a side of its own: 'Talks with the transport union resume'
_OWN_SIDE = re.compile(r"(?:with|between|and\s+(?:the\s+)?[A-Z])")


# round 15 (events): 'Talks between the union and management broke down on Friday': the side told
# as the employer ('management', 'the company', 'the employers') is the one the same side meets in
# the article's other round of talks
_EMPLOYER = r"(?:management|company|employers?|firm|bosses|owners)"
_WITH_MANAGEMENT = re.compile(rf"\bbetween\s+(?:the\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){{0,3}}?\s+and\s+"
                              rf"(?:the\s+|its\s+|their\s+)?{_EMPLOYER}\b|"
                              rf"\bbetween\s+(?:the\s+)?{_EMPLOYER}\s+and\b")
# 'with a mediator from the Commission for Conciliation, Mediation and Arbitration': a third party
_MEDIATOR = re.compile(r"\b(?:mediators?|facilitators?|conciliators?|arbitrators?)\s+(?:from|of|at)\s+"
                       r"(?:the\s+)?$|\b(?:mediated|brokered|facilitated|chaired|convened)\s+by\s+(?:the\s+)?$")


def management_side(event: Any, events: Sequence[Any], paragraphs: tuple[str, ...],
                    entities: Entities) -> None:
    """The employer's side of talks whose sentence calls it 'management' or 'the company': the one
    organisation of the other talks round told before, besides the side named, that the article
    names as no mediator; only when the sentence resolves exactly one side and that round has
    exactly one other."""
    text = paragraphs[event.paragraph - 1]
    start = text.find(event.sentence)
    if event.family != "talks" or len(event.organisations) != 1 or start < 0 \
            or not _WITH_MANAGEMENT.search(text, start, start + len(event.sentence)):
        return
    other = next((e for e in reversed(events) if e.family == "talks" and e is not event
                  and event.organisations[0] in e.organisations), None)
    if other is None:
        return
    sides = [o for o in other.organisations if o not in event.organisations
             and not any(m.key == o and _MEDIATOR.search(paragraphs[m.paragraph - 1], max(0, m.start - 40),
                                                         m.start) for m in entities.mentions)]
    if len(sides) == 1:
        event.organisations.append(sides[0])



# 'Both sides have agreed to meet again', 'The two sides will meet again': the sides of talks told before
_SIDES_AGAIN = re.compile(r"\b(?:[Bb]oth|[Tt]he\s+two)\s+sides\b|\bagain\b")


def mediated_rounds(events: Sequence[Any], paragraphs: tuple[str, ...], entities: Entities) -> None:
    """Round 15 (events): 'The two sides will meet again on Friday with a mediator from the
    Federation of Kenya Employers' drafted the round with the mediator as its only side. A meeting or
    talks told with the sides unnamed ('both sides', 'again') whose only organisations the sentence
    names as a mediator's takes the sides of the talks told before it, the mediator kept too."""
    for index, event in enumerate(events):
        text = paragraphs[event.paragraph - 1]
        start = text.find(event.sentence)
        if event.family not in ("talks", "meeting") or event.participants or not event.organisations \
                or start < 0 or not _SIDES_AGAIN.search(event.sentence):
            continue
        third = {m.key for m in entities.in_span(event.paragraph, start, start + len(event.sentence))
                 if m.key[0] == "organisations"
                 and _MEDIATOR.search(text, max(start, m.start - 40), m.start)}
        earlier = next((e for e in reversed(events[:index]) if e.family == "talks" and e.organisations),
                       None)
        if earlier is None or not set(event.organisations) <= third:
            continue
        event.organisations = [*(o for o in earlier.organisations if o not in third), *event.organisations]
