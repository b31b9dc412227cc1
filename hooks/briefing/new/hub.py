"""`briefing hub DIR --import id=URL ...`: a ready-to-build hub, a site made from other
briefings' published indexes. It has no article: `data/hub.yml` lists the briefings."""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefing.new.scaffold import ScaffoldError, _template, _write, engine_requirement, refuse_existing


@dataclass(frozen=True)
class NewHub:
    id: str
    title: str
    imports: dict[str, str]
    engine: str | None = None


def create_hub(target: Path, options: NewHub) -> None:
    refuse_existing(target)
    if not options.imports:
        raise ScaffoldError("a hub needs at least one briefing: --import ID=URL (repeatable)")
    engine = options.engine or engine_requirement()
    values = {"site_name": json.dumps(options.title, ensure_ascii=False), "engine": json.dumps(engine)}
    _write(target / "mkdocs.yml", string.Template(_template("hub-mkdocs.yml.tmpl")).substitute(values))
    _write(target / ".github/workflows/pages.yml",
           string.Template(_template("hub-pages.yml.tmpl")).substitute(values))
    _write(target / "hooks/briefing_hook.py", _template("briefing_hook.py.txt"))
    _write(target / ".gitignore", _template("gitignore"))
    _write(target / "docs" / ".gitkeep", "")
    hub = {"id": options.id, "title": options.title, "imports": dict(options.imports)}
    _write(target / "data/hub.yml",
           "# The hub: the briefings it gathers, by id -> the address of each one's published site.\n"
           + yaml.safe_dump(hub, sort_keys=False, allow_unicode=True, width=100))
