"""Helpers a template calls while rendering one page: links relative to that page."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote

from markupsafe import Markup

from briefing.core import dates
from briefing.core.escape import md
from briefing.core.numbers import counted
from briefing.core.schema import Quote, Statement
from briefing.model import reads, urls
from briefing.model.model import Key, Model
from briefing.model.names import display_name, joined, kind_of, needs_the
from briefing.pages import cite, draftmark, provenance

if TYPE_CHECKING:
    from briefing.web.crossref import Links


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
        """The relative link to a record's page; a key or id is read only as being there."""
        if isinstance(target, (tuple, str)):
            key = target if isinstance(target, tuple) else (kind or "", target)
            if key[1] not in self.model.records[key[0]]:
                raise KeyError(key)
            return urls.record_link(self.path, key)
        return urls.record_link(self.path, self.key(target))

    def link(self, target: Any, kind: str | None = None, text: str | None = None) -> Markup:
        """A Markdown link to a record's page, its name escaped."""
        model = self.model
        if type(model) is Model and (text is None or type(text) is str):
            key = _own_record_key(model, target, kind)
            if key is not None:
                # The link asked by the record's key: one look-up, not a naming and a link.
                memo, question = model.memo, ("link-key", self.path.rpartition("/")[0], key, text)
                found = memo.get(question)
                if found is None:
                    found = memo[question] = self._link_to(_naming_at(model, key), text)
                return found
        return self._link_to(self._naming(target, kind), text)

    def _link_to(self, named: Naming, text: str | None = None) -> Markup:
        if type(self.model) is not Model or not (text is None or type(text) is str):
            return _link(self.path, named, text)  # (markup text would be equal to its str)
        # Pages of one folder link a record alike: once per (folder, naming, text) and build.
        memo, question = self.model.memo, ("link", self.path.rpartition("/")[0], named, text)
        found = memo.get(question)
        if found is None:
            found = memo[question] = _link(self.path, named, text)
        return found

    def link_in(self, text: str, target: Any, kind: str | None = None) -> Markup | None:
        """`text` (data, escaped here) with its first whole-word mention of the record's name
        as the link ("brought to California's [Death Valley](…)"); None when it names it not."""
        named = self._naming(target, kind)
        found = re.search(rf"(?<!\w){re.escape(named.name)}(?!\w)", text) if named.name else None
        if found is None:
            return None
        href = urls.record_link(self.path, named.key)
        return Markup(f"{md(text[:found.start()])}[{md(found.group())}]({href}){md(named.suffix)}"
                      f"{md(text[found.end():])}")

    def _naming(self, target: Any, kind: str | None) -> Naming:
        """What naming a record needs, read as that alone when the page has only its key or id
        (a page that links a person changes with the person's name, not their description)."""
        model = self.model
        if isinstance(target, (tuple, str)):
            key = target if isinstance(target, tuple) else (kind or "", target)
            if type(model) is Model:
                return _naming_at(model, key)
            return reads.of_record(model, key, _naming_of)
        if type(model) is Model:  # a record of this model: its naming as that of its key
            key = (kind_of(target), target.id)
            if model.records.get(key[0], {}).get(key[1]) is target:
                return _naming_at(model, key)
        return _naming_of(target)

    def links(self, targets: Any, kind: str | None = None, empty: str = "—") -> Markup:
        items = [self.link(target, kind) for target in targets]
        return Markup(", ".join(items)) if items else md(empty)

    def speaker(self, record: Quote | Statement, start: bool = False) -> Markup:
        """Links to who said a quote or statement (people or organisations), as a sentence
        names them: 'Wang Yi and the U.S. State Department' ('The …' at its `start`)."""
        keys = self.model.speakers(record)
        return Markup(joined([self.named(key, start and not n) for n, key in enumerate(keys)]))

    def named(self, target: Any, start: bool = False, kind: str | None = None) -> Markup:
        """A record's link as a sentence names it: 'the [U.S. State Department](…)' where
        English wants "the"; the page's own record is named without a link to itself."""
        named = self._naming(target, kind)
        own = named.key == self._own_key()
        name = md(named.name + named.suffix) if own else self._link_to(named)
        if named.the:
            return Markup(f"{'The' if start else 'the'} {name}")
        return name

    def co_speakers(self, record: Quote | Statement) -> Markup:
        """', with Li Qiang' on the page of one of several speakers; '' when they spoke alone."""
        others = [self.named(key) for key in self.model.speakers(record) if key != self._own_key()]
        return Markup(f", with {joined(others)}") if others else Markup("")

    def _own_key(self) -> Key:
        kind, _, rest = self.path.partition("/")
        return kind, rest.removesuffix(".md")

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
        return _paragraph_link(self.path.rpartition("/")[0], number)

    def paras(self, record: Any) -> Markup:
        return Markup(" ".join(self.para(number) for number in record.paragraphs))

    def article_link(self, number: int) -> Markup:
        return Markup(f"{urls.relative(self.path, urls.ARTICLE)}#p{number}")

    def mark(self, record: Any, field: str) -> Markup:
        """The inferred-value mark for `record.field` ('' if the article states it)."""
        if type(self.model) is Model and not (getattr(record, "inferred", None) or {}).get(field):
            return provenance.NO_MARK  # most values: no key and address made for no mark
        kind, record_id = self.key(record)
        return provenance.mark(record, field, f"{kind}/{record_id}")

    def dated_apart(self, record: Any, text: str) -> bool:
        """A record's date is said after `text`, its own words, unless they give its day
        already ('met ... on July 17' is not followed by ', 17 July 2023')."""
        return bool(record.date) and not dates.names_day(text, record.date)

    def when(self, record: Any, field: str = "date", empty: str = "") -> Markup:
        """A record's date as a reader reads it ('July 2023'), with its mark if inferred."""
        model = self.model
        if type(model) is Model:  # the model's own record: once per record, field and build
            key = (kind_of(record), record.id)
            if model.records.get(key[0], {}).get(key[1]) is record:
                memo, question = model.memo, ("when", key, field, empty)
                found = memo.get(question)
                if found is None:
                    found = memo[question] = self._when(record, field, empty)
                return found
        return self._when(record, field, empty)

    def _when(self, record: Any, field: str, empty: str) -> Markup:
        """`when`, asked of the record itself: its value, its `after`, and its mark."""
        value = getattr(record, field)
        after = getattr(record, "after", None) if field == "date" else None
        if not value and not after:
            return md(empty)
        return Markup(md(dates.reader_when(value, after)) + self.mark(record, field))

    def audience(self, record: Any) -> Markup:
        """An audience as the end of a sentence: 'to a conference on …', not 'to A conference'."""
        text = str(record.audience).rstrip(". ")
        first, _, rest = text.partition(" ")
        if first in ("A", "An", "The") and rest:
            text = f"{first.lower()} {rest}"
        return md(text)

    def citation(self, record: Any) -> Markup:
        """'Copy citation' of a quote, statement or figure, shown by the script (it needs the
        clipboard)."""
        return cite.button(cite.record_facts(self.model, self.path, record))

    def article_citation(self) -> Markup:
        """The article's citation facts; the script gives each paragraph its button."""
        return cite.button({**cite.source_facts(self.model), "id": "article", "kind": "article",
                            "href": urls.relative_url(self.path, urls.ARTICLE),
                            "page": urls.page_url(urls.ARTICLE)})

    def mark_role(self, person: Any, role: Any, field: str) -> Markup:
        """The inferred-value mark of a person's role (roles are not records of their own)."""
        return provenance.mark(role, field, f"people/{person.id}")

    def count(self, items: Any, one: str, many: str) -> str:
        """'1 quote', '3 quotes'; '' for none."""
        number = len(items)
        return counted(number, one, many) if number else ""

    def count_link(self, items: Any, one: str, many: str, anchor: str) -> Markup:
        """'[3 quotes](#said)' for the page's summary; '' for none."""
        text = self.count(items, one, many)
        return Markup(f"[{md(text)}]({anchor})") if text else Markup("")


