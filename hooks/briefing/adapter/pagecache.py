"""Under `mkdocs serve`, a rebuild does again only the work whose inputs changed.

MkDocs 1.6 rebuilds everything on every change: each page's Markdown is converted to HTML,
put through the theme's templates and parsed again by the search plugin. After an edit of one
record, the engine's Markdown is the same for almost every page, so that work would give the
same result. This module keeps the last build's results, keyed by everything they are computed
from, and hands them back where the key is the same:

- a page's source, read: keyed by the source text (its front matter's YAML is parsed once);
- Markdown to HTML: keyed by the page's path, its Markdown and the set of files its links
  can point to (a hand-written page's link to a page that went away must warn again);
- the finished HTML page: keyed by the page's path, HTML, table of contents, title, front
  matter, the navigation and the configuration;
- the digest of a finished page's bytes (which tells the site folder whether to write it):
  the last build's, for a page whose finished HTML is the one kept with it;
- the search entries of a page: keyed by its address, HTML, table of contents, title, front
  matter and the configuration. A page whose finished HTML is known needs its HTML no more
  once its entries are added: where nothing reads it after the search plugin (no later
  `on_page_context`, no `on_post_page` but the briefing's), it is emptied, so that the search
  plugin's clean-up of the page's HTML (a regular expression over it) has nothing to scan.

Results not used by a build are dropped after it, so the cache holds one build. `--dirty`
is not used: it would skip generated pages (they have no source timestamp) and keep the
search entries of deleted pages. The equality with a clean build is what the serve tests check.
No MkDocs import: the objects are MkDocs' own, reached through their documented attributes.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, DictLoader

CACHED_TEMPLATE = "briefing-cached-page.html"
# The whole page, as the theme rendered it in an earlier build with the same inputs.
CACHED_SOURCE = "{{ page.briefing_cached_html }}"


@dataclass(frozen=True)
class Rendered:
    """What `Page.render` leaves on a page."""

    content: str
    toc: Any
    title: str | None
    anchors: frozenset[str]
    links_to_anchors: dict[str, dict[str, str]] | None  # by the linked file's src_uri


class Generation:
    """One build's results, by key."""

    def __init__(self) -> None:
        self.read: dict[str, tuple[str, dict[str, Any]]] = {}  # source -> Markdown, front matter
        self.rendered: dict[tuple[Any, ...], Rendered] = {}
        self.html: dict[tuple[Any, ...], str] = {}
        self.digests: dict[tuple[Any, ...], str] = {}  # by the same key as `html`
        self.search: dict[tuple[Any, ...], list[dict[str, Any]]] = {}


