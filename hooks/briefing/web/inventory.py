"""The published index of a briefing: `objects.inv` and `briefing-index.json` at the site root.

Both list every record with its stable URL, written relative to the site root, so that a site
published under a project subpath (`https://<user>.github.io/<repo>/`) reads the same as one
at the root of a domain. `objects.inv` is a Sphinx inventory (version 2), which Sphinx's
intersphinx and mkdocstrings read; the JSON index is what other briefings import.
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Annotated, Any
from urllib.parse import unquote, urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from briefing.core.kinds import KINDS
from briefing.core.schema import SLUG_PATTERN
from briefing.model import urls
from briefing.model.model import Key, Model
from briefing.model.names import display_name

INDEX_FILE = "briefing-index.json"
INVENTORY_FILE = "objects.inv"
FORMAT = "briefing-index/1"
# Pages that are not records but worth citing: Sphinx `std:doc` entries.
_DOCS = {"index": urls.HOME, "article": urls.ARTICLE, "timeline": urls.TIMELINE}


# An index is read from another briefing, which may be hostile: every field has a type, a
# length and a count, and text is made plain (no control characters, one line) as it is read,
# so that nothing in it can break out of a Markdown line, a terminal or an attribute.
MAX_RECORDS = 100_000
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain_text(text: str) -> str:
    """One line of printable text: control characters, escape sequences and bidi overrides
    removed, white space collapsed."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _relative_url(url: str) -> str:
    """A path under the site root: no scheme, host, absolute path, `..` or backslash."""
    parts = urlsplit(url)
    path_parts = [unquote(part) for part in parts.path.split("/")]  # browsers read %2e as '.' 
    if (parts.scheme or parts.netloc or url.startswith("/") or "\\" in url
            or ".." in path_parts or "." in path_parts[:-1] or _CONTROL.search(url) or " " in url):
        raise ValueError("must be a path relative to the site root, such as people/wang-yi/")
    return url


def _web_url(url: str) -> str:
    parts = urlsplit(url)
    if (parts.scheme not in ("http", "https") or not parts.hostname or parts.query
            or parts.fragment or _CONTROL.search(url) or " " in url):
        raise ValueError("must be an http(s) address, such as https://example.org/briefing/")
    return url


# The same limits as the data format's (schema.py), so that every index we write reads back.
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
Text = Annotated[str, StringConstraints(max_length=200_000), AfterValidator(plain_text)]
RelativeUrl = Annotated[str, StringConstraints(max_length=1000), AfterValidator(_relative_url)]
WebUrl = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_web_url)]
Short = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:/-]+$", max_length=200)]


class IndexModel(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class IndexRecord(IndexModel):
    kind: Slug
    id: Slug
    name: Text
    aliases: Annotated[tuple[Text, ...], Field(max_length=100)] = ()
    url: RelativeUrl
    external_ids: Annotated[dict[Short, Short], Field(max_length=20)] = {}
    same_as: Annotated[tuple[Text, ...], Field(max_length=100)] = ()
    former_ids: Annotated[tuple[Slug, ...], Field(max_length=100)] = ()


class IndexBriefing(IndexModel):
    id: Slug
    title: Text
    url: WebUrl | None = None


class Index(IndexModel):
    """The JSON index: written by one briefing, read back by the briefings that import it."""

    format: Annotated[str, StringConstraints(max_length=100)]
    briefing: IndexBriefing
    records: Annotated[tuple[IndexRecord, ...], Field(max_length=MAX_RECORDS)]


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
