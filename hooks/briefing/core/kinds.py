"""Every kind of record, declared once: what the loader, the linker, the pages, the search, the
JSON-LD and the published index know about a kind, they read here.

A kind is three files: its pydantic model (`schema.py`, or a briefing's own module), one
`Kind(...)` (below, or `register(Kind(...))` from a briefing's hook file), and its page
template (`pages/templates/`, or the briefing's `templates_dir`). Everything else (its index
page, its line on the home page, its JSON-LD, its page description, the name a reader sees)
follows from the declaration or a generic fallback.
Adding a field: the model (and the template, to show it); nothing here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from briefing.core import schema
from briefing.core.schema import Record

TIMELINE_PAGE = "timeline.md"
# An id whose page would be the kind's index page (`people/index.md` lists the people): one of
# the two would silently vanish. Validation refuses it; the drafter never picks it.
RESERVED_ID = "index"
T = TypeVar("T")


def by_name(record: Any) -> str:
    """What a reader calls most records: their name."""
    return str(record.name)


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
    label: Callable[[Any], str] = by_name  # what a reader calls one record, in links and lists
    home_rank: int = 100  # place in the home page's "Explore" list, lowest first

    def data_file(self, data_dir: str = "data") -> str:
        return f"{data_dir}/{self.name}.yml"

    def page_path(self, record_id: str) -> str:
        """Source path of a record's page; a kind without pages lives on one page at `#id`."""
        return f"{self.name}/{record_id}.md" if self.template else TIMELINE_PAGE

    def anchor(self, record_id: str) -> str:
        """`#id` on the shared page of a kind without pages of its own, else ''."""
        return "" if self.template else record_id


def _quote_label(quote: Any) -> str:
    return f"“{quote.text}”"  # whole: a quote cut short misleads


def _statement_label(statement: Any) -> str:
    return str(statement.gist).rstrip(".")  # whole, and a list's commas follow it cleanly


def _timeline_label(entry: Any) -> str:
    return str(entry.label)


KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    Kind("people", schema.Person, "person", "People", "person.md.j2", "Person", 4, named=True,
         home_rank=1),
    Kind("organisations", schema.Organisation, "organisation", "Organisations",
         "organisation.md.j2", "Organization", 2, named=True, home_rank=8),
    Kind("places", schema.Place, "place", "Places", "place.md.j2", "Place", 2, named=True,
         home_rank=7),
    Kind("meetings", schema.Meeting, "meeting or event", "Meetings and events", "meeting.md.j2",
         "Event", 3, home_rank=2),
    Kind("quotes", schema.Quote, "quote", "Quotes", "quote.md.j2", "Quotation", 3,
         label=_quote_label, home_rank=3),
    Kind("statements", schema.Statement, "statement", "Statements", "statement.md.j2", "Claim",
         1.5, label=_statement_label, home_rank=4),
    Kind("topics", schema.Topic, "topic", "Topics", "topic.md.j2", "DefinedTerm", 3, named=True,
         caseless=True, home_rank=5),
    Kind("figures", schema.Figure, "figure", "Figures", "figure.md.j2", "PropertyValue", 1.5,
         home_rank=6),
    Kind("timeline", schema.TimelineEntry, "timeline entry", "Timeline", None, "Event",
         label=_timeline_label),
)}
_BUILT_IN = frozenset(KINDS)
# Pages are found by the model of a record: `kind_of` runs for every link drawn.
_KIND_OF_MODEL: dict[type[Any], str] = {kind.model: name for name, kind in KINDS.items()}
_RESERVED = ("briefing", "article", "timeline", "diagrams", "index", "search", "assets")


def register(kind: Kind) -> None:
    """Declare a kind of record beyond the built-in ones, before the build: a briefing's hook
    file may call it (`register(Kind("pledges", Pledge, ...))`). Declaring the same name
    again replaces the declaration, so that a hook file may run twice in one process."""
    if kind.name in _BUILT_IN or kind.name in _RESERVED:
        raise ValueError(f"'{kind.name}' is a built-in kind or page: name the new kind otherwise")
    if not issubclass(kind.model, Record) or not kind.template:
        raise ValueError(f"kind '{kind.name}': its model must extend schema.Record, and it "
                         "needs a template for its pages")
    if kind.name in KINDS:
        unregister(kind.name)
    KINDS[kind.name] = kind
    _KIND_OF_MODEL[kind.model] = kind.name


def unregister(name: str) -> None:
    """Forget a kind `register` added (a test's own kind, once the test is done)."""
    if name in _BUILT_IN:
        raise ValueError(f"'{name}' is a built-in kind")
    kind = KINDS.pop(name)
    del _KIND_OF_MODEL[kind.model]


class _Field(Mapping[str, T]):
    """One field of every declared kind, by kind name; it follows `register`."""

    def __init__(self, read: Callable[[Kind], T]) -> None:
        self._read = read

    def __getitem__(self, name: str) -> T:
        return self._read(KINDS[name])

    def __iter__(self) -> Iterator[str]:
        return iter(KINDS)

    def __len__(self) -> int:
        return len(KINDS)


MODELS: Mapping[str, type[Record]] = _Field(lambda kind: kind.model)
TITLES: Mapping[str, str] = _Field(lambda kind: kind.title)
SINGULAR: Mapping[str, str] = _Field(lambda kind: kind.singular)


def page_kinds() -> tuple[str, ...]:
    """Kinds with a page per record."""
    return tuple(name for name, kind in KINDS.items() if kind.template)


def named_kinds() -> tuple[str, ...]:
    """Kinds the article names: their mentions are looked for."""
    return tuple(name for name, kind in KINDS.items() if kind.named)


def home_kinds() -> tuple[str, ...]:
    """Kinds with pages, in the order of the home page's "Explore" list."""
    return tuple(sorted(page_kinds(), key=lambda name: KINDS[name].home_rank))


def kind_of_model(model: type[Any]) -> str:
    return _KIND_OF_MODEL[model]


def kind_of(record: object) -> str:
    return _KIND_OF_MODEL[record.__class__]  # a traced record (model/reads.py) shows its record's
