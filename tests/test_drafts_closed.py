"""Drafts fail closed: every build that can publish refuses a record still marked `draft: true`
unless mkdocs.yml says `allow_drafts: true`; `mkdocs serve` shows them; a yes/no setting
takes only yes/no words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing.core.problems import DataError
from briefing.core.settings import Settings, read_mkdocs_yml
from conftest import MINI, mkdocs, site_project
from test_publish import git
from test_serve import Server, wait_for


def with_settings(folder: Path, *lines: str) -> Path:
    """mkdocs.yml in `folder` with these lines under `extra.briefing`."""
    config = folder / "mkdocs.yml"
    config.write_text("site_name: t\nextra:\n  briefing:\n"
                      + "".join(f"    {line}\n" for line in lines), encoding="utf-8")
    return config


def settings(folder: Path, *lines: str) -> Settings:
    config = with_settings(folder, *lines)
    return Settings.from_extra(folder, read_mkdocs_yml(config).get("extra"), "", config)


@pytest.mark.parametrize("value", ["ture", "y", "enabled", "'nope'", "2", "!ENV [NOT_SET_ANYWHERE]",
                                   "!ENV [BRIEFING_TEST_FLAG, false]"])
def test_a_yes_no_setting_takes_only_yes_no_words(tmp_path: Path, value: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_TEST_FLAG", "enabled")
    with pytest.raises(DataError) as raised:
        settings(tmp_path, "data_dir: data", f"allow_drafts: {value}")
    (problem,) = raised.value.problems
    assert (problem.file, problem.line, problem.field) == ("mkdocs.yml", 5, "extra.briefing.allow_drafts")
    assert "expected a yes/no word" in problem.message


@pytest.mark.parametrize(("value", "allowed"), [("true", True), ("yes", True), ("on", True),
                                                ("'True'", True), ("false", False), ("no", False),
                                                ("off", False), ("'0'", False)])
def test_the_documented_words_are_read(tmp_path: Path, value: str, allowed: bool) -> None:
    assert settings(tmp_path, f"allow_drafts: {value}").allow_drafts is allowed
    assert settings(tmp_path, f"offline: {value}").offline is allowed


def test_drafts_are_refused_by_default_and_refuse_drafts_still_works_with_a_note(tmp_path: Path) -> None:
    assert settings(tmp_path).allow_drafts is False
    old_way = settings(tmp_path, "refuse_drafts: false")
    assert old_way.allow_drafts is True and "refuse_drafts is deprecated" in old_way.notes[0]
    assert settings(tmp_path, "refuse_drafts: true").allow_drafts is False
    both = settings(tmp_path, "allow_drafts: true", "refuse_drafts: false")
    assert both.allow_drafts is False and "drafts are refused" in both.notes[0]


def drafted_mini(tmp_path: Path) -> Path:
    project = site_project(tmp_path, MINI)
    people = project / "data/people.yml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        "  paragraphs: [1]\n", "  paragraphs: [1]\n  draft: true\n", 1), encoding="utf-8")
    return project


def briefing(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", "--root", str(project), *args],
                          text=True, capture_output=True, timeout=300)


def test_validate_and_generate_refuse_drafts_unless_told(tmp_path: Path) -> None:
    project = drafted_mini(tmp_path)
    refused = briefing(project, "validate")
    assert refused.returncode == 1 and "ok:" not in refused.stdout
    assert "people.yml:11, record 'charles-babbage', field 'draft': still a draft" in refused.stderr
    allowed = briefing(project, "validate", "--allow-drafts")
    assert allowed.returncode == 0 and "1 drafts, not yet checked" in allowed.stdout
    assert briefing(project, "generate", str(tmp_path / "out")).returncode == 1
    assert not (tmp_path / "out").exists()
    assert briefing(project, "generate", "--allow-drafts", str(tmp_path / "out")).returncode == 0
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "    seeds_dir: seeds\n", "    seeds_dir: seeds\n    allow_drafts: true\n"), encoding="utf-8")
    assert briefing(project, "validate").returncode == 0


def test_build_and_gh_deploy_refuse_drafts_and_the_opt_in_publishes_them(tmp_path: Path) -> None:
    project = drafted_mini(tmp_path)
    built = mkdocs(project, "build", "--strict", "-d", "site")
    assert built.returncode == 1 and "record 'charles-babbage', field 'draft'" in built.stdout + built.stderr
    assert not (project / "site").exists()
    remote = tmp_path / "remote.git"
    git("init", "-q", "--bare", remote)
    git("init", "-q", "-b", "main", cwd=project)
    git("add", ".", cwd=project)
    git("commit", "-q", "-m", "A draft", cwd=project)
    git("remote", "add", "origin", remote, cwd=project)
    deployed = mkdocs(project, "gh-deploy", "--force")
    assert deployed.returncode == 1 and "still a draft" in deployed.stdout + deployed.stderr
    assert "gh-pages" not in git("--git-dir", remote, "branch")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "    seeds_dir: seeds\n", "    seeds_dir: seeds\n    allow_drafts: true\n"), encoding="utf-8")
    assert mkdocs(project, "build", "--strict", "-d", "site").returncode == 0
    page = (project / "site/people/charles-babbage/index.html").read_text(encoding="utf-8")
    assert "Draft: not yet checked" in page


@pytest.mark.build
def test_serve_shows_the_drafts(tmp_path: Path) -> None:
    running = Server(drafted_mini(tmp_path))
    try:
        wait_for(lambda: "Draft: not yet checked" in running.page("people/charles-babbage/"),
                 "the draft page under mkdocs serve")
    finally:
        running.stop()
