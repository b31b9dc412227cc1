"""The hostile table: every payload (a row of tests/hostile/payloads.yml) in every place a string
can land (a column: PLACES below), from one hostile site built once with `mkdocs build --strict`
(tests/hostile/sites.py) and walked once in Chromium.

The walk loads every page, hovers and keyboard-focuses every link and mark of one page of each
kind (tooltips and previews build their content then), reads each tooltip, searches with the
site's search and with Pagefind, copies a citation, and runs `briefing validate` and a build on
data whose ids are the payloads. The same walk goes through a hub built from indexes that carry
the rows in every text field (hostile/hub.py), and reads the hub's feeds and redirects. Each
cell then asserts that its row's payload never ran there (it would set window.__pwned_<row>) and
that its text shows as typed. A new place a string can land is one more entry of PLACES; a new
payload is one more row of payloads.yml."""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser

from briefing.adapter.pagefind import THEME, index_site
from briefing.core.escape import without_bidi_controls
from briefing.core.problems import terminal_safe
from browser.conftest import Tab, search, site_pages, tab_on
from browser.test_citations import copy
from browser.touch import touch_everything
from conftest import mkdocs
from feedcheck import check_atom, check_json_feed
from hostile.fields import ARTICLE, FIELDS, IMPORTED, as_shown
from hostile.hub import HUB_NAMES, HostileHub, hub_pieces, write_hostile_hub
from hostile.hub import as_shown as hub_shown
from hostile.sites import IMPORTS, TERMINAL, THEME_FIELDS, HostileSite, Row, hostile_site, rows
from localserver import free_port, serving

pytestmark = pytest.mark.browser

# What one page shows, and what from the data became live markup there.
# The theme's own script gives a truncated heading or link its text as a `title` (shown as
# text, unless the site turns on content.tooltips, which no site here does): not data put there.
_INSPECT = """() => {
  const flat = text => text.split(/\\s+/).filter(Boolean).join(' ');
  const OWN_TEXT = a => flat(a.value) === flat(a.ownerElement.textContent);
  return {
  flags: Object.keys(window).filter(key => key.startsWith('__pwned')),
  text: document.body.innerText,
  title: document.title,
  meta: [...document.querySelectorAll('meta[content]')].map(meta => meta.getAttribute('content')),
  jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')]
    .map(script => script.textContent),
  scripts: [...document.scripts].filter(script => script.type !== 'application/ld+json')
    .map(script => script.textContent).filter(text => text.includes('__pwned')),
  attributes: [...document.querySelectorAll('body *')].flatMap(e => [...e.attributes])
    .filter(a => a.value.includes('\u27e6')).map(a => a.value),
  named: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])
    .filter(a => a.value.includes('\u27e6') && !(a.name === 'title' && OWN_TEXT(a)))
    .map(a => `<${a.ownerElement.tagName} ${a.name}>`),
  handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])
    .filter(a => a.name.startsWith('on')).map(a => `<${a.ownerElement.tagName} ${a.name}=${a.value}>`),
  scriptLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
    .flatMap(e => [...e.attributes]).filter(a => /^\\s*javascript:/i.test(a.value))
    .map(a => `${a.name}=${a.value}`),
};}"""
_FLAGS = "() => Object.keys(window).filter(key => key.startsWith('__pwned'))"
# Hover each element whose tooltip comes from data; the tooltip's text each time.
_TIPS = """async () => {
  const shown = [];
  for (const element of document.querySelectorAll('[data-briefing-tip]')) {
    element.scrollIntoView({block: 'center'});
    const box = element.getBoundingClientRect();
    element.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, clientX: box.x, clientY: box.y}));
    element.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, clientX: box.x, clientY: box.y}));
    await new Promise(resolve => setTimeout(resolve, 30));
    shown.push(document.getElementById('briefing-tip')?.textContent ?? '');
  }
  return shown;
}"""
# The engine's Pagefind search box (theme/partials/search.html and its script), on any page.
_PAGEFIND_BOX = """(code) => {
  const box = document.createElement('div');
  box.innerHTML = '<input class="briefing-pf-input" data-bundle="/pagefind/" data-base="/">' +
    '<div class="briefing-pf-drawer"><p class="briefing-pf-status"></p>' +
    '<ol class="briefing-pf-results"></ol></div>';
  document.body.prepend(box);
  const script = document.createElement('script');
  script.textContent = code;
  document.body.append(script);
}"""
SEARCH_INDEX = "**/search/search_index.json"
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass
class Seen:
    """Everything the walk saw, by place."""

    site: HostileSite
    pages: dict[str, dict[str, Any]] = field(default_factory=dict)
    ran: dict[str, list[str]] = field(default_factory=dict)  # phase -> flags set in it
    tips: list[str] = field(default_factory=list)
    results: dict[str, str] = field(default_factory=dict)  # search engine -> results shown
    clipboard: str = ""
    terminal: dict[str, str] = field(default_factory=dict)  # command -> what it printed
    hub: HostileHub | None = None
    hub_pages: dict[str, dict[str, Any]] = field(default_factory=dict)
    hub_tips: list[str] = field(default_factory=list)

    def texts(self, key: str, hub: bool = False) -> list[str]:
        return [flat(text) for page in (self.hub_pages if hub else self.pages).values()
                for text in (page[key] if isinstance(page[key], list) else [page[key]])]


