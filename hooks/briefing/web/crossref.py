"""References between pages and between briefings, in one short syntax.

`[[people/wang-yi]]` names a record of this briefing, `[[kerry-beijing-2023:people/wang-yi]]`
one of an imported briefing, and `[[people/wang-yi|the foreign minister]]` gives the link its
own words. They work in hand-written pages and in the text fields of the YAML data; a record's
former id still resolves. A reference that resolves to nothing stays as written and is
reported, so that `mkdocs build --strict` fails on it. `\\[[...]]` is not a reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup
from pydantic import BaseModel

from briefing.core.escape import md, md_attribute
from briefing.core.kinds import KINDS
from briefing.core.problems import Problem
from briefing.model import urls
from briefing.model.model import Key, Model
from briefing.model.names import display_name, kind_of
from briefing.web.articlewords import article_references, normalised
from briefing.web.caps import MATCHES_MAX
from briefing.web.imports import Imported

_TARGET = r"(?:(?P<briefing>[a-z0-9]+(?:-[a-z0-9]+)*):)?(?P<kind>[a-z]+)/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)"
TARGET = re.compile(f"^{_TARGET}$")
# As written by a person: in hand-written pages and in YAML text before it is escaped.
REFERENCE = re.compile(r"(?<!\\)\[\[(?P<target>[^\[\]|\n]+)(?:\|(?P<text>[^\[\]\n]+))?\]\]")
# The same after escape.md() has backslashed it, as it stands in a generated page.
ESCAPED = re.compile(r"(?<!\\)\\\[\\\[(?P<target>(?:[^\\\[\]\n]|\\[^\[\]|\n])+?)"
                     r"(?:\\\|(?P<text>(?:[^\\\[\]\n]|\\[^\[\]\n])+?))?\\\]\\\]")
# Code in hand-written pages is shown as written: fenced blocks and inline spans, found as
# Python-Markdown finds them. A span opens with a whole run of backticks and closes with a run
# of the same length in the same paragraph; a run with no such partner is a literal backtick,
# so a stray one does not turn the rest of the page into "code" that no one checks.
_CODE = re.compile(r"^(?P<fence>`{3,}|~{3,}).*?^(?P=fence)[ \t]*$"
                   r"|(?<![\\`])(?P<ticks>`+)(?:(?!\n[ \t]*\n).)+?(?<!`)(?P=ticks)(?!`)",
                   re.MULTILINE | re.DOTALL)
# Characters kept as they are in an outside URL; '(' ')' and spaces would end a Markdown link.
_URL_SAFE = ":/?#[]@!$&'*+,;=%~-._"


@dataclass(frozen=True)
class Target:
    """What a reference points at: a page of this briefing (`path`) or of another (`url`)."""

    title: str
    path: str = ""  # source path of a page here, with its #anchor
    url: str = ""  # absolute address in another briefing
    briefing: str = ""  # title of that other briefing

    def href(self, from_path: str) -> str:
        if self.url:
            return quote(self.url, safe=_URL_SAFE)
        page, _, anchor = self.path.partition("#")
        link = urls.relative(from_path, page)
        return f"{link}#{anchor}" if anchor else link

    def markdown(self, from_path: str, text: Markup | None = None) -> Markup:
        label = text if text is not None else md(self.title)
        if not self.briefing:
            return Markup(f"[{label}]({self.href(from_path)})")
        # The other briefing's title is the link's tooltip, kept out of `title`: Material's
        # content.tooltips turns a title into HTML. accessibility.js shows data-briefing-tip as
        # text, on hover and on focus.
        return Markup(f'<a href="{md_attribute(self.href(from_path))}" '
                      f'data-briefing-tip="{md_attribute(self.briefing)}">{label}</a>')


class Links:
    """Resolves references for one build: this briefing's records and its imports."""

    def __init__(self, model: Model, imports: Mapping[str, Imported] | None = None) -> None:
        self.model = model
        self.imports = dict(imports or {})
        self.cut: dict[Key, int] = {}  # records whose matches elsewhere were cut: how many
        self.own: dict[Key, Key] = {}
        self.article_words = article_references(model.article.paragraphs)
        for kind in KINDS:
            for record in model.all(kind):
                for record_id in (*record.former_ids, record.id):
                    self.own[(kind, record_id)] = (kind, record.id)

    def is_article_words(self, reference: str) -> bool:
        """`[[...]]` that the article itself holds: its words, shown as written."""
        return bool(self.article_words) and normalised(reference) in self.article_words

    def find(self, reference: str) -> Target | str:
        """The target of `kind/id` or `briefing:kind/id`, or why there is none."""
        match = TARGET.match(reference.strip())
        if not match:
            return "write it as kind/id or briefing-id:kind/id, e.g. people/wang-yi"
        briefing, kind, record_id = match.group("briefing", "kind", "id")
        if kind not in KINDS:
            return f"'{kind}' is not a kind of record (kinds: {', '.join(KINDS)})"
        if briefing is None or briefing == self.model.briefing.id:
            return self._find_own((kind, record_id))
        return self._find_other(briefing, (kind, record_id))

    def _find_own(self, key: Key) -> Target | str:
        if key not in self.own:
            return f"this briefing has no {key[0]} record '{key[1]}'"
        current = self.own[key]
        path = urls.at_record(current, urls.page_path(current))
        return Target(display_name(self.model.get(current)), path=path)

    def _find_other(self, briefing: str, key: Key) -> Target | str:
        imported = self.imports.get(briefing)
        if imported is None:
            known = ", ".join(sorted(self.imports)) or "none"
            return f"briefing '{briefing}' is not imported (imports in briefing.yml: {known})"
        record = imported.by_key.get(key)
        if record is None:
            return f"briefing '{briefing}' ({imported.title}) has no {key[0]} record '{key[1]}'"
        return Target(record.name, url=imported.url_of(record), briefing=imported.title)

    def elsewhere(self, key: Key) -> list[Target]:
        """The same record in imported briefings: a shared Wikidata id or a `same_as` either way."""
        record = self.model.get(key)
        if not self.imports:  # a briefing that imports none (asked by every record page)
            return []
        names = {f"{self.model.briefing.id}:{key[0]}/{record_id}"
                 for record_id in (record.id, *record.former_ids)}
        found: dict[str, Target] = {}
        for alias, imported in self.imports.items():
            matches = list(imported.by_wikidata.get(getattr(record, "wikidata", None) or "", []))
            matches += [hit for name in sorted(names) for hit in imported.by_same_as.get(name, [])]
            matches += [imported.by_key[(kind, rid)] for kind, rid in _same_as_keys(record, alias)
                        if (kind, rid) in imported.by_key]
            for hit in matches:
                url = imported.url_of(hit)
                found.setdefault(url, Target(hit.name, url=url, briefing=imported.title))
        if len(found) > MATCHES_MAX:
            self.cut[key] = len(found)
        return list(found.values())[:MATCHES_MAX]

    def cut_notes(self) -> list[str]:
        return [f"{kind}/{record_id}: {count:,} records of other briefings are the same; its "
                f"page lists the first {MATCHES_MAX}" for (kind, record_id), count
                in sorted(self.cut.items())]

    def elsewhere_urls(self, key: Key) -> list[str]:
        return [target.url for target in self.elsewhere(key)]

    def plain(self, text: str) -> str:
        """Text with each reference replaced by its words, for places that cannot link."""
        def words(match: re.Match[str]) -> str:
            target = self.find(match.group("target"))
            if isinstance(target, str) or self.is_article_words(match.group(0)):
                return match.group(0)
            return match.group("text") or target.title
        return REFERENCE.sub(words, text)

    def expand_escaped(self, markdown: str, from_path: str) -> str:
        """Generated Markdown with the (escaped) references of YAML text made links."""
        if "\\[\\[" not in markdown:  # most pages have none: skip the pattern's scan
            return markdown

        def link(match: re.Match[str]) -> str:
            target = self.find(_unescape(match.group("target")))
            if isinstance(target, str) or self.is_article_words(_unescape(match.group(0))):
                return match.group(0)
            text = match.group("text")
            return target.markdown(from_path, Markup(text) if text else None)
        return ESCAPED.sub(link, markdown)

    def expand_markdown(self, markdown: str, from_path: str) -> tuple[str, list[str]]:
        """A hand-written page with its references made links, and the ones that failed."""
        missing: list[str] = []
        if "[[" not in markdown:  # no reference to find: not worth splitting off its code
            return markdown, missing

        def link(match: re.Match[str]) -> str:
            target = self.find(match.group("target"))
            if isinstance(target, str):
                missing.append(f"{match.group(0)}: {target}")
                return match.group(0)
            text = match.group("text")
            return target.markdown(from_path, Markup(text.strip()) if text else None)
        parts = []
        for prose, code in _split_code(markdown):
            parts += [REFERENCE.sub(link, prose), code]
        return "".join(parts), missing

    def in_other_briefings(self, record: Any, from_path: str) -> list[Markup]:
        """The lines of a record's "In other briefings" section."""
        key = (kind_of(record), record.id)
        lines = [Markup(f"{target.markdown(from_path)} — *{md(target.briefing)}*")
                 for target in self.elsewhere(key)]
        unresolved = [md(name) for name in record.same_as if isinstance(self.find(name), str)]
        return lines + unresolved


