"""A hub built for real (`briefing hub`, then `mkdocs build --strict`) from the seed and two
briefings that share people with it: dossiers by id, never by name alone; what each person
said, dated and linked to its paragraph; the combined timeline; feeds that validate."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing.core.settings import Settings
from briefing.engine import build
from briefing.hub.identity import identify
from briefing.web.imports import Imported
from briefing.web.index_format import Index
from conftest import mkdocs
from feedcheck import ATOM, check_atom, check_json_feed
from hubsites import make_hub

HUB_URL = "https://example.org/hub/"
KERRY = "dossiers/people/john-kerry/"


@pytest.fixture(scope="module")
def hub_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    hub = make_hub(tmp_path_factory.mktemp("hub"))
    result = mkdocs(hub, "build", "--strict", "-d", "site", env={"SITE_URL": HUB_URL})
    assert result.returncode == 0, result.stderr
    return hub / "site"


def page(site: Path, address: str) -> str:
    return (site / address / "index.html").read_text(encoding="utf-8")


def test_kerry_has_one_dossier_with_his_quotes_from_each_briefing(hub_site: Path) -> None:
    html = page(hub_site, KERRY)
    paragraph_links = re.findall(r'href="https://example\.org/([a-z0-9-]+)/article/#p(\d+)"', html)
    briefings = {alias for alias, _ in paragraph_links}
    assert briefings == {"kerry-beijing-2023", "kerry-sunnylands-2023", "kerry-cop28-2023"}
    assert "We agreed to speed up the work on methane," in html  # Sunnylands
    assert "The world is watching this room," in html  # COP28, where his record's id is 'kerry'
    assert "We are very hopeful that this can be the beginning" in html  # the seed
    # dated, the newest briefing first, and the seed's inferred year marked with its reason
    stories = html[html.index("In each briefing, newest first"):]
    dates = [stories.index(date) for date in ("12 December 2023", "4 November 2023", "18 July 2023")]
    assert dates == sorted(dates)
    assert re.search(r'class="briefing-inferred" tabindex="0" data-briefing-tip="[^"]*COP28[^"]*">†', html)
    assert not re.search(r'class="briefing-inferred"[^>]* title=', html)  # the theme renders a title as HTML


def test_identity_is_by_id_and_a_name_alone_is_only_proposed(hub_site: Path) -> None:
    assert (hub_site / "dossiers/people/xie-zhenhua/index.html").is_file()  # joined by same_as
    assert not (hub_site / "dossiers/people/wang-yi").exists()  # two records, no shared id
    report = page(hub_site, "identity/")
    assert report.count("Wang Yi</a>") == 2 and "Possible matches by name" in report


def test_a_same_as_between_different_wikidata_ids_is_a_reported_conflict() -> None:
    def index(briefing: str, wikidata: str, same_as: tuple[str, ...] = ()) -> Imported:
        record = {"kind": "people", "id": "x", "name": "X", "url": "people/x/",
                  "external_ids": {"wikidata": wikidata}, "same_as": list(same_as)}
        data = {"format": "briefing-index/2", "briefing": {"id": briefing, "title": briefing},
                "records": [record]}
        return Imported.of(briefing, f"https://example.org/{briefing}/", Index.model_validate(data))

    identities = identify({"a": index("a", "Q1", ("b:people/x",)), "b": index("b", "Q2")})
    assert len(identities.entities) == 2 and len(identities.conflicts) == 1


def test_the_combined_timeline_has_every_briefing_and_filters(hub_site: Path) -> None:
    timeline = page(hub_site, "timeline/")
    for alias in ("kerry-beijing-2023", "kerry-sunnylands-2023", "kerry-cop28-2023"):
        assert f'href="../briefings/{alias}/"' in timeline
    assert timeline.index("December 2023") < timeline.index("November 2023") < timeline.index("July 2023")
    kerry = page(hub_site, "timeline/people/john-kerry/")
    assert "Kerry meets Xie and Wang in Dubai" in kerry and "Kerry meets Wang Yi" in kerry
    methane = page(hub_site, "timeline/topics/methane/")
    assert "Kerry and Xie meet at Sunnylands" in methane
    assert "Kerry meets Xie and Wang in Dubai" not in methane
    assert "Xie Zhenhua" in page(hub_site, "who-met-whom/")


def test_the_hub_and_every_dossier_have_feeds_that_validate(hub_site: Path) -> None:
    root = check_atom((hub_site / "feed.atom").read_text(encoding="utf-8"))
    titles = [entry.findtext(ATOM + "title") or "" for entry in root.findall(ATOM + "entry")]
    assert titles[0].startswith("Kerry, Xie and Wang Yi at COP28") and len(titles) == 3
    assert root.findtext(ATOM + "updated") == "2023-12-20T00:00:00Z"  # cop28's `updated`
    check_json_feed((hub_site / "feed.json").read_text(encoding="utf-8"))
    feeds = sorted(hub_site.glob("dossiers/*/*/feed.atom"))
    assert len(feeds) >= 5
    for feed in feeds:
        check_atom(feed.read_text(encoding="utf-8"))
        check_json_feed((feed.parent / "feed.json").read_text(encoding="utf-8"))
    kerry = json.loads((hub_site / KERRY / "feed.json").read_text(encoding="utf-8"))
    assert len(kerry["items"]) == 3 and kerry["feed_url"] == HUB_URL + KERRY + "feed.json"
    assert '<a href="feed.atom">Atom</a>' in page(hub_site, KERRY)
    assert 'type="application/atom+xml" title="Atom feed" href="../../../feed.atom"' in page(hub_site, KERRY)


def test_a_briefing_links_to_the_hub_by_its_own_ids(hub_site: Path) -> None:
    redirect = (hub_site / "records/kerry-cop28-2023/people/kerry/index.html").read_text(encoding="utf-8")
    assert 'url=../../../../dossiers/people/john-kerry/"' in redirect
    lonely = (hub_site / "records/kerry-beijing-2023/people/li-qiang/index.html").read_text(encoding="utf-8")
    assert 'url=../../../../briefings/kerry-beijing-2023/"' in lonely


def test_the_briefings_list_is_newest_first_with_date_publisher_and_summary(hub_site: Path) -> None:
    html = page(hub_site, "briefings/")
    assert html.index("COP28, December 2023") < html.index("Sunnylands") < html.index("Beijing, July")
    assert "Fixture Times" in html and "13 December 2023" in html and "spoke of coal" in html


def test_no_page_passes_200_kb_however_many_briefings(tmp_path: Path) -> None:
    """Sixty briefings each quoting the same person forty times: the dossier is cut into pages."""
    sites = tmp_path / "sites"
    imports = {}
    for number in range(60):
        alias = f"b{number}"
        quotes = [{"kind": "quotes", "id": f"q{n}", "name": "“words”", "url": f"quotes/q{n}/",
                   "words": f"Words number {n} of briefing {number}, long enough to weigh something " * 3,
                   "speakers": ["people/p"], "date": "2023-07-18", "paragraphs": [n + 1],
                   "paragraph_url": f"article/#p{n + 1}"} for n in range(40)]
        person = {"kind": "people", "id": "p", "name": "Pat Example", "url": "people/p/",
                  "external_ids": {"wikidata": "Q1"}}
        data = {"format": "briefing-index/2", "records": [person, *quotes],
                "briefing": {"id": alias, "title": f"Briefing {number}", "published": f"20{10 + number % 14}",
                             "url": f"https://example.org/{alias}/"}}
        (sites / alias).mkdir(parents=True)
        (sites / alias / "briefing-index.json").write_text(json.dumps(data))
        imports[alias] = str(sites / alias)
    hub = make_hub(tmp_path, imports)
    pages = build(Settings(hub)).pages
    dossier = sorted(path for path in pages if path.startswith("dossiers/people/pat-example/"))
    assert len(dossier) > 3
    # 70 KB of Markdown: a dossier of 228 briefings' sections at 80 KB was 207 KB of HTML.
    assert max(len(pages[path].encode()) for path in pages) < 75_000
    # The list of briefings: `page_size` (50) a page, as the setting says, not packed to the
    # budget (200 a page at 1,000 briefings, 235 KB of HTML for the first).
    assert [pages[path].count("\n### ") for path in ("briefings/index.md", "briefings/page-2.md")] == [50, 10]


def test_a_briefing_with_a_hub_links_each_person_place_and_topic_to_it(mini: Path) -> None:
    pages = build(Settings(mini, hub=HUB_URL)).pages
    assert (f"[More on Ada Lovelace in the hub]({HUB_URL}records/mini/people/ada-lovelace/)"
            in pages["people/ada-lovelace.md"])
    assert f"{HUB_URL}records/mini/topics/engines/" in pages["topics/engines.md"]
    assert "in the hub" not in pages["quotes/weaves-patterns.md"]
    assert "in the hub" not in build(Settings(mini)).pages["people/ada-lovelace.md"]
