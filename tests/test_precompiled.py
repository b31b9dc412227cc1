"""The engine's templates ship compiled (pages/precompiled.py): a cold build compiles none of
them, the pages are the same as from their sources, and code that is not current is not used."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import pytest
from jinja2 import Environment

from briefing.core.settings import Settings
from briefing.engine import build
from briefing.pages import precompiled
from briefing.pages.precompiled import PackageTemplates
from briefing.pages.render import environment
from conftest import MINI, ROOT


def briefing(tmp_path: Path, source: Path) -> Path:
    """A copy of a briefing's data and article: its own (empty) cache of compiled templates."""
    for part in ("data", "seeds"):
        shutil.copytree(source / part, tmp_path / source.name / part)
    return tmp_path / source.name


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Names of the templates Jinja compiles from here on, in a fresh environment."""
    names: list[str] = []
    real = Environment.compile

    def counted(self: Environment, source: Any, name: str | None = None, *args: Any,
                **kwargs: Any) -> Any:
        names.append(str(name))
        return real(self, source, name, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", counted)
    environment.cache_clear()
    yield names
    environment.cache_clear()


def test_the_shipped_code_is_what_the_templates_compile_to_now() -> None:
    assert precompiled.generate(environment()) == precompiled.SHIPPED.read_text("utf-8"), \
        "a template changed: run `make templates` to compile the engine's templates again"


def test_a_cold_build_compiles_none_of_the_engines_templates(
        tmp_path: Path, compiled: list[str]) -> None:
    pages = build(Settings(briefing(tmp_path, ROOT))).pages
    assert len(pages) > 80 and compiled == []


def test_the_pages_are_the_same_as_from_the_templates_sources(
        tmp_path: Path, compiled: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(briefing(tmp_path, ROOT))
    shipped = build(settings).pages
    monkeypatch.setattr(precompiled, "shipped", lambda version, options: {})
    environment.cache_clear()
    assert build(settings).pages == shipped
    assert len(compiled) == len(PackageTemplates().list_templates())  # every one compiled


def test_a_template_edited_since_is_compiled_from_its_source(
        tmp_path: Path, compiled: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    real = PackageTemplates.get_source

    def edited(self: PackageTemplates, env: Environment, name: str) -> Any:
        source, filename, uptodate = real(self, env, name)
        return (source + "Edited after `make templates`.\n" if name == "place.md.j2" else source,
                filename, uptodate)

    monkeypatch.setattr(PackageTemplates, "get_source", edited)
    pages = build(Settings(briefing(tmp_path, MINI))).pages
    assert "\nEdited after `make templates`.\n" in pages["places/london.md"]
    assert compiled == ["place.md.j2"]


def test_code_from_another_jinja_or_other_options_is_not_used() -> None:
    options = precompiled.options(environment())
    assert precompiled.shipped(jinja2.__version__, options)  # this Jinja, these options
    assert precompiled.shipped("0.0.1", options) == {}
    assert precompiled.shipped(jinja2.__version__, options + "x") == {}


def test_a_briefings_own_template_is_never_taken_from_the_shipped_code(
        tmp_path: Path, compiled: list[str]) -> None:
    (tmp_path / "place.md.j2").write_text("# Own {{ record.name }}\n", "utf-8")
    pages = build(Settings(briefing(tmp_path, MINI), templates_dir=str(tmp_path))).pages
    assert "\n# Own London\n" in pages["places/london.md"]
    assert compiled == ["place.md.j2"]