def _same_as_keys(record: Any, alias: str) -> list[Key]:
    keys = []
    for name in record.same_as:
        match = TARGET.match(name)
        if match and match.group("briefing") == alias:
            keys.append((match.group("kind"), match.group("id")))
    return keys


def _unescape(text: str) -> str:
    plain = re.sub(r"\\(.)", r"\1", text)
    return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _split_code(markdown: str) -> Iterator[tuple[str, str]]:
    """(prose, code that follows it) pairs covering the whole text."""
    start = 0
    for match in _CODE.finditer(markdown):
        yield markdown[start: match.start()], match.group(0)
        start = match.end()
    yield markdown[start:], ""


HINT = "Write it as kind/id (people/wang-yi) or briefing-id:kind/id, naming an existing record."


def check(links: Links) -> list[Problem]:
    """Every reference in the data's text, and every `same_as`, that resolves to nothing."""
    model = links.model
    owners: list[tuple[str, Any]] = [("briefing", model.briefing)]
    owners += [(kind, record) for kind in KINDS for record in model.all(kind)]
    warnings = []
    for kind, record in owners:
        key = (kind, record.id)
        for path, text in _texts(record, ()):
            for match in REFERENCE.finditer(text):
                reason = links.find(match.group("target"))
                if isinstance(reason, str) and not links.is_article_words(match.group(0)):
                    warnings.append(_warning(model, key, path, f"{match.group(0)} resolves to "
                                             f"nothing: {reason}"))
        for number, name in enumerate(getattr(record, "same_as", ())):
            problem = _same_as_problem(links, name)
            if problem:
                warnings.append(_warning(model, key, ("same_as", number),
                                         f"'{name}' resolves to nothing: {problem}"))
    return warnings


