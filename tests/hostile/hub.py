"""The hostile hub: a hub (`briefing hub`) built from other briefings' published indexes whose
every text field holds a row of the hostile table (payloads.yml).

One index per row: the hub cuts an imported name or title to TEXT_MAX characters, so each
briefing carries one row's piece in each of its text fields (`hub.people.name: ⟦script⟧ <script>…`),
and a row that names only some fields (`only: [hub:quotes.words]`) has plain words elsewhere.
The briefings share their people, organisation, place and topic by Wikidata id, so each has a
dossier; a meeting, a quote, a statement and a timeline entry each have a date inferred for a
reason (a † whose tooltip is the reason); a person in each briefing claims, through `same_as`,
the same record as another with a different Wikidata id, so the identity report lists them.
Each row's organisation is also in one more briefing (`first`) under the same name, so that
name is a dossier's own: its title, heading and feed's title."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.web.caps import TEXT_MAX
from briefing.web.index_format import FORMAT, plain_text
from conftest import mkdocs
from hubsites import scaffold_hub

HUB_PREFIX = "hub:"
# Every text field of an index the hub reads: (kind or "briefing", path in the record).
HUB_FIELDS: list[tuple[str, str]] = [
    ("briefing", "title"), ("briefing", "summary"), ("briefing", "publisher"),
    ("briefing", "source_title"), ("briefing", "inferred.published"),
    ("people", "name"), ("people", "aliases.0"), ("people", "gist"), ("people", "roles.0.title"),
    ("people", "inferred.name"), ("people", "uncertain.name"),
    ("organisations", "name"), ("organisations", "gist"),
    ("places", "name"), ("places", "gist"),
    ("topics", "name"), ("topics", "gist"),
    ("meetings", "name"), ("meetings", "gist"), ("meetings", "inferred.date"),
    ("quotes", "name"), ("quotes", "words"), ("quotes", "audience"), ("quotes", "inferred.date"),
    ("statements", "name"), ("statements", "words"), ("statements", "inferred.date"),
    ("timeline", "name"), ("timeline", "inferred.date"),
    ("figures", "name"), ("figures", "unit"), ("figures", "qualifier"), ("figures", "as_written"),
]
HUB_NAMES = [f"{HUB_PREFIX}{kind}.{path}" for kind, path in HUB_FIELDS]
# Cut to TEXT_MAX characters when a hub (or a briefing) reads an index: web/caps.py.
CAPPED = {f"{HUB_PREFIX}briefing.title", *(f"{HUB_PREFIX}{kind}.{path}" for kind, path in HUB_FIELDS
                                           if path in ("name", "aliases.0"))}
_IDS = {"people": "ada", "organisations": "the-org", "places": "the-place", "topics": "the-topic",
        "meetings": "the-meeting", "quotes": "the-quote", "statements": "the-statement",
        "timeline": "the-entry", "figures": "the-figure"}
_WIKIDATA = {"people": "Q1", "organisations": "Q2", "places": "Q3", "topics": "Q4"}


@dataclass(frozen=True)
class HostileHub:
    project: Path
    site: Path
    values: dict[str, dict[str, str]]  # field ("hub:people.name") -> briefing alias -> its text


def tag(name: str) -> str:
    """`hub:people.name` -> `hub.people.name`: written before a value, to find it alone."""
    return name.replace(":", ".")


def own_organisation(alias: str, day: int, name: str) -> dict[str, Any]:
    """The organisation of one row's briefing, also in the briefing `first`."""
    return {"kind": "organisations", "id": f"org-{alias}", "name": name,
            "url": f"organisations/org-{alias}/", "external_ids": {"wikidata": f"Q{200 + day}"}}


