"""The fields of a meeting record for each event `mainevents` finds: its name, people, place,
dates, status and the larger event it belongs to, with the doubts the draft has about them."""

from __future__ import annotations

from typing import Any

from briefing.new.draft.entities import Entities
from briefing.new.draft.mainevents import FoundEvent


def event_name(event: FoundEvent, entities: Entities) -> str:
    """'Rotterdam Marathon'; 'News conference by Marjorie Ngaunje'; 'Talks in Cusco'."""
    if event.name:
        return event.name
    word = event.word[:1].upper() + event.word[1:]
    # a sanction is of the people it falls on, by the body that imposes it ('Ban of A and B',
    # 'Suspension by the Authority'); a launch is by its agency
    by_body = event.family in ("sanction", "launch", "decision") and event.organisations
    keys = event.organisations if by_body else (event.participants or event.organisations)
    names = [entities.get(key).name for key in keys[:1 if by_body else 2]]
    if names:
        joined = " and ".join(names)
        link = "by" if event.family == "press" or by_body else \
            "of" if event.family == "sanction" else "with"
        return f"{word} {link} {joined}"
    if event.place:
        return f"{word} in {entities.get(event.place).name}"
    return f"{word} on {event.date.value}" if event.date else word


def event_fields(event: FoundEvent, entities: Entities, ids: list[str]) -> dict[str, Any]:
    """`ids`: the meeting ids given so far, in the order `find_events` returned the events."""
    fields: dict[str, Any] = {
        "name": event_name(event, entities), "type": event.type, "summary": event.sentence,
        "status": "scheduled" if event.scheduled else None,
        "participants": [key[1] for key in event.participants],
        "organisations": [key[1] for key in event.organisations],
        "place": event.place[1] if event.place else None,
        "part_of": ids[event.part_of] if event.part_of is not None else None}
    if event.date:
        fields["date"] = event.date.value
        how = event.date_doubt or event.date.how
        if how:
            fields["inferred"] = {"date": how}
        doubt = " ".join(d for d in (event.date_doubt, event.date.doubt) if d)
        if doubt:
            fields["uncertain"] = {"date": doubt}
    if event.people_doubt:
        fields.setdefault("inferred", {})["participants"] = event.people_doubt
        fields.setdefault("uncertain", {})["participants"] = event.people_doubt
    if event.end:
        fields["end_date"] = event.end
    if event.part_of is not None:
        fields.setdefault("inferred", {})["part_of"] = (
            "A session of the larger event the article reports just before.")
    return fields
