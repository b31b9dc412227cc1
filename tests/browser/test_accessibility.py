"""axe-core on the pages a reader lands on: no serious or critical violation."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser.conftest import Tab, save_report

pytestmark = pytest.mark.browser

PAGES = {"home": "", "person": "people/wang-yi/", "meeting": "meetings/kerry-wang-yi-meeting/",
         "quote": "quotes/wang-my-old-friend/", "topic": "topics/climate-finance/",
         "article": "article/"}
FOUND: dict[str, dict[str, list[str]]] = {}  # page -> impact -> rule ids, for the report


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_or_critical_violation(tab: Tab, name: str) -> None:
    tab.goto(PAGES[name])
    violations: list[dict[str, Any]] = Axe().run(tab.page).response["violations"]
    by_impact: dict[str, list[str]] = {}
    for violation in violations:
        by_impact.setdefault(str(violation["impact"]), []).append(violation["id"])
    FOUND[name] = by_impact
    save_report("axe", FOUND)
    severe = [(v["id"], v["impact"], v["help"], [node["target"] for node in v["nodes"]][:5])
              for v in violations if v["impact"] in ("serious", "critical")]
    assert severe == []
