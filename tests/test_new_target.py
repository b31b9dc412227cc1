"""`briefing new DIR` and `briefing hub DIR` never write through a symbolic link (dangling or
not) and never open a FIFO: each is refused in one line, and nothing changes on either side."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ENGINE
from test_new import SEED

Make = Callable[[Path, Path], None]


def fifo(target: Path, tmp: Path) -> None:
    os.mkfifo(target)


def dangling(target: Path, tmp: Path) -> None:
    target.symlink_to(tmp / "nowhere")


def to_empty_folder(target: Path, tmp: Path) -> None:
    (tmp / "elsewhere").mkdir()
    target.symlink_to(tmp / "elsewhere")


CASES: dict[str, tuple[Make, str]] = {
    "fifo": (fifo, "already exists and is not a folder"),
    "dangling": (dangling, "is a symbolic link to nothing"),
    "symlink to a folder": (to_empty_folder, "is a symbolic link to "),
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    # A FIFO opened for writing or reading blocks: the timeout turns a hang into a failure.
    return subprocess.run([sys.executable, "-m", "briefing", *args, "--engine", ENGINE],
                          text=True, capture_output=True, timeout=120)


def snapshot(tmp: Path) -> list[str]:
    return sorted(f"{p.relative_to(tmp)}:{p.is_symlink()}" for p in tmp.rglob("*"))


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", ["new", "hub"])
def test_a_link_or_fifo_as_the_folder_is_refused(tmp_path: Path, case: str, command: str) -> None:
    make, says = CASES[case]
    target = tmp_path / "briefing"
    make(target, tmp_path)
    before = snapshot(tmp_path)
    args = (["new", str(target), "--article", str(SEED), "--title", "T",
             "--published", "2023-07-18"] if command == "new"
            else ["hub", str(target), "--id", "hub", "--title", "Hub",
                  "--import", "one=https://example.org/one/"])
    result = run(*args)
    assert result.returncode != 0 and says in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert snapshot(tmp_path) == before
