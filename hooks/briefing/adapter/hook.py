"""The MkDocs adapter: moves generated pages into the build. It holds no other logic.

A data error stops `mkdocs build` before anything is written: `on_config` raises `Abort`, and
the build exits non-zero. Under `mkdocs serve`, once a first build has succeeded, a data error
is printed and the last good pages are served again, and any other failed rebuild is reported
while the last good site stays up (`serving.py`). Every build is written to a staging folder
and swapped in at the end (`sitedir.py`), so a killed build leaves the old site whole.
"""

from __future__ import annotations

import gc
import hashlib
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, DictLoader, FileSystemBytecodeCache, FileSystemLoader
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from briefing.adapter import offline, pagecache, pagefind, serving, sitedir, themetext
from briefing.core.problems import DataError
from briefing.core.settings import Settings
from briefing.engine import SCRIPT, STYLESHEET, Site, build
from briefing.pages import cards

# What a hooks file imports with `from briefing.mkdocs_hook import *`, which re-exports these.
__all__ = ["on_build_error", "on_config", "on_env", "on_files", "on_page_content",
           "on_nav", "on_page_markdown", "on_post_build", "on_post_page", "on_serve", "on_shutdown",
           "on_startup"]

log = get_plugin_logger("briefing")
THEME_ALWAYS = Path(__file__).parent / "theme" / "always"
# Hook modules stay loaded across `mkdocs serve` rebuilds: `_built` is refilled by every
# on_config; `_serving` and `_last_good` must outlive a rebuild.
_built: dict[str, Site] = {}
_last_good: dict[str, Site] = {}
_serving: list[bool] = []
_dirty: list[bool] = []  # `--dirty` updates the site in place, so it is not staged
_previewing: list[bool] = []  # `mkdocs serve` publishes nothing: it shows the drafts
_target: list[Path] = []  # the site folder this build replaces when it is done
# Under `mkdocs serve` only: the last build's pages, reused where their inputs are the same.
_cache: list[pagecache.PageCache] = []
_keys: dict[str, Any] = {}  # this build's fingerprints of what every page depends on
# A build without directory URLs (the offline copy): directory-style address -> page file.
_page_files: dict[str, str] = {}
# Share cards of this build: each record page's (kind, date), the briefing's title, the cache.
_cards: dict[str, Any] = {}
# Compiled theme templates on disk (Jinja checks each against its source): a build skips
# compiling Material's templates again.
_BYTECODE = FileSystemBytecodeCache()


def on_startup(command: str, dirty: bool) -> None:
    _dirty[:] = [dirty]
    _previewing[:] = [command == "serve"]
    _cache[:] = [pagecache.PageCache()] if command == "serve" and not dirty else []


def on_config(config: Any) -> Any:
    gc.unfreeze()
    _built.clear()
    themetext.escape_config(config)
    _stage(config)
    for cache in _cache:
        cache.start()
    root = Path(config.config_file_path).parent
    try:
        settings = Settings.from_extra(root, config.extra, config.site_url or "",
                                       Path(config.config_file_path),
                                       str(config.theme.get("language") or ""))
        if any(_previewing):
            settings = replace(settings, allow_drafts=True)
        _built["site"] = build(settings, Path(config.docs_dir))
        _prepare_cards(settings, _built["site"])
    except DataError as error:
        if not _serving:
            raise Abort(str(error)) from None
        # Not through the mkdocs logger: under `strict` a logged error would fail the rebuild.
        print(f"ERROR    -  {error}\n  Still serving the last good build.", file=sys.stderr)
        _built.update(_last_good)
    _last_good.update(_built)
    if STYLESHEET not in config.extra_css:
        config.extra_css.append(STYLESHEET)
    if SCRIPT not in [str(script) for script in config.extra_javascript]:
        config.extra_javascript.append(SCRIPT)
    if offline.wanted(config.plugins):
        config.extra["polyfills"] = offline.polyfills(config.extra.get("polyfills") or [])
    _freeze()
    for note in _built["site"].notes:
        log.info(note)
    for warning in _built["site"].warnings:
        log.warning(str(warning))
    log.info("generated %d pages from the briefing data", len(_built["site"].pages))
    return config


def _prepare_cards(settings: Settings, site: Site) -> None:
    """What the share cards of this build need: each record page's kind and date."""
    _cards.clear()
    if not settings.share_cards or site.briefing_links is None:  # a hub draws no cards yet
        return
    if reason := cards.missing():
        raise Abort(f"Cannot draw the share images: {reason}.")
    model = site.links.model
    _cards.update(facts=cards.page_facts(model), briefing=model.briefing.title,
                  cache=settings.root / settings.import_cache / "cards")


def _freeze() -> None:
    """The engine's model and pages live through the whole MkDocs build: moved out of reach
    of the cyclic garbage collector, they are not scanned again at every collection of the
    oldest generation (reference counting still frees them). The next build thaws them.
    Measured at 1,000 pages: 6 % less CPU for the whole build."""
    gc.freeze()


