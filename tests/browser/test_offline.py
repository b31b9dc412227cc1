"""The offline copy (`mkdocs build -f mkdocs.offline.yml`): opened from disk through file://,
its pages link to each other and its search box finds records; the published build keeps its
directory addresses."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from playwright.sync_api import Browser

from briefing.model.build import build_model
from browser.conftest import open_tab
from conftest import ROOT, mkdocs, site_project

pytestmark = pytest.mark.browser

MODEL = build_model(ROOT)


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = site_project(tmp_path_factory.mktemp("offline"))
    shutil.copy(ROOT / "mkdocs.offline.yml", project / "mkdocs.offline.yml")
    result = mkdocs(project, "build", "--strict", "-f", "mkdocs.offline.yml")
    assert result.returncode == 0, result.stderr
    return project / "site-offline"


def broken_links(site: Path) -> dict[str, str]:
    """Relative links of every page that do not lead to a file (a folder does not open from
    disk): link -> the page holding it."""
    broken = {}
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":  # its links are absolute, as a server's error page needs
            continue
        for value in re.findall(r'(?:href|src)="([^"]*)"', page.read_text(encoding="utf-8")):
            parts = urlsplit(html.unescape(value))
            if parts.scheme or value.startswith(("#", "/")) or not parts.path:
                continue
            target = page.parent / unquote(parts.path)
            if not target.is_file():
                broken[value] = page.relative_to(site).as_posix()
    return broken


def test_every_link_of_the_offline_copy_opens_a_file(offline_site: Path) -> None:
    assert (offline_site / "people" / "john-kerry.html").is_file()
    assert (offline_site / "search" / "search_index.js").is_file()
    assert broken_links(offline_site) == {}


def test_the_offline_copy_searches_the_same_way_as_the_site() -> None:
    def plugins(name: str) -> list[object]:
        text = (ROOT / name).read_text(encoding="utf-8").replace("!ENV", "")
        return list(yaml.safe_load(text)["plugins"])

    assert plugins("mkdocs.offline.yml") == [*plugins("mkdocs.yml"), "offline"]


def test_the_published_build_keeps_its_addresses(seed_site: Path) -> None:
    assert (seed_site / "people" / "john-kerry" / "index.html").is_file()
    assert not (seed_site / "people" / "john-kerry.html").exists()
    assert not (seed_site / "search" / "search_index.js").exists()
    page = (seed_site / "diagrams" / "index.html").read_text(encoding="utf-8")
    assert 'href="../people/john-kerry/"' in page


def test_search_works_opened_from_disk(browser: Browser, offline_site: Path) -> None:
    tab = open_tab(browser, offline_site.as_uri() + "/")
    tab.goto("topics/index.html")
    box = tab.page.locator("input.md-search__input")
    box.click()
    tab.page.wait_for_function("() => document.querySelector('.md-search-result__meta')"
                               ".textContent.includes('Type to start')")
    box.fill("Wang Yi")
    box.press("End")
    first = tab.page.locator(".md-search-result__item > a").first
    first.wait_for(timeout=10_000)
    hrefs = tab.page.eval_on_selector_all(
        ".md-search-result__item > a", "links => links.map(a => a.href.split('?')[0])")
    assert hrefs[0].endswith("/people/wang-yi.html"), hrefs
    first.click()
    tab.page.wait_for_url("**/people/wang-yi.html?h=*")
    assert tab.page.locator("h1").first.inner_text().rstrip("¶").strip() == "Wang Yi"
    assert tab.problems == []
    tab.page.context.close()


def copied_citation(browser: Browser, site: Path, page: str) -> str:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(f"{site.as_uri()}/{page}")
    tab.wait_for_function("() => document.readyState === 'complete'")
    # Material's document$ gives no page from disk: the engine's script still runs
    assert tab.locator(".briefing-cite-button").count() == 2, "no citation buttons"
    tab.locator(".briefing-cite").get_by_role("button", name="Copy citation").first.click()
    tab.wait_for_function("() => [...document.querySelectorAll('.briefing-cite-button')]"
                          ".some(button => button.textContent === 'Copied')")
    text = str(tab.evaluate("() => navigator.clipboard.readText()"))
    context.close()
    return text


def test_a_citation_copied_offline_links_to_the_published_page(
        browser: Browser, tmp_path: Path) -> None:
    """Read from disk, a copied citation cites the page where it is published (site_url and the
    directory address), never the file it was copied from."""
    project = site_project(tmp_path)
    shutil.copy(ROOT / "mkdocs.offline.yml", project / "mkdocs.offline.yml")
    site_url = "https://briefings.example.org/kerry/"
    result = mkdocs(project, "build", "--strict", "-f", "mkdocs.offline.yml",
                    env={"SITE_URL": site_url})
    assert result.returncode == 0, result.stderr
    record = MODEL.all("quotes")[0]
    text = copied_citation(browser, project / "site-offline", f"quotes/{record.id}.html")
    assert f" {site_url}article/#p{record.paragraphs[0]} " in text, text
    assert "file:" not in text and ".html" not in text, text


def test_without_a_site_url_an_offline_citation_names_no_file(browser: Browser,
                                                              offline_site: Path) -> None:
    record = MODEL.all("statements")[0]
    text = copied_citation(browser, offline_site, f"statements/{record.id}.html")
    assert f"paragraph {record.paragraphs[0]}" in text and "(accessed " in text, text
    assert "file:" not in text and "article/" not in text, text
