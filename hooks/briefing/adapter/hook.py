"""The MkDocs adapter: moves generated pages into the build. It holds no other logic.

A data error stops `mkdocs build` before anything is written: `on_config` raises `Abort`, and
the build exits non-zero. Under `mkdocs serve`, once a first build has succeeded, a data error
is printed and the last good pages are served again, and any other failed rebuild is reported
while the last good site stays up (`serving.py`). Every build is written to a staging folder
and swapped in at the end (`sitedir.py`), so a killed build leaves the old site whole.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.utils import meta

from briefing.adapter import offline, pagefind, sitedir, themeenv, themetext
from briefing.adapter.collect import Collector
from briefing.core.collector import paused
from briefing.core.problems import DataError
from briefing.core.settings import Settings
from briefing.engine import SCRIPT, STYLESHEET, Site, build
from briefing.pages import cards
from briefing.pages.escaperuns import EscapedRuns

if TYPE_CHECKING:  # imported where used, as `serving`: only `mkdocs serve` needs them
    from briefing.adapter import pagecache, sitereuse

# What a hooks file imports with `from briefing.mkdocs_hook import *`, which re-exports these.
__all__ = ["on_build_error", "on_config", "on_env", "on_files", "on_page_content",
           "on_nav", "on_page_markdown", "on_pre_page", "on_post_build", "on_post_page", "on_serve",
           "on_shutdown", "on_startup"]

log = get_plugin_logger("briefing")


@dataclass
class AdapterState:
    """All the adapter keeps between events. Hook modules stay loaded across `mkdocs serve`
    rebuilds, so this is all that can outlive a build: `serving`, `dirty`, `previewing`,
    `last_good` and `cache` must; `site`, `target`, `keys`, `page_files` and `cards` belong
    to one build and are let go at its end, so that no MkDocs object (the navigation, the
    pages) is held from one build to the next."""

    serving: bool = False
    dirty: bool = False  # `--dirty` updates the site in place, so it is not staged
    previewing: bool = False  # `mkdocs serve` publishes nothing: it shows the drafts
    site: Site | None = None  # this build's pages and files
    last_good: Site | None = None  # served again, under `serve`, when the data has an error
    target: Path | None = None  # the site folder this build replaces when it is done
    # Under `mkdocs serve` only: the last build's pages, reused where their inputs are the same.
    cache: pagecache.PageCache | None = None
    # Under `mkdocs serve` only: the build before last's folder, rewritten where it differs.
    reuse: sitereuse.SiteReuse | None = None
    keys: dict[str, Any] = field(default_factory=dict)  # this build's fingerprints of what
    # every page depends on
    # A build without directory URLs (the offline copy): directory-style address -> page file.
    page_files: dict[str, str] = field(default_factory=dict)
    # Share cards of this build: each record page's (kind, date), the briefing's title, the cache.
    cards: dict[str, Any] = field(default_factory=dict)
    collector: Collector = field(default_factory=Collector)  # the process's: kept by on_startup

    def built(self) -> Site:
        assert self.site is not None, "on_config has not built the briefing"
        return self.site

    def end_build(self) -> None:
        self.site, self.target = None, None
        self.keys.clear()
        self.page_files.clear()
        self.cards.clear()


_state = AdapterState()


def on_startup(command: str, dirty: bool) -> None:
    global _state
    again = command == "serve" and not dirty
    _state = AdapterState(dirty=dirty, previewing=command == "serve", collector=_state.collector)
    if again or "briefing.adapter.sitereuse" in sys.modules:  # else it set no filter to remove
        from briefing.adapter import pagecache, sitereuse
        if again:
            _state.cache, _state.reuse = pagecache.PageCache(), sitereuse.SiteReuse()
        sitereuse.quieten(_state.reuse)


def on_config(config: Any) -> Any:
    # The collector stays paused from the engine's build to `Collector.freeze`, which collects
    # once what the engine made: resumed at the end of `engine.build`, it scanned all of it at
    # the next allocation, then `freeze` scanned it again (0.02-0.03 s at 1,000 pages).
    with paused():
        return _configure(config)


def _configure(config: Any) -> Any:
    # jieba (Material's Chinese search) announces loading its dictionary on every build.
    logging.getLogger("jieba").setLevel(logging.WARNING)
    _state.end_build()
    themetext.escape_config(config)
    themeenv.list_visible(config.theme)
    _stage(config)
    if _state.cache:
        _state.cache.start()
    root = Path(config.config_file_path).parent
    try:
        settings = Settings.from_extra(root, config.extra, config.site_url or "",
                                       Path(config.config_file_path),
                                       str(config.theme.get("language") or ""))
        if _state.previewing:
            settings = settings.but(allow_drafts=True, previewing=True)
        _state.site = build(settings, Path(config.docs_dir))
        _prepare_cards(settings, _state.site)
    except DataError as error:
        if not _state.serving or _state.last_good is None:
            raise Abort(str(error)) from None
        # Not through the mkdocs logger: under `strict` a logged error would fail the rebuild.
        print(f"ERROR    -  {error}\n  Still serving the last good build.", file=sys.stderr)
        _state.site = _state.last_good
    rebuild = _state.previewing and _state.last_good is not None
    _state.last_good = site = _state.site
    if not any(isinstance(item, EscapedRuns) for item in config.markdown_extensions):
        config.markdown_extensions.append(EscapedRuns())  # data text renders in linear time
    if STYLESHEET not in config.extra_css:
        config.extra_css.append(STYLESHEET)
    if SCRIPT not in [str(script) for script in config.extra_javascript]:
        config.extra_javascript.append(SCRIPT)
    if offline.wanted(config.plugins):
        config.extra["polyfills"] = offline.polyfills(config.extra.get("polyfills") or [])
    _state.collector.freeze(rebuild)
    for note in site.notes:
        log.info(note)
    for warning in site.warnings:
        log.warning(str(warning))
    again = f", {site.rendered} of them rendered again" if _state.previewing else ""
    log.info("generated %d pages from the briefing data%s", len(site.pages), again)
    return config


def _prepare_cards(settings: Settings, site: Site) -> None:
    """What the share cards of this build need: each record page's kind and date."""
    if not settings.share_cards or site.briefing_links is None:  # a hub draws no cards yet
        return
    if reason := cards.missing():
        raise Abort(f"Cannot draw the share images: {reason}.")
    model = site.links.model
    _state.cards.update(facts=cards.page_facts(model), briefing=model.briefing.title,
                  cache=settings.root / settings.import_cache / "cards")


