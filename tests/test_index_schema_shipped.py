"""The published index's JSON Schema is shipped made (web/index_schema.json), and taken from
there only when it was made from the same models: otherwise made afresh, as before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pydantic
import pytest

from briefing.web import index_format


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    index_format.schema_json.cache_clear()
    yield
    index_format.schema_json.cache_clear()


def test_the_shipped_schema_is_made_from_the_models_as_they_are() -> None:
    """Fails after an edit of index_format.py until `make templates` writes the file again."""
    shipped = json.loads(index_format.SHIPPED_SCHEMA.read_text(encoding="utf-8"))
    assert shipped["source"] == index_format.schema_source()
    assert shipped["schema"] == index_format.made_schema_json()


def test_a_build_takes_the_shipped_schema_without_making_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def made() -> str:
        raise AssertionError("the schema was made, not taken from the shipped file")

    monkeypatch.setattr(index_format, "made_schema_json", made)
    shipped = json.loads(index_format.SHIPPED_SCHEMA.read_text(encoding="utf-8"))
    assert index_format.schema_json() == shipped["schema"]


@pytest.mark.parametrize("content", [
    None,  # no file
    "not json",
    json.dumps(["a list"]),
    json.dumps({"source": "0" * 64, "schema": "made from other models"}),
    json.dumps({"source": index_format.schema_source(), "schema": None}),
])
def test_a_missing_broken_or_stale_file_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    content: str | None) -> None:
    path = tmp_path / "index_schema.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(index_format, "SHIPPED_SCHEMA", path)
    assert index_format.schema_json() == index_format.made_schema_json()


def test_the_source_digest_changes_with_the_slug_pattern_and_pydantic(
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = index_format.schema_source()
    monkeypatch.setattr(index_format, "SLUG_PATTERN", "^[a-z]+$")
    assert index_format.schema_source() != source
    monkeypatch.undo()
    monkeypatch.setattr(pydantic, "VERSION", "0.0")
    assert index_format.schema_source() != source
