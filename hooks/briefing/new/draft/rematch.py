"""A match's sides meeting again, told with no names ('The two finalists meet again on Oct. 2 in
Novi Sad', 'The two sides will meet again in the league on Saturday', 'The second leg is on March
10', 'The return match is on Sunday'): the last match told with both its sides named ('Slovenia v
Serbia') is played again, on the sentence's day. And talks' sides
meeting again ('The two sides will meet again on Oct. 2'), after a meeting someone held ('where
the minister had brought together A and B'): that meeting's people."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Any

from briefing.new.draft.dates import FoundDate

_FINAL = re.compile(r"\bfinal\b", re.IGNORECASE)
_AGAIN = re.compile(r"\b[Tt]he\s+two\s+(?P<who>finalists|sides|teams|clubs|nations|countries|rivals)\s+"
                    r"(?:will\s+|are\s+(?:due\s+|set\s+)?to\s+)?(?:meet|face\s+each\s+other|play\s+each\s+other)"
                    r"\s+again\b"
                    # ('The second leg is on March 10', 'The return match will be played in Split';
                    # not 'The second leg of the tour': a leg of something else)
                    r"|\b[Tt]he\s+(?:second|return|reverse)\s+(?:leg|match|game|fixture|tie)"
                    r"(?:\s+(?:is|was|will\s+be|takes\s+place|took\s+place|will\s+take\s+place)\b)")


def rematch_at(text: str, start: int, end: int) -> tuple[int, bool] | None:
    """Where the sentence text[start:end] tells the sides meet again, and whether they are called
    the finalists; None when it does not."""
    told = text[start:end]
    found = _AGAIN.search(text, start, end) if "again" in told or " leg " in told \
        or "he return " in told or "he reverse " in told else None
    return (found.end(), found.group("who") == "finalists") if found else None


def rematch(events: list[Any], number: int, sentence: str, date: FoundDate | None, ahead: bool,
            finalists: bool) -> Any | None:
    """The last match with its two sides named (the finalists: the last final's), again on `date`;
    None when no such match was told or the day is not after it."""
    matches = [e for e in events if e.family == "sport" and " v " in e.name]
    finals = [e for e in matches if _FINAL.search(e.sentence)] if finalists else []
    earlier = (finals or matches or [None])[-1]
    if earlier is None or date is None or earlier.date is not None and date.value <= earlier.date.value:
        return None
    return dataclasses.replace(earlier, paragraph=number, sentence=sentence, paragraphs=[number],
                               participants=list(earlier.participants),
                               organisations=list(earlier.organisations), place=None, date=date,
                               end=None, scheduled=ahead, part_of=None, date_doubt="", end_how="",
                               guessed_from=0)


_SIDES_AGAIN = re.compile(r"\b(?:[Tt]he\s+two\s+sides|[Bb]oth\s+sides)\s+(?:will|would|"
                          r"are\s+(?:due\s+|set\s+)?to|(?:have\s+)?agreed\s+to)\s+meet\s+again\b")


def sides_again(event: Any, meetings: Sequence[Mapping[str, Any]]) -> None:
    """An event whose sentence says the two sides will meet again and names nobody: the people and
    bodies of the last meeting told before it."""
    if event.participants or event.organisations or not _SIDES_AGAIN.search(event.sentence):
        return
    earlier = next((m for m in reversed(meetings) if m["paragraphs"][0] < event.paragraph
                    and len(m.get("participants") or ()) >= 2), None)
    if earlier is not None:
        event.participants = [("people", key) for key in earlier.get("participants", ())]
        event.organisations = [("organisations", key) for key in earlier.get("organisations") or ()]
