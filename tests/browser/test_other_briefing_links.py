"""A link into another briefing says which briefing it leads to, as text a reader sees on hover
and on keyboard focus (accessibility.js shows the link's data-briefing-tip, as text): two real builds, the
second importing the first over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from briefing.model.build import build_model
from browser.conftest import open_tab
from conftest import MINI, ROOT, mkdocs, site_project
from localserver import serving
from test_crosslinks import write_second

pytestmark = pytest.mark.browser

FIRST = build_model(ROOT).briefing.title
_TOOLTIP = """() => [...document.querySelectorAll('#briefing-tip:not([hidden])')]
  .map(element => element.innerText).join(' ')"""


@pytest.fixture(scope="module")
def second_url(tmp_path_factory: pytest.TempPathFactory, seed_url: str) -> Iterator[str]:
    project = site_project(tmp_path_factory.mktemp("second"), MINI)
    write_second(project, seed_url)
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as url:
        yield url


@pytest.mark.parametrize("how", ["hover", "focus"])
def test_a_link_to_another_briefing_names_that_briefing_on_hover_and_focus(
        browser: Browser, second_url: str, seed_url: str, how: str) -> None:
    tab = open_tab(browser, second_url)
    tab.goto("people/wang-yi/")
    link = tab.page.locator(f'article a[href="{seed_url}people/wang-yi/"]')
    assert link.count() == 1
    getattr(link, how)()
    tab.page.wait_for_function(f"() => ({_TOOLTIP})().length > 0")
    shown = " ".join(tab.page.evaluate(_TOOLTIP).split())
    assert FIRST in shown, shown
    tab.page.context.close()
