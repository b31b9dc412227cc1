"""What every briefing says of an entity: roles, words, meetings, grouped by briefing, newest
first. Read from the indexes alone (briefing-index/2), never from the briefings' pages."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from briefing.core.dates import sort_key
from briefing.hub.identity import Entity, Identities, Node
from briefing.web.imports import Imported
from briefing.web.index_format import IndexBriefing, IndexRecord

SAID = ("quotes", "statements")
# Fields of a record that make it part of an entity's story, by what they say of it.
_SAID_BY = ("speakers",)
_IN = ("participants", "organisations", "place", "topics")


@dataclass(frozen=True)
class Briefing:
    """One imported briefing, with its records by `kind/id`."""

    alias: str
    imported: Imported
    records: dict[str, IndexRecord] = field(default_factory=dict)

    @property
    def info(self) -> IndexBriefing:
        return self.imported.index.briefing

    @property
    def date(self) -> str:
        return self.info.published or self.info.start_date or ""

    def url(self, record: IndexRecord) -> str:
        # The index model has already refused schemes, hosts, `..` and absolute paths, so the
        # address is the site's root and the relative URL, joined (urljoin was a fifth of a
        # hub's build).
        return self.imported.base_url + record.url

    def site_url(self, relative: str) -> str:
        return self.imported.base_url + relative


def briefings(imports: dict[str, Imported]) -> dict[str, Briefing]:
    """Every briefing, newest first (ties by id, so the order is the same on every build)."""
    found = [Briefing(alias, imported, {f"{r.kind}/{r.id}": r for r in imported.index.records})
             for alias, imported in imports.items()]
    found.sort(key=lambda b: (sort_key(b.date) if b.date else "0000", b.alias), reverse=True)
    return {briefing.alias: briefing for briefing in found}


@dataclass
class Story:
    """What one briefing says of one entity."""

    briefing: Briefing
    records: list[IndexRecord] = field(default_factory=list)  # the entity's own records there
    said: list[IndexRecord] = field(default_factory=list)  # quotes and statements by (or on) it
    events: list[IndexRecord] = field(default_factory=list)  # meetings it took part in


def stories(identities: Identities, all_briefings: dict[str, Briefing]
            ) -> dict[tuple[str, str], list[Story]]:
    """(kind, slug) -> its stories, newest briefing first; one pass over every record."""
    found: dict[tuple[str, str], dict[str, Story]] = defaultdict(dict)
    for alias, briefing in all_briefings.items():
        for reference, record in briefing.records.items():
            kind, _, record_id = reference.partition("/")
            entity = identities.by_node.get((alias, kind, record_id))
            if entity is not None:
                _story(found, entity, briefing).records.append(record)
            for node, bucket in _links(alias, record):
                target = identities.by_node.get(node)
                if target is not None:
                    getattr(_story(found, target, briefing), bucket).append(record)
    order = {alias: position for position, alias in enumerate(all_briefings)}
    return {key: sorted(by_alias.values(), key=lambda story: order[story.briefing.alias])
            for key, by_alias in found.items()}


def _story(found: dict[tuple[str, str], dict[str, Story]], entity: Entity, briefing: Briefing) -> Story:
    return found[(entity.kind, entity.slug)].setdefault(briefing.alias, Story(briefing))


def _links(alias: str, record: IndexRecord) -> list[tuple[Node, str]]:
    """The entities a record names, and in which list of their story it belongs."""
    links: list[tuple[Node, str]] = []
    if record.kind in SAID:
        links += [(_node(alias, ref), "said") for ref in record.speakers]
        links += [(_node(alias, ref), "said") for ref in record.topics]
    elif record.kind == "meetings":
        refs = [*record.participants, *record.organisations, *record.topics]
        links += [(_node(alias, ref), "events") for ref in refs + ([record.place] if record.place else [])]
    return list(dict.fromkeys(links))


def _node(alias: str, reference: str) -> Node:
    kind, _, record_id = reference.partition("/")
    return alias, kind, record_id