def flat(text: str) -> str:
    return " ".join(text.split())


def kind_of(path: str) -> str:
    """`people/ada-lovelace/` -> `people/*`; an index or a page of its own is its own kind."""
    parts = [part for part in path.split("/") if part]
    return f"{parts[0]}/*" if len(parts) > 1 and parts[0] not in ("assets",) else path


@pytest.fixture(scope="module")
def seen(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Seen:
    site = hostile_site(tmp_path_factory)
    port = free_port()
    hub = write_hostile_hub(tmp_path_factory.mktemp("hostile-hub"), hub_pieces(site.rows),
                            f"http://127.0.0.1:{port}/")
    found = Seen(site, hub=hub)
    index_site(site.site)  # Pagefind's index beside the site's own search index
    with serving(site.site) as base, serving(hub.site, port) as hub_base, \
            tab_on(browser, base) as tab:
        tab.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        _walk(tab, found)
        _walk_hub(Tab(tab.page, hub_base), found)
    found.terminal = _terminal(site, tmp_path_factory.mktemp("hostile-terminal"))
    return found


def _walk(tab: Tab, found: Seen) -> None:
    touched: set[str] = set()
    # Until the search: Chromium spends seconds on each page reading the hostile search index.
    tab.page.route(SEARCH_INDEX, lambda route: route.abort())
    for path in site_pages(found.site.site):
        tab.goto(path)
        page = tab.page.evaluate(_INSPECT)
        found.pages[path] = page
        found.ran.setdefault("load", []).extend(f"{path}: {flag}" for flag in page["flags"])
        if kind_of(path) not in touched:  # one page of each kind: hover and Tab through it all
            touched.add(kind_of(path))
            touch_everything(tab)
            found.tips += tab.page.evaluate(_TIPS)
            found.ran.setdefault("touch", []).extend(
                f"{path}: {flag}" for flag in tab.page.evaluate(_FLAGS))
    tab.page.unroute(SEARCH_INDEX)
    tab.goto("people/ada-lovelace/")
    search(tab, "people.name")
    found.results["search"] = tab.page.locator(".md-search-result").inner_text()
    found.ran["search"] = tab.page.evaluate(_FLAGS)
    found.results["pagefind"], found.ran["pagefind"] = _pagefind(tab, "people name")
    tab.goto("quotes/weaves-patterns/")
    found.clipboard = copy(tab.page, ".briefing-cite", "Copy citation")
    found.ran["clipboard"] = tab.page.evaluate(_FLAGS)


def hub_kind(path: str) -> str:
    """`dossiers/people/ada/page-2/` -> `dossiers/*/*`: pages made by one function."""
    parts = [part for part in path.split("/") if part and not part.startswith("page-")]
    return "/".join(parts[:1] + ["*"] * (len(parts) - 1))


def _walk_hub(tab: Tab, found: Seen) -> None:
    """Every page of the hub, its tooltips read, one page of each kind touched; then its search.
    Its `records/` pages redirect at once (a flag set there would be gone): they are read as
    files (hub_redirect)."""
    assert found.hub is not None
    touched: set[str] = set()
    tab.page.route(SEARCH_INDEX, lambda route: route.abort())
    for path in site_pages(found.hub.site):
        if path.startswith("records/"):
            continue
        tab.goto(path)
        page = tab.page.evaluate(_INSPECT)
        found.hub_pages[path] = page
        found.ran.setdefault("hub load", []).extend(f"hub/{path}: {flag}" for flag in page["flags"])
        found.hub_tips += tab.page.evaluate(_TIPS)  # every † of every page: a reason each
        if hub_kind(path) not in touched:
            touched.add(hub_kind(path))
            touch_everything(tab)
        found.ran.setdefault("hub touch", []).extend(
                f"hub/{path}: {flag}" for flag in tab.page.evaluate(_FLAGS))
    tab.page.unroute(SEARCH_INDEX)
    tab.goto("")
    search(tab, "hub.people.name")
    found.results["hub search"] = tab.page.locator(".md-search-result").inner_text()
    found.ran["hub search"] = tab.page.evaluate(_FLAGS)


def _pagefind(tab: Tab, query: str) -> tuple[str, list[str]]:
    tab.goto("hostile/")
    tab.page.evaluate(_PAGEFIND_BOX, (THEME / "partials/pagefind-search.js").read_text("utf-8"))
    tab.page.locator(".briefing-pf-input").fill(query)
    tab.page.wait_for_function(
        "(query) => document.querySelector('.briefing-pf-results').dataset.query === query", arg=query)
    return tab.page.locator(".briefing-pf-results").inner_text(), tab.page.evaluate(_FLAGS)


def _terminal(site: HostileSite, folder: Path) -> dict[str, str]:
    """`briefing validate` and a build of the hostile data with one more person per row, whose
    id is the row's text: an id is refused, and the message names it."""
    project = folder / "project"
    shutil.copytree(site.project, project, ignore=shutil.ignore_patterns("site"))
    people = project / "data/people.yml"
    records = yaml.safe_load(people.read_text(encoding="utf-8"))
    records += [{"id": row.piece, "name": "x", "paragraphs": [1]} for row in site.rows.values()
                if row.goes_into(TERMINAL)]
    people.write_text(yaml.safe_dump(records, allow_unicode=True, width=1_000_000), encoding="utf-8")
    briefing = Path(sys.executable).parent / "briefing"
    checked = subprocess.run([str(briefing), "--root", str(project), "validate"], text=True,
                             capture_output=True, timeout=600)
    built = mkdocs(project, "build", "--strict", "-d", "site")
    assert checked.returncode == 1 and built.returncode == 1, (checked.stderr, built.stderr)
    return {"briefing validate": checked.stdout + checked.stderr,
            "mkdocs build": built.stdout + built.stderr}


# --- The places (columns): each says what its row must never do and must show there. ---------

def _ran(seen: Seen, row: Row, *phases: str) -> list[str]:
    return [f"ran ({phase}): {flag}" for phase in phases for flag in seen.ran.get(phase, ())
            if flag.endswith(row.flag) or flag.endswith("__pwned")]


def _shown(seen: Seen, row: Row, fields: list[str], texts: list[str],
           form: Callable[[str], str] = flat) -> list[str]:
    """Each field holding the row whose text (up to the row's end) no text here shows."""
    return [f"{name} is not shown as typed" for name, value in seen.site.through(row).items()
            if name.split("#")[0] in fields
            and not any(form(shown) in text for text in texts for shown in as_shown(name, value))]


DATA = [f"{file}:{path}" for file, _, path in FIELDS]
REASONS = [name for name in DATA if ":inferred." in name or ":date_bases." in name]
IMPORTED_TEXT = [*IMPORTED, IMPORTS]


def body(seen: Seen, row: Row) -> list[str]:
    """Every field's text is on some page, as typed; none is run as a template."""
    shown = [name for name, body in THEME_FIELDS.items() if body]
    # Another briefing's title is its links' tooltip (see tooltip), its record's name their text.
    problems = _shown(seen, row, [*DATA, ARTICLE, IMPORTED[1], *shown], seen.texts("text"))
    evaluated = _evaluated(row.piece)
    if evaluated and any(evaluated in text for text in seen.texts("text")):
        problems.append(f"a page shows it run as a template: {evaluated[:80]}")
    return problems + _ran(seen, row, "load")


def attribute(seen: Seen, row: Row) -> list[str]:
    """No element carries a handler or a `javascript:` address; a † reason's attribute holds it."""
    problems = [f"{path}: {found}" for path, page in seen.pages.items()
                for found in page["handlers"] + page["scriptLinks"] + page["scripts"]
                if row.flag in found or "__pwned_" not in found]
    return problems + _shown(seen, row, REASONS, seen.texts("attributes")) + _ran(seen, row, "load")


def tooltip(seen: Seen, row: Row) -> list[str]:
    """Hovered or focused, nothing runs; a † reason and another briefing's title show as text."""
    return _shown(seen, row, [*REASONS, IMPORTED[0]], [flat(tip) for tip in seen.tips]) \
        + _ran(seen, row, "touch")


def title(seen: Seen, row: Row) -> list[str]:
    """A record's name, the site's name and a hand-written page's title, in <title>."""
    fields = ["data/people.yml:name", "mkdocs.yml:site_name", "docs/hostile.md:title"]
    return _shown(seen, row, fields, seen.texts("title")) + _ran(seen, row, "load")


def meta(seen: Seen, row: Row) -> list[str]:
    """The theme's names and a hand-written page's front matter, in meta tags' content."""
    return _shown(seen, row, list(THEME_FIELDS), seen.texts("meta")) + _ran(seen, row, "load")


JSON_LD = ["data/people.yml:name", "data/places.yml:name", "data/topics.yml:name",
           "data/quotes.yml:text", "data/briefing.yml:title", "seeds/mini.yml:title",
           "seeds/mini.yml:authors.0"]


def json_ld(seen: Seen, row: Row) -> list[str]:
    """Parsed as JSON, a record's name or words equal their YAML string."""
    strings: list[str] = []
    for raw in seen.texts("jsonLd"):
        _strings(json.loads(raw), strings)
    values = {name: seen.site.values[name] for name in JSON_LD
              if name in seen.site.values and row.piece in seen.site.values[name]}
    closing = [raw[:80] for raw in seen.texts("jsonLd") if "<" in raw]  # "</script>" would end it
    return [f"{name}: no JSON-LD string equals it" for name, value in values.items()
            if flat(value) not in strings] + closing + _ran(seen, row, "load")


def _strings(value: Any, found: list[str]) -> None:
    if isinstance(value, dict):
        for item in value.values():
            _strings(item, found)
    elif isinstance(value, list):
        for item in value:
            _strings(item, found)
    elif isinstance(value, str):
        found.append(flat(value.strip("“”")))


def search_index(seen: Seen, row: Row) -> list[str]:
    """The site's search: its index holds no tag of the payload (Material renders results as
    HTML); results show a record's name as typed, and run nothing."""
    index = json.loads((seen.site.site / "search/search_index.json").read_text("utf-8"))
    tags = set(re.findall(r"</?[a-zA-Z%!][^\s>]*", row.payload))
    problems = [f"{entry['location']}: holds {tag}" for entry in index["docs"] for tag in tags
                if tag in entry["title"] + entry["text"]]
    return problems + _shown(seen, row, ["data/people.yml:name"], [_words(seen.results["search"])],
                             _words) + _ran(seen, row, "search")


def _words(text: str) -> str:
    """Text as search shows it: the index marks where Chinese words end with a zero-width space."""
    return flat(text.replace("\u200b", ""))


def pagefind(seen: Seen, row: Row) -> list[str]:
    """Pagefind, through the engine's search box: the same."""
    return _shown(seen, row, ["data/people.yml:name"], [flat(seen.results["pagefind"])]) \
        + _ran(seen, row, "pagefind")


def clipboard(seen: Seen, row: Row) -> list[str]:
    """A copied citation holds the quote's words, speaker and audience, without bidi controls."""
    fields = ["data/quotes.yml:text", "data/quotes.yml:audience", "data/people.yml:name"]
    copied = flat(seen.clipboard)
    problems = _shown(seen, row, fields, [copied], lambda text: flat(without_bidi_controls(text)))
    return problems + _ran(seen, row, "clipboard")


def terminal(seen: Seen, row: Row) -> list[str]:
    """The id is named in the message, every control character shown as its code."""
    expected = terminal_safe(f"record '{row.piece}'")
    return [f"{command}: {problem}" for command, printed in seen.terminal.items()
            for problem in ([] if expected in printed else ["does not name the record as typed"])
            + [f"prints {char!r} raw" for char in sorted(set(_CONTROL.findall(printed)))]]


# --- The hub: its indexes' text on its pages, tooltips, titles, feeds, redirects and search. ----

def _hub(*fields: str) -> list[str]:
    return [f"hub:{name}" for name in fields]


# What the hub shows of an index, by where (hub/*.py): each must show as typed there.
HUB_PAGE = _hub("briefing.title", "briefing.summary", "briefing.publisher", "people.name",
                "people.gist", "people.roles.0.title", "organisations.name", "organisations.gist",
                "places.name", "places.gist", "topics.name", "topics.gist", "meetings.name",
                "quotes.words", "statements.words", "timeline.name")
HUB_REASONS = _hub("meetings.inferred.date", "quotes.inferred.date", "statements.inferred.date",
                   "timeline.inferred.date")
HUB_TITLE = _hub("briefing.title", "organisations.name")  # a briefing's page, a dossier's
HUB_FEEDS = _hub("briefing.title", "briefing.summary", "briefing.publisher", "quotes.words",
                 "statements.words", "meetings.name", "organisations.name")
HUB_REDIRECT = _hub("people.name")
# The only attributes in which the hub may put an index's text: its own tooltip (drawn as text
# by its script) and a meta tag's content. Never `title`: the theme's tooltips render it as HTML.
HUB_ATTRIBUTES = {"data-briefing-tip", "content"}
_DATA_TITLE = re.compile(r"""\stitle=("[^"]*|'[^']*|[^\s>]*)\u27e6""")


def _hub_shown(seen: Seen, row: Row, fields: list[str], texts: list[str]) -> list[str]:
    """Each hub field holding the row whose text no text here shows as typed."""
    assert seen.hub is not None
    problems = []
    for name in fields:
        value = seen.hub.values[name].get(row.id, "")
        if row.piece in value and not any(
                flat(form) in text for text in texts for form in hub_shown(name, value)):
            problems.append(f"{name} is not shown as typed")
    return problems


def hub_page(seen: Seen, row: Row) -> list[str]:
    """A hub page shows each index text as typed; none is run as a template; no element carries
    a handler or a `javascript:` address; the text is in no attribute but a tip or a meta tag."""
    texts = seen.texts("text", hub=True)
    problems = _hub_shown(seen, row, HUB_PAGE, texts)
    evaluated = _evaluated(row.piece)
    if evaluated and any(evaluated in text for text in texts):
        problems.append(f"a hub page shows it run as a template: {evaluated[:80]}")
    problems += [f"hub/{path}: {found}" for path, page in seen.hub_pages.items()
                 for found in page["handlers"] + page["scriptLinks"] + page["scripts"]
                 + [named for named in page["named"]
                    if named.rstrip(">").split()[-1] not in HUB_ATTRIBUTES]]
    # As written, before any script: no `title` attribute holds an index's text.
    assert seen.hub is not None
    problems += [f"{path}: a title attribute holds data" for path in _data_titles(seen.hub.site)]
    return problems + _ran(seen, row, "hub load")


@functools.cache
def _data_titles(site: Path) -> list[str]:
    return [file.relative_to(site).as_posix() for file in sorted(site.rglob("*.html"))
            if _DATA_TITLE.search(file.read_text("utf-8"))]


def hub_tooltip(seen: Seen, row: Row) -> list[str]:
    """Hovered or focused, nothing runs; a † reason shows as typed in its tooltip."""
    return _hub_shown(seen, row, HUB_REASONS, [flat(tip) for tip in seen.hub_tips]) \
        + _ran(seen, row, "hub touch")


def hub_title(seen: Seen, row: Row) -> list[str]:
    """A briefing's title and a dossier's name, in their pages' <title>."""
    return _hub_shown(seen, row, HUB_TITLE, seen.texts("title", hub=True)) + _ran(seen, row, "hub load")


def hub_feeds(seen: Seen, row: Row) -> list[str]:
    """The hub's feed and every dossier's, Atom and JSON Feed: each valid, and the text as typed."""
    assert seen.hub is not None
    return _hub_shown(seen, row, HUB_FEEDS, _feed_texts(seen.hub.site))


@functools.cache
def _feed_texts(site: Path) -> list[str]:
    """Every text of every feed of the site, as a feed reader reads it (each feed checked)."""
    strings: list[str] = []
    for atom in sorted(site.rglob("feed.atom")):
        root = check_atom(atom.read_text("utf-8"))
        strings += [flat(element.text or "") for element in root.iter()]
    for feed in sorted(site.rglob("feed.json")):
        _strings(check_json_feed(feed.read_text("utf-8")), strings)
    return strings


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag + "".join(f" {name}" for name, _ in attrs))
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        self.title += data if self._in_title else ""

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


