"""Who is who across briefings: records of many indexes grouped into one entity each.

Identity comes from ids, never from names: records with the same Wikidata id are one entity,
then `same_as` links join more. A link that would join two different Wikidata ids is not
followed and is reported as a conflict. Records of the same name that no id joins are
proposed as possible matches, and listed, never merged.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from slugify import slugify

from briefing.web.imports import Imported
from briefing.web.index_format import IndexRecord

ENTITY_KINDS = ("people", "organisations", "places", "topics")
Node = tuple[str, str, str]  # (briefing alias, kind, record id)


@dataclass(frozen=True, eq=False)  # one per record: told apart by identity
class Member:
    """One record of one briefing."""

    alias: str
    record: IndexRecord

    @property
    def node(self) -> Node:
        return self.alias, self.record.kind, self.record.id


@dataclass(frozen=True, eq=False)
class Entity:
    kind: str
    slug: str
    name: str
    wikidata: str | None
    members: tuple[Member, ...]
    briefings: tuple[str, ...] = ()  # the aliases of the briefings it is in, sorted

    def __post_init__(self) -> None:
        object.__setattr__(self, "briefings", tuple(sorted({m.alias for m in self.members})))


@dataclass(frozen=True)
class Conflict:
    first: Member
    second: Member
    reason: str


@dataclass(frozen=True)
class Identities:
    entities: tuple[Entity, ...]
    by_node: dict[Node, Entity] = field(default_factory=dict)
    conflicts: tuple[Conflict, ...] = ()
    proposals: tuple[tuple[Entity, ...], ...] = ()  # same name, no shared id: perhaps one


class _Groups:
    """Union-find over nodes, each group knowing its Wikidata ids."""

    def __init__(self, nodes: list[Node], wikidata: dict[Node, str]) -> None:
        self.parent = {node: node for node in nodes}
        self.ids: dict[Node, set[str]] = {node: {wikidata[node]} if node in wikidata else set()
                                          for node in nodes}

    def find(self, node: Node) -> Node:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, first: Node, second: Node) -> bool:
        """Join two groups; False (and nothing joined) when their Wikidata ids differ."""
        a, b = self.find(first), self.find(second)
        if a == b:
            return True
        if self.ids[a] and self.ids[b] and self.ids[a] != self.ids[b]:
            return False
        a, b = sorted((a, b))
        self.parent[b] = a
        self.ids[a] |= self.ids.pop(b)
        return True


def identify(imports: dict[str, Imported]) -> Identities:
    members = {member.node: member for alias, imported in sorted(imports.items())
               for member in (Member(alias, record) for record in imported.index.records)
               if member.record.kind in ENTITY_KINDS}
    wikidata = {node: member.record.external_ids["wikidata"] for node, member in members.items()
                if "wikidata" in member.record.external_ids}
    groups = _Groups(sorted(members), wikidata)
    first_by_id: dict[tuple[str, str], Node] = {}
    for node in sorted(wikidata):
        groups.join(first_by_id.setdefault((node[1], wikidata[node]), node), node)
    conflicts = _follow_same_as(imports, members, groups)
    entities = _entities(members, groups)
    by_node = {member.node: entity for entity in entities for member in entity.members}
    return Identities(entities, by_node, tuple(conflicts), _proposals(entities))


def _follow_same_as(imports: dict[str, Imported], members: dict[Node, Member],
                    groups: _Groups) -> list[Conflict]:
    alias_of = {imported.index.briefing.id: alias for alias, imported in imports.items()}
    alias_of.update({alias: alias for alias in imports})
    conflicts = []
    for node, member in members.items():
        for target in member.record.same_as:
            briefing, _, key = target.partition(":")
            kind, _, record_id = key.partition("/")
            other = imports.get(alias_of.get(briefing, ""))
            found = other.by_key.get((kind, record_id)) if other else None
            if found is None or (alias_of[briefing], found.kind, found.id) not in members:
                continue
            if not groups.join(node, (alias_of[briefing], found.kind, found.id)):
                conflicts.append(Conflict(member, members[(alias_of[briefing], found.kind, found.id)],
                                          "same_as joins records with different Wikidata ids"))
    return conflicts


def _entities(members: dict[Node, Member], groups: _Groups) -> tuple[Entity, ...]:
    grouped: dict[Node, list[Member]] = defaultdict(list)
    for node in sorted(members):
        grouped[groups.find(node)].append(members[node])
    drafts = []
    for root, group in grouped.items():
        names = Counter(member.record.name for member in group)
        name = min(names, key=lambda text: (-names[text], text))
        ids = sorted(groups.ids[root])
        drafts.append((root[1], name, ids[0] if ids else None, tuple(group)))
    return tuple(_with_slugs(sorted(drafts, key=lambda d: (d[0], d[1], d[3][0].node))))


def _with_slugs(drafts: list[tuple[str, str, str | None, tuple[Member, ...]]]) -> list[Entity]:
    """Entities with addresses: the name's slug, told apart by Wikidata id or a number."""
    taken: set[tuple[str, str]] = set()
    entities = []
    for kind, name, wikidata, members in drafts:
        base = slugify(name)[:60].strip("-") or members[0].record.id
        slug = base
        if (kind, slug) in taken:
            slug = f"{base}-{wikidata.lower()}" if wikidata else base
        number = 2
        while (kind, slug) in taken or slug == "index" or slug.startswith("page-"):
            slug, number = f"{base}-{number}", number + 1
        taken.add((kind, slug))
        entities.append(Entity(kind, slug, name, wikidata, members))
    return entities


_NOT_WORD = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    return _NOT_WORD.sub(" ", name.casefold()).strip()


def _proposals(entities: tuple[Entity, ...]) -> tuple[tuple[Entity, ...], ...]:
    by_name: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for entity in entities:
        for key in {name_key(member.record.name) for member in entity.members}:
            if key:
                by_name[(entity.kind, key)].append(entity)
    found = {tuple(group) for group in by_name.values()
             if len(group) > 1 and len({entity.wikidata for entity in group if entity.wikidata}) <= 1}
    return tuple(sorted(found, key=lambda group: (group[0].kind, group[0].name, group[0].slug)))