class PageCache:
    def __init__(self) -> None:
        self.last, self.next = Generation(), Generation()
        self.html_key: dict[str, tuple[Any, ...]] = {}  # src_uri -> this build's HTML key
        self.reused = 0  # pages of this build whose HTML came from the last one

    def start(self) -> None:
        self.next, self.html_key, self.reused = Generation(), {}, 0

    def finish(self) -> None:
        """The build succeeded: its results become the ones to reuse."""
        self.last, self.next = self.next, Generation()

    def read_page(self, page: Any, parse: Callable[[str], tuple[str, dict[str, Any]]]) -> None:
        """Make the page's coming `read_source` reuse an earlier reading of the same source
        (`parse`: MkDocs' own, source -> Markdown and front matter). A page whose source a
        plugin gives, or that cannot be read, is read as MkDocs reads it."""
        read = page.read_source

        def read_source(config: Any) -> None:
            try:
                given = config.plugins.on_page_read_source(page=page, config=config)
                source = None if given is not None else page.file.content_string
            except (OSError, ValueError):
                source = None
            if source is None:
                read(config)  # MkDocs reports what is wrong
                return
            earlier = self.last.read.get(source) or parse(source)
            page.markdown, page.meta = earlier[0], copy.deepcopy(earlier[1])
            self.next.read[source] = earlier

        page.read_source = read_source

    def render_page(self, page: Any, markdown: str, files: Any, files_key: Any) -> None:
        """Make the page's coming `render` reuse an earlier conversion of the same Markdown."""
        key = (page.file.src_uri, markdown, files_key)
        earlier, convert = self.last.rendered.get(key), page.render

        def render(config: Any, files_now: Any) -> None:
            if earlier is None:
                convert(config, files_now)
            else:
                _restore(page, earlier, files_now)
            self.next.rendered[key] = _snapshot(page)

        page.render = render

    def set_up(self, env: Any, plugins: Any, files: Any, keys: dict[str, Any]) -> None:
        """Before the pages are built (`plugins`: MkDocs' plugin collection; `keys`: the
        build's navigation and configuration key): pages whose HTML is known get the cached
        template, the theme a loader for it, and each search index the reuse of earlier
        entries."""
        self.choose_templates(files, (nav_key(keys["nav"].items), keys["config"]))
        env.loader = ChoiceLoader([DictLoader({CACHED_TEMPLATE: CACHED_SOURCE}), env.loader])
        for plugin in plugins.values():
            index = getattr(plugin, "search_index", None)
            if index is not None:
                index.add_entry_from_context = self.cached_search(
                    index.add_entry_from_context, index, keys["config"],
                    empty=_reads_last(plugins.events, plugin))

    def choose_templates(self, files: Any, context_key: Any) -> None:
        """Before the pages are built: pages whose HTML is known get the cached template."""
        for file in files.documentation_pages():
            page = file.page
            if page is None:
                continue
            key = (file.src_uri, page.content, _toc_key(page.toc), page.title,
                   _json(page.meta), page.update_date, context_key)
            self.html_key[file.src_uri] = key
            if key in self.last.html:
                self.reused += 1
                page.briefing_cached_html = self.last.html[key]
                page.meta["template"] = CACHED_TEMPLATE

    def keep_html(self, page: Any, output: str) -> None:
        key = self.html_key.get(page.file.src_uri)
        if key is not None:
            # A reused page's output is a new string equal to the cached one: keep the cached
            # one, so the two builds' pages are not all held twice until this build ends.
            cached = getattr(page, "briefing_cached_html", None)
            self.next.html[key] = cached if cached == output else output

    def digest(self, page: Any, output: str, digest: Callable[[str], str]) -> str:
        """`digest(output)`, or the last build's digest of the same finished page."""
        key = self.html_key.get(page.file.src_uri)
        if key is None:
            return digest(output)
        known = self.last.digests.get(key)
        if known is None or output != self.last.html.get(key):
            known = digest(output)
        self.next.digests[key] = known
        return known

    def cached_search(self, add_entry: Callable[[Any], None], index: Any, config_key: str,
                      empty: bool = False) -> Callable[[Any], None]:
        """A search plugin's `add_entry_from_context`, reusing a page's earlier entries. With
        `empty`, a page whose finished HTML is known has its HTML emptied once added."""

        def add(page: Any) -> None:
            meta = {name: value for name, value in page.meta.items() if name != "template"}
            key = (page.url, page.content, _toc_key(page.toc), page.title, _json(meta),
                   config_key)
            entries = self.last.search.get(key)
            if entries is None:
                start = len(index.entries)
                add_entry(page)
                entries = [dict(entry) for entry in index.entries[start:]]
            else:
                index.entries.extend(dict(entry) for entry in entries)
            self.next.search[key] = entries
            if empty and hasattr(page, "briefing_cached_html"):
                page.content = ""

        return add


def _reads_last(events: dict[str, list[Any]], plugin: Any) -> bool:
    """Whether `plugin`'s `on_page_context` is the last reader of a page's HTML: the last
    page-context event, with no page-writing event after it but the briefing's."""
    context = events.get("page_context") or []
    return (bool(context) and getattr(context[-1], "__self__", None) is plugin
            and all(getattr(event, "__module__", "").startswith("briefing.")
                    for event in events.get("post_page") or []))


def _snapshot(page: Any) -> Rendered:
    links = getattr(page, "links_to_anchors", None)
    return Rendered(page.content, page.toc, page._title_from_render,
                    frozenset(page.present_anchor_ids or ()),
                    None if links is None else {file.src_uri: dict(anchors)
                                                for file, anchors in links.items()})


def _restore(page: Any, earlier: Rendered, files: Any) -> None:
    page.content, page.toc = earlier.content, earlier.toc
    page._title_from_render = earlier.title
    page.present_anchor_ids = set(earlier.anchors)
    if earlier.links_to_anchors is not None:
        by_uri = files.src_uris  # the keys are `src_uri`s already: no path to normalise
        linked = ((by_uri.get(uri), anchors) for uri, anchors in earlier.links_to_anchors.items())
        page.links_to_anchors = {file: dict(anchors) for file, anchors in linked
                                 if file is not None}


def _toc_key(toc: Any) -> tuple[Any, ...]:
    return tuple((item.title, item.id, item.level, _toc_key(item.children)) for item in toc)


def nav_key(items: Any) -> tuple[Any, ...]:
    """The navigation as the theme prints it: titles, addresses and nesting."""
    return tuple((type(item).__name__, item.title, getattr(item, "url", None),
                  nav_key(getattr(item, "children", None) or [])) for item in items)


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def digest(lines: Any) -> str:
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()


def config_key(config: Any) -> str:
    """What every page's HTML depends on besides the page and the navigation: the settings
    (Markdown extensions included) and the theme's own override templates."""
    text = Path(config.config_file_path).read_bytes().decode("utf-8", "replace")
    custom = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    overrides = [f"{path} {path.stat().st_mtime_ns}" for path in custom.rglob("*")
                 if path.is_file()] if custom else []
    return digest([text, config.site_url or "", *config.extra_css,
                  *[str(script) for script in config.extra_javascript], *overrides])
