"""An imported index read again with the same text is not parsed again (web/parsed.py): kept by
where it was read and a digest of its text, within a stated bound."""

from __future__ import annotations

import json
import os
from pathlib import Path

from benchmarks.hubcorpus import briefing_index

from briefing.core.settings import Settings
from briefing.web.imports import read_import
from briefing.web.index_format import Index
from briefing.web.parsed import PARSED, Parsed


def test_the_same_text_gives_the_same_index_and_a_new_text_a_new_one(tmp_path: Path) -> None:
    site = tmp_path / "one"
    site.mkdir()
    file = site / "briefing-index.json"
    file.write_text(json.dumps(briefing_index(1)), encoding="utf-8")
    settings = Settings(tmp_path)
    PARSED.cache_clear()
    first = read_import("one", str(site), settings)
    again = read_import("one", str(site), settings)
    assert again.index is first.index and again.digest == first.digest
    assert (PARSED.parsed, PARSED.reused) == (1, 1)
    # Edited within the same clock tick (same time, same size): the text tells, not the time.
    stamp = file.stat()
    data = briefing_index(1)
    data["briefing"]["title"] = data["briefing"]["title"][:-1] + "!"
    file.write_text(json.dumps(data), encoding="utf-8")
    os.utime(file, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert file.stat().st_size == stamp.st_size
    edited = read_import("one", str(site), settings)
    assert edited.index.briefing.title.endswith("!") and edited.digest != first.digest


def test_the_memo_keeps_to_its_bound_dropping_the_least_recently_read() -> None:
    memo = Parsed(bound=3)
    index = Index.model_validate(briefing_index(2))
    for place in ("a", "b", "c", "a", "d"):
        memo.get(place, "{}", lambda: index)
    assert list(memo.entries) == ["c", "a", "d"]
    assert (memo.parsed, memo.reused) == (4, 1)
