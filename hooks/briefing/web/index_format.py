"""The published index format, `briefing-index/2` (and the `/1` it extends), as pydantic models.

One briefing writes it; others, and hubs, read it. An index comes from another site, which may
be hostile: every field has a type, a length and a count, and text is made plain (no control
characters, one line) as it is read, so that nothing in it can break out of a Markdown line, a
terminal or an attribute. Version 2 only adds fields, each optional, so a version 1 index reads
as a version 2 index with those fields empty. `docs/briefing-index.md` documents every field,
and the JSON Schema made from these models is published beside each index.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import unquote, urlsplit

import pydantic
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from briefing.core.schema import SLUG_PATTERN

FORMAT_1 = "briefing-index/1"
FORMAT = "briefing-index/2"
FORMATS = (FORMAT_1, FORMAT)
SCHEMA_FILE = "briefing-index.schema.json"

MAX_RECORDS = 100_000
MAX_REFERENCES = 500  # participants, speakers, topics... of one record
MAX_REASONS = 50  # entries of `inferred` / `uncertain`
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain_text(text: str) -> str:
    """One line of printable text: control characters, escape sequences and bidi overrides
    removed, white space collapsed."""
    # Most text is plain already: printable (no control, format or separator character but
    # the space), with single spaces inside. Such text comes back as it is, without a copy.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(_CONTROL.sub(" ", text).split())


# Letters, digits and `-._~/` only, not starting with `/`: no scheme, host, query, fragment,
# escape or white space, so the path is the address itself.
_PLAIN_PATH = re.compile(r"(?![/])[A-Za-z0-9._~/-]*\Z")
_NOT_RELATIVE = "must be a path relative to the site root, such as people/wang-yi/"


def _relative_url(url: str) -> str:
    """A path under the site root: no scheme, host, absolute path, `..` or backslash."""
    if _PLAIN_PATH.match(url):  # most addresses (people/wang-yi/): nothing to split or decode
        plain_parts = url.split("/")
        if ".." in plain_parts or "." in plain_parts[:-1]:
            raise ValueError(_NOT_RELATIVE)
        return url
    parts = urlsplit(url)
    path_parts = [unquote(part) for part in parts.path.split("/")]  # browsers read %2e as '.'
    if (parts.scheme or parts.netloc or url.startswith("/") or "\\" in url
            or ".." in path_parts or "." in path_parts[:-1] or _CONTROL.search(url) or " " in url):
        raise ValueError(_NOT_RELATIVE)
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
# A line of text: as long as the data format lets a text field be, so an index we write always
# reads back (the 5 MB cap on a fetched index bounds the whole; caps.py cuts what is shown).
Line = Annotated[str, StringConstraints(max_length=200_000), AfterValidator(plain_text)]
RelativeUrl = Annotated[str, StringConstraints(max_length=1000), AfterValidator(_relative_url)]
WebUrl = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_web_url)]
Short = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:/-]+$", max_length=200)]
# Another record of the same index, as `kind/id`.
Reference = Annotated[str, StringConstraints(pattern=r"^[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*$",
                                             max_length=120)]
References = Annotated[tuple[Reference, ...], Field(max_length=MAX_REFERENCES)]
_DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
PartialDate = Annotated[str, StringConstraints(pattern=_DATE)]
Reasons = Annotated[dict[Short, Line], Field(max_length=MAX_REASONS)]
# An empty dict made fresh for each record: a `{}` default is deep-copied for each instead
# (a tenth of reading a thousand indexes). The schema still says its default is {}.
_EMPTY: Any = Field(default_factory=dict, json_schema_extra={"default": {}})
Names = Annotated[tuple[Text, ...], Field(max_length=100)]


class IndexModel(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class IndexRole(IndexModel):
    title: Line
    organisation: Reference | None = None
    country: Reference | None = None
    former: bool = False


class IndexRecord(IndexModel):
    # Version 1
    kind: Slug
    id: Slug
    name: Text
    aliases: Names = ()
    url: RelativeUrl
    external_ids: Annotated[dict[Short, Short], Field(max_length=20)] = _EMPTY
    same_as: Names = ()
    former_ids: Annotated[tuple[Slug, ...], Field(max_length=100)] = ()
    # Version 2: what another site needs to show the record without fetching its page.
    gist: Line = ""
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    date_precision: Literal["year", "month", "day"] | None = None
    roles: Annotated[tuple[IndexRole, ...], Field(max_length=50)] = ()
    words: Text | None = None
    partial: bool = False
    speakers: References = ()
    addressees: References = ()
    audience: Line | None = None
    paragraphs: Annotated[tuple[Annotated[int, Field(ge=1, le=1_000_000)], ...],
                          Field(max_length=1000)] = ()
    paragraph_url: RelativeUrl | None = None
    participants: References = ()
    organisations: References = ()
    place: Reference | None = None
    status: Literal["held", "scheduled", "planned"] | None = None
    event_type: Short | None = None
    meeting: Reference | None = None
    topics: References = ()
    value: Annotated[float, Field(allow_inf_nan=False)] | None = None
    unit: Line | None = None
    qualifier: Line | None = None
    as_written: Line | None = None
    inferred: Reasons = _EMPTY
    uncertain: Reasons = _EMPTY
    draft: bool = False


class IndexBriefing(IndexModel):
    id: Slug
    title: Text
    url: WebUrl | None = None
    # Version 2
    summary: Text = ""
    published: PartialDate | None = None
    updated: PartialDate | None = None
    publisher: Line | None = None
    source_title: Line | None = None
    source_authors: Names = ()
    source_url: WebUrl | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$",
                                               max_length=35)] | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    inferred: Reasons = _EMPTY
    draft: bool = False


class Index(IndexModel):
    """The JSON index: written by one briefing, read back by the briefings and hubs that import it."""

    format: Annotated[str, StringConstraints(max_length=100),
                      Field(json_schema_extra={"enum": list(FORMATS)})]
    briefing: IndexBriefing
    records: Annotated[tuple[IndexRecord, ...], Field(max_length=MAX_RECORDS)]


# The schema as made from these models, shipped beside this module (`make templates` writes it
# again): pydantic's making it was 0.011 s of every cold build of the seed.
SHIPPED_SCHEMA = Path(__file__).with_name("index_schema.json")


@functools.lru_cache(maxsize=1)
def schema_json() -> str:
    """The JSON Schema of the index, published beside it (`briefing-index.schema.json`), once
    per process: the shipped text when it was made from this module's source, the slug
    pattern it takes from schema.py and this pydantic; otherwise made afresh, so the published
    schema never depends on the file being current (tests/test_index_schema_shipped.py fails
    while it is behind)."""
    try:
        shipped = json.loads(SHIPPED_SCHEMA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        shipped = None
    if (isinstance(shipped, dict) and isinstance(shipped.get("schema"), str)
            and shipped.get("source") == schema_source()):
        return str(shipped["schema"])
    return made_schema_json()


def schema_source() -> str:
    """The digest of what the schema is made from."""
    parts = (pydantic.VERSION, SLUG_PATTERN, Path(__file__).read_text(encoding="utf-8"))
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def made_schema_json() -> str:
    """The schema made from the models (pydantic builds it afresh at every call)."""
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_FILE,
        "title": "briefing-index/2",
        "description": "The published index of a briefing site: its records, their addresses "
                       "and what another site needs to show them. Documented in "
                       "docs/briefing-index.md of the briefing-site generator.",
        **Index.model_json_schema(),
    }
    return json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_shipped_schema() -> None:
    shipped = {"source": schema_source(), "schema": made_schema_json()}
    SHIPPED_SCHEMA.write_text(json.dumps(shipped, ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")


if __name__ == "__main__":  # `make templates`; the module's own models, not __main__'s copies
    from briefing.web import index_format

    index_format.write_shipped_schema()
    print(f"wrote {index_format.SHIPPED_SCHEMA}")
