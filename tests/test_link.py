"""Linking without a recipe: `--import` is read at once, relative to where the command runs;
drafted records matching an imported one get the match proposed (listed by the review); one
command adds a briefing to another's imports, in place."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefing.model.build import build_model
from briefing.web import inventory
from conftest import ENGINE, MINI, ROOT

ARTICLE = ROOT / "tests/fixtures/articles/transcript.txt"
KERRY_URL = "https://example.org/kerry/"


def briefing(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], cwd=cwd, text=True,
                          capture_output=True, stdin=subprocess.DEVNULL, timeout=300)


@pytest.fixture(scope="module")
def kerry_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The published files of the Kerry briefing (what its build writes beside the pages)."""
    site = tmp_path_factory.mktemp("published") / "kerry" / "site"
    for name, content in inventory.published_files(build_model(ROOT), KERRY_URL).items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    return site


def new_with_import(tmp_path: Path, address: str) -> subprocess.CompletedProcess[str]:
    return briefing("new", "blinken", "--article", ARTICLE, "--title", "Blinken meets Wang",
                    "--published", "2023-06-18", "--engine", ENGINE,
                    "--import", f"kerry-beijing-2023={address}", cwd=tmp_path)


def test_an_import_is_read_at_once_relative_to_here_and_matches_are_proposed(
        tmp_path: Path, kerry_site: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(kerry_site.parent, work / "kerry")
    missing = new_with_import(work, "kerry/nothing-here")
    assert missing.returncode == 1 and "--import kerry-beijing-2023=" in missing.stderr
    assert "no briefing-index.json" in missing.stderr and not (work / "blinken").exists()
    made = new_with_import(work, "kerry/site")  # relative to the command's folder
    assert made.returncode == 0, made.stderr
    assert "linked: 5 records match one in kerry-beijing-2023" in made.stdout  # Wang, Xi, ...
    data = yaml.safe_load((work / "blinken/data/briefing.yml").read_text(encoding="utf-8"))
    assert data["imports"] == {"kerry-beijing-2023": "../kerry/site"}
    people = {p["id"]: p for p in yaml.safe_load((work / "blinken/data/people.yml").read_text())}
    wang = people["wang-yi"]
    assert wang["same_as"] == ["kerry-beijing-2023:people/wang-yi"] and wang["draft"] is True
    assert "“Wang Yi” in kerry-beijing-2023 (people/wang-yi)" in wang["uncertain"]["same_as"]
    assert "same_as" not in people["antony-blinken"]
    items = json.loads(briefing("--root", "blinken", "review", "--json", cwd=work).stdout)
    matches = {(item["ref"], item["field"]) for item in items if item["category"] == "match"}
    assert {("people/wang-yi", "same_as"), ("people/xi", "same_as"), ("people/xi", "wikidata"),
            ("places/beijing", "same_as")} <= matches
    # The import now resolves from the new folder, wherever the command runs.
    assert briefing("--root", work / "blinken", "validate", "--allow-drafts", cwd=tmp_path).returncode == 0


def test_one_command_adds_a_briefing_to_another_s_imports(tmp_path: Path, kerry_site: Path) -> None:
    mini = tmp_path / "mini"
    shutil.copytree(MINI, mini)
    original = (mini / "data/briefing.yml").read_text(encoding="utf-8")
    failed = briefing("--root", mini, "import", "kerry-beijing-2023=no/such/site", cwd=tmp_path)
    assert failed.returncode == 1 and "no briefing-index.json" in failed.stderr
    assert (mini / "data/briefing.yml").read_text(encoding="utf-8") == original
    shutil.copytree(kerry_site, tmp_path / "kerry-site")
    added = briefing("--root", mini, "import", "kerry-beijing-2023=kerry-site", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    assert "imports kerry-beijing-2023: John Kerry" in added.stdout
    text = (mini / "data/briefing.yml").read_text(encoding="utf-8")
    assert text == original + 'imports:\n  kerry-beijing-2023: "../kerry-site"\n'
    second = briefing("--root", mini, "import", "kerry-beijing-2023=kerry-site", cwd=tmp_path)
    assert second.returncode == 1 and "already has kerry-beijing-2023" in second.stderr
    assert briefing("--root", mini, "validate", cwd=tmp_path).returncode == 0
