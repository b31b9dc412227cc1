"""Links to other briefings, proposed rather than hand-made: each `--import` is read at once
(a local folder relative to where the command runs), and a drafted record whose name, alias or
external id matches a record of an imported briefing gets that match proposed: `same_as` (and
the external id), marked `uncertain` with the reason, so that `briefing review` lists it and
the person decides.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from briefing.core.settings import Settings
from briefing.web.imports import Imported, ImportFailure, is_url, read_import
from briefing.web.inventory import IndexRecord

# The kinds another briefing can hold the same thing as: a person, an organisation, a place,
# a topic. Quotes and meetings are the article's own.
SHARED_KINDS = ("people", "organisations", "places", "topics")


class LinkError(ValueError):
    """An import that cannot be read; the message names it and says what to do."""


def read_imports(imports: dict[str, str], root: Path) -> dict[str, Imported]:
    """Every import read now; local folders are given absolute (resolved where the command
    runs). The index cache goes into `root` (the new briefing), for its first build."""
    settings = Settings(root)
    found = {}
    for alias, location in imports.items():
        try:
            found[alias] = read_import(alias, location, settings)
        except ImportFailure as error:
            raise LinkError(f"--import {alias}={location}: {error}") from None
    return found


def written_address(location: str, briefing_root: Path) -> str:
    """How briefing.yml names an import: a URL as given, a folder relative to the briefing."""
    return location if is_url(location) else os.path.relpath(location, briefing_root)


def propose_matches(data: dict[str, Any], imported: dict[str, Imported]) -> int:
    """Add `same_as` (and a missing external id) to each drafted record matching an imported
    one, with the reason under `uncertain`; returns how many records got a proposal."""
    proposed = 0
    for kind in SHARED_KINDS:
        for record in data.get(kind, []):
            matches = [(alias, match) for alias, other in sorted(imported.items())
                       for match in _matching(record, kind, other)]
            if matches:
                proposed += 1
                _propose(record, matches)
    return proposed


def _names(values: Any) -> set[str]:
    return {" ".join(str(value).split()).casefold() for value in values if value}


def _matching(record: dict[str, Any], kind: str, other: Imported) -> list[IndexRecord]:
    ours = _names([record.get("name"), *record.get("aliases", [])])
    wikidata = record.get("wikidata")
    return [candidate for candidate in other.index.records if candidate.kind == kind and
            (ours & _names([candidate.name, *candidate.aliases])
             or (wikidata and candidate.external_ids.get("wikidata") == wikidata))]


def _propose(record: dict[str, Any], matches: list[tuple[str, IndexRecord]]) -> None:
    targets = [f"{alias}:{match.kind}/{match.id}" for alias, match in matches]
    record["same_as"] = sorted({*record.get("same_as", []), *targets})
    names = "; ".join(f"“{match.name}” in {alias} ({match.kind}/{match.id})"
                      for alias, match in matches)
    doubts = record.setdefault("uncertain", {})
    doubts["same_as"] = (f"same name as {names}: the same {_singular(matches[0][1].kind)}? "
                         "Keep the link if so, else delete it")
    wikidata = {match.external_ids["wikidata"] for _, match in matches
                if "wikidata" in match.external_ids}
    if len(wikidata) == 1 and not record.get("wikidata") and matches[0][1].kind != "topics":
        record["wikidata"] = wikidata.pop()
        doubts["wikidata"] = f"the Wikidata id of {names}"


def _singular(kind: str) -> str:
    return {"people": "person", "organisations": "organisation", "places": "place"}.get(kind, "topic")
