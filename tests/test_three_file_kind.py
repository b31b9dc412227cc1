"""A kind is three files: its schema, its declaration and its template. Everything else (index
page, home page, JSON-LD, page description, the name a reader sees, the published index)
follows from the declaration or a generic fallback: tests/fixtures/kind/ adds "pledges" with
nothing but those three files (and its data), and a strict site builds with it."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing.core import kinds
from briefing.core.settings import Settings
from briefing.engine import build
from conftest import ROOT, mkdocs, site_project
from sitecheck import main_text, page

KIND = ROOT / "tests" / "fixtures" / "kind"


def declare() -> None:
    """Run the declaration file the way MkDocs loads a hook file: by path, its folder on
    sys.path while it loads."""
    spec = importlib.util.spec_from_file_location("pledge_kind", KIND / "pledge_kind.py")
    assert spec is not None and spec.loader is not None
    sys.path.insert(0, str(KIND))
    try:
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    finally:
        sys.path.remove(str(KIND))


@pytest.fixture
def pledges(mini: Path) -> Iterator[Path]:
    """The mini briefing with a pledge, the kind declared for this test only."""
    shutil.copy(KIND / "pledges.yml", mini / "data" / "pledges.yml")
    declare()
    try:
        yield mini
    finally:
        kinds.unregister("pledges")


def test_the_kind_builds_every_page_from_its_declaration(pledges: Path) -> None:
    site = build(Settings(pledges, templates_dir=str(KIND / "templates")))
    pledge = site.pages["pledges/second-engine.md"]
    assert "# Build a second engine" in pledge
    assert ("**Pledged by:** [Charles Babbage](../people/charles-babbage.md), "
            "[Ada Lovelace](../people/ada-lovelace.md)") in pledge
    assert 'description: "Build a second engine. They promised to build another engine."' in pledge
    node = _jsonld(pledge)
    assert (node["@type"], node["description"]) == ("Action", "They promised to build another engine.")
    assert [item["name"] for item in node["mentions"]] == [
        "Charles Babbage", "Ada Lovelace", "Lovelace meets Babbage"]
    assert "- [Build a second engine](second-engine.md)\n" in site.pages["pledges/index.md"]
    assert "- [Pledges](pledges/index.md): 1\n" in site.pages["index.md"]
    index = json.loads(site.files["briefing-index.json"])
    assert {"kind": "pledges", "id": "second-engine", "url": "pledges/second-engine/"}.items() <= \
        next(r for r in index["records"] if r["kind"] == "pledges").items()


def test_a_declaration_may_run_twice_but_never_replaces_a_built_in(
        pledges: Path) -> None:
    declare()  # a hook file loaded a second time in the same process
    assert list(kinds.KINDS).count("pledges") == 1
    assert build(Settings(pledges, templates_dir=str(KIND / "templates"))).pages[
        "pledges/second-engine.md"]
    with pytest.raises(ValueError, match="built-in"):
        kinds.register(kinds.Kind("people", kinds.MODELS["pledges"], "x", "X", "pledge.md.j2",
                                  "Thing"))
    with pytest.raises(ValueError, match="built-in"):
        kinds.unregister("people")


def test_without_the_declaration_the_data_file_is_refused(mini: Path) -> None:
    shutil.copy(KIND / "pledges.yml", mini / "data" / "pledges.yml")
    with pytest.raises(Exception, match="unknown kind of data file 'pledges.yml'"):
        build(Settings(mini))


def _jsonld(markdown: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/ld\+json">\n(.*?)\n</script>', markdown, re.S)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def test_a_strict_site_builds_with_the_kind(tmp_path: Path, mini: Path) -> None:
    shutil.copy(KIND / "pledges.yml", mini / "data" / "pledges.yml")
    project = site_project(tmp_path, mini)
    shutil.copytree(KIND, project / "kind", ignore=shutil.ignore_patterns("*.yml", "__pycache__"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("  - hooks/briefing_hook.py\n",
                        "  - hooks/briefing_hook.py\n  - kind/pledge_kind.py\n")
    text = text.replace("    seeds_dir: seeds\n", "    seeds_dir: seeds\n    templates_dir: kind/templates\n")
    config.write_text(text, encoding="utf-8")
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert "They promised to build another engine." in main_text(site, "pledges/second-engine")
    assert "../../people/ada-lovelace/" in page(site, "pledges/second-engine").links
    assert "Build a second engine" in main_text(site, "pledges")
    assert "pledges/" in page(site, "").links
