"""schema.org JSON-LD for every page, so that search engines and scripts read the facts too.

URLs are relative to the page, as JSON-LD resolves them against the document's address: the
same data is right at a domain root and under a project subpath.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from briefing.core.escape import json_for_script
from briefing.core.kinds import KINDS
from briefing.core.schema import (
    Figure,
    Meeting,
    Organisation,
    Person,
    Place,
    Quote,
    Record,
    Statement,
    Topic,
    optional,
)
from briefing.model import urls
from briefing.model.link import ref_fields
from briefing.model.model import Key, Model
from briefing.model.names import display_name, kind_of, name_of
from briefing.pages import draftmark

CONTEXT = "https://schema.org"
WIKIDATA = "https://www.wikidata.org/wiki/"
SPECIAL_TYPE = {urls.HOME: "Report", urls.ARTICLE: "NewsArticle", urls.TIMELINE: "ItemList",
                "diagrams.md": "WebPage"}


class Graph:
    """Builds the nodes of one page; `elsewhere` gives a record's URLs in other briefings,
    `plain` turns `[[kind/id]]` references in text into their titles."""

    def __init__(self, model: Model, path: str, elsewhere: Callable[[Key], list[str]] | None = None,
                 plain: Callable[[str], str] | None = None) -> None:
        self.model, self.path = model, path
        self.elsewhere = elsewhere or (lambda key: [])
        self.plain = plain or (lambda text: text)

    def url(self, key: Key) -> str:
        return urls.at_record(key, urls.relative_url(self.path, urls.page_path(key)))

    def ref(self, key: Key) -> dict[str, Any]:
        """A short node pointing at another record's page."""
        return {"@type": KINDS[key[0]].jsonld_type, "@id": self.url(key),
                "name": name_of(self.model, key)}

    def refs(self, kind: str, ids: Any) -> list[dict[str, Any]]:
        return [self.ref((kind, record_id)) for record_id in ids]

    def source(self) -> dict[str, Any]:
        article = self.model.article.source
        return {"@type": "NewsArticle", "@id": urls.relative_url(self.path, urls.ARTICLE),
                "headline": article.title}

    def home(self) -> dict[str, Any]:
        return {"@type": "Report", "@id": urls.relative_url(self.path, urls.HOME),
                "name": self.model.briefing.title}

    def speakers(self, record: Any) -> dict[str, Any] | list[dict[str, Any]]:
        """The creator of a quote or statement: one node, or a list when several spoke."""
        nodes = [self.ref(key) for key in self.model.speakers(record)]
        return nodes[0] if len(nodes) == 1 else nodes


def stated(record: Any, field: str, value: Any) -> Any:
    """The value, or None when the article does not state it: JSON-LD carries no mark, so a
    value inferred by the briefing is left out rather than published as fact."""
    return None if field in (getattr(record, "inferred", None) or {}) else value


def _clean(node: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in node.items() if value not in (None, [], "", {})}


def for_page(graph: Graph) -> dict[str, Any]:
    """The JSON-LD object of a generated page."""
    path = graph.path
    if path in SPECIAL_TYPE:
        node = _SPECIAL[path](graph)
    elif path.endswith("/index.md"):
        node = _collection(graph, path.split("/")[0])
    else:
        kind, record_id = path[: -len(".md")].split("/")
        node = _record(graph, graph.model.get((kind, record_id)))
    if path != urls.HOME:
        node["isPartOf"] = graph.home()
    return {"@context": CONTEXT, **_clean(node)}


def script(data: dict[str, Any]) -> str:
    """The block to append to a page's Markdown: raw HTML that Markdown leaves as it is."""
    return f'\n\n<script type="application/ld+json">\n{json_for_script(data)}\n</script>\n'


def page_block(graph: Graph) -> Markup:
    return Markup(script(for_page(graph)))


