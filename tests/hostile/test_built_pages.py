"""Each hostile case built with `mkdocs build --strict`: every value shows as literal text, and no
page, title or search entry carries a tag, event handler or `javascript:` link from the data."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment

from hostile.fields import as_shown
from hostile.sites import HostileSite
from sitecheck import Page

URL_ATTRIBUTES = {"href", "src", "xlink:href", "action", "formaction"}
# Tags the payloads write; escaped, none of them may reach the search index as markup.
PAYLOAD_TAGS = ("<script", "<img", "<svg", "<a href", "<div markdown", "</title", "<%=")


class _Markup(HTMLParser):
    """Event-handler attributes, `javascript:` URLs and script bodies of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.handlers: list[str] = []
        self.script_urls: list[str] = []
        self.scripts: list[str] = []  # executable scripts; JSON-LD is data, kept apart
        self.json_ld: list[str] = []
        self.title = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in = tag if tag in ("script", "title") else None
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self._in = "json-ld"
        if self._in in ("script", "json-ld"):
            (self.scripts if self._in == "script" else self.json_ld).append("")
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().startswith("javascript:"):
                self.script_urls.append(f"<{tag} {name}={value}>")

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "json-ld":
            self.json_ld[-1] += data
        elif self._in == "title":
            self.title += data


def flat(text: str) -> str:
    return " ".join(text.split())


def pages(hostile: HostileSite) -> dict[str, str]:
    return {path.relative_to(hostile.site).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(hostile.site.rglob("*.html"))}


def test_every_value_shows_literally_on_some_page(hostile: HostileSite) -> None:
    texts = [Page(html).text for html in pages(hostile).values()]
    missing = [field for field, value in hostile.values.items()
               if not any(shown in text for text in texts for shown in as_shown(field, flat(value)))]
    assert missing == []



def test_no_page_carries_markup_from_the_data(hostile: HostileSite) -> None:
    for path, html in pages(hostile).items():
        markup = _Markup()
        markup.feed(html)
        assert markup.handlers == [] and markup.script_urls == [], path
        assert not any("__pwned" in script for script in markup.scripts), path
        for data in markup.json_ld:  # data, not code: it parses, and no "<" can close the script
            assert "<" not in data and json.loads(data), path


def test_a_page_title_holds_the_name_literally(hostile: HostileSite) -> None:
    markup = _Markup()
    markup.feed((hostile.site / "people/ada-lovelace/index.html").read_text(encoding="utf-8"))
    name = hostile.values.get("data/people.yml:name", "Ada Lovelace")
    assert flat(markup.title).startswith(flat(name))


def test_the_search_index_holds_no_markup_from_the_data(hostile: HostileSite) -> None:
    index = json.loads((hostile.site / "search/search_index.json").read_text(encoding="utf-8"))
    for entry in index["docs"]:
        shown = entry["title"] + entry["text"]
        assert not [tag for tag in PAYLOAD_TAGS if tag in shown], entry["location"]


def _evaluated(value: str) -> str | None:
    """What `value` would become if a template engine ran it; None when that is the same text."""
    try:
        rendered = SandboxedEnvironment().from_string(value).render(config="CONFIG")
    except TemplateError:
        return None
    return rendered if flat(rendered) and flat(rendered) != flat(value) else None


def test_no_value_is_evaluated_as_a_template(hostile: HostileSite) -> None:
    """Each value of each case: where a template engine would change it, no page shows the
    changed text (and every value shows as written: test_every_value_shows_literally...)."""
    text = " ".join(flat(Page(html).text) for html in pages(hostile).values())
    evaluated = {field: _evaluated(value) for field, value in hostile.values.items()}
    assert [field for field, changed in evaluated.items() if changed and flat(changed) in text] == []


def test_the_template_syntax_case_is_one_a_template_engine_would_change() -> None:
    """The oracle above can fail: for the template-syntax payload it has something to look for."""
    payload = "{{ 7*7 }} {% raw %}raw{% endraw %} {# comment #} ${7*7} <%= 7*7 %> {{ config }}"
    assert _evaluated(payload) == "49 raw  ${7*7} <%= 7*7 %> CONFIG"


class _Head(HTMLParser):
    """The <title> text and every <meta>'s content, by name or property, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.meta: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_title = tag == "title" and not self.title  # the page's, not an SVG's
        named = dict(attrs)
        if tag == "meta" and (named.get("name") or named.get("property")):
            self.meta[str(named.get("name") or named.get("property"))] = named.get("content") or ""

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def head(site: Path, page: str) -> _Head:
    parsed = _Head()
    parsed.feed((site / page).read_text(encoding="utf-8"))
    return parsed


def test_the_theme_prints_the_site_names_and_front_matter_as_typed(hostile: HostileSite) -> None:
    """site_name (which `briefing new --title` writes), the description and author, and a
    hand-written page's front matter: in <title> and meta tags, as typed, on every page."""
    theme = {field: flat(value) for field, value in hostile.theme.items()}
    for page in pages(hostile):
        found = head(hostile.site, page)
        if "mkdocs.yml:site_name" in theme:
            name = theme["mkdocs.yml:site_name"]
            assert flat(found.title) == name or flat(found.title).endswith(f" - {name}"), page
            assert flat(found.meta["og:site_name"]) == theme["mkdocs.yml:site_name"], page
        if "mkdocs.yml:site_author" in theme:
            assert flat(found.meta["author"]) == theme["mkdocs.yml:site_author"], page
    hand_written = head(hostile.site, "hostile/index.html")
    if "docs/hostile.md:title" in theme:
        assert flat(hand_written.title).startswith(theme["docs/hostile.md:title"] + " - ")
        assert flat(hand_written.meta["og:title"]) == theme["docs/hostile.md:title"]
    if "docs/hostile.md:description" in theme:
        assert flat(hand_written.meta["description"]) == theme["docs/hostile.md:description"]
        assert flat(hand_written.meta["og:description"]) == theme["docs/hostile.md:description"]
    if "mkdocs.yml:site_description" in theme:  # pages without a description of their own
        assert any(flat(head(hostile.site, page).meta.get("description", "")) ==
                   theme["mkdocs.yml:site_description"] for page in pages(hostile))
