"""`mkdocs serve` rebuilds on a data edit, and keeps the last good site on a bad one."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import BIN, site_project
from localserver import free_port

# Generous deadlines: these wait for a rebuild to happen at all; they measure no speed.
DEADLINE = 180


def wait_for(condition: Callable[[], bool], what: str) -> None:
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"waited {DEADLINE} s for {what}, polling every 0.3 s{_log_tail()}")


_logs: list[list[str]] = []  # the running server's output, quoted when a wait gives up


def _log_tail() -> str:
    return "; server output:\n" + "".join(_logs[-1][-40:]) if _logs else ""


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


class Server:
    def __init__(self, project: Path, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.log: list[str] = []
        _logs.append(self.log)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
        self.process = subprocess.Popen(
            [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{self.port}"], cwd=project, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.log.append(line)

    def page(self, url: str) -> str:
        return fetch(f"http://127.0.0.1:{self.port}/{url}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Server, Path]]:
    project = site_project(tmp_path)
    running = Server(project)
    try:
        yield running, project
    finally:
        running.stop()


def test_serve_rebuilds_on_data_edit_and_survives_a_bad_one(server: tuple[Server, Path]) -> None:
    running, project = server
    wait_for(lambda: "Wang Yi" in running.page("people/wang-yi/"), "the first build")
    people = project / "data/people.yml"
    good = people.read_text(encoding="utf-8")
    edited = good.replace("name: Wang Yi\n", "name: Wang Yi (edited)\n", 1)
    assert edited != good
    people.write_text(edited, encoding="utf-8")
    wait_for(lambda: "Wang Yi (edited)" in running.page("people/wang-yi/"), "the rebuild")

    people.write_text(edited.replace("- id: wang-yi", "- id: Wang Yi!", 1), encoding="utf-8")
    wait_for(lambda: any("data/people.yml" in line for line in running.log), "the error report")
    report = "".join(running.log)
    assert "not a safe id" in report and "Traceback" not in report
    assert "Wang Yi (edited)" in running.page("people/wang-yi/"), report


def _reported(running: Server, needle: str, after: int) -> Callable[[], bool]:
    return lambda: any(needle in line for line in running.log[after:])


def _break_and_restore(running: Server, project: Path, breakage: Callable[[], object],
                       restore: Callable[[], object], needle: str) -> None:
    """Break the project, check the last good site still answers, then restore an edit."""
    before = len(running.log)
    breakage()
    # A data error and any other failed rebuild are reported in their own words, each ending
    # with this line, once.
    kept = "Still serving the last good build"
    wait_for(_reported(running, kept, before), f"the report of {needle}")
    report = "".join(running.log[before:])
    assert needle in report, report
    assert "Traceback" not in report and "appear stuck" not in report, report
    assert report.count(kept) == 1, report
    assert "Wang Yi" in running.page("people/wang-yi/"), "the last good site stopped answering"
    restore()
    wait_for(lambda: "Wang Yi (fixed)" in running.page("people/wang-yi/"), f"the fix of {needle}")


def test_serve_keeps_serving_whatever_breaks(server: tuple[Server, Path]) -> None:
    running, project = server
    wait_for(lambda: "Wang Yi" in running.page("people/wang-yi/"), "the first build")
    data, people = project / "data", project / "data/people.yml"
    good = people.read_text(encoding="utf-8")
    saved = project.parent / "data-saved"
    fixed = [0]

    def restore_edited() -> None:
        fixed[0] += 1
        people.write_text(good.replace("name: Wang Yi\n", "name: Wang Yi (fixed)\n", 1)
                          + f"# fix {fixed[0]}\n", encoding="utf-8")

    def data_back() -> None:
        shutil.copytree(saved, data)
        restore_edited()

    def folder_back() -> None:
        shutil.rmtree(people)
        restore_edited()

    # The watched data/ folder removed, and nothing else touched: the removal alone is reported
    # (watchdog sends no event when its watched folder goes), as MkDocs' own check of `watch:`
    # paths fails; restoring the folder must bring the fix in.
    shutil.copytree(data, saved)
    _break_and_restore(running, project, lambda: shutil.rmtree(data), data_back, "data")
    people.write_text(good, encoding="utf-8")
    wait_for(lambda: "Wang Yi (fixed)" not in running.page("people/wang-yi/"), "the undo")

    # A data file turned into a folder.
    def to_folder() -> None:
        people.unlink()
        people.mkdir()
        (people / "stray.txt").write_text("x", encoding="utf-8")

    _break_and_restore(running, project, to_folder,
                       folder_back, "people.yml")
    people.write_text(good, encoding="utf-8")
    wait_for(lambda: "Wang Yi (fixed)" not in running.page("people/wang-yi/"), "the undo")

    # Nesting deep enough for a RecursionError somewhere in the engine (whether the engine
    # names the file is another test's business; here the server must survive it).
    deep = "x: " + "[" * 20000 + "]" * 20000 + "\n"
    _break_and_restore(running, project, lambda: people.write_text(deep, encoding="utf-8"),
                       restore_edited, "")
