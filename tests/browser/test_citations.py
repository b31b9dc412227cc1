"""'Copy citation' on every quote, statement and figure page and every article paragraph: the
clipboard gets who said what to whom and when, the article's title, publisher and date, the
paragraph's address and the day of access, as plain text and as CSL-JSON."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from briefing.core.dates import reader_date
from briefing.model.build import build_model
from briefing.model.names import display_name
from browser.conftest import open_tab
from conftest import MINI, ROOT, mkdocs, site_project
from localserver import serving

pytestmark = pytest.mark.browser

MODEL = build_model(ROOT)
SOURCE = MODEL.article.source
CITED = [("quotes", "wang-my-old-friend"), ("quotes", MODEL.all("quotes")[0].id),
         ("statements", MODEL.all("statements")[0].id), ("figures", MODEL.all("figures")[0].id)]


def today() -> tuple[str, list[int]]:
    now = datetime.date.today()
    return reader_date(now.isoformat()), [now.year, now.month, now.day]


def copy(page: Page, holder: str, label: str) -> str:
    page.locator(holder).get_by_role("button", name=label).first.click()
    page.wait_for_function("() => [...document.querySelectorAll('.briefing-cite-button')]"
                           ".some(button => button.textContent === 'Copied')")
    return str(page.evaluate("() => navigator.clipboard.readText()"))


@pytest.fixture
def clip_page(browser: Browser, seed_url: str) -> Any:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page(), seed_url
    context.close()


def test_every_quote_statement_and_figure_page_has_its_citation(seed_site: Path) -> None:
    for kind in ("quotes", "statements", "figures"):
        for record in MODEL.all(kind):
            html = (seed_site / kind / record.id / "index.html").read_text(encoding="utf-8")
            assert html.count('class="briefing-cite"') == 1, (kind, record.id)


@pytest.mark.parametrize(("kind", "record_id"), CITED)
def test_a_citation_says_who_what_to_whom_when_where_and_when_read(
        clip_page: Any, kind: str, record_id: str) -> None:
    page, base = clip_page
    record = MODEL.records[kind][record_id]
    page.goto(f"{base}{kind}/{record_id}/")
    text = copy(page, ".briefing-cite", "Copy citation")
    day, parts = today()
    paragraph = record.paragraphs[0]
    link = f"{base}article/#p{paragraph}"
    expected = [f"“{SOURCE.title}”", link, f"(accessed {day})", f"paragraph {paragraph}"]
    expected += [SOURCE.publisher] if SOURCE.publisher else []
    if kind != "figures":
        expected += [display_name(MODEL.get(key)) for key in MODEL.speakers(record)]
        expected.append(" ".join((record.text if kind == "quotes" else record.gist).split()))
        expected += [display_name(MODEL.records["people"][person]) for person in record.addressees]
    else:
        expected.append(" ".join(record.as_written.split()))
    if record.date:
        expected.append(reader_date(record.date))
    assert [part for part in expected if part not in text] == [], text
    csl = json.loads(copy(page, ".briefing-cite", "Copy CSL-JSON"))
    assert csl[0]["type"] == "article-newspaper" and csl[0]["title"] == SOURCE.title
    assert csl[0]["URL"] == link and csl[0]["locator"] == str(paragraph)
    assert csl[0]["accessed"] == {"date-parts": [parts]}


def test_every_article_paragraph_can_be_cited(clip_page: Any) -> None:
    page, base = clip_page
    page.goto(f"{base}article/")
    count = len(MODEL.article.paragraphs)
    assert page.locator(".briefing-cite--paragraph").count() == count
    text = copy(page, "#p5 + .briefing-cite", "Copy citation")
    first_words = " ".join(MODEL.article.paragraph(5).split()[:6])
    assert first_words in text and f"{base}article/#p5" in text and "paragraph 5" in text, text


def test_bidi_controls_are_taken_out_of_a_copied_citation(browser: Browser,
                                                          tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    quotes = project / "data" / "quotes.yml"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace(
        "  reported: told to Babbage\n",
        "  reported: told to Babbage\n  audience: \"the \\u202eboard\\u2066 of the engine\"\n", 1),
        encoding="utf-8")
    assert mkdocs(project, "build", "--strict", "-d", "site").returncode == 0
    with serving(project / "site") as base:
        tab = open_tab(browser, base)
        tab.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        tab.goto("quotes/weaves-patterns/")
        text = copy(tab.page, ".briefing-cite", "Copy citation")
        tab.page.context.close()
    assert "the board of the engine" in text, text
    assert not any(0x202A <= ord(char) <= 0x202E or 0x2066 <= ord(char) <= 0x2069
                   for char in text)


def test_a_draft_says_so_in_its_citation_and_the_home_tab(browser: Browser,
                                                          tmp_path: Path) -> None:
    """A record nobody has checked is cited as a draft; the home page's tab names the briefing
    and says it is a draft (not "Home")."""
    project = site_project(tmp_path, MINI)
    quotes = project / "data" / "quotes.yml"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace(
        "- id: weaves-patterns\n", "- id: weaves-patterns\n  draft: true\n", 1), encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "    seeds_dir: seeds\n", "    seeds_dir: seeds\n    allow_drafts: true\n", 1),
        encoding="utf-8")
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    title = build_model(project).briefing.title
    with serving(project / "site") as base:
        tab = open_tab(browser, base)
        tab.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        tab.goto("")
        home = tab.page.title()
        shared = tab.page.locator('meta[property="og:title"]').get_attribute("content")
        tab.goto("quotes/weaves-patterns/")
        text = copy(tab.page, ".briefing-cite", "Copy citation")
        csl = json.loads(copy(tab.page, ".briefing-cite", "Copy CSL-JSON"))
        tab.page.context.close()
    assert text.endswith("Draft: not yet checked against the article."), text
    assert "Draft: not yet checked" in csl[0]["note"]
    assert home.startswith(f"Draft: {title}") and shared == f"Draft: {title}", (home, shared)


def test_a_citation_names_the_article_s_authors_in_text_and_csl(browser: Browser,
                                                                  tmp_path: Path) -> None:
    """The byline's names (`authors` in the article's metadata) are cited: 'by A and B' in
    the text, one CSL author each; the article page says 'By A, B' and its JSON-LD lists them."""
    project = site_project(tmp_path, MINI)
    meta = project / "seeds" / "mini.yml"
    meta.write_text(meta.read_text(encoding="utf-8").replace(
        "title_is_ours: true\n", "title_is_ours: false\nauthors: [Ada Byron, Charles Babbage]\n"
        "publisher: Analytical Review\n"), encoding="utf-8")
    assert mkdocs(project, "build", "--strict", "-d", "site").returncode == 0
    article = (project / "site" / "article" / "index.html").read_text(encoding="utf-8")
    assert "By Ada Byron, Charles Babbage · Analytical Review" in article
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', article, re.S)
    assert block, "no JSON-LD on the article page"
    graph = json.loads(block.group(1))
    nodes = graph.get("@graph", [graph])
    (node,) = [n for n in nodes if n.get("@type") == "NewsArticle" and "author" in n]
    assert node["author"] == [{"@type": "Person", "name": "Ada Byron"},
                              {"@type": "Person", "name": "Charles Babbage"}]
    with serving(project / "site") as base:
        tab = open_tab(browser, base)
        tab.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        tab.goto("quotes/weaves-patterns/")
        text = copy(tab.page, ".briefing-cite", "Copy citation")
        csl = json.loads(copy(tab.page, ".briefing-cite", "Copy CSL-JSON"))
        tab.page.context.close()
    assert "“A small test article”, by Ada Byron and Charles Babbage, Analytical Review" in text, text
    assert csl[0]["author"] == [{"literal": "Ada Byron"}, {"literal": "Charles Babbage"}]
