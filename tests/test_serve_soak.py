"""`mkdocs serve` through an afternoon of editing: memory stays flat, every edit is seen.

Forty-two edits of six kinds (a changed field, an added record, a renamed record, a deleted
record, a data error, its fix), each waited for until the server shows it. After a warm-up of
one round, the server's resident memory may grow by at most 10 MB over the remaining edits:
before the fix, every rebuild left about 3 MB behind. Rebuild times are printed, not asserted.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import site_project
from test_serve import Server, wait_for
from test_serve_incremental import NEW_PERSON

pytestmark = pytest.mark.slow

ROUNDS = 7  # of the six kinds of edit: 42 edits
WARM_UP = 6  # edits before the first measurement: caches and arenas fill up once
ALLOWED_GROWTH_MB = 10.0
KEPT = "Still serving the last good build"


def resident_mb(pid: int) -> float:
    """The process's resident set size, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no VmRSS for process {pid}")


def rebuilt(running: Server, after: int, page: str, shows: Callable[[str], bool]) -> Callable[[], bool]:
    return lambda: (any("Reloading browsers" in line for line in running.log[after:])
                    and shows(running.page(page)))


def edits(original: str, round_: int) -> list[tuple[str, str, Callable[[Server, int], Callable[[], bool]]]]:
    """One round: (what, the new people.yml, a condition that the server shows it)."""
    field = original.replace("name: Wang Yi\n", f"name: Wang Yi {round_}\n", 1)
    added, renamed = f"ada-{round_}", f"ada-{round_}-renamed"
    fixed = original.replace("name: Wang Yi\n", f"name: Wang Yi {round_} fixed\n", 1)
    return [
        ("a changed field", field, lambda s, n: rebuilt(
            s, n, "people/wang-yi/", lambda body: f"Wang Yi {round_}" in body)),
        ("an added record", field + NEW_PERSON.format(id=added, former=""), lambda s, n: rebuilt(
            s, n, f"people/{added}/", lambda body: "Ada Tester" in body)),
        ("a renamed record", field + NEW_PERSON.format(
            id=renamed, former=f"  former_ids:\n    - {added}\n"), lambda s, n: rebuilt(
            s, n, f"people/{renamed}/", lambda body: "Ada Tester" in body)),
        ("a deleted record", field, lambda s, n: rebuilt(
            s, n, f"people/{renamed}/", lambda body: "Ada Tester" not in body)),
        ("a data error", field.replace("- id: wang-yi", "- id: Wang Yi!", 1),
         lambda s, n: lambda: any(KEPT in line for line in s.log[n:])),
        ("its fix", fixed, lambda s, n: rebuilt(
            s, n, "people/wang-yi/", lambda body: f"Wang Yi {round_} fixed" in body)),
    ]


def test_serve_memory_stays_flat_over_forty_edits(tmp_path: Path) -> None:
    project = site_project(tmp_path)
    people = project / "data/people.yml"
    original = people.read_text(encoding="utf-8")
    running = Server(project)
    try:
        wait_for(lambda: "Wang Yi" in running.page("people/wang-yi/"), "the first build")
        memory, seconds = [], []
        for round_ in range(ROUNDS):
            for what, text, seen in edits(original, round_):
                condition = seen(running, len(running.log))
                start = time.monotonic()
                people.write_text(text, encoding="utf-8")
                wait_for(condition, f"{what} in round {round_}")
                seconds.append(time.monotonic() - start)
                memory.append(resident_mb(running.process.pid))
    finally:
        running.stop()
    warm, last = memory[WARM_UP - 1], memory[-1]
    print(f"\n{len(seconds)} edits; edit to preview median {statistics.median(seconds):.2f} s, "
          f"max {max(seconds):.2f} s; resident memory after the warm-up {warm:.0f} MB, "
          f"at the end {last:.0f} MB; per edit: "
          + " ".join(f"{mb:.0f}" for mb in memory))
    assert len(seconds) >= 40
    assert last - warm <= ALLOWED_GROWTH_MB, (
        f"resident memory grew {last - warm:.1f} MB over {len(memory) - WARM_UP} edits "
        f"after the warm-up ({warm:.0f} -> {last:.0f} MB): {[round(mb) for mb in memory]}")
