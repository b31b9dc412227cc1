"""The MkDocs adapter: moves generated pages into the build. It holds no other logic.

A data error stops `mkdocs build` before anything is written: `on_config` raises `Abort`, and
the build exits non-zero. Under `mkdocs serve`, once a first build has succeeded, a data error
is printed and the last good pages are served again, and any other failed rebuild is reported
while the last good site stays up (`serving.py`). Every build is written to a staging folder
and swapped in at the end (`sitedir.py`), so a killed build leaves the old site whole.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from briefing import pagefind, serving, sitedir
from briefing.engine import SCRIPT, STYLESHEET, Site, build
from briefing.problems import DataError
from briefing.settings import Settings

# What a hooks file imports with `from briefing.mkdocs_hook import *`.
__all__ = ["on_build_error", "on_config", "on_env", "on_files", "on_page_content",
           "on_page_markdown", "on_post_build", "on_serve", "on_shutdown", "on_startup"]

log = get_plugin_logger("briefing")
# Hook modules stay loaded across `mkdocs serve` rebuilds: `_built` is refilled by every
# on_config; `_serving` and `_last_good` must outlive a rebuild.
_built: dict[str, Site] = {}
_last_good: dict[str, Site] = {}
_serving: list[bool] = []
_dirty: list[bool] = []  # `--dirty` updates the site in place, so it is not staged
_target: list[Path] = []  # the site folder this build replaces when it is done


def on_startup(command: str, dirty: bool) -> None:
    _dirty[:] = [dirty]


def on_config(config: Any) -> Any:
    _built.clear()
    _stage(config)
    root = Path(config.config_file_path).parent
    try:
        settings = Settings.from_extra(root, config.extra, config.site_url or "")
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
        log.warning(warning)
    log.info("generated %d pages from the briefing data", len(_built["site"].pages))
    return config


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
    for path, content in {**site.pages, **site.files}.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Hand-written pages get their `[[kind/id]]` references resolved, and JSON-LD."""
    site, path = _built["site"], page.file.src_uri
    if path in site.pages:
        return markdown
    text, missing = site.finish_page(markdown, path)
    for problem in missing:
        log.warning("%s: %s", path, problem)
    return text


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """Material prints a front-matter title as it is, but the H1's title through `striptags`,
    which unescapes it: a name such as `</title><script>` would run. MkDocs keeps the H1's text
    HTML-escaped, so handing it over as the front-matter title shows it literally."""
    page.meta.setdefault("title", page.title)
    return html


def on_env(env: Any, config: Any, files: Files) -> Any:
    return pagefind.on_env(env, config)


# Last of all post-build events: the search plugin writes its index into the staging folder
# in its own on_post_build, and the swap must come after every writer.
@event_priority(-100)
def on_post_build(config: Any) -> None:
    pagefind.on_post_build(config)
    if _target:
        sitedir.swap_in(_target[0])
        config.site_dir = str(_target[0])  # `gh-deploy` publishes config.site_dir afterwards


def on_build_error(error: Exception) -> None:
    if _target:
        sitedir.discard(_target[0])


def on_shutdown() -> None:
    if _target:
        sitedir.discard(_target[0])
