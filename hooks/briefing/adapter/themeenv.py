"""The theme's Jinja environment as the adapter sets it up: the engine's override first.

The engine's `theme/always/main.html` (Open Graph and Twitter tags) extends the briefing's own
`custom_dir/main.html` when there is one (which extends Material's base.html), else base.html:
both overrides apply. Compiled theme templates are kept on disk in the project's cache folder
(Jinja checks each against its source), so a build skips compiling Material's templates again.

MkDocs lists every file of the theme's folders at every build, to copy the static ones, and drops
any whose path has a part starting with a dot (`files.add_files_from_theme`: patterns `.*` and
`*/.*`). Material's folder holds 14,348 icons under `.icons/` (read by its emoji extension, not
copied): listed and matched against the patterns, they cost 0.15-0.2 s of every rebuild. The
theme's loader here does not go into folders starting with a dot, nor list files starting with
one: MkDocs is handed the same files to copy, without walking the icons.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, FunctionLoader

from briefing.pages import bytecode

THEME_ALWAYS = Path(__file__).parent / "theme" / "always"
PARENT_MAIN = "briefing-parent-main.html"


def parent_main(custom_dir: str | None, name: str) -> tuple[str, str | None, Any] | None:
    """What the engine's main.html extends: the briefing's own `custom_dir/main.html`, else
    base.html itself."""
    if name != PARENT_MAIN:
        return None
    own = Path(custom_dir) / "main.html" if custom_dir else None
    if own is not None and own.is_file():
        mtime = own.stat().st_mtime_ns
        return (own.read_text(encoding="utf-8"), str(own),
                lambda: own.is_file() and own.stat().st_mtime_ns == mtime)
    return '{% extends "base.html" %}', None, lambda: True


def set_up(env: Any, config: Any) -> None:
    env.loader = ChoiceLoader([FileSystemLoader(str(THEME_ALWAYS)),
                               FunctionLoader(functools.partial(parent_main,
                                                                config.theme.custom_dir)),
                               env.loader])
    # In the project's cache folder, not the machine's shared one.
    env.bytecode_cache = bytecode.ProjectBytecodeCache(Path(config.config_file_path).parent, env)


class VisibleFiles(FileSystemLoader):
    """The theme's folders, listing only what no part of whose path starts with a dot."""

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for searchpath in self.searchpath:
            for folder, folders, names in os.walk(searchpath, followlinks=self.followlinks):
                folders[:] = [name for name in folders if not name.startswith(".")]
                relative = os.path.relpath(folder, searchpath).replace(os.path.sep, "/")
                prefix = "" if relative == "." else f"{relative}/"
                found.update(prefix + name for name in names if not name.startswith("."))
        return sorted(found)


def list_visible(theme: Any) -> None:
    """Make the theme's environments (one per build) list their files with `VisibleFiles`."""
    make = theme.get_env
    if getattr(make, "visible_only", False):
        return

    def get_env() -> Any:
        env = make()
        env.loader = VisibleFiles(env.loader.searchpath)
        return env
    get_env.visible_only = True  # type: ignore[attr-defined]
    theme.get_env = get_env