def _record(graph: Graph, record: Record) -> dict[str, Any]:
    kind = kind_of(record)
    key = (kind, record.id)
    url = graph.url(key)
    node: dict[str, Any] = {"@type": KINDS[kind].jsonld_type, "@id": url, "url": url,
                            "name": display_name(record)}
    details: Callable[[Graph, Any], dict[str, Any]] = _DETAILS.get(kind, _any_kind)
    node.update(details(graph, record))
    wikidata = optional(record, "wikidata")
    same = [WIKIDATA + wikidata] if wikidata else []
    node["sameAs"] = same + graph.elsewhere(key)
    node["subjectOf"] = graph.source()
    if getattr(record, "draft", False):
        node["creativeWorkStatus"] = "Draft"
    return node


def _names(record: Person | Organisation | Place) -> list[str]:
    return [n for n in (stated(record, "native_name", record.native_name), *record.aliases) if n]


def _person(graph: Graph, person: Person) -> dict[str, Any]:
    roles = [role for role in person.roles if not role.former]
    return {"alternateName": _names(person),
            "description": graph.plain(stated(person, "description", person.description) or ""),
            "jobTitle": [role.title for role in roles if stated(role, "title", role.title)],
            "affiliation": graph.refs("organisations", dict.fromkeys(
                role.organisation for role in person.roles
                if stated(role, "organisation", role.organisation)))}


def _organisation(graph: Graph, organisation: Organisation) -> dict[str, Any]:
    country = stated(organisation, "country", organisation.country)
    return {"alternateName": _names(organisation),
            "description": graph.plain(stated(organisation, "description",
                                              organisation.description) or ""),
            "location": graph.ref(("places", country)) if country else None}


def _place(graph: Graph, place: Place) -> dict[str, Any]:
    within = stated(place, "located_in", place.located_in)
    return {"alternateName": _names(place),
            "description": graph.plain(stated(place, "description", place.description) or ""),
            "containedInPlace": graph.ref(("places", within)) if within else None}


def _meeting(graph: Graph, meeting: Meeting) -> dict[str, Any]:
    place, part_of = stated(meeting, "place", meeting.place), stated(meeting, "part_of",
                                                                    meeting.part_of)
    sides = graph.model.sides(meeting) if stated(meeting, "organisations", True) else ()
    return {"description": graph.plain(meeting.summary),
            "startDate": stated(meeting, "date", meeting.date),
            "endDate": stated(meeting, "end_date", meeting.end_date),
            "location": graph.ref(("places", place)) if place else None,
            "attendee": graph.refs("people", stated(meeting, "participants", meeting.participants)
                                   or ()) + [graph.ref(key) for key in sides
                                             if key[0] == "organisations"],
            # A place taking part (a country's team in a match): schema.org's attendee is a
            # person or an organisation, so the event is about it.
            "about": graph.refs("topics", stated(meeting, "topics", meeting.topics) or ())
            + [graph.ref(key) for key in sides if key[0] != "organisations"],
            "superEvent": graph.ref(("meetings", part_of)) if part_of else None}


def _quote(graph: Graph, quote: Quote) -> dict[str, Any]:
    return {"text": quote.text, "creator": graph.speakers(quote),
            "isBasedOn": graph.source(), "dateCreated": stated(quote, "date", quote.date),
            "about": graph.refs("topics", quote.topics) + graph.refs("people", quote.about),
            "locationCreated": _meeting_place(graph, stated(quote, "meeting", quote.meeting))}


def _statement(graph: Graph, statement: Statement) -> dict[str, Any]:
    return {"text": graph.plain(statement.gist), "creator": graph.speakers(statement),
            "isBasedOn": graph.source(),
            "dateCreated": stated(statement, "date", statement.date),
            "about": graph.refs("topics", statement.topics)}


def _topic(graph: Graph, topic: Topic) -> dict[str, Any]:
    return {"description": graph.plain(topic.description), "alternateName": list(topic.aliases)}


# A bound the article states ("at least 12", "up to 40"): schema.org's bounds are inclusive.
_BOUND = {"at least": "minValue", "at most": "maxValue", "up to": "maxValue"}


def _figure(graph: Graph, figure: Figure) -> dict[str, Any]:
    bound = _BOUND.get(figure.qualifier or "")
    return {"value": figure.value, "unitText": figure.unit,
            "description": graph.plain(figure.measures), **({bound: figure.value} if bound else {})}


