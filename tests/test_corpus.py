"""The benchmark's synthetic corpus: valid data that builds strictly, the same on every run."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus import record_counts, write_corpus

from briefing.core.settings import Settings
from briefing.engine import generate
from conftest import mkdocs, site_project


def _files(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes()
            for path in sorted(root.rglob("*")) if path.is_file()}


def test_same_seed_same_bytes_other_seed_other_data(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 60, seed=7)
    write_corpus(tmp_path / "b", 60, seed=7)
    write_corpus(tmp_path / "c", 60, seed=8)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_page_count_follows_the_requested_size(tmp_path: Path) -> None:
    for pages in (50, 400):
        write_corpus(tmp_path / str(pages), pages)
        generated = generate(Settings(tmp_path / str(pages)))
        assert abs(len(generated) - pages) <= pages * 0.05, (pages, len(generated))
    assert record_counts(4000)["topics"] < record_counts(4000)["people"] / 4  # topics are reused


def test_small_corpus_builds_strictly(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus", 50)
    project = site_project(tmp_path, tmp_path / "corpus")
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    quotes = list((project / "site" / "quotes").glob("*/index.html"))
    assert len(quotes) == record_counts(50)["quotes"]
