"""One hub build's shared knowledge: its briefings, who is who, and where each page lives."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.core.escape import md
from briefing.hub.collect import Briefing, Story
from briefing.hub.config import HubConfig
from briefing.hub.identity import Entity, Identities
from briefing.hub.text import link
from briefing.model.urls import relative

MIN_BRIEFINGS = 2  # an entity found in this many briefings gets a dossier


@dataclass(frozen=True)
class Hub:
    config: HubConfig
    briefings: dict[str, Briefing]  # newest first
    identities: Identities
    stories: dict[tuple[str, str], list[Story]]
    site_url: str = ""
    _links: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict, compare=False, repr=False)

    def has_dossier(self, entity: Entity) -> bool:
        return len(entity.briefings) >= MIN_BRIEFINGS

    def dossiers(self, kind: str | None = None) -> list[Entity]:
        return [entity for entity in self.identities.entities
                if self.has_dossier(entity) and kind in (None, entity.kind)]

    def entity(self, alias: str, reference: str) -> Entity | None:
        kind, _, record_id = reference.partition("/")
        return self.identities.by_node.get((alias, kind, record_id))

    def name_link(self, from_path: str, alias: str, reference: str) -> str:
        """A record named in a briefing: to its dossier here if it has one, else to its page
        in that briefing; its name as the briefing gives it."""
        found = self._links.get((alias, reference))
        if found is None:
            found = self._links[(alias, reference)] = self._link_parts(alias, reference)
        text, dossier = found
        # Only a dossier link depends on the page it is on; the rest is made once per record
        # (the same names recur on thousands of a hub's pages).
        return f"{text}({relative(from_path, dossier)})" if dossier else text

    def _link_parts(self, alias: str, reference: str) -> tuple[str, str]:
        """`[name]` and the dossier's path, or the whole link to the briefing (and no path)."""
        briefing = self.briefings[alias]
        record = briefing.records.get(reference)
        if record is None:
            return md(reference), ""
        entity = self.entity(alias, reference)
        if entity is not None and self.has_dossier(entity):
            return f"[{md(record.name)}]", dossier_path(entity)
        # No title naming the briefing: the section or row around every such link names it,
        # and a title on each was a tenth of a hub's pages.
        return link(record.name, briefing.url(record)), ""

    def names(self, from_path: str, alias: str, references: tuple[str, ...], limit: int = 12) -> str:
        shown = [self.name_link(from_path, alias, reference) for reference in references[:limit]]
        more = len(references) - limit
        return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def dossier_folder(entity: Entity) -> str:
    return f"dossiers/{entity.kind}/{entity.slug}"


def dossier_path(entity: Entity) -> str:
    return f"{dossier_folder(entity)}/index.md"


def briefing_path(alias: str) -> str:
    return f"briefings/{alias}.md"
