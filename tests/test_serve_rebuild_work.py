"""Under `mkdocs serve`, a rebuild after an edit of one record does no work for what did not
change. Each rebuild runs in this process, the way `mkdocs serve` runs it (benchmarks'
`serve_profile.Server`), so the work can be counted; that the served site equals a clean build
is test_serve_incremental's."""

from __future__ import annotations

import gc
import importlib
import shutil
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.inprocess import Server

from briefing.adapter import hook
from conftest import site_project

PEOPLE = "data/people.yml"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server(site_project(tmp_path))
    try:
        yield running
    finally:
        hook.on_shutdown()
        shutil.rmtree(running.site, ignore_errors=True)


def edit(server: Server, number: int) -> None:
    """Wang Yi's description, changed: one record, one page."""
    path = server.project / PEOPLE
    text = path.read_text(encoding="utf-8")
    marker = f"Edited-{number - 1} " if number else ""
    start = text.index("- id: wang-yi")
    at = text.index("description: ", start) + len("description: ")
    if marker:
        assert text[at:].startswith(marker)
        text = text[:at] + text[at + len(marker):]
    path.write_text(text[:at] + f"Edited-{number} " + text[at:], encoding="utf-8")


def test_a_rebuild_collects_only_what_is_new_since_the_last(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """What earlier builds froze (modules, theme, kept pages) is not scanned again by every
    rebuild's collection: nothing is thawed in four rebuilds. A full collection comes every
    `collect.FULL_EVERY` builds (here made 3), and frees what became garbage while frozen."""
    thawed: list[int] = []
    unfreeze = gc.unfreeze

    def counted() -> None:
        thawed.append(1)
        unfreeze()
    monkeypatch.setattr(gc, "unfreeze", counted)
    sites: list[Any] = []
    for number in range(5):
        if number == 4:
            assert not thawed, f"{len(thawed)} of {number} rebuilds thawed every object"
            monkeypatch.setattr(importlib.import_module("briefing.adapter.collect"),
                                "FULL_EVERY", 3)
        edit(server, number)
        server.rebuild()
        assert hook._state.last_good is not None
        sites.append(weakref.ref(hook._state.last_good))
    assert thawed == [1], "no full collection after FULL_EVERY rebuilds"
    assert gc.get_freeze_count() > 0
    # Every build's results but the served one are freed.
    assert [site() is None for site in sites[:-1]] == [True] * (len(sites) - 1)