def _any_kind(graph: Graph, record: Record) -> dict[str, Any]:
    """A kind without a builder of its own: its description, and the records it names."""
    about = getattr(record, "description", None) or getattr(record, "summary", None)
    named = [key for field, target in ref_fields(record.__class__).items()
             for key in _keys(graph.model, target, getattr(record, field))]
    return {"description": graph.plain(about) if isinstance(about, str) else None,
            "mentions": [graph.ref(key) for key in named]}


def _keys(model: Model, target: str, value: Any) -> list[Key]:
    """The records a reference field names; `target` is the kinds it may name ('a|b'), and
    linking has found each id in one of them."""
    ids = value if isinstance(value, tuple) else (value,) if value else ()
    kinds = target.split("|")
    return [(next(kind for kind in kinds if record_id in model.records[kind]), record_id)
            for record_id in ids]


def _meeting_place(graph: Graph, meeting_id: str | None) -> dict[str, Any] | None:
    meeting = graph.model.records["meetings"].get(meeting_id or "")
    place = stated(meeting, "place", meeting.place) if meeting else None
    return graph.ref(("places", place)) if place else None


_DETAILS: dict[str, Callable[[Graph, Any], dict[str, Any]]] = {
    "people": _person, "organisations": _organisation, "places": _place, "meetings": _meeting,
    "quotes": _quote, "statements": _statement, "topics": _topic, "figures": _figure}


def _home(graph: Graph) -> dict[str, Any]:
    briefing = graph.model.briefing
    return {"@type": "Report", "@id": "./", "url": "./", "identifier": briefing.id,
            "headline": briefing.title, "name": briefing.title,
            "abstract": graph.plain(briefing.summary),
            "temporalCoverage": "/".join(filter(None, (
                stated(briefing, "start_date", briefing.start_date),
                stated(briefing, "end_date", briefing.end_date)))) if not (
                    {"start_date", "end_date"} & set(briefing.inferred)) else None,
            "isBasedOn": graph.source(),
            "about": graph.refs("people", briefing.key_people),
            "creativeWorkStatus": "Draft" if draftmark.unchecked(graph.model) else None}


def _article(graph: Graph) -> dict[str, Any]:
    source = graph.model.article.source
    return {**graph.source(), "url": source.url or "./",
            "datePublished": stated(source, "published", source.published),
            "inLanguage": source.language,
            "author": [{"@type": "Person", "name": name} for name in source.authors] or None,
            "publisher": {"@type": "Organization", "name": source.publisher} if source.publisher
            else None, "sameAs": source.url}


def _timeline(graph: Graph) -> dict[str, Any]:
    entries = graph.model.all("timeline")
    items = [{"@type": "ListItem", "position": number,
              "item": {**graph.ref(("timeline", entry.id)),
                       **_clean({"startDate": stated(entry, "date", entry.date)})}}
             for number, entry in enumerate(entries, start=1)]
    return {"@type": "ItemList", "name": "Timeline", "numberOfItems": len(items),
            "itemListElement": items}


def _diagrams(graph: Graph) -> dict[str, Any]:
    return {"@type": "WebPage", "name": "Diagrams"}


def _collection(graph: Graph, kind: str) -> dict[str, Any]:
    items = [{"@type": "ListItem", "position": number, "item": graph.ref((kind, record.id))}
             for number, record in enumerate(graph.model.all(kind), start=1)]
    return {"@type": "CollectionPage", "name": KINDS[kind].title,
            "mainEntity": {"@type": "ItemList", "numberOfItems": len(items),
                           "itemListElement": items}}


def hand_written(model: Model, path: str) -> str:
    """The block for a hand-written page of the site."""
    return script({"@context": CONTEXT, "@type": "WebPage", "isPartOf": Graph(model, path).home()})


_SPECIAL: dict[str, Callable[[Graph], dict[str, Any]]] = {
    urls.HOME: _home, urls.ARTICLE: _article, urls.TIMELINE: _timeline, "diagrams.md": _diagrams}
