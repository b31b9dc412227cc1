"""Every kind of record, declared once: what the loader, the linker, the pages, the search, the
JSON-LD and the published index know about a kind, they read here.

Adding a kind: its pydantic model in `schema.py`, one `Kind(...)` below, and its template.
Adding a field: the model in `schema.py` (and the template, to show it); nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.core import schema
from briefing.core.schema import Record

TIMELINE_PAGE = "timeline.md"


@dataclass(frozen=True)
class Kind:
    name: str  # the data file's stem, the address folder and `[[name/id]]`: "people"
    model: type[Record]  # the schema of one record
    singular: str  # what the reader calls one: "person"
    title: str  # the index page's title: "People"
    template: str | None  # the record page's template; None: no page of its own
    jsonld_type: str  # schema.org type of a record
    search_boost: float = 1.0  # a record's own page ranks above pages that merely mention it
    named: bool = False  # the article names records of this kind: mentions are looked for
    caseless: bool = False  # ...in any letter case (ordinary words, not proper names)

    def data_file(self, data_dir: str = "data") -> str:
        return f"{data_dir}/{self.name}.yml"

    def page_path(self, record_id: str) -> str:
        """Source path of a record's page; a kind without pages lives on one page at `#id`."""
        return f"{self.name}/{record_id}.md" if self.template else TIMELINE_PAGE

    def anchor(self, record_id: str) -> str:
        """`#id` on the shared page of a kind without pages of its own, else ''."""
        return "" if self.template else record_id


KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    Kind("people", schema.Person, "person", "People", "person.md.j2", "Person", 4, named=True),
    Kind("organisations", schema.Organisation, "organisation", "Organisations",
         "organisation.md.j2", "Organization", 2, named=True),
    Kind("places", schema.Place, "place", "Places", "place.md.j2", "Place", 2, named=True),
    Kind("meetings", schema.Meeting, "meeting or event", "Meetings and events", "meeting.md.j2",
         "Event", 3),
    Kind("quotes", schema.Quote, "quote", "Quotes", "quote.md.j2", "Quotation", 3),
    Kind("statements", schema.Statement, "statement", "Statements", "statement.md.j2", "Claim",
         1.5),
    Kind("topics", schema.Topic, "topic", "Topics", "topic.md.j2", "DefinedTerm", 3, named=True,
         caseless=True),
    Kind("figures", schema.Figure, "figure", "Figures", "figure.md.j2", "PropertyValue", 1.5),
    Kind("timeline", schema.TimelineEntry, "timeline entry", "Timeline", None, "Event"),
)}

MODELS: dict[str, type[Record]] = {name: kind.model for name, kind in KINDS.items()}
PAGE_KINDS = tuple(name for name, kind in KINDS.items() if kind.template)
NAMED_KINDS = tuple(name for name, kind in KINDS.items() if kind.named)
KIND_OF_MODEL = {kind.model: name for name, kind in KINDS.items()}


def kind_of(record: object) -> str:
    return KIND_OF_MODEL[type(record)]  # type: ignore[index]
