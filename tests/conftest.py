"""Shared fixtures: a small valid briefing to break, and real MkDocs builds in tmp folders."""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"
BIN = Path(sys.executable).parent
# What `briefing new --engine` is given where a test only builds with this venv's engine (this
# checkout has no remote to name; tests/test_engine_install.py installs from one for real).
ENGINE = "briefing-site @ git+https://github.com/example/briefing-site@" + "0" * 40


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of the small test briefing, free to edit."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


def site_project(tmp_path: Path, briefing: Path = ROOT, name: str = "project") -> Path:
    """A folder holding a briefing's data with this repository's mkdocs.yml, docs and hooks."""
    project = tmp_path / name
    project.mkdir()
    for part in ("mkdocs.yml", "docs", "hooks"):
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, project / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, project / part)
    for part in ("data", "seeds"):
        shutil.copytree(briefing / part, project / part)
    return project


def mkdocs(project: Path, *args: str,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run([str(BIN / "mkdocs"), *args], cwd=project, env=env, text=True,
                          capture_output=True, timeout=600)


def pagefind_site(tmp_path: Path, briefing: Path = ROOT) -> Path:
    """A project of `briefing` told to search with Pagefind, built strictly into `site/`."""
    project = site_project(tmp_path, briefing)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n  briefing:\n" in text
    config.write_text(text.replace("\n  briefing:\n", "\n  briefing:\n    search: pagefind\n", 1),
                      encoding="utf-8")
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    return project


def allow_drafts(project: Path) -> Path:
    """A briefing `briefing new` made, told to publish its drafts (its mkdocs.yml refuses them)."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "    allow_drafts: false\n" in text
    config.write_text(text.replace("    allow_drafts: false\n", "    allow_drafts: true\n"),
                      encoding="utf-8")
    return project


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed briefing built once with `mkdocs build --strict`; returns the site folder."""
    project = site_project(tmp_path_factory.mktemp("seed"))
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    return project / "site"


# Fixtures that run a real `mkdocs build` or `serve` (directly or through another fixture).
_BUILDING_FIXTURES = {"seed_site", "seen", "server", "first_url", "second_site",
                      "project_and_server"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `build` every test that runs MkDocs, so that `make test-fast` can leave them out."""
    for item in items:
        function = getattr(item, "function", None)
        source = inspect.getsource(function) if function is not None else ""
        if _BUILDING_FIXTURES & set(getattr(item, "fixturenames", ())) or "mkdocs(" in source \
                or "site_project(" in source:
            item.add_marker(pytest.mark.build)