def index_of(alias: str, day: int, text_of: dict[str, str],
             more: list[dict[str, Any]]) -> dict[str, Any]:
    """A briefing-index/2 of one briefing: every text field from `text_of` (field -> text);
    `more` records besides."""
    records: dict[str, dict[str, Any]] = {
        kind: {"kind": kind, "id": record_id, "url": f"{kind}/{record_id}/"}
        for kind, record_id in _IDS.items()}
    for kind, wikidata in _WIKIDATA.items():
        records[kind]["external_ids"] = {"wikidata": wikidata}
    date = f"2023-07-{day:02d}"
    people = ["people/ada", "people/bob"]
    records["meetings"].update(date=date, participants=people, place="places/the-place",
                               organisations=["organisations/the-org"], topics=["topics/the-topic"])
    records["quotes"].update(date=date, speakers=["people/ada"], addressees=["people/bob"],
                             topics=["topics/the-topic"], paragraphs=[1], paragraph_url="article/#p1")
    records["statements"].update(date=date, speakers=["people/ada"], topics=["topics/the-topic"])
    records["timeline"].update(date=date)
    records["figures"].update(value=53.0)
    briefing: dict[str, Any] = {"id": alias, "url": f"https://{alias}.example/",
                                "published": date, "language": "en"}
    for kind, path in HUB_FIELDS:
        _put(briefing if kind == "briefing" else records[kind], path.split("."),
             text_of[f"{HUB_PREFIX}{kind}.{path}"])
    others = [{"kind": "people", "id": "bob", "name": "Bob Plain", "url": "people/bob/",
               "external_ids": {"wikidata": "Q5"}},
              # The same record as another briefing's, by `same_as`, but another Wikidata id:
              # a conflict the identity report names.
              {"kind": "people", "id": "eve", "name": text_of[f"{HUB_PREFIX}people.name"],
               "url": "people/eve/", "external_ids": {"wikidata": f"Q{100 + day}"},
               "same_as": ["first:people/eve"]}]
    return {"format": FORMAT, "briefing": briefing, "records": [*records.values(), *others, *more]}


def _put(record: dict[str, Any], path: list[str], value: str) -> None:
    head, rest = path[0], path[1:]
    if not rest:
        record[head] = value
    elif rest[0].isdigit():  # a list of one: aliases.0, roles.0.title
        item = value if len(rest) == 1 else {rest[1]: value}
        record[head] = [item]
    else:
        record.setdefault(head, {})[rest[0]] = value


def write_hostile_hub(folder: Path, pieces: dict[str, tuple[str, frozenset[str] | None]],
                      site_url: str) -> HostileHub:
    """The hub over one index per row (`pieces`: row id -> (its text, the hub fields it goes
    into or None for all)), built with `mkdocs build --strict` at `site_url`."""
    values: dict[str, dict[str, str]] = {name: {} for name in HUB_NAMES}
    imports = {}
    organisations = []
    assert "first" not in pieces
    for day, (alias, (piece, only)) in enumerate(sorted(pieces.items()), start=1):
        text_of = {name: f"{tag(name)}: {piece if only is None or name in only else 'plain words'}"
                   for name in HUB_NAMES}
        for name, text in text_of.items():
            values[name][alias] = text
        organisations.append(own_organisation(alias, day, text_of[f"{HUB_PREFIX}organisations.name"]))
        index = index_of(alias, day, text_of, organisations[-1:])
        site = folder / "indexes" / alias
        site.mkdir(parents=True)
        (site / "briefing-index.json").write_text(json.dumps(index, ensure_ascii=False), "utf-8")
        imports[alias] = str(site)
    first = folder / "indexes" / "first"  # the briefing every `same_as` names
    first.mkdir()
    (first / "briefing-index.json").write_text(json.dumps(
        index_of("first", 28, {name: f"{tag(name)}: plain words" for name in HUB_NAMES},
                 organisations)), "utf-8")
    imports["first"] = str(first)
    project = scaffold_hub(folder / "hub", "Hostile hub", "hostile-hub", imports)
    result = mkdocs(project, "build", "--strict", "-d", "site", env={"SITE_URL": site_url})
    assert result.returncode == 0, result.stderr[-3000:]
    return HostileHub(project, project / "site", values)


def as_shown(name: str, value: str) -> tuple[str, ...]:
    """The forms in which an index's text counts as shown as typed: one line of printable text
    (index_format.plain_text: what every reader of an index makes of it), and for a name or
    title, its first TEXT_MAX characters."""
    plain = plain_text(value)
    return (plain, plain[:TEXT_MAX - 1].rstrip()) if name in CAPPED else (plain,)


def hub_pieces(table: dict[str, Any]) -> dict[str, tuple[str, frozenset[str] | None]]:
    """Row id -> (its piece, the hub fields it goes into, None for all), for each row of the
    table (hostile/sites.py Row) that goes into any."""
    return {row.id: (row.piece, None if row.only is None else row.only & set(HUB_NAMES))
            for row in table.values() if any(row.goes_into(name) for name in HUB_NAMES)}