@functools.cache
def _redirects(site: Path) -> list[_Tags]:
    parsed = []
    for file in sorted(site.glob("records/**/index.html")):
        parser = _Tags()
        parser.feed(file.read_text("utf-8"))
        parsed.append(parser)
    return parsed


def hub_redirect(seen: Seen, row: Row) -> list[str]:
    """A `records/` redirect names the record in its <title>, as typed; the name makes no element
    and no attribute (every redirect has the same tags and attributes)."""
    assert seen.hub is not None
    parsed = _redirects(seen.hub.site)
    shapes = {tuple(parser.tags) for parser in parsed}
    problems = [f"redirects differ in their elements: {sorted(shapes)[:3]}"] if len(shapes) != 1 else []
    return problems + _hub_shown(seen, row, HUB_REDIRECT, [flat(parser.title) for parser in parsed])


def hub_search(seen: Seen, row: Row) -> list[str]:
    """The hub's search: its index holds no tag of the payload; searching runs nothing."""
    assert seen.hub is not None
    index = json.loads((seen.hub.site / "search/search_index.json").read_text("utf-8"))
    tags = set(re.findall(r"</?[a-zA-Z%!][^\s>]*", row.payload))
    return [f"{entry['location']}: holds {tag}" for entry in index["docs"] for tag in tags
            if tag in entry["title"] + entry["text"]] + _ran(seen, row, "hub search")


