"""The published index of a briefing: `objects.inv` and `briefing-index.json` at the site root.

Both list every record with its stable URL, written relative to the site root, so that a site
published under a project subpath (`https://<user>.github.io/<repo>/`) reads the same as one
at the root of a domain. `objects.inv` is a Sphinx inventory (version 2), which Sphinx's
intersphinx and mkdocstrings read; the JSON index is what other briefings import.

Under `mkdocs serve` (`keep`), a record whose index fields are the same as in the last build
keeps its entry and its JSON: neither is validated nor written out again (an edit changes one
or two records of thousands). One generation is kept: the last build's entries.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

from briefing.core.kinds import KINDS
from briefing.core.schema import optional
from briefing.model import urls
from briefing.model.model import Key, Model
from briefing.model.names import display_name
from briefing.model.replay import equal
from briefing.web.feeds import Entry, Feed, feed_files
from briefing.web.index_format import (
    FORMAT,
    MAX_RECORDS,
    SCHEMA_FILE,
    Index,
    IndexBriefing,
    IndexRecord,
    plain_text,
    schema_json,
)
from briefing.web.index_records import details, model_reads

__all__ = ["FORMAT", "INDEX_FILE", "INVENTORY_FILE", "MAX_RECORDS", "SCHEMA_FILE", "Index",
           "IndexBriefing", "IndexRecord", "plain_text", "index_of", "published_files"]
INDEX_FILE = "briefing-index.json"
INVENTORY_FILE = "objects.inv"
# Pages that are not records but worth citing: Sphinx `std:doc` entries.
_DOCS = {"index": urls.HOME, "article": urls.ARTICLE, "timeline": urls.TIMELINE}
_RECORDS = "\n \"records\": []"  # the records' place in the index written without them


def record_url(key: Key) -> str:
    """URL of a record relative to the site root: `people/wang-yi/`, `timeline/#<id>`."""
    return urls.at_record(key, urls.page_url(urls.page_path(key)))


def one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class IndexEntry:
    """A record's entry in the index, made from these fields; its JSON once written. `source`:
    the record it was made from, and what else it read of the model (`model_reads`)."""

    fields: dict[str, Any]
    record: IndexRecord
    json: str | None = None
    source: tuple[Any, Any] | None = None


_LAST: dict[Key, IndexEntry] = {}  # the last kept build's entries, by record (one generation)


def index_of(model: Model, site_url: str = "") -> Index:
    return _index(model, site_url, {})[0]


def _index(model: Model, site_url: str, last: dict[Key, IndexEntry]) -> tuple[Index, dict[Key, IndexEntry]]:
    """The index, and each record's entry: `last`'s where its fields are the same."""
    entries: dict[Key, IndexEntry] = {}
    for kind in KINDS:
        for record in model.all(kind):
            old, source = last.get((kind, record.id)), (record, model_reads(model, kind, record))
            # The same record object, with the same reads of the model, gives the same fields.
            if old is not None and old.source is not None and old.source[0] is record \
                    and equal(source[1], old.source[1]):
                entries[kind, record.id] = old
                continue
            fields = _index_fields(model, kind, record)
            entries[kind, record.id] = (
                IndexEntry(old.fields, old.record, old.json, source)
                if old is not None and equal(fields, old.fields)
                else IndexEntry(fields, IndexRecord(**fields), source=source))
    records = sorted((entry.record for entry in entries.values()),
                     key=lambda record: (record.kind, record.id))
    return Index(format=FORMAT, briefing=_index_briefing(model, site_url),
                 records=tuple(records)), entries


def _index_briefing(model: Model, site_url: str) -> IndexBriefing:
    briefing, source = model.briefing, model.article.source
    published: Any = getattr(source, "published", None)
    inferred = {**{f"source.{name}": reason for name, reason in getattr(source, "inferred", {}).items()},
                **briefing.inferred}
    return IndexBriefing(
        id=briefing.id, title=briefing.title, url=site_url or None, summary=briefing.summary,
        published=published, updated=getattr(briefing, "updated", None) or published,
        publisher=getattr(source, "publisher", None), source_title=getattr(source, "title", None),
        source_authors=tuple(getattr(source, "authors", ())),
        source_url=getattr(source, "url", None), language=getattr(source, "language", None),
        start_date=briefing.start_date, end_date=briefing.end_date, inferred=inferred,
        draft=briefing.draft)


def _index_fields(model: Model, kind: str, record: Any) -> dict[str, Any]:
    """A record's entry in the index, as keyword arguments of `IndexRecord`."""
    wikidata = optional(record, "wikidata")
    return dict(kind=kind, id=record.id, name=one_line(display_name(record)),
                aliases=tuple(optional(record, "aliases", ())), url=record_url((kind, record.id)),
                external_ids={"wikidata": wikidata} if wikidata else {},
                same_as=record.same_as, former_ids=record.former_ids,
                **details(model, kind, record))


def index_json(index: Index, entries: dict[Key, IndexEntry] | None = None) -> str:
    """The JSON index. With `entries` (by record), a record's JSON written there is reused and
    the JSON written for the others is kept in them."""
    # Empty fields are left out (a reader fills them in): a quarter of the size of writing them.
    data = {"$schema": SCHEMA_FILE, **index.model_dump(exclude_defaults=True, exclude={"records"}),
            "format": index.format, "records": []}
    text = _dumps(data)
    if not index.records:
        return text + "\n"
    # The records, each written as `json.dumps` writes it at that depth (two levels in).
    records = ",\n  ".join(_record_json(record, entries) for record in index.records)
    head, tail = text.split(_RECORDS)  # one only: a key inside another is indented further
    return f"{head}\n \"records\": [\n  {records}\n ]{tail}\n"


def _record_json(record: IndexRecord, entries: dict[Key, IndexEntry] | None) -> str:
    entry = entries.get((record.kind, record.id)) if entries else None
    if entry is not None and entry.record is record and entry.json is not None:
        return entry.json
    text = _dumps(record.model_dump(exclude_defaults=True)).replace("\n", "\n  ")
    if entry is not None and entry.record is record and entries is not None:
        entries[record.kind, record.id] = IndexEntry(entry.fields, record, text, entry.source)
    return text


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


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


def published_files(model: Model, site_url: str = "", keep: bool = False) -> dict[str, str | bytes]:
    """`{site path: content}` of the index files. With `keep` (under `mkdocs serve`), the
    entries of records unchanged since the last build that kept are reused."""
    index, entries = _index(model, site_url, _LAST if keep else {})
    files: dict[str, str | bytes] = {INDEX_FILE: index_json(index, entries),
                                     INVENTORY_FILE: inventory_bytes(index),
                                     SCHEMA_FILE: schema_json(), **feed_files(briefing_feed(index))}
    _LAST.clear()
    if keep:
        _LAST.update(entries)
    return files


def briefing_feed(index: Index) -> Feed:
    """The briefing's own feed: one entry, the briefing, dated by its data."""
    briefing = index.briefing
    published = briefing.published or briefing.start_date or "1970"
    author = briefing.publisher or briefing.title
    entry = Entry(key=briefing.id, title=briefing.title, url="./", published=published,
                  updated=briefing.updated or published, summary=briefing.summary,
                  author=author)
    return Feed(key=briefing.id, title=briefing.title, subtitle=briefing.summary, home="./",
                folder="", author=author, language=briefing.language,
                site_url=briefing.url or "", entries=(entry,))
