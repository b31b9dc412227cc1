"""`mkdocs serve` rebuilds on a data edit, and keeps the last good site on a bad one."""

from __future__ import annotations

import os
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
    raise AssertionError(f"waited {DEADLINE} s for {what}, polling every 0.3 s; it did not happen")


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


class Server:
    def __init__(self, project: Path) -> None:
        self.port = free_port()
        self.log: list[str] = []
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
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
