"""Under `mkdocs serve` a data file that did not change is not parsed and validated again; one
that changed, by a single byte, is read afresh, and an unchanged file's problems are still
reported on every build."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from briefing.core.kinds import MODELS
from briefing.data import load as loading
from conftest import MINI


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    return root


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files parsed and validated from here on (shown names, in order)."""
    seen: list[str] = []
    real = loading._records_of

    def counted(raw: bytes, shown: str, *rest: Any) -> Any:
        seen.append(shown)
        return real(raw, shown, *rest)

    monkeypatch.setattr(loading, "_records_of", counted)
    return seen


def test_an_edited_file_is_read_again_and_an_unchanged_one_is_not(tmp_path: Path, parsed: list[str]) -> None:
    root = _copy(tmp_path)
    loaded, problems = loading.load(root)
    assert problems == [] and "data/people.yml" in parsed and "data/quotes.yml" in parsed
    parsed.clear()
    people = root / "data" / "people.yml"
    people.write_text(people.read_text("utf-8").replace("name: Ada Lovelace", "name: Ada Byron"), "utf-8")
    loaded, problems = loading.load(root)
    assert parsed == ["data/people.yml"]
    assert [located.record.name for located in loaded.records["people"]][0] == "Ada Byron"


def test_an_unchanged_files_problems_are_reported_on_every_build(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    places = root / "data" / "places.yml"
    places.write_text(places.read_text("utf-8") + "- id: Not A Slug\n  name: Nowhere\n", "utf-8")
    first = loading.load(root)[1]
    second = loading.load(root)[1]
    assert first and second == first and all(problem.file == "data/places.yml" for problem in second)


def test_a_full_memo_drops_the_least_recently_read_file_not_every_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parsed: list[str]) -> None:
    """Files read by other projects before (the memo near its bound) do not make this project's
    unchanged files parsed again: the memo once emptied itself when full, mid-load."""
    root = _copy(tmp_path)
    monkeypatch.setattr(loading, "LAST_FILES", len(list((root / "data").glob("*.yml"))) + 2)
    for number in range(loading.LAST_FILES - 1):  # others' files, read before
        other = _copy(tmp_path / f"other-{number}")
        loading._records_cached(other / "data" / "people.yml",
                                (other / "data" / "people.yml").read_bytes(),
                                "data/people.yml", MODELS["people"])
    assert loading.load(root)[1] == []
    parsed.clear()
    assert loading.load(root)[1] == [] and parsed == []
    assert len(loading._LAST) <= loading.LAST_FILES
