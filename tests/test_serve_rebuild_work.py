"""Under `mkdocs serve`, a rebuild after an edit of one record does no work for what did not
change. Each rebuild runs in this process, the way `mkdocs serve` runs it (benchmarks'
`inprocess.Server`), so the work can be counted; that the served site equals a clean build
is test_serve_incremental's."""

from __future__ import annotations

import gc
import importlib
import json
import os
import re
import shutil
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.inprocess import Server
from jinja2 import Environment, FileSystemLoader
from mkdocs import utils
from mkdocs.utils import meta

from briefing import engine
from briefing.adapter import hook, pagecache, sitereuse
from briefing.adapter.collect import Collector
from briefing.web import inventory
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


def test_what_the_engine_built_is_collected_once_by_the_freeze(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """From the engine's start to `Collector.freeze` the collector runs no collection of its
    own: resumed at the end of `engine.build`, it scanned everything the engine made at the next
    allocation, and the freeze's collection scanned it all again."""
    between: list[list[int]] = []
    build, freeze = engine.build, Collector.freeze

    def building(*args: Any, **kwargs: Any) -> Any:
        between.append([])
        return build(*args, **kwargs)

    def freezing(self: Any, again: bool) -> None:
        between.append([-1])  # no longer between
        freeze(self, again)

    def started(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and between and between[-1] != [-1]:
            between[-1].append(info["generation"])
    monkeypatch.setattr(hook, "build", building)
    monkeypatch.setattr(Collector, "freeze", freezing)
    gc.callbacks.append(started)
    try:
        for number in range(2):
            edit(server, number)
            server.rebuild()
    finally:
        gc.callbacks.remove(started)
    assert between == [[], [-1], [], [-1]]
    assert gc.isenabled()


def test_a_rebuild_does_not_count_the_frozen_objects(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """`gc.get_freeze_count()` walks every frozen object (0.07 s of a rebuild at 1,000 pages):
    whether this process froze anything yet is remembered instead, across startups too."""
    counted: list[int] = []
    get_freeze_count = gc.get_freeze_count

    def counting() -> int:
        counted.append(1)
        return get_freeze_count()
    monkeypatch.setattr(gc, "get_freeze_count", counting)
    for number in range(2):
        edit(server, number)
        server.rebuild()
    hook.on_startup(command="serve", dirty=False)  # the same process, started again
    assert hook._state.collector.frozen
    server.rebuild()
    assert counted == [], f"{len(counted)} walks of the frozen objects in 3 rebuilds"


def test_a_rebuild_parses_the_front_matter_of_changed_pages_only(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose source is the same as in the last build is not parsed again (its front
    matter's YAML); one whose source changed is."""
    parsed: list[str] = []
    get_data = meta.get_data

    def counted(source: str) -> tuple[str, dict[str, Any]]:
        parsed.append(source)
        return get_data(source)
    monkeypatch.setattr(meta, "get_data", counted)
    edit(server, 0)
    server.rebuild()
    pages = len([path for path in Path(server.site).rglob("index.html")])
    assert pages > 90
    assert 0 < len(parsed) <= 5, f"{len(parsed)} of {pages} pages parsed again"
    assert any("Edited-0" in source for source in parsed)


def test_a_build_lists_the_theme_files_it_may_copy_only(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """MkDocs lists the theme's files to copy the static ones, and drops every path with a part
    starting with a dot: Material's 14,348 icons (`.icons/`) are not walked; the files copied
    are the same as a plain listing gives."""
    listed: list[tuple[list[str], list[str]]] = []  # (copied, copied from a plain listing)
    seen: list[int] = []  # names listed
    list_templates = Environment.list_templates

    def counted(env: Environment, extensions: Any = None, filter_func: Any = None) -> list[str]:
        assert isinstance(env.loader, FileSystemLoader) and filter_func is not None
        names = env.loader.list_templates()
        plain = FileSystemLoader(env.loader.searchpath).list_templates()
        listed.append(([name for name in names if filter_func(name)],
                       [name for name in plain if filter_func(name)]))
        seen.append(len(names))
        return list_templates(env, extensions, filter_func)
    monkeypatch.setattr(Environment, "list_templates", counted)
    edit(server, 0)
    server.rebuild()
    assert len(listed) == 1
    assert seen[0] < 1000, f"{seen[0]} theme files listed"
    copied, plain = listed[0]
    assert copied and copied == plain


def test_a_rebuild_digests_the_changed_pages_only(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a page's file is written again is decided by a digest of its bytes: a page whose
    finished HTML is the last build's has the last build's digest, not a new one."""
    digested: list[bytes] = []
    digest = sitereuse.digest

    def counted(data: bytes) -> str:
        digested.append(data)
        return digest(data)
    monkeypatch.setattr(sitereuse, "digest", counted)
    edit(server, 0)
    server.rebuild()
    pages = len([path for path in Path(server.site).rglob("index.html")])
    assert 0 < len(digested) <= 5, f"{len(digested)} of {pages} pages digested again"
    assert any(b"Edited-0" in data for data in digested)


def test_the_first_rebuild_after_startup_writes_the_changed_pages_only(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server's first build puts aside only the empty folder MkDocs made, so the served
    folder is copied as the spare: the first edit writes its page, not every page and card."""
    written: list[str] = []
    write_file = utils.write_file

    def counted(content: bytes, output_path: str) -> None:
        written.append(output_path)
        write_file(content, output_path)
    monkeypatch.setattr(utils, "write_file", counted)
    edit(server, 0)
    server.rebuild()
    served = Path(server.site)
    pages = [path for path in written if path.endswith("index.html")]
    total = len(list(served.rglob("index.html")))
    assert total > 90 and 0 < len(pages) <= 5, f"{len(pages)} of {total} pages written"
    assert "Edited-0" in (served / "people" / "wang-yi" / "index.html").read_text("utf-8")
    edited = (server.project / PEOPLE).stat().st_mtime_ns
    cards = list((served / "assets" / "cards").rglob("*.png"))
    assert cards and all(card.stat().st_mtime_ns < edited for card in cards), "cards written"


def test_a_rebuild_makes_the_index_entries_of_changed_records_only(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """The published index (`briefing-index.json`) keeps the entries of records whose index
    fields are the last build's: one record edited, one entry made (validated) again."""
    made: list[str] = []
    make = inventory.IndexRecord

    def counted(**fields: Any) -> Any:
        made.append(fields["id"])
        return make(**fields)
    monkeypatch.setattr(inventory, "IndexRecord", counted)
    edit(server, 0)
    server.rebuild()
    index = json.loads((Path(server.site) / inventory.INDEX_FILE).read_text(encoding="utf-8"))
    assert len(index["records"]) > 90
    assert made == ["wang-yi"], f"{len(made)} of {len(index['records'])} entries made again"


def test_a_rebuild_sweeps_the_site_folder_without_a_path_object_per_file(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """After the last writer, the site folder is swept for files this build neither wrote nor
    kept: each site path is joined from its folder's, not computed again for every file
    (`os.path.relpath` and a `Path`, 0.1 s of a rebuild at 1,000 pages); a page gone since
    the last build is still removed, with its folder."""
    computed: list[str] = []
    relpath = os.path.relpath

    def counted(path: str, start: Any = None) -> str:
        if sys._getframe(1).f_code.co_filename == sitereuse.__file__:
            computed.append(path)
        return relpath(path, start)
    monkeypatch.setattr(os.path, "relpath", counted)
    edit(server, 0)
    server.rebuild()
    assert computed == [], f"{len(computed)} relative paths computed"
    stray = Path(server.site).with_name(f".{Path(server.site).name}.spare") / "gone" / "index.html"
    stray.parent.mkdir(parents=True)
    stray.write_text("old", encoding="utf-8")
    edit(server, 1)
    server.rebuild()
    assert not (Path(server.site) / "gone").exists()


def test_a_rebuild_leaves_the_search_plugin_no_kept_page_to_clean(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """The search plugin strips `data-search-*` attributes from every page's HTML after adding
    its entries; a page whose finished HTML is the last build's is emptied first (nothing reads
    it afterwards), so only the changed pages are scanned."""
    scanned: list[int] = []
    sub = re.sub

    def counted(pattern: Any, repl: Any, string: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(pattern, str) and "data-search" in pattern and string:
            scanned.append(len(string))
        return sub(pattern, repl, string, *args, **kwargs)
    monkeypatch.setattr(re, "sub", counted)
    edit(server, 0)
    server.rebuild()
    pages = len([path for path in Path(server.site).rglob("index.html")])
    assert 0 < len(scanned) <= 5, f"{len(scanned)} of {pages} pages scanned"


class _Plugin:
    def on_page_context(self) -> None: ...


def test_a_kept_page_is_emptied_only_where_nothing_reads_it_after_search() -> None:
    search, other = _Plugin(), _Plugin()
    ours = hook.on_post_page
    assert pagecache._reads_last({"page_context": [search.on_page_context],
                                  "post_page": [ours]}, search)
    assert not pagecache._reads_last({"page_context": [search.on_page_context,
                                                       other.on_page_context]}, search)
    assert not pagecache._reads_last({"page_context": [search.on_page_context],
                                      "post_page": [ours, other.on_page_context]}, search)
    assert not pagecache._reads_last({"page_context": []}, search)


def test_the_spare_copy_keeps_each_files_time_and_a_failed_one_leaves_nothing(
        tmp_path: Path) -> None:
    """What the served folder's files are known to hold (digest, size, modification time)
    holds for the copy's only if each copied file keeps its time; a copy that fails leaves no
    half folder behind for the next build to write into."""
    page = tmp_path / "site" / "people" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<h1>People</h1>", encoding="utf-8")
    os.utime(page, ns=(1_000_000_123, 2_000_000_456))
    copy = sitereuse.SpareCopy(tmp_path / "site", tmp_path / ".site.spare")
    assert copy.wait()
    copied = (tmp_path / ".site.spare" / "people" / "index.html").stat()
    assert (copied.st_size, copied.st_mtime_ns) == (page.stat().st_size, 2_000_000_456)
    os.mkfifo(tmp_path / "site" / "pipe")  # copied after the page, then refused
    failed = sitereuse.SpareCopy(tmp_path / "site", tmp_path / ".other.spare")
    assert not failed.wait()
    assert not (tmp_path / ".other.spare").exists()
