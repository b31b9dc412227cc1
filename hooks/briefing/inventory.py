"""The published index of a briefing: `objects.inv` and `briefing-index.json` at the site root.

Both list every record with its stable URL, written relative to the site root, so that a site
published under a project subpath (`https://<user>.github.io/<repo>/`) reads the same as one
at the root of a domain. `objects.inv` is a Sphinx inventory (version 2), which Sphinx's
intersphinx and mkdocstrings read; the JSON index is what other briefings import.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from pydantic import BaseModel, ConfigDict

from briefing import urls
from briefing.kinds import KINDS
from briefing.model import Key, Model
from briefing.names import display_name

INDEX_FILE = "briefing-index.json"
INVENTORY_FILE = "objects.inv"
FORMAT = "briefing-index/1"
# Pages that are not records but worth citing: Sphinx `std:doc` entries.
_DOCS = {"index": urls.HOME, "article": urls.ARTICLE, "timeline": urls.TIMELINE}


class IndexModel(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class IndexRecord(IndexModel):
    kind: str
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    url: str
    external_ids: dict[str, str] = {}
    same_as: tuple[str, ...] = ()
    former_ids: tuple[str, ...] = ()


class IndexBriefing(IndexModel):
    id: str
    title: str
    url: str | None = None


class Index(IndexModel):
    """The JSON index: written by one briefing, read back by the briefings that import it."""

    format: str
    briefing: IndexBriefing
    records: tuple[IndexRecord, ...]


def record_url(key: Key) -> str:
    """URL of a record relative to the site root: `people/wang-yi/`, `timeline/#<id>`."""
    return urls.at_record(key, urls.page_url(urls.page_path(key)))


def one_line(text: str) -> str:
    return " ".join(text.split())


def index_of(model: Model, site_url: str = "") -> Index:
    records = [_index_record(kind, record) for kind in KINDS for record in model.all(kind)]
    briefing = IndexBriefing(id=model.briefing.id, title=model.briefing.title,
                             url=site_url or None)
    return Index(format=FORMAT, briefing=briefing,
                 records=tuple(sorted(records, key=lambda entry: (entry.kind, entry.id))))


def _index_record(kind: str, record: Any) -> IndexRecord:
    wikidata = getattr(record, "wikidata", None)
    return IndexRecord(kind=kind, id=record.id, name=one_line(display_name(record)),
                       aliases=tuple(getattr(record, "aliases", ())), url=record_url((kind, record.id)),
                       external_ids={"wikidata": wikidata} if wikidata else {},
                       same_as=record.same_as, former_ids=record.former_ids)


def index_json(index: Index) -> str:
    return json.dumps(index.model_dump(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def inventory_bytes(index: Index) -> bytes:
    """Sphinx inventory version 2: four header lines, then zlib-compressed entry lines."""
    header = ("# Sphinx inventory version 2\n"
              f"# Project: {one_line(index.briefing.title)}\n"
              f"# Version: {index.briefing.id}\n"
              "# The remainder of this file is compressed using zlib.\n")
    return header.encode("utf-8") + zlib.compress("".join(_inventory_lines(index)).encode("utf-8"), 9)


def _inventory_lines(index: Index) -> list[str]:
    # Records are `std:label`s named `kind/id`, so intersphinx cites one as
    # :ref:`<briefing>:people/wang-yi` and mkdocstrings as [Wang Yi][people/wang-yi].
    lines = [f"{name} std:doc -1 {urls.page_url(path) or './'} -\n" for name, path in _DOCS.items()]
    for record in index.records:
        lines.append(f"{record.kind}/{record.id} std:label 1 {record.url} {record.name}\n")
        # Former ids keep resolving to the record, out of search (priority -1).
        lines += [f"{record.kind}/{old} std:label -1 {record.url} {record.name}\n"
                  for old in record.former_ids]
    return lines


def published_files(model: Model, site_url: str = "") -> dict[str, str | bytes]:
    """`{site path: content}` of the index files."""
    index = index_of(model, site_url)
    return {INDEX_FILE: index_json(index), INVENTORY_FILE: inventory_bytes(index)}
