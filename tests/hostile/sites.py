"""Hostile sites, each built once per test session with a real `mkdocs build --strict`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import mkdocs, site_project
from hostile.fields import write_hostile_briefing

PAYLOADS_FILE = Path(__file__).resolve().parent / "payloads.yml"


@dataclass(frozen=True)
class Case:
    id: str
    payload: str
    only: list[str] | None  # the fields it fills, if not all


@dataclass(frozen=True)
class HostileSite:
    case: Case
    values: dict[str, str]  # field ("file:path", or "article") -> the text written into it
    site: Path
    theme: dict[str, str]  # text the theme prints only in <head> (meta tags) -> its value


# What the site's own author writes and the theme prints: mkdocs.yml's names (`briefing new
# --title` writes site_name) and a hand-written page's front matter. (field, shown in the body)
THEME_FIELDS = {"mkdocs.yml:site_name": True, "mkdocs.yml:site_description": False,
                "mkdocs.yml:site_author": False, "docs/hostile.md:title": True,
                "docs/hostile.md:description": False}


def cases() -> dict[str, Case]:
    """The corpus of payloads.yml, by case id."""
    entries = yaml.safe_load(PAYLOADS_FILE.read_text("utf-8"))
    return {entry["id"]: Case(entry["id"], _text(entry), entry.get("only")) for entry in entries}


def _text(entry: dict[str, Any]) -> str:
    if "repeat" not in entry:
        return str(entry["text"])
    unit, length = str(entry["text"]), int(entry["repeat"])
    return (unit * (length // len(unit) + 1))[:length]


_BUILT: dict[str, HostileSite] = {}


def hostile_site(case_id: str, factory: pytest.TempPathFactory) -> HostileSite:
    """The site of one hostile case: built on first use, then shared by every test."""
    if case_id not in _BUILT:
        case = cases()[case_id]
        folder = factory.mktemp(f"hostile-{case_id}")
        values = write_hostile_briefing(folder / "briefing", case.payload, case.only)
        project = site_project(folder, folder / "briefing")
        theme = write_theme_text(project, case.payload, case.only)
        values.update({field: value for field, value in theme.items() if THEME_FIELDS[field]})
        result = mkdocs(project, "build", "--strict", "-d", "site")
        assert result.returncode == 0, f"{case_id}: {result.stderr[-3000:]}"
        _BUILT[case_id] = HostileSite(case, values, project / "site", theme)
    return _BUILT[case_id]


def write_theme_text(project: Path, payload: str, only: list[str] | None) -> dict[str, str]:
    """The payload in mkdocs.yml's names and in a hand-written page's front matter."""
    values = {field: f"{field}: {payload}" for field in THEME_FIELDS
              if only is None or field in only}
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    for field, value in values.items():
        file, name = field.split(":")
        line = yaml.safe_dump({name: value}, allow_unicode=True, width=1_000_000).strip()
        if file == "mkdocs.yml":
            lines = [kept for kept in config.splitlines() if not kept.startswith(f"{name}:")]
            config = "\n".join([line, *lines]) + "\n"
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    front = {name.split(":")[1]: value for name, value in values.items()
             if name.startswith("docs/")}
    (project / "docs/hostile.md").write_text(
        f"---\n{yaml.safe_dump(front, allow_unicode=True, width=1_000_000)}---\n\nWritten by hand.\n",
        encoding="utf-8")
    return values
