"""The benchmark's cold repeats (`benchmarks.caches.clear_caches`) start as a fresh process
does: no memo of the last run left, so a repeat loads and validates every data file again."""

from __future__ import annotations

from pathlib import Path

from benchmarks.caches import clear_caches

from briefing.data import load

ROOT = Path(__file__).resolve().parent.parent


def test_clearing_the_caches_empties_the_data_files_memo() -> None:
    load.load(ROOT)
    assert load._LAST  # the seed's data files, kept for the next build
    clear_caches()
    assert not load._LAST