# place -> (its check, the fields that put text there)
PLACES: dict[str, tuple[Callable[[Seen, Row], list[str]], list[str]]] = {
    "page body": (body, [*DATA, ARTICLE, IMPORTS, *THEME_FIELDS]),
    "attribute": (attribute, [*REASONS, IMPORTS]),
    "tooltip": (tooltip, [*REASONS, IMPORTS]),
    "<title>": (title, ["data/people.yml:name", "mkdocs.yml:site_name", "docs/hostile.md:title"]),
    "meta": (meta, list(THEME_FIELDS)),
    "JSON-LD": (json_ld, JSON_LD),
    "search index": (search_index, ["data/people.yml:name"]),
    "Pagefind": (pagefind, ["data/people.yml:name"]),
    "clipboard": (clipboard, ["data/quotes.yml:text", "data/quotes.yml:audience",
                              "data/people.yml:name"]),
    "terminal": (terminal, [TERMINAL]),
    "hub page": (hub_page, HUB_NAMES),
    "hub tooltip": (hub_tooltip, HUB_NAMES),
    "hub <title>": (hub_title, HUB_TITLE),
    "hub feeds": (hub_feeds, HUB_FEEDS),
    "hub redirect": (hub_redirect, HUB_REDIRECT),
    "hub search": (hub_search, HUB_NAMES),
}