def _stage(config: Any) -> None:
    _target.clear()
    if not any(_dirty):
        _target.append(Path(config.site_dir))
        config.site_dir = str(sitedir.prepare(_target[0]))


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    _serving.append(True)
    serving.keep_serving(server, [config.docs_dir, config.config_file_path, *config.watch])
    return server


def on_files(files: Files, config: Any) -> Files:
    site = _built["site"]
    written = [file.src_uri for file in files]
    for path, content in {**site.pages, **site.files}.items():
        files.append(File.generated(config, path, content=content))
    _keys.update(written=_digest(written), all=_digest(file.src_uri for file in files),
                 config=_config_key(config))
    _page_files.clear()
    if offline.wanted(config.plugins):
        files.append(File.generated(config, offline.SHIM,
                                    content=offline.SHIM_SOURCE.read_bytes()))
    if not config.use_directory_urls:
        _page_files.update(offline.page_files(
            (file.src_uri, file.url) for file in files.documentation_pages()))
    return files


def _digest(lines: Any) -> str:
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()


def _config_key(config: Any) -> str:
    """What every page's HTML depends on besides the page and the navigation: the settings
    (Markdown extensions included) and the theme's own override templates."""
    text = Path(config.config_file_path).read_bytes().decode("utf-8", "replace")
    custom = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    overrides = [f"{path} {path.stat().st_mtime_ns}" for path in custom.rglob("*")
                 if path.is_file()] if custom else []
    return _digest([text, config.site_url or "", *config.extra_css,
                    *[str(script) for script in config.extra_javascript], *overrides])


def on_nav(nav: Any, config: Any, files: Files) -> Any:
    _keys["nav"] = nav
    return nav


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Hand-written pages get their `[[kind/id]]` references resolved, and JSON-LD. The build
    has already warned (with file and line) about the references that resolve to nothing."""
    site, path = _built["site"], page.file.src_uri
    if path in site.pages:
        # A generated page links only to pages the engine made: the same Markdown gives the
        # same HTML whatever else changed, except the hand-written pages.
        _reuse_render(page, markdown, files, (_keys["written"], _keys["config"]))
        return markdown
    text = site.finish_page(markdown, path)[0]  # the build has warned about what did not resolve
    _reuse_render(page, text, files, (_keys["all"], _keys["config"]))
    return text


def _reuse_render(page: Any, markdown: str, files: Files, files_key: tuple[str, str]) -> None:
    for cache in _cache:
        cache.render_page(page, markdown, files, files_key)


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """Material prints a front-matter title as it is, but the H1's title through `striptags`,
    which unescapes it: a name such as `</title><script>` would run. MkDocs keeps the H1's text
    HTML-escaped, so handing it over as the front-matter title shows it literally. A hand-written
    page's own front matter is escaped once (themetext.py)."""
    if page.file.src_uri not in _built["site"].pages:
        themetext.escape_page_meta(page.meta)
    page.meta.setdefault("title", page.title)
    if _cards:  # the share card's address, for the theme's og:image (theme/always/main.html)
        page.meta["briefing_card"] = cards.card_path(page.file.src_uri)
    if _page_files:
        return offline.to_files(html, page.file.src_uri, page.file.url, _page_files)
    return html


def on_env(env: Any, config: Any, files: Files) -> Any:
    # The engine's theme override (Open Graph and Twitter tags in main.html) comes first.
    env.loader = ChoiceLoader([FileSystemLoader(str(THEME_ALWAYS)), env.loader])
    env.bytecode_cache = _BYTECODE
    for cache in _cache:
        cache.choose_templates(files, (pagecache.nav_key(_keys["nav"].items), _keys["config"]))
        env.loader = ChoiceLoader([DictLoader({pagecache.CACHED_TEMPLATE:
                                               pagecache.CACHED_SOURCE}), env.loader])
        for plugin in config.plugins.values():
            index = getattr(plugin, "search_index", None)
            if index is not None:
                index.add_entry_from_context = cache.cached_search(
                    index.add_entry_from_context, index, _keys["config"])
    return pagefind.on_env(env, config)


def on_post_page(output: str, page: Any, config: Any) -> str:
    for cache in _cache:
        cache.keep_html(page, output)
    if _cards:
        card = cards.for_page(_cards["facts"], page.file.src_uri, page.title or config.site_name,
                              _cards["briefing"])
        target = Path(config.site_dir) / cards.card_path(page.file.src_uri)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(cards.cached(card, _cards["cache"]))
    return output


# Last of all post-build events: the search plugin writes its index into the staging folder
# in its own on_post_build, and the swap must come after every writer.
@event_priority(-100)
def on_post_build(config: Any) -> None:
    pagefind.on_post_build(config)
    if _target:
        sitedir.swap_in(_target[0], remove_later=bool(_cache))
        config.site_dir = str(_target[0])  # `gh-deploy` publishes config.site_dir afterwards
    for cache in _cache:
        log.info("reused %d of %d pages from the last build", cache.reused, len(cache.html_key))
        cache.finish()


def on_build_error(error: Exception) -> None:
    if _target:
        sitedir.discard(_target[0])


def on_shutdown() -> None:
    if _target:
        sitedir.discard(_target[0])