def _stage(config: Any) -> None:
    if not _state.dirty:
        _state.target = Path(config.site_dir)
        # A server's staging folder is made in `on_files`, after MkDocs has emptied it.
        config.site_dir = str(sitedir.prepare(_state.target, make=_state.reuse is None))


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    from briefing.adapter import serving

    _state.serving = True
    serving.keep_serving(server, [config.docs_dir, config.config_file_path, *config.watch])
    return server


def on_files(files: Files, config: Any) -> Files:
    site = _state.built()
    if _state.reuse and _state.target:
        _state.reuse.start(Path(config.site_dir), _state.target)
    written = [file.src_uri for file in files]
    for path, content in {**site.pages, **site.files}.items():
        files.append(File.generated(config, path, content=content))
    if _state.cache:  # what the last build's pages are checked against
        from briefing.adapter import pagecache
        _state.keys.update(written=pagecache.digest(written),
                           all=pagecache.digest(file.src_uri for file in files),
                           config=pagecache.config_key(config))
    if offline.wanted(config.plugins):
        files.append(File.generated(config, offline.SHIM,
                                    content=offline.SHIM_SOURCE.read_bytes()))
    if not config.use_directory_urls:
        _state.page_files.update(offline.page_files(
            (file.src_uri, file.url) for file in files.documentation_pages()))
    return files


def on_nav(nav: Any, config: Any, files: Files) -> Any:
    _state.keys["nav"] = nav
    return nav


