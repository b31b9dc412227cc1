"""Golden files pin the generated Markdown of a few pages. Refresh: UPDATE_GOLDEN=1 pytest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.core.settings import Settings
from briefing.engine import generate
from conftest import MINI, ROOT

GOLDEN = Path(__file__).parent / "golden"
PAGES = {
    "mini": (MINI, ["index.md", "people/ada-lovelace.md", "quotes/weaves-patterns.md",
                    "meetings/london-meeting.md", "article.md", "topics/engines.md"]),
    "seed": (ROOT, ["people/xie-zhenhua.md", "quotes/li-take-the-lead.md"]),
}
CASES = [(name, page) for name, (_, pages) in PAGES.items() for page in pages]


@pytest.fixture(scope="module")
def generated() -> dict[str, dict[str, str]]:
    return {name: generate(Settings(root)) for name, (root, _) in PAGES.items()}


@pytest.mark.parametrize(("briefing", "page"), CASES)
def test_generated_markdown_matches_golden(generated: dict[str, dict[str, str]], briefing: str,
                                           page: str) -> None:
    golden = GOLDEN / briefing / page
    actual = generated[briefing][page]
    if os.environ.get("UPDATE_GOLDEN"):
        # Never pass a comparison with what was just written: the run that writes checks nothing.
        golden.parent.mkdir(parents=True, exist_ok=True)
        old = golden.read_text(encoding="utf-8") if golden.exists() else None
        golden.write_text(actual, encoding="utf-8")
        state = "unchanged" if old == actual else "rewritten"
        pytest.fail(f"UPDATE_GOLDEN: {golden} {state}; review `git diff tests/golden`, then run "
                    "the tests again without UPDATE_GOLDEN")
    assert actual == golden.read_text(encoding="utf-8")


def test_generation_is_deterministic() -> None:
    assert generate(Settings(ROOT)) == generate(Settings(ROOT))
