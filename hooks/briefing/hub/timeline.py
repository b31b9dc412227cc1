"""The combined timeline of every briefing, newest first, and the same filtered by a person
or a topic (one static page each, so it works without a script and is found by search)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from briefing.core.dates import reader_date, sort_key
from briefing.core.escape import md
from briefing.hub.collect import Briefing
from briefing.hub.context import Hub, briefing_path
from briefing.hub.identity import Entity
from briefing.hub.text import Paged, draft_mark, front_matter, link, paginate, when
from briefing.model.urls import relative
from briefing.web.index_format import IndexRecord

FILTER_KINDS = ("people", "topics")


@dataclass(frozen=True)
class Row:
    briefing: Briefing
    record: IndexRecord
    entities: frozenset[tuple[str, str]]  # (kind, slug) of who and what it involves

    @property
    def order(self) -> tuple[str, str, str]:
        return sort_key(self.record.date), self.briefing.alias, self.record.id


def rows(hub: Hub) -> list[Row]:
    """Every dated meeting, and every dated timeline entry that marks no meeting, newest first."""
    found = []
    for briefing in hub.briefings.values():
        for record in briefing.imported.index.records:
            if not record.date or record.kind not in ("meetings", "timeline"):
                continue
            if record.kind == "timeline" and record.meeting in briefing.records:
                continue  # the meeting is on the timeline itself
            found.append(Row(briefing, record, _involved(hub, briefing, record)))
    return sorted(found, key=lambda row: row.order, reverse=True)


def _involved(hub: Hub, briefing: Briefing, record: IndexRecord) -> frozenset[tuple[str, str]]:
    event = briefing.records.get(record.meeting or "") if record.kind == "timeline" else record
    refs = [*event.participants, *event.topics] if event else []
    entities = (hub.entity(briefing.alias, reference) for reference in refs)
    return frozenset((entity.kind, entity.slug) for entity in entities if entity is not None)


def timeline_pages(hub: Hub, all_rows: list[Row]) -> dict[str, str]:
    """The combined timeline and the lists of its filters (each filter's own pages are made by
    `filter_pages`, one entity at a time)."""
    paged = Paged("timeline", "Combined timeline", "Every dated event of every briefing, newest first",
                  _filters_intro())
    pages = paginate(paged, _sections(hub, all_rows, "timeline/index.md"))
    by_entity = rows_by_entity(all_rows)
    for kind in FILTER_KINDS:
        pages[f"timeline/{kind}/index.md"] = _filter_list(kind, hub.dossiers(kind), by_entity)
    return pages


def rows_by_entity(all_rows: list[Row]) -> dict[tuple[str, str], list[Row]]:
    by_entity: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in all_rows:
        for key in row.entities:
            by_entity[key].append(row)
    return by_entity


def filter_pages(hub: Hub, entity: Entity, entity_rows: list[Row]) -> dict[str, str]:
    """The timeline filtered to one person or topic with a dossier (every dossier links to its
    own filter, so each has one, if only to say it is empty)."""
    folder = f"timeline/{entity.kind}/{entity.slug}"
    sections = _sections(hub, entity_rows, f"{folder}/index.md")
    return paginate(Paged(folder, f"Timeline: {entity.name}",
                          f"Every dated event with {entity.name}, newest first", _back(entity, folder)),
                    sections or ["No dated meeting or event names them.\n"])


def _filters_intro() -> str:
    return ("Newest first. Filter by [person](people/index.md) or [topic](topics/index.md); "
            "undated events are left out.\n\n")


def _back(entity: Entity, folder: str) -> str:
    dossier = relative(f"{folder}/index.md", f"dossiers/{entity.kind}/{entity.slug}/index.md")
    whole = relative(f"{folder}/index.md", "timeline/index.md")
    return f"Filtered to [{md(entity.name)}]({dossier}). [The whole timeline]({whole}).\n\n"


def _filter_list(kind: str, entities: list[Entity], by_entity: dict[tuple[str, str], list[Row]]) -> str:
    title = "Timeline by person" if kind == "people" else "Timeline by topic"
    items = [f"- [{md(entity.name)}]({entity.slug}/index.md) ({len(by_entity.get((kind, entity.slug), []))})"
             for entity in sorted(entities, key=lambda entity: entity.name)]
    return (front_matter(title, f"The combined timeline filtered by {kind}") + f"# {title}\n\n"
            + ("\n".join(items) or "None yet.") + "\n")


def _sections(hub: Hub, all_rows: list[Row], here: str) -> list[str]:
    """One section a month, so a page break falls between months where it can."""
    months: dict[str, list[str]] = {}
    for row in all_rows:
        month = row.record.date[:7] if row.record.date else ""
        months.setdefault(month, []).append(_row(hub, row, here))
    return [f"## {md(reader_date(month))}\n\n" + "\n".join(lines) + "\n\n" for month, lines in months.items()]


def _row(hub: Hub, row: Row, here: str) -> str:
    briefing, record = row.briefing, row.record
    alias = briefing.alias
    event = briefing.records.get(record.meeting or "") if record.kind == "timeline" else record
    parts = [f"- **{when(record)}** {link(record.name, briefing.url(record))}"
             f"{draft_mark(record)}"]
    if event and event.participants:
        parts.append(f" — with {hub.names(here, alias, event.participants, 8)}")
    parts.append(f" — in [{md(briefing.info.title)}]({relative(here, briefing_path(alias))})")
    return "".join(parts)
