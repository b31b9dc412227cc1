"""Questions the pages ask of the model: who said what to whom, who met whom."""

from __future__ import annotations

from typing import Any

from briefing.core import dates
from briefing.core.schema import SPEAKER_KINDS, Meeting
from briefing.model import reads
from briefing.model.model import Key, Mention, Model


def said_by(model: Model, key: Key, kind: str) -> list[Any]:
    """Quotes or statements `key` said, alone or with others."""
    return [record for record in model.referring(key, kind) if key in model.speakers(record)]


def said_to(model: Model, key: Key, kind: str) -> list[Any]:
    return model.referring(key, kind, "addressees")


def meetings_of(model: Model, key: Key) -> list[Any]:
    return model.referring(key, "meetings", "participants")


def topics_of_person(model: Model, key: Key) -> list[Any]:
    """Topics a person spoke on or met about, in topic-file order."""
    spoken = said_by(model, key, "quotes") + said_by(model, key, "statements")
    ids = {topic for record in spoken + meetings_of(model, key) for topic in record.topics}
    return by_name(model, "topics", ids)


def is_umbrella(model: Model, meeting: Meeting) -> bool:
    """A visit, or an event other events are part of: taking part in it puts two people in the
    same city or week, not in the same room."""
    return meeting.type == "visit" or bool(model.referring(("meetings", meeting.id), "meetings",
                                                            "part_of"))


def counterparts(model: Model, key: Key) -> list[Any]:
    """People a person met (in one meeting, not one visit), spoke to, or was spoken to by."""
    ids: set[str] = set()
    for meeting in meetings_of(model, key):
        if not is_umbrella(model, meeting):
            ids.update(meeting.participants)
    for kind in ("quotes", "statements"):
        for record in said_by(model, key, kind):  # ...and those who said it with them
            ids.update(record.addressees)
            ids.update(_people(model.speakers(record)))
        for record in said_to(model, key, kind):
            ids.update(_people(model.speakers(record)))
    ids.discard(key[1])
    return by_name(model, "people", ids)


def _people(keys: tuple[Key, ...]) -> list[str]:
    return [record_id for kind, record_id in keys if kind == "people"]


def speakers_on(model: Model, topic_id: str) -> list[Any]:
    key = ("topics", topic_id)
    keys = {speaker for kind in ("quotes", "statements")
            for record in model.referring(key, kind, "topics") for speaker in model.speakers(record)}
    return [model.get(found) for kind in SPEAKER_KINDS for found in sorted(keys) if found[0] == kind]


def by_name(model: Model, kind: str, ids: set[str]) -> list[Any]:
    return sorted((model.records[kind][i] for i in ids), key=lambda record: (record.name, record.id))


def mention_sentences(model: Model, key: Key) -> list[Mention]:
    """One mention per sentence: the backlinks shown with their context."""
    seen: set[tuple[int, str]] = set()
    unique = []
    for mention in model.mentions.get(key, ()):
        if (mention.paragraph, mention.sentence) not in seen:
            seen.add((mention.paragraph, mention.sentence))
            unique.append(mention)
    return unique


def events_in_order(model: Model) -> list[Meeting]:
    """Meetings and events with a date, earliest first; ties keep file order."""
    return dates.chronological([meeting for meeting in model.all("meetings") if meeting.date])


def own_and_background(model: Model, records: list[Any]) -> tuple[list[Any], list[Any]]:
    """Records dated within the briefing's own days, and the rest (background), each in date
    order."""
    own, earlier, later, undated = grouped(model, records)
    return own, earlier + later + undated


# Headings of the records outside the briefing's own days, in the order pages show them.
OTHER_HEADINGS = ("Earlier events", "Later events", "Events the article does not date")


def other_groups(model: Model, records: list[Any]) -> list[tuple[str, list[Any]]]:
    """The records outside the briefing's days under what the article says of their time:
    earlier, later ('later this year'), or not dated at all; empty groups left out."""
    _, *others = grouped(model, records)
    return [(heading, group) for heading, group in zip(OTHER_HEADINGS, others, strict=True) if group]


def grouped(model: Model, records: list[Any]) -> tuple[list[Any], ...]:
    """(own, earlier, later, undated), each in date order."""
    start, end = model.briefing.start_date, model.briefing.end_date
    umbrellas = _umbrellas(model)
    # One pass: `record not in own` compared pydantic models field by field, quadratically.
    own: list[Any] = []
    earlier: list[Any] = []
    later: list[Any] = []
    undated: list[Any] = []
    for record in dates.chronological(records):
        after = getattr(record, "after", None)
        if (not after and dates.within(record.date, start, end)) or (
                isinstance(record, Meeting) and record.id in umbrellas):
            own.append(record)
        elif not record.date and not after:
            undated.append(record)
        elif dates.is_later(record, end or start):
            later.append(record)
        else:
            earlier.append(record)
    return own, earlier, later, undated


# The last model's umbrella events: every person, place and topic page asks. Bound: one entry
# (one model), replaced by the next build's.
_UMBRELLAS: dict[int, tuple[Model, frozenset[str]]] = {}


def _umbrellas(model: Model) -> frozenset[str]:
    """Events that the briefing's own days are part of (a visit dated only "July 2023"): the
    briefing's own too, however coarse their date. One read of a page that traces its reads."""
    return reads.derived(model, _umbrellas_of)


def _umbrellas_of(model: Model) -> frozenset[str]:
    cached = _UMBRELLAS.get(id(model))
    if cached is not None and cached[0] is model:
        return cached[1]
    start, end = model.briefing.start_date, model.briefing.end_date
    found = frozenset(meeting.part_of for meeting in model.every(Meeting)
                      if meeting.part_of and dates.within(meeting.date, start, end))
    _UMBRELLAS.clear()
    _UMBRELLAS[id(model)] = (model, found)
    return found


def timeline_in_order(model: Model) -> list[Any]:
    return dates.chronological(model.all("timeline"))


def key_quotes(model: Model, limit: int = 2) -> list[Any]:
    """The quotes the home page leads with: the longest full quotes of its key people."""
    chosen = []
    for person in model.briefing.key_people:
        said = [quote for quote in model.all("quotes") if ("people", person) in model.speakers(quote)]
        if said:
            chosen.append(max(said, key=lambda quote: (not quote.partial, len(quote.text))))
    return chosen[:limit]


def main_event(model: Model) -> Any:
    """The briefing's own event that most others are part of (a visit, a summit), if any."""
    own, _ = own_and_background(model, model.all("meetings"))
    parts = {meeting.id: len(model.referring(("meetings", meeting.id), "meetings", "part_of"))
             for meeting in own}
    best = max(own, key=lambda meeting: parts[meeting.id], default=None)
    return best if best is not None and parts[best.id] else None
