"""The MkDocs adapter: moves generated pages into the build. It holds no other logic.

A data error stops `mkdocs build` before anything is written: `on_config` raises `Abort`, and
the build exits non-zero. Under `mkdocs serve`, once a first build has succeeded, a data error
is printed and the last good pages are served again: MkDocs' own server would otherwise hold
every page request until the error is fixed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from briefing import pagefind
from briefing.engine import SCRIPT, STYLESHEET, Site, build
from briefing.problems import DataError
from briefing.settings import Settings

# What a hooks file imports with `from briefing.mkdocs_hook import *`.
__all__ = ["on_config", "on_env", "on_files", "on_page_content", "on_page_markdown",
           "on_post_build", "on_serve"]

log = get_plugin_logger("briefing")
# Hook modules stay loaded across `mkdocs serve` rebuilds: `_built` is refilled by every
# on_config; `_serving` and `_last_good` must outlive a rebuild.
_built: dict[str, Site] = {}
_last_good: dict[str, Site] = {}
_serving: list[bool] = []


def on_config(config: Any) -> Any:
    _built.clear()
    root = Path(config.config_file_path).parent
    try:
        settings = Settings.from_extra(root, config.extra, config.site_url or "",
                                       Path(config.config_file_path))
        _built["site"] = build(settings, Path(config.docs_dir))
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
    for note in _built["site"].notes:
        log.info(note)
    for warning in _built["site"].warnings:
        log.warning(str(warning))
    log.info("generated %d pages from the briefing data", len(_built["site"].pages))
    return config


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    _serving.append(True)
    return server


def on_files(files: Files, config: Any) -> Files:
    site = _built["site"]
    for path, content in {**site.pages, **site.files}.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Hand-written pages get their `[[kind/id]]` references resolved, and JSON-LD. The build
    has already warned (with file and line) about the references that resolve to nothing."""
    site, path = _built["site"], page.file.src_uri
    if path in site.pages:
        return markdown
    return site.finish_page(markdown, path)[0]


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """Material prints a front-matter title as it is, but the H1's title through `striptags`,
    which unescapes it: a name such as `</title><script>` would run. MkDocs keeps the H1's text
    HTML-escaped, so handing it over as the front-matter title shows it literally."""
    page.meta.setdefault("title", page.title)
    return html


def on_env(env: Any, config: Any, files: Files) -> Any:
    return pagefind.on_env(env, config)


def on_post_build(config: Any) -> None:
    pagefind.on_post_build(config)
