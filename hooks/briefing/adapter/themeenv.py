"""The theme's Jinja environment as the adapter sets it up: the engine's override first.

The engine's `theme/always/main.html` (Open Graph and Twitter tags) extends the briefing's own
`custom_dir/main.html` when there is one (which extends Material's base.html), else base.html:
both overrides apply. Compiled theme templates are kept on disk in the project's cache folder
(Jinja checks each against its source), so a build skips compiling Material's templates again.
"""

from __future__ import annotations

import functools
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
