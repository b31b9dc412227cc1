"""Helpers a template calls while rendering one page: links relative to that page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from markupsafe import Markup

from briefing import urls
from briefing.escape import md
from briefing.model import Key, Model
from briefing.names import display_name, kind_of

if TYPE_CHECKING:
    from briefing.crossref import Links


# Characters kept as they are in an outside URL; '(' ')' and spaces would end a Markdown link.
_URL_SAFE = ":/?#[]@!$&'*+,;=%~-._"


@dataclass(frozen=True)
class PageContext:
    model: Model
    path: str
    crossrefs: Links | None = None  # resolves references to records and other briefings

    def key(self, record: Any) -> Key:
        return (kind_of(record), record.id)

    def resolve(self, target: Any, kind: str | None = None) -> Any:
        """A record from itself, a (kind, id) key, or an id of `kind`."""
        if isinstance(target, tuple):
            return self.model.get(target)
        if isinstance(target, str):
            return self.model.records[kind or ""][target]
        return target

    def href(self, target: Any, kind: str | None = None) -> str:
        record = self.resolve(target, kind)
        key = self.key(record)
        return urls.at_record(key, urls.relative(self.path, urls.page_path(key)))

    def link(self, target: Any, kind: str | None = None, text: str | None = None) -> Markup:
        """A Markdown link to a record's page, its name escaped."""
        record = self.resolve(target, kind)
        label = md(text if text is not None else display_name(record))
        return Markup(f"[{label}]({self.href(record)})")

    def links(self, targets: Any, kind: str | None = None, empty: str = "—") -> Markup:
        items = [self.link(target, kind) for target in targets]
        return Markup(", ".join(items)) if items else md(empty)

    def speaker(self, record: Any) -> Markup:
        """Link to who said a quote or statement: a person, or an organisation."""
        kind, speaker_id = self.model.speaker_key(record.speaker)
        return self.link(speaker_id, kind)

    def external(self, reference: str) -> Markup:
        """A link to a record in another briefing, named `briefing-id:kind/id`."""
        if self.crossrefs is None:
            return md(reference)
        return self.crossrefs.external(reference, self.path)

    def other_briefings(self, record: Any) -> list[Markup]:
        """Links to the same record in imported briefings (shared Wikidata id or same_as)."""
        if self.crossrefs is None:
            return [md(name) for name in record.same_as]
        return self.crossrefs.in_other_briefings(record, self.path)

    def web_link(self, url: str, text: str | None = None) -> Markup:
        """Link to an outside address (already checked to be http or https)."""
        return Markup(f"[{md(text or url)}]({quote(url, safe=_URL_SAFE)})")

    def section(self, kind: str) -> Markup:
        """Relative link target of a kind's index page."""
        return Markup(urls.relative(self.path, urls.index_path(kind)))

    def to(self, path: str) -> Markup:
        """Relative link target of a generated page, e.g. `article.md`."""
        return Markup(urls.relative(self.path, path))

    def html_href(self, target: Any, kind: str | None = None) -> str:
        """URL for raw HTML (SVG), which MkDocs does not rewrite."""
        record = self.resolve(target, kind)
        return urls.relative_url(self.path, urls.page_path(self.key(record)))

    def para(self, number: int) -> Markup:
        """Link to a paragraph of the source article."""
        return Markup(f"[¶ {number}]({urls.relative(self.path, urls.ARTICLE)}#p{number})")

    def paras(self, record: Any) -> Markup:
        return Markup(" ".join(self.para(number) for number in record.paragraphs))

    def article_link(self, number: int) -> Markup:
        return Markup(f"{urls.relative(self.path, urls.ARTICLE)}#p{number}")
