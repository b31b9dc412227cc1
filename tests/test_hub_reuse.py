"""A hub rebuilt after one briefing changed makes again only the pages that read it (hub/reuse.py),
and is byte for byte the hub a clean build makes. Real builds (`build()`, as the MkDocs hook calls
it) of the hub benchmark's synthetic network (benchmarks/hubcorpus.py)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from benchmarks.caches import clear_caches

from briefing.core.settings import Settings
from briefing.engine import Site, build
from briefing.hub.reuse import MEMO
from briefing.web import imports
from conftest import mkdocs
from hubsites import network_hub as hub_of
from test_serve import Server, wait_for
from test_serve_incremental import _reused, rebuilt_with, served


def edit_index(hub: Path, number: int, change: Callable[[dict[str, Any]], None]) -> None:
    file = sorted((hub.parent / "sites").iterdir())[number] / "briefing-index.json"
    index = json.loads(file.read_text(encoding="utf-8"))
    change(index)
    file.write_text(json.dumps(index), encoding="utf-8")


def clean(hub: Path) -> Site:
    """A build with nothing kept from the last (pages, parsed indexes, digests)."""
    clear_caches()
    return build(Settings(hub))


def _title(index: dict[str, Any]) -> None:
    index["briefing"]["title"] = "A new title <b>for</b> it"


def _words(index: dict[str, Any]) -> None:
    said = next(record for record in index["records"] if record["kind"] == "quotes")
    said["words"] = "Words said again, differently"
    meeting = next(record for record in index["records"] if record["kind"] == "meetings")
    meeting["date"] = "1999-12-31"  # moves on every timeline


def _quote(index: dict[str, Any]) -> None:
    said = next(record for record in index["records"] if record["kind"] == "quotes")
    said["words"] = "Words said again, differently"


def _drop_people(index: dict[str, Any]) -> None:
    index["records"] = [record for record in index["records"] if record["kind"] != "people"]
    for record in index["records"]:
        for field in ("participants", "speakers", "addressees"):
            record.pop(field, None)


Change = Callable[[dict[str, Any]], None]


# A title, words, a date: most pages are kept. People gone: who is who changes, so every page
# with links is made again (reuse.py says why).
@pytest.mark.parametrize(("change", "kept"), [(_title, True), (_words, True), (_drop_people, False)])
def test_a_rebuild_after_one_briefing_changed_equals_a_clean_build(tmp_path: Path, change: Change,
                                                                   kept: bool) -> None:
    hub = hub_of(tmp_path, 30)
    clean(hub)
    edit_index(hub, 3, change)
    rebuilt = build(Settings(hub))
    assert (MEMO.reused > MEMO.made) == kept
    fresh = clean(hub)
    assert rebuilt.pages == fresh.pages
    assert rebuilt.files == fresh.files


LISTS = ("index.md", "briefings/index.md", "dossiers/people/index.md", "identity/index.md",
         "who-met-whom/index.md", "timeline/index.md", "feed.atom", "feed.json")


def kept(first: Site, second: Site) -> set[str]:
    """Which lists of everything the second build took over from the first (the same object)."""
    return {path for path in LISTS
            if (second.pages.get(path) or second.files[path]) is (first.pages.get(path) or first.files[path])}


def test_a_list_of_everything_is_made_again_only_when_what_it_reads_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each list of everything reads parts of every index (the briefing's own fields, meetings and
    timeline entries, records' names, who is who); an index read again unchanged is not parsed."""
    hub = hub_of(tmp_path, 30)
    first = clean(hub)
    checked: list[str] = []
    validate = imports._validate

    def counted(data: Any, where: str) -> Any:
        checked.append(where)
        return validate(data, where)
    monkeypatch.setattr(imports, "_validate", counted)
    edit_index(hub, 3, _quote)  # a quote is on its briefing's page and dossiers, in no list
    second = build(Settings(hub))
    assert len(checked) == 1  # the one changed index; 29 are the last build's objects
    assert kept(first, second) == set(LISTS)
    edit_index(hub, 3, _title)  # the briefing list, the feed and the timeline show titles
    third = build(Settings(hub))
    assert kept(second, third) == {"dossiers/people/index.md", "identity/index.md", "who-met-whom/index.md"}
    fresh = clean(hub)
    assert (third.pages, third.files) == (fresh.pages, fresh.files)


def made_after_one_change(hub: Path) -> tuple[int, int]:
    """Pages (or groups made together) made again after one briefing's title changed, of all."""
    clean(hub)
    edit_index(hub, 0, _title)
    build(Settings(hub))
    return MEMO.made, MEMO.made + MEMO.reused


def test_what_is_made_again_scales_with_the_change_not_the_hub(tmp_path: Path) -> None:
    small, small_all = made_after_one_change(hub_of(tmp_path / "small", 30))
    large, large_all = made_after_one_change(hub_of(tmp_path / "large", 90))
    print(f"\n30 briefings: {small} of {small_all} made again; 90: {large} of {large_all}")
    assert large_all > 2.5 * small_all
    # The changed briefing's page and redirects, the lists, the dossiers it is in and their feeds
    # and timelines: about the same number in both (a full build would make them all).
    assert large < 1.5 * small
    assert large < 0.1 * large_all
    # Nothing changed: nothing is made, but the lists that read every briefing's fingerprint.
    build(Settings(hub_of(tmp_path / "again", 30)))
    build(Settings(tmp_path / "again" / "hub"))
    assert MEMO.made == 0


@pytest.mark.build
def test_a_served_hub_equals_a_clean_build_after_one_briefing_changed(tmp_path: Path) -> None:
    """The real path: `mkdocs serve` on a hub, one index edited (and data/hub.yml touched, as the
    refetch does); every file it serves equals a clean `mkdocs build`, and pages are reused."""
    hub = hub_of(tmp_path / "network", 12)
    running = Server(hub)
    try:
        first = sorted((hub.parent / "sites").iterdir())[0].name
        wait_for(lambda: "<h1" in running.page(f"briefings/{first}/"), "the first build")
        after = len(running.log)
        edit_index(hub, 0, _title)
        (hub / "data/hub.yml").touch()
        wait_for(rebuilt_with(running, after, f"briefings/{first}/", "A new title &lt;b&gt;for"),
                 "the rebuild")
        copy = tmp_path / "clean"
        shutil.copytree(hub, copy, ignore=shutil.ignore_patterns("site"))
        result = mkdocs(copy, "build", "--strict", "-d", "site",
                        env={"SITE_URL": f"http://127.0.0.1:{running.port}/"})
        assert result.returncode == 0, result.stderr
        files = [path for path in sorted((copy / "site").rglob("*"))
                 if path.is_file() and path.name != "sitemap.xml.gz"]  # gzip stamps the time
        assert any(path.name == "feed.atom" for path in files)
        for path in files:
            address = path.relative_to(copy / "site").as_posix()
            status, body = served(f"http://127.0.0.1:{running.port}/{address}")
            assert (status, body) == (200, path.read_bytes()), f"served {address} differs"
        assert any(pages - 20 < reused < pages for reused, pages in _reused(running.log, after))
    finally:
        running.stop()