def _warning(model: Model, key: Key, path: tuple[str | int, ...], message: str) -> Problem:
    file, line = model.where(key, *path)
    return Problem(file, line, key[1], _dotted(path), message, HINT, warning=True)


def _dotted(path: tuple[str | int, ...]) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")


def unresolved_in_markdown(links: Links, markdown: str) -> list[tuple[int, str, str]]:
    """(line, reference, why) of every reference of a hand-written page that resolves to nothing."""
    found = []
    offset = 0
    for prose, code in _split_code(markdown):
        for match in REFERENCE.finditer(prose):
            reason = links.find(match.group("target"))
            if isinstance(reason, str):
                line = markdown.count("\n", 0, offset + match.start()) + 1
                found.append((line, match.group(0), reason))
        offset += len(prose) + len(code)
    return found


def _same_as_problem(links: Links, name: str) -> str | None:
    match = TARGET.match(name)
    if not match or not match.group("briefing"):
        return "write it as briefing-id:kind/id"
    target = links.find(name)
    return target if isinstance(target, str) else None


def _texts(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(field path, text) of every string inside a record."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in value.__class__.model_fields:
            if name not in ("same_as", "id", "former_ids"):
                yield from _texts(getattr(value, name), (*path, name))
    elif isinstance(value, tuple):
        for number, item in enumerate(value):
            yield from _texts(item, (*path, number))
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _texts(item, (*path, name))

