"""Under `mkdocs serve`, the published index keeps the entries of records unchanged since the
last build: a record whose index fields are the same is neither validated nor written out
again, and the files are the same as a build that keeps nothing writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefing.model.build import build_model
from briefing.web import inventory
from briefing.web.index_format import Index, IndexRecord
from conftest import ROOT, site_project


def plain_json(index: Index) -> str:
    """The JSON index as it was written before entries were kept: all in one `json.dumps`."""
    data = {"$schema": inventory.SCHEMA_FILE, **index.model_dump(exclude_defaults=True)}
    data["format"] = index.format
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def test_the_index_is_written_as_one_json_dumps_writes_it() -> None:
    index = inventory.index_of(build_model(ROOT))
    assert len(index.records) > 90
    assert inventory.index_json(index) == plain_json(index)
    empty = index.model_copy(update={"records": ()})
    assert inventory.index_json(empty) == plain_json(empty)


def test_a_kept_build_makes_and_writes_only_the_changed_records(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = site_project(tmp_path)
    inventory.published_files(build_model(project), keep=True)
    people = project / "data" / "people.yml"
    text = people.read_text(encoding="utf-8")
    at = text.index("description: ", text.index("- id: wang-yi")) + len("description: ")
    people.write_text(text[:at] + "Edited-0 " + text[at:], encoding="utf-8")
    model = build_model(project)
    made: list[str] = []
    written: list[str] = []
    dump = IndexRecord.model_dump

    def make(**fields: Any) -> IndexRecord:
        made.append(fields["id"])
        return IndexRecord(**fields)

    def counted_dump(record: IndexRecord, **options: Any) -> dict[str, Any]:
        written.append(record.id)
        return dump(record, **options)
    monkeypatch.setattr(inventory, "IndexRecord", make)
    monkeypatch.setattr(IndexRecord, "model_dump", counted_dump)
    kept = inventory.published_files(model, keep=True)
    assert made == ["wang-yi"]
    assert written == ["wang-yi"]
    monkeypatch.undo()
    fresh = inventory.published_files(model)
    assert kept == fresh
    assert "Edited-0 " in str(fresh[inventory.INDEX_FILE])
    assert inventory._LAST == {}  # a build that keeps nothing holds nothing
