"""A `kill -9` of `mkdocs build` leaves the previous site/ whole (the build is staged)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from briefing.adapter import sitedir
from conftest import BIN, mkdocs, site_project

DEADLINE = 300  # waits for the build to get going at all; no speed is measured


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def wait_for_files(folder: Path, process: subprocess.Popen[bytes]) -> None:
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end and process.poll() is None:
        if folder.is_dir() and any(path.is_file() for path in folder.rglob("*")):
            return
        time.sleep(0.01)
    raise AssertionError(f"no file appeared in {folder} before the build ended or {DEADLINE} s")


def test_a_killed_build_leaves_the_old_site_whole(tmp_path: Path) -> None:
    project = site_project(tmp_path)
    first = mkdocs(project, "build", "--strict")
    assert first.returncode == 0, first.stderr
    site, staging = project / "site", project / ".site.building"
    before = fingerprint(site)
    assert "people/wang-yi/index.html" in before and not staging.exists()

    people = project / "data/people.yml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        "name: Wang Yi\n", "name: Wang Yi (edited)\n", 1), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    build = subprocess.Popen([str(BIN / "mkdocs"), "build", "--strict"], cwd=project, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_files(staging, build)
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=30)
    assert fingerprint(site) == before, "the killed build changed site/"

    again = mkdocs(project, "build", "--strict")
    assert again.returncode == 0, again.stderr
    assert "Wang Yi (edited)" in (site / "people/wang-yi/index.html").read_text(encoding="utf-8")
    assert not staging.exists() and not list(project.glob(".site.old*"))


def test_an_interrupted_swap_is_undone_before_the_next_build(tmp_path: Path) -> None:
    """Killed between its two renames, a build leaves the old site aside and no site/; the
    next build puts the old one back before it starts."""
    site = tmp_path / "site"
    (tmp_path / ".site.old-x1y2/site").mkdir(parents=True)  # as the first rename leaves it
    (tmp_path / ".site.old-x1y2/site/index.html").write_text("old", encoding="utf-8")
    assert sitedir.prepare(site) == tmp_path / ".site.building"
    assert (site / "index.html").read_text(encoding="utf-8") == "old"
    (tmp_path / ".site.building/index.html").write_text("new", encoding="utf-8")
    sitedir.swap_in(site)
    assert (site / "index.html").read_text(encoding="utf-8") == "new"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site"]


def test_a_server_removing_the_old_site_and_the_next_build_never_meet(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under `serve` the old site is removed in the background; the next build starts at
    once and must neither remove nor put back the folder that thread is still removing."""
    started: list[tuple[Any, ...]] = []

    class Paused:  # the background removal, held until the next build has prepared
        def __init__(self, target: Any, args: tuple[Any, ...], daemon: bool) -> None:
            started.append((target, *args))

        def start(self) -> None:
            pass

    monkeypatch.setattr(threading, "Thread", Paused)
    site = tmp_path / "site"
    for content in ("first", "second"):
        sitedir.prepare(site)
        (tmp_path / ".site.building/index.html").write_text(content, encoding="utf-8")
        sitedir.swap_in(site, remove_later=True)
    sitedir.prepare(site)  # the third build, while the first site is still being removed
    (removing, folder), = started
    assert folder.is_dir() and (folder / "site/index.html").read_text(encoding="utf-8") == "first"
    assert (site / "index.html").read_text(encoding="utf-8") == "second"
    removing(folder)
    assert sorted(path.name for path in tmp_path.iterdir()) == [".site.building", "site"]
