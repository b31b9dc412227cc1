"""`briefing new` on every fixture article, then a real `mkdocs build --strict` in the new
folder: whatever the draft makes of a transcript, an interview, scraped text or a statement,
the briefing builds, and each drafted quote gets its page under its speaker."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ENGINE, allow_drafts, mkdocs

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
NAMES = sorted(p.name for p in ARTICLES.glob("*.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_a_briefing_drafted_from_the_fixture_builds_strictly(tmp_path: Path, name: str) -> None:
    target = tmp_path / "briefing"
    made = subprocess.run([sys.executable, "-m", "briefing", "new", str(target),
                           "--article", str(ARTICLES / name), "--title", f"Fixture {name}",
                           "--published", "2024-03-15", "--engine", ENGINE],
                          text=True, capture_output=True, timeout=300)
    assert made.returncode == 0, made.stderr
    result = mkdocs(allow_drafts(target), "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    written = target / "data" / "quotes.yml"  # none when no quoted span got a speaker
    quotes = yaml.safe_load(written.read_text(encoding="utf-8")) if written.exists() else []
    for quote in quotes:
        page = target / "site" / "quotes" / quote["id"] / "index.html"
        assert page.is_file(), quote["id"]
        speaker = "people" if (target / "site" / "people" / quote["speaker"]).is_dir() else "organisations"
        assert (target / "site" / speaker / quote["speaker"] / "index.html").is_file()
