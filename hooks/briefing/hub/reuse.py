"""A hub's pages made again only when what they are made from changed.

Under `mkdocs serve` (or any build in a process that built the hub before), one changed briefing
of a thousand changes the pages that read it: its own page, the dossiers it adds to, their
feeds and timelines, and the lists of everything. Every other page is made from the same inputs
as last time, so its Markdown is the same. Each page (or group of pages made together) is kept
under a key naming everything it is made from: the fingerprint of each briefing it reads
(`fingerprints`), the fingerprint of who is who (`identity_fingerprint`: which records are one
entity, its address, and which have a dossier, so every link on the page; and the entity's own
name where the page shows it) and the hub's settings. A change to who is who (a record added to
or taken from an entity, a new dossier) changes every page with links: all are made again.
A key seen in the last build gives back that build's result, the same object; results not used
by a build are dropped after it, so the memo holds one build.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

from briefing.hub.collect import Briefing
from briefing.hub.identity import Identities

T = TypeVar("T")


class Memo:
    """The last build's results by key, and the one under way."""

    def __init__(self) -> None:
        self.last: dict[Hashable, Any] = {}
        self.next: dict[Hashable, Any] = {}
        self.made = self.reused = 0

    def start(self) -> None:
        self.next, self.made, self.reused = {}, 0, 0

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        if key in self.last:
            value = self.last[key]
            self.reused += 1
        else:
            value = make()
            self.made += 1
        self.next[key] = value
        return value  # type: ignore[no-any-return]

    def finish(self) -> None:
        """The build is done: its results are the ones to reuse."""
        self.last, self.next = self.next, {}

    def cache_clear(self) -> None:
        """Forget everything (as functools' caches do): the next build makes every page."""
        self.last, self.next = {}, {}


MEMO = Memo()


def _digest(parts: list[str]) -> str:
    hasher = hashlib.blake2b(digest_size=16)
    for part in parts:
        hasher.update(part.encode("utf-8", "surrogatepass"))
        hasher.update(b"\x00")
    return hasher.hexdigest()


@dataclass(frozen=True)
class Prints:
    """Digests of one briefing's index: all of it, and the parts the lists of everything read."""

    whole: str  # the text it was read from (or all it says) and its address
    info: str  # the briefing's own fields: title, dates, publisher, summary (the briefing list)
    events: str  # its meetings and timeline entries, all their fields (the combined timeline)
    names: str  # every record's kind, id, name and address (what a link to a record shows)


class PrintMemo:
    """Prints by the digest of the text an index was read from: an index read again unchanged
    (web/parsed.py) is not dumped again. One build kept, as `Memo`."""

    def __init__(self) -> None:
        self.last: dict[tuple[str, str], Prints] = {}
        self.next: dict[tuple[str, str], Prints] = {}

    def of(self, briefings: dict[str, Briefing]) -> dict[str, Prints]:
        found = {}
        for alias, briefing in briefings.items():
            imported = briefing.imported
            key = (imported.base_url, imported.digest)
            prints = self.last.get(key) if imported.digest else None
            found[alias] = self.next[key] = prints or _prints(briefing)
        self.last, self.next = self.next, {}
        return found

    def cache_clear(self) -> None:
        self.last, self.next = {}, {}


PRINTS = PrintMemo()


def _prints(briefing: Briefing) -> Prints:
    imported = briefing.imported
    index = imported.index
    whole = imported.digest or index.model_dump_json()
    events = [record.model_dump_json() for record in index.records if record.kind in ("meetings", "timeline")]
    names = [f"{record.kind}/{record.id}\x01{record.name}\x01{record.url}" for record in index.records]
    base = imported.base_url
    return Prints(_digest([base, whole]), _digest([base, index.briefing.model_dump_json()]),
                  _digest([base, *events]), _digest([base, *names]))


def fingerprints(briefings: dict[str, Briefing]) -> dict[str, Prints]:
    """Alias -> the digests of what its index says (and the address it was read from)."""
    return PRINTS.of(briefings)


def identity_fingerprint(identities: Identities, has_dossier: Callable[[Any], bool],
                         names: bool = True) -> str:
    """A digest of who is who: every entity's kind, address, Wikidata id, records, whether it
    has a dossier and (with `names`) its name; the conflicts and proposals besides. Links on a
    page depend on all of it but the names (a link shows its own briefing's name for a record)."""
    parts = []
    for entity in identities.entities:
        members = " ".join(f"{m.alias}:{m.record.kind}/{m.record.id}" for m in entity.members)
        parts.append(f"{entity.kind}/{entity.slug}|{entity.name if names else ''}|{entity.wikidata}|"
                     f"{has_dossier(entity)}|{members}")
    parts += [f"conflict {c.first.node} {c.second.node} {c.reason}" for c in identities.conflicts]
    parts += [" ".join(f"{e.kind}/{e.slug}" for e in group) for group in identities.proposals]
    return _digest(parts)