class Naming(NamedTuple):
    """What a link to a record, or a sentence naming it, shows of it. (A tuple: it is a key of
    the link memo, hashed at every link, 15,000 times at 1,000 pages.)"""

    key: Key
    name: str
    suffix: str  # " (draft)" for a draft
    the: bool  # read with "the" in a sentence


def _naming_of(record: Any) -> Naming:
    return Naming((kind_of(record), record.id), display_name(record), draftmark.suffix(record),
                  needs_the(record))


def _own_record_key(model: Model, target: Any, kind: str | None) -> Key | None:
    """The key of `target` (a key, an id of `kind`, or a record of `model`'s own), or None
    for a record that is not the model's."""
    if type(target) is str:
        return kind or "", target
    if type(target) is tuple:
        return target
    key = (kind_of(target), target.id)
    return key if model.records.get(key[0], {}).get(key[1]) is target else None


def _naming_at(model: Model, key: Key) -> Naming:
    """The naming of the untraced model's record at `key`, once per record and build."""
    memo, question = model.memo, ("naming", key)
    found = memo.get(question)
    if found is None:
        found = memo[question] = _naming_of(model.get(key))
    return found


# Pages of one folder link a paragraph alike (6,500 links at 1,000 pages); it reads no record.
@functools.lru_cache(maxsize=1 << 14)
def _paragraph_link(folder: str, number: int) -> Markup:
    return Markup(f"[¶ {number}]({urls.relative_from(folder, urls.ARTICLE)}#p{number})")


def _link(path: str, named: Naming, text: str | None) -> Markup:
    label = md(text if text is not None else named.name)
    return Markup(f"[{label}]({urls.record_link(path, named.key)}){md(named.suffix)}")
