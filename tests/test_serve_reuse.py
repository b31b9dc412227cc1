"""Under `mkdocs serve`, a rebuild after an edit of one data file reuses what the last build
computed from inputs that did not change: the records of the edited file whose YAML is the
same (the same objects), the mentions (while the article and every name are the same), the
date-basis copies and the published index's entries of unchanged records. What changed is
computed again; test_incremental_render.py compares every page and file with a clean build."""

from __future__ import annotations

import datetime
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing import engine
from briefing.core.settings import Settings, read_mkdocs_yml
from briefing.data import load
from briefing.model import link, mentions
from briefing.model.build import build_model
from briefing.pages import incremental
from briefing.web import inventory
from conftest import MINI, site_project

DESCRIPTION = "description: Chinese President;"
ARTICLE = "seeds/000_8b72f97d2236e7b8.txt"


def _settings(project: Path) -> Settings:
    config = project / "mkdocs.yml"
    return Settings.from_extra(project, read_mkdocs_yml(config).get("extra"), "", config).but(
        allow_drafts=True, previewing=True)


def _edit(project: Path, file: str, old: str, new: str) -> None:
    path = project / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _forget() -> None:
    """Nothing kept from another test's builds of the same data (its mentions would be reused)."""
    incremental.forget()
    for memo in (mentions._LAST, link._DATED, inventory._LAST):
        memo.clear()


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    _forget()
    yield site_project(tmp_path)
    _forget()


@pytest.fixture
def searched(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the article was searched for names, from here on."""
    calls: list[int] = []
    real = mentions.find_mentions

    def counted(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(mentions, "find_mentions", counted)
    return calls


def test_mentions_are_found_again_only_when_a_name_or_the_article_changes(
        project: Path, searched: list[int]) -> None:
    def build() -> Any:
        found = engine.build(_settings(project)).links.model.mentions
        kept, dated = list(mentions._LAST), dict(link._DATED)
        clean = build_model(project)  # a one-off build: searches, and empties what was kept
        link._DATED.update(dated)
        mentions._LAST[:] = kept
        assert found == clean.mentions
        searched.pop()  # the clean build's search
        return found

    build()
    assert len(searched) == 1
    build()
    _edit(project, "data/people.yml", DESCRIPTION, "description: The Chinese President;")
    build()
    assert len(searched) == 1, "a description edit searched the article again"
    _edit(project, "data/people.yml", "name: Xi Jinping\n", "name: Xi Jinping Renamed\n")
    renamed = build()
    assert len(searched) == 2, "a renamed person's mentions were not searched for"
    _edit(project, ARTICLE, "broader concerns.", "broader concerns. Wang Yi agreed.")
    edited = build()
    assert len(searched) == 3, "an edited article was not searched again"
    assert len(edited[("people", "wang-yi")]) == len(renamed[("people", "wang-yi")]) + 1


def test_one_off_builds_keep_nothing_between_builds(project: Path) -> None:
    engine.build(_settings(project))
    assert mentions._LAST and link._DATED and inventory._LAST
    build_model(project)  # `mkdocs build`, `briefing validate`: keep=False
    assert not mentions._LAST and not link._DATED


def test_kept_date_copies_are_this_builds_only(project: Path) -> None:
    model = engine.build(_settings(project)).links.model
    dated = {key for key, (_, _, copy) in link._DATED.items() if model.get(key) is copy}
    assert dated == set(link._DATED) and dated
    again = engine.build(_settings(project)).links.model
    assert all(again.get(key) is model.get(key) for key in dated), "an unchanged copy was made again"
    _edit(project, "data/briefing.yml", 'was held in Dubai."\ninferred:',
          'was held in Dubai. Edited."\ninferred:')
    edited = engine.build(_settings(project)).links.model
    changed = [key for key in dated if edited.get(key) is not model.get(key)]
    assert changed, "a changed reason kept the old copies"
    assert all(edited.get(key).inferred["date"].endswith("Edited.") for key in changed)


def test_an_edited_files_unchanged_records_are_the_same_objects(tmp_path: Path) -> None:
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    before = {located.record.id: located for located in load.load(root)[0].records["people"]}
    people = root / "data" / "people.yml"
    text = people.read_text(encoding="utf-8")
    people.write_text(text.replace("name: Ada Lovelace", "name: Ada Byron"), encoding="utf-8")
    after = {located.record.id: located for located in load.load(root)[0].records["people"]}
    changed = {rid for rid in after if after[rid].record is not before[rid].record}
    assert {after[rid].record.name for rid in changed} == {"Ada Byron"}
    assert len(after) > 1 and len(changed) == 1
    assert all(after[rid].lines == before[rid].lines for rid in after)
    # A line added above moves every record's lines: their objects stay, their lines do not.
    people.write_text("# a comment\n" + people.read_text(encoding="utf-8"), encoding="utf-8")
    moved = {located.record.id: located for located in load.load(root)[0].records["people"]}
    assert all(moved[rid].record is after[rid].record for rid in moved)
    assert all(moved[rid].line == after[rid].line + 1 for rid in moved)


@pytest.mark.parametrize(("new", "old", "same"), [
    ({"id": "a", "paragraphs": [1, 2]}, {"id": "a", "paragraphs": [1, 2]}, True),
    ({"id": "a", "value": 1}, {"id": "a", "value": 1.0}, False),  # equal, not the same type
    ({"id": "a", "value": 1}, {"id": "a", "value": True}, False),
    ({"id": "a", "draft": False}, {"id": "a", "draft": 0}, False),
    ({"id": "a", "date": "2023-07-18"}, {"id": "a", "date": datetime.date(2023, 7, 18)}, False),
    ({"id": "a", "name": "A", "aliases": []}, {"id": "a", "aliases": [], "name": "A"}, False),
    ({"id": "a", "roles": [{"title": "T"}]}, {"id": "a", "roles": [{"title": "U"}]}, False),
    ({"id": "a", "roles": [{"title": "T"}]}, {"id": "a", "roles": ({"title": "T"},)}, False),
    ({"id": "a", "aliases": ["x"]}, {"id": "a", "aliases": ["x", "y"]}, False),
    ({1: "a"}, {True: "a"}, False),
])
def test_same_yaml_means_the_same_values_of_the_same_types(new: Any, old: Any, same: bool) -> None:
    assert load.same_data(new, old) is same


def test_the_published_index_makes_again_only_the_edited_records_entry(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine.build(_settings(project))
    made: list[tuple[str, str]] = []
    real = inventory._index_fields

    def counted(model: Any, kind: str, record: Any) -> Any:
        made.append((kind, record.id))
        return real(model, kind, record)

    monkeypatch.setattr(inventory, "_index_fields", counted)
    _edit(project, "data/people.yml", DESCRIPTION, "description: The Chinese President;")
    engine.build(_settings(project))
    assert made == [("people", "xi-jinping")]
