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
    sides of the last talks told before, with their doubt."""
    if event.family != "talks" or event.organisations or event.participants and not event.people_doubt:
        return
    earlier = next((e for e in reversed(events) if e.family == "talks" and e is not event
                    and (e.participants or e.organisations)), None)
    if earlier is not None:
        event.participants = list(earlier.participants)
        event.organisations = list(earlier.organisations)
        event.people_doubt = earlier.people_doubt
