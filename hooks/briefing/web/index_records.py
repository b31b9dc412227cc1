"""What `briefing-index/2` says of each record beyond its name and address: dates, roles,
words, speakers, participants, values, and which of them are inferred or still a draft.

References to other records are written `kind/id`, records of the same index, so that a
reader resolves them without fetching a page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.core.schema import optional
from briefing.model import urls
from briefing.model.model import Key, Model
from briefing.model.names import shorten

GIST_LIMIT = 280


def precision(date: str | None) -> str | None:
    """'2023' -> year, '2023-07' -> month, '2023-07-18' -> day."""
    if not date:
        return None
    return ("year", "month", "day")[date.count("-")]


def reference(key: Key) -> str:
    return f"{key[0]}/{key[1]}"


def speakers(model: Model, record: Any) -> tuple[str, ...]:
    """Who said a quote or statement (one or several), as references."""
    return tuple(reference(key) for key in model.speakers(record))


def gist(kind: str, record: Any) -> str:
    """One short line on the record, in the briefing's words."""
    if kind == "people":
        text = "; ".join(filter(None, [record.roles[0].title if record.roles else "",
                                       record.description or ""]))
    else:
        field = {"quotes": "context", "statements": "gist", "meetings": "summary",
                 "figures": "measures", "timeline": "label"}.get(kind, "description")
        text = getattr(record, field, None) or ""
    return shorten(" ".join(str(text).split()), GIST_LIMIT)


def details(model: Model, kind: str, record: Any) -> dict[str, Any]:
    """The version 2 fields of one record, as keyword arguments of `IndexRecord`."""
    found: dict[str, Any] = {
        "gist": gist(kind, record), "paragraphs": tuple(record.paragraphs),
        "paragraph_url": f"{urls.page_url(urls.ARTICLE)}#p{record.paragraphs[0]}",
        "inferred": dict(record.inferred), "uncertain": dict(record.uncertain),
        "draft": record.draft,
    }
    date = optional(record, "date")
    found.update(date=date, end_date=optional(record, "end_date"), date_precision=precision(date))
    found.update(_BY_KIND.get(kind, _nothing)(model, record))
    return found


def model_reads(model: Model, kind: str, record: Any) -> tuple[Any, ...]:
    """What `details` reads of the model besides the record itself: who said a quote or
    statement (a person, else an organisation), and a meeting's sides (an organisation, else a
    place)."""
    if _BY_KIND.get(kind) is _meeting:
        return model.sides(record)
    return model.speakers(record) if _BY_KIND.get(kind) in (_quote, _statement) else ()


def _nothing(model: Model, record: Any) -> dict[str, Any]:
    return {}


def _refs(kind: str, ids: Any) -> tuple[str, ...]:
    return tuple(f"{kind}/{record_id}" for record_id in ids)


def _one(kind: str, record_id: str | None) -> str | None:
    return f"{kind}/{record_id}" if record_id else None


def _person(model: Model, record: Any) -> dict[str, Any]:
    roles = [{"title": role.title, "organisation": _one("organisations", role.organisation),
              "country": _one("places", role.country), "former": role.former}
             for role in record.roles]
    return {"roles": tuple(roles)}


def _spoken(model: Model, record: Any) -> dict[str, Any]:
    return {"speakers": speakers(model, record), "addressees": _refs("people", record.addressees),
            "audience": record.audience, "meeting": _one("meetings", record.meeting),
            "topics": _refs("topics", record.topics)}


def _quote(model: Model, record: Any) -> dict[str, Any]:
    return {**_spoken(model, record), "words": record.text, "partial": record.partial}


def _statement(model: Model, record: Any) -> dict[str, Any]:
    return {**_spoken(model, record), "words": record.gist}


def _meeting(model: Model, record: Any) -> dict[str, Any]:
    return {"participants": _refs("people", record.participants),
            "organisations": tuple(reference(key) for key in model.sides(record)),
            "place": _one("places", record.place), "status": record.status,
            "event_type": record.type, "meeting": _one("meetings", record.part_of),
            "topics": _refs("topics", record.topics)}


def _figure(model: Model, record: Any) -> dict[str, Any]:
    # `approximate` is the older way to say "about" (schema.Figure).
    qualifier = record.qualifier or ("about" if record.approximate else None)
    return {"value": record.value, "unit": record.unit, "qualifier": qualifier,
            "as_written": record.as_written, "place": _one("places", record.place),
            "meeting": _one("meetings", record.meeting), "topics": _refs("topics", record.topics)}


def _timeline(model: Model, record: Any) -> dict[str, Any]:
    return {"meeting": _one("meetings", record.meeting)}


_BY_KIND: dict[str, Callable[[Model, Any], dict[str, Any]]] = {
    "people": _person, "quotes": _quote, "statements": _statement, "meetings": _meeting,
    "figures": _figure, "timeline": _timeline}