def on_pre_page(page: Any, config: Any, files: Files) -> Any:
    if _state.cache:
        _state.cache.read_page(page, meta.get_data)
    return page


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Hand-written pages get their `[[kind/id]]` references resolved, and JSON-LD. The build
    has already warned (with file and line) about the references that resolve to nothing."""
    site, path = _state.built(), page.file.src_uri
    if path in site.pages:
        # A generated page links only to pages the engine made: the same Markdown gives the
        # same HTML whatever else changed, except the hand-written pages.
        _reuse_render(page, markdown, files, "written")
        return markdown
    text = site.finish_page(markdown, path)[0]  # the build has warned about what did not resolve
    _reuse_render(page, text, files, "all")
    return text


def _reuse_render(page: Any, markdown: str, files: Files, files_key: str) -> None:
    if _state.cache:
        keys = _state.keys
        _state.cache.render_page(page, markdown, files, (keys[files_key], keys["config"]))


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """Material prints a front-matter title as it is, but the H1's title through `striptags`,
    which unescapes it: a name such as `</title><script>` would run. MkDocs keeps the H1's text
    HTML-escaped, so handing it over as the front-matter title shows it literally. A hand-written
    page's own front matter is escaped once (themetext.py)."""
    if page.file.src_uri not in _state.built().pages:
        themetext.escape_page_meta(page.meta)
    page.meta.setdefault("title", page.title)
    if _state.cards:  # the share card's address, for the theme's og:image (theme/always/main.html)
        page.meta["briefing_card"] = cards.card_path(page.file.src_uri)
    if _state.page_files:
        return offline.to_files(html, page.file.src_uri, page.file.url, _state.page_files)
    return html


def on_env(env: Any, config: Any, files: Files) -> Any:
    themeenv.set_up(env, config)
    if _state.cache:
        _state.cache.set_up(env, config.plugins, files, _state.keys)
    return pagefind.on_env(env, config)


# Last of all post-page events: a page is written unless its final bytes are already there.
@event_priority(-100)
def on_post_page(output: str, page: Any, config: Any) -> str:
    if _state.cache:
        _state.cache.keep_html(page, output)
    if _state.cards:
        _write_card(page, config)
    reuse = _state.reuse
    if reuse and output.strip() and reuse.unchanged(page.file.dest_uri, _digest(page, output)):
        reuse.skip_page(page.file.src_uri)
        return ""  # MkDocs writes no empty page
    return output


def _digest(page: Any, output: str) -> str:
    """The digest of the bytes MkDocs writes for a page (the last build's, if the same)."""
    from briefing.adapter.sitereuse import page_digest
    return _state.cache.digest(page, output, page_digest) if _state.cache else page_digest(output)


def _write_card(page: Any, config: Any) -> None:
    card = cards.for_page(_state.cards["facts"], page.file.src_uri, page.title or config.site_name,
                          _state.cards["briefing"])
    path = cards.card_path(page.file.src_uri)
    if _state.reuse and _state.reuse.unchanged(path, f"card {card.key()}"):
        return
    target = Path(config.site_dir) / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(cards.cached(card, _state.cards["cache"]))


# Last of all post-build events: the search plugin writes its index into the staging folder
# in its own on_post_build, and the swap must come after every writer.
@event_priority(-100)
def on_post_build(config: Any) -> None:
    pagefind.on_post_build(config)
    if _state.target and _state.reuse:
        _state.reuse.finish()
        _state.reuse.swap_in()
        config.site_dir = str(_state.target)
    elif _state.target:
        sitedir.swap_in(_state.target)
        config.site_dir = str(_state.target)  # `gh-deploy` publishes config.site_dir afterwards
    if _state.cache:
        log.info("reused %d of %d pages from the last build", _state.cache.reused,
                 len(_state.cache.html_key))
        _state.cache.finish()
    _state.end_build()


def on_build_error(error: Exception) -> None:
    if _state.target:
        sitedir.discard(_state.target)
    if _state.reuse:
        _state.reuse.forget()
    _state.end_build()


def on_shutdown() -> None:
    if _state.target:
        sitedir.discard(_state.target)
    if _state.reuse:
        _state.reuse.close()
