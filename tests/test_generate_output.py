"""`briefing generate OUT` replaces only what it made: a new or empty folder, or one holding the
marker an earlier run wrote; never the project, an ancestor, the data, seeds or docs, the home
folder or the root, nor a symlink; what a killed run left beside OUT is cleaned by the next."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli.output import MARKER, clean_leftovers, write_pages
from conftest import MINI


def generate(project: Path, out: str, cwd: Path | None = None,
             home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **({"HOME": str(home)} if home else {})}
    return subprocess.run([sys.executable, "-m", "briefing", "--root", str(project), "generate",
                           out], capture_output=True, text=True, cwd=cwd or project, env=env,
                          timeout=300)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = tmp_path / "home" / "briefing"
    shutil.copytree(MINI, project)
    (project / "docs").mkdir()
    (project / "docs/about.md").write_text("# About\n")
    (project / ".ssh").mkdir()  # stands for anything precious
    (project / ".ssh/id").write_text("secret")
    return project


@pytest.mark.parametrize(("out", "says"), [
    (".", "is the project"),
    ("..", "a folder holding the project"),
    ("data", "holds the briefing's own files"),
    ("data/deeper", "holds the briefing's own files"),
    ("seeds", "holds the briefing's own files"),
    ("docs", "holds the briefing's own files"),
    ("/", "root of the file system"),
])
def test_generate_refuses_the_project_its_ancestors_and_its_own_folders(
        project: Path, out: str, says: str) -> None:
    before = snapshot(project.parent)
    result = generate(project, out)
    assert result.returncode == 1 and says in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(project.parent) == before


def test_generate_refuses_the_home_folder(project: Path, tmp_path: Path) -> None:
    home = tmp_path / "elsewhere-home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh/id").write_text("secret")
    result = generate(project, str(home), home=home)
    assert result.returncode == 1 and "is your home folder" in result.stderr
    assert (home / ".ssh/id").read_text() == "secret"


def test_generate_refuses_a_folder_it_did_not_write_and_a_file(project: Path, tmp_path: Path) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("mine")
    result = generate(project, str(theirs))
    assert result.returncode == 1 and f"no {MARKER} in it" in result.stderr
    assert snapshot(theirs) == {"notes.txt": b"mine"}
    (tmp_path / "a-file").write_text("x")
    result = generate(project, str(tmp_path / "a-file"))
    assert result.returncode == 1 and "is a file" in result.stderr


def test_generate_refuses_a_symlink_and_leaves_its_target(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "target"
    write_pages({"a.md": "x"}, target)  # even a generated folder: the link is what is refused
    (tmp_path / "link").symlink_to(target)
    result = generate(project, str(tmp_path / "link"))
    assert result.returncode == 1 and "symbolic link" in result.stderr
    assert snapshot(target) == {MARKER: (target / MARKER).read_bytes(), "a.md": b"x"}


def test_generate_writes_a_new_or_empty_folder_then_replaces_its_own(project: Path,
                                                                    tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for out in (tmp_path / "new" / "pages", empty):
        assert generate(project, str(out)).returncode == 0
        assert (out / MARKER).is_file() and (out / "index.md").is_file()
        (out / "stale.md").write_text("from before")
        assert generate(project, str(out)).returncode == 0  # its own: replaced whole
        assert not (out / "stale.md").exists()


def test_a_killed_run_leaves_nothing_the_next_run_does_not_clean(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_pages({"a.md": "old"}, out)
    # Killed while writing (a staging folder), and killed between the two renames (the old copy
    # aside, OUT missing), and killed right after making a folder (empty).
    staging = tmp_path / ".out.new-abc"
    write_pages({"half.md": "x"}, staging)
    aside = tmp_path / ".out.old-def"
    aside.mkdir()
    out.rename(aside / "out")
    (tmp_path / ".out.new-empty").mkdir()
    (tmp_path / ".out.new-notours").mkdir()
    (tmp_path / ".out.new-notours/keep").write_text("someone's")
    assert len(clean_leftovers(out)) == 3
    assert (out / "a.md").read_text() == "old"  # the old copy put back
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.new-notours", "out"]
    write_pages({"a.md": "new"}, out)
    assert (out / "a.md").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.new-notours", "out"]
