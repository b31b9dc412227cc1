"""The MkDocs adapter: moves generated pages into the build. It holds no other logic.

A data error stops the build before anything is written: `on_config` raises `Abort`, which
`mkdocs build` reports and exits non-zero on, and which `mkdocs serve` reports while it keeps
serving the last good site.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from briefing.engine import generate
from briefing.problems import DataError
from briefing.settings import Settings

log = get_plugin_logger("briefing")
# Hook modules stay loaded across `mkdocs serve` rebuilds: this is reset by every on_config.
_pages: dict[str, str] = {}


def on_config(config: Any) -> Any:
    _pages.clear()
    root = Path(config.config_file_path).parent
    try:
        _pages.update(generate(Settings.from_extra(root, config.extra)))
    except DataError as error:
        raise Abort(str(error)) from None
    log.info("generated %d pages from the briefing data", len(_pages))
    return config


def on_files(files: Files, config: Any) -> Files:
    for path, markdown in _pages.items():
        if files.get_file_from_path(path) is not None:
            raise Abort(f"docs/{path} would hide the generated page of the same address: "
                        "rename or remove it (or override the template instead)")
        files.append(File.generated(config, path, content=markdown))
    return files
