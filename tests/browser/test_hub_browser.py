"""The hub in Chromium: John Kerry's dossier with his quotes from three briefings, dated and
linked to their paragraphs; the combined timeline and its filters; and search across every
briefing, each hit naming its briefing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from browser.conftest import Tab, tab_on, type_query
from conftest import mkdocs
from hubsites import make_hub
from localserver import free_port, serving

pytestmark = pytest.mark.browser

# A word only one briefing says, and the title that briefing's hits must name.
WORDS = {
    "hopeful": "John Kerry's climate talks in Beijing, July 2023",
    "trust": "Kerry and Xie at Sunnylands, November 2023 (test fixture)",
    "watching": "Kerry, Xie and Wang Yi at COP28, December 2023 (test fixture)",
}


@pytest.fixture(scope="module")
def hub_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    hub = make_hub(tmp_path_factory.mktemp("hub-browser"))
    result = mkdocs(hub, "build", "--strict", "-d", "site", env={"SITE_URL": f"http://127.0.0.1:{port}/"})
    assert result.returncode == 0, result.stderr
    with serving(hub / "site", port) as url:
        yield url


@pytest.fixture
def hub_tab(browser: Browser, hub_url: str) -> Iterator[Tab]:
    with tab_on(browser, hub_url) as opened:
        yield opened


def test_kerrys_dossier_shows_his_quotes_dated_and_linked_to_paragraphs(hub_tab: Tab) -> None:
    hub_tab.goto("")
    hub_tab.page.get_by_role("link", name="Dossiers").first.click()
    hub_tab.page.get_by_role("link", name="People").last.click()
    hub_tab.page.get_by_role("link", name="John Kerry").first.click()
    hub_tab.page.wait_for_url("**/dossiers/people/john-kerry/")
    said = hub_tab.page.locator("article li", has_text="We agreed to speed up the work on methane")
    assert "4 November 2023" in said.inner_text()
    assert said.get_by_role("link", name="¶ 2").get_attribute("href") == \
        "https://example.org/kerry-sunnylands-2023/article/#p2"
    headings = [text.rstrip("¶") for text in hub_tab.page.locator("article h2").all_inner_texts()]
    assert [h for h in headings if "test fixture" in h or "Beijing" in h] == [
        "Kerry, Xie and Wang Yi at COP28, December 2023 (test fixture)",
        "Kerry and Xie at Sunnylands, November 2023 (test fixture)",
        "John Kerry's climate talks in Beijing, July 2023"]
    assert hub_tab.problems == []


def test_the_timeline_filters_by_person_and_topic(hub_tab: Tab) -> None:
    hub_tab.goto("timeline/")
    assert hub_tab.page.locator("article li").count() >= 8
    hub_tab.page.get_by_role("link", name="topic", exact=True).click()
    hub_tab.page.get_by_role("link", name="Methane").click()
    # The filtered timeline is another page (instant navigation swaps it in): read its rows once
    # its own title is shown, not the rows of the page before.
    hub_tab.page.locator("article h1").filter(has_text="Timeline: Methane").wait_for()
    rows = hub_tab.page.locator("article li").all_inner_texts()
    assert any("Sunnylands" in row for row in rows) and not any("Dubai" in row.split("—")[0] for row in rows)
    assert hub_tab.problems == []


@pytest.mark.parametrize("word", list(WORDS))
def test_search_finds_each_briefing_and_names_it(hub_tab: Tab, word: str) -> None:
    hub_tab.goto("")
    type_query(hub_tab, word)
    items = hub_tab.page.locator(".md-search-result__item")
    items.first.wait_for()
    texts = items.all_inner_texts()
    assert any(WORDS[word] in text for text in texts), texts
    assert hub_tab.problems == []
