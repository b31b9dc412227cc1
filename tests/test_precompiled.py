"""The engine's templates ship compiled (pages/precompiled.py): a cold build compiles none of
them, the pages are the same as from their sources, and code that is not current is not used."""

from __future__ import annotations

import marshal
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


@pytest.fixture
def code_compiled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[str]]:
    """File names of the shipped templates' code compiled from here on (not taken from the
    installed bytecode, which is written to `tmp_path`), in a fresh environment."""
    names: list[str] = []

    def counted(source: str, filename: str, mode: str) -> Any:
        names.append(Path(filename).name)
        return compile(source, filename, mode)

    monkeypatch.setattr(precompiled, "compile", counted, raising=False)
    monkeypatch.setattr(precompiled, "BYTECODE", tmp_path / "__pycache__" / "templates.bin")
    precompiled.installed_bytecode.cache_clear()
    environment.cache_clear()
    yield names
    precompiled.installed_bytecode.cache_clear()
    environment.cache_clear()


def test_with_the_installed_bytecode_a_cold_build_compiles_no_templates_code(
        tmp_path: Path, code_compiled: list[str]) -> None:
    settings = Settings(briefing(tmp_path, ROOT))
    from_code = build(settings).pages
    assert len(code_compiled) == len(PackageTemplates().list_templates())
    precompiled.write_bytecode(environment())  # what `make install` runs
    code_compiled.clear()
    environment.cache_clear()
    assert build(settings).pages == from_code
    assert code_compiled == []


def test_bytecode_of_other_code_another_place_or_another_python_is_not_used(
        tmp_path: Path, code_compiled: list[str]) -> None:
    precompiled.write_bytecode(environment())
    magic, installed = marshal.loads(precompiled.BYTECODE.read_bytes())
    filename, code_digest, code = installed["place.md.j2"]
    installed["place.md.j2"] = (filename, code_digest[::-1], code)
    installed["person.md.j2"] = ("/elsewhere/person.md.j2", *installed["person.md.j2"][1:])
    precompiled.BYTECODE.write_bytes(marshal.dumps((magic, installed)))
    precompiled.installed_bytecode.cache_clear()
    code_compiled.clear()  # write_bytecode's own
    build(Settings(briefing(tmp_path, MINI)))
    assert sorted(code_compiled) == ["person.md.j2", "place.md.j2"]
    for written_by_another in (marshal.dumps((b"\0\0\r\n", installed)), b"not marshal data"):
        precompiled.BYTECODE.write_bytes(written_by_another)
        precompiled.installed_bytecode.cache_clear()
        environment.cache_clear()
        code_compiled.clear()
        build(Settings(briefing(tmp_path / "again", MINI)))
        assert len(code_compiled) > 5  # every template the mini briefing renders
        tmp_path = tmp_path / "again"
