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

from briefing.core.kinds import KINDS
from briefing.model import urls
from briefing.model.model import Key, Model
from briefing.model.names import display_name
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
from briefing.web.index_records import details

__all__ = ["FORMAT", "INDEX_FILE", "INVENTORY_FILE", "MAX_RECORDS", "SCHEMA_FILE", "Index",
           "IndexBriefing", "IndexRecord", "plain_text", "index_of", "published_files"]
INDEX_FILE = "briefing-index.json"
INVENTORY_FILE = "objects.inv"
# Pages that are not records but worth citing: Sphinx `std:doc` entries.
_DOCS = {"index": urls.HOME, "article": urls.ARTICLE, "timeline": urls.TIMELINE}


def record_url(key: Key) -> str:
    """URL of a record relative to the site root: `people/wang-yi/`, `timeline/#<id>`."""
    return urls.at_record(key, urls.page_url(urls.page_path(key)))


def one_line(text: str) -> str:
    return " ".join(text.split())


def index_of(model: Model, site_url: str = "") -> Index:
    records = [_index_record(model, kind, record) for kind in KINDS for record in model.all(kind)]
    return Index(format=FORMAT, briefing=_index_briefing(model, site_url),
                 records=tuple(sorted(records, key=lambda entry: (entry.kind, entry.id))))


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


def _index_record(model: Model, kind: str, record: Any) -> IndexRecord:
    wikidata = getattr(record, "wikidata", None)
    return IndexRecord(kind=kind, id=record.id, name=one_line(display_name(record)),
                       aliases=tuple(getattr(record, "aliases", ())), url=record_url((kind, record.id)),
                       external_ids={"wikidata": wikidata} if wikidata else {},
                       same_as=record.same_as, former_ids=record.former_ids,
                       **details(model, kind, record))


def index_json(index: Index) -> str:
    # Empty fields are left out (a reader fills them in): a quarter of the size of writing them.
    data = {"$schema": SCHEMA_FILE, **index.model_dump(exclude_defaults=True)}
    data["format"] = index.format
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


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
    return {INDEX_FILE: index_json(index), INVENTORY_FILE: inventory_bytes(index),
            SCHEMA_FILE: schema_json(), **feed_files(briefing_feed(index))}


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