def _evaluated(value: str) -> str | None:
    """What `value` would become if a template engine ran it; None when that is the same text."""
    from jinja2 import TemplateError
    from jinja2.sandbox import SandboxedEnvironment
    try:
        rendered = SandboxedEnvironment().from_string(value).render(config="CONFIG")
    except TemplateError:
        return None
    return flat(rendered) if flat(rendered) and flat(rendered) != flat(value) else None


def cells() -> Iterator[Any]:
    for row in rows().values():
        for place, (_, fields) in PLACES.items():
            if any(row.goes_into(name) for name in fields):
                yield pytest.param(row.id, place, id=f"{row.id}-{place}")


@pytest.mark.parametrize(("row_id", "place"), list(cells()))
def test_the_payload_never_runs_and_shows_as_typed(seen: Seen, row_id: str, place: str) -> None:
    check, _ = PLACES[place]
    assert check(seen, seen.site.rows[row_id]) == []


def test_the_walk_reached_every_place(seen: Seen) -> None:
    """The walk itself: it touched marks and links, read tooltips, found results, copied."""
    assert len(seen.pages) > 20 and len(seen.tips) > 5
    assert "⟦" in seen.results["search"] and "⟦" in seen.results["pagefind"]
    assert "⟦" in seen.clipboard and all("⟦" in printed for printed in seen.terminal.values())
    assert len(seen.hub_pages) > 20 and len(seen.hub_tips) > 5 and "⟦" in seen.results["hub search"]


def test_the_template_oracle_can_tell() -> None:
    """The template check above can fail: the template row is one a template engine changes."""
    assert _evaluated(rows()["template-syntax"].payload) == "49 raw ${7*7} <%= 7*7 %> CONFIG"
