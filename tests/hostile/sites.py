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
        result = mkdocs(project, "build", "--strict", "-d", "site")
        assert result.returncode == 0, f"{case_id}: {result.stderr[-3000:]}"
        _BUILT[case_id] = HostileSite(case, values, project / "site")
    return _BUILT[case_id]
