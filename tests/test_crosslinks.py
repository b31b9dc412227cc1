"""Two briefings built for real: the second imports the first's index over HTTP and links to it."""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sphobjinv
import yaml

from briefing.core.escape import md
from briefing.core.problems import DataError
from briefing.core.settings import Settings
from briefing.engine import build
from briefing.model.build import build_model
from briefing.web.crossref import Links
from briefing.web.imports import cache_file
from conftest import MINI, ROOT, mkdocs, site_project
from localserver import serving
from sitecheck import Page, main_text, page

KERRY = "kerry-beijing-2023"
HOSTILE = "Also in </script><script>alert(1)</script> & Kerry's own briefing."
LINKS_PAGE = """# Links

Ada: [[people/ada-lovelace]]. Her old friend, by his former id: [[people/babbage]].
Kerry's words: [[kerry-beijing-2023:quotes/kerry-new-definition-of-cooperation|what Kerry said]].
The day: [[timeline/meeting-day]].
Not references: `[[people/nobody]]` and \\[[people/nobody]].

```text
[[people/nobody]]
```
"""


def edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def import_first(project: Path, location: str) -> None:
    edit_yaml(project / "data/briefing.yml", lambda b: b.update(imports={KERRY: location}))


def write_second(project: Path, first: str) -> None:
    """The mini briefing, importing the first, sharing two people with it, citing it by id."""
    def briefing(data: dict[str, Any]) -> None:
        data["summary"] = "Two people met, as [[people/ada-lovelace|Ada]] told [[people/babbage]]."
        data["why_it_matters"] = (f"It echoes [[{KERRY}:people/wang-yi]] on "
                                  f"[[{KERRY}:topics/climate-finance]].")
        data["imports"] = {KERRY: first}

    def people(records: list[dict[str, Any]]) -> None:
        records[1]["former_ids"] = ["babbage"]
        records.append({"id": "john-kerry", "name": "John Kerry", "wikidata": "Q22316",
                        "description": HOSTILE, "paragraphs": [4]})
        records.append({"id": "wang-yi", "name": "Wang Yi", "same_as": [f"{KERRY}:people/wang-yi"],
                        "paragraphs": [4]})
    with (project / "seeds/mini.txt").open("a", encoding="utf-8") as article:
        article.write("\nJohn Kerry and Wang Yi are named in this paragraph.\n")
    edit_yaml(project / "data/briefing.yml", briefing)
    edit_yaml(project / "data/people.yml", people)
    (project / "docs/links.md").write_text(LINKS_PAGE, encoding="utf-8")


@pytest.fixture(scope="module")
def first_url(seed_site: Path) -> Iterator[str]:
    """The seed briefing (the first), published over HTTP under a subpath."""
    with serving(seed_site.parent) as base:
        yield base + "site/"


@pytest.fixture(scope="module")
def second_site(tmp_path_factory: pytest.TempPathFactory, first_url: str) -> Path:
    project = site_project(tmp_path_factory.mktemp("second"), MINI)
    write_second(project, first_url)
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    return project / "site"


def json_ld(site: Path, url: str) -> dict[str, Any]:
    html = (site / url / "index.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert len(blocks) == 1, url
    data: dict[str, Any] = json.loads(blocks[0])
    return data


def test_yaml_text_references_resolve_here_and_in_the_first_briefing(second_site: Path,
                                                                     first_url: str) -> None:
    home = page(second_site, "")
    assert f"{first_url}people/wang-yi/" in home.links
    assert f"{first_url}topics/climate-finance/" in home.links
    assert "people/ada-lovelace/" in home.links and "people/charles-babbage/" in home.links
    text = main_text(second_site, "")
    assert "as Ada told Charles Babbage" in text and "It echoes Wang Yi on Climate finance" in text
    assert "[[" not in text


def test_hand_written_page_references_resolve_and_code_is_left_alone(second_site: Path,
                                                                    first_url: str) -> None:
    links = page(second_site, "links/").links
    assert "../people/ada-lovelace/" in links and "../people/charles-babbage/" in links
    assert f"{first_url}quotes/kerry-new-definition-of-cooperation/" in links
    assert "../timeline/#meeting-day" in links
    text = main_text(second_site, "links/")
    assert "what Kerry said" in text and text.count("[[people/nobody]]") == 3
    assert json_ld(second_site, "links/")["@type"] == "WebPage"


@pytest.mark.parametrize("person", ["john-kerry", "wang-yi"])  # shared by Wikidata id, by same_as
def test_shared_people_show_in_other_briefings(second_site: Path, first_url: str, person: str) -> None:
    assert "In other briefings" in main_text(second_site, f"people/{person}/")
    assert f"{first_url}people/{person}/" in page(second_site, f"people/{person}/").links
    assert "In other briefings" not in main_text(second_site, "people/ada-lovelace/")


def test_every_link_into_the_first_briefing_reaches_a_page(second_site: Path, first_url: str) -> None:
    targets = {link for html in second_site.rglob("*.html")
               for link in Page(html.read_text(encoding="utf-8")).links if link.startswith(first_url)}
    assert targets == {first_url + path for path in (
        "people/john-kerry/", "people/wang-yi/", "topics/climate-finance/",
        "quotes/kerry-new-definition-of-cooperation/")}
    for target in sorted(targets):
        with urllib.request.urlopen(target.split("#")[0], timeout=10) as response:
            assert response.status == 200, target


def test_json_ld_links_other_briefings_and_keeps_hostile_text_inert(second_site: Path,
                                                                   first_url: str) -> None:
    data = json_ld(second_site, "people/john-kerry/")
    assert data["@type"] == "Person" and data["description"] == HOSTILE
    assert data["sameAs"] == ["https://www.wikidata.org/wiki/Q22316", f"{first_url}people/john-kerry/"]
    assert "<script>alert" not in (second_site / "people/john-kerry/index.html").read_text()


def test_a_former_id_redirects_and_stays_in_the_index(second_site: Path) -> None:
    redirect = (second_site / "people/babbage/index.html").read_text(encoding="utf-8")
    assert 'content="0; url=../charles-babbage/"' in redirect
    assert (second_site / "people/babbage/../charles-babbage/index.html").is_file()
    inventory = sphobjinv.Inventory(fname_zlib=second_site / "objects.inv")
    uris = {item.name: item.uri for item in inventory.objects}
    assert uris["people/babbage"] == uris["people/charles-babbage"] == "people/charles-babbage/"


def test_a_fresh_cache_needs_no_network(tmp_path: Path, mini: Path, seed_site: Path) -> None:
    with serving(seed_site.parent) as base:
        import_first(mini, base + "site/")
        build(Settings(mini))
    assert cache_file(Settings(mini), KERRY).is_file()
    # The server is gone: a fetch would fail and leave a note.
    fresh = build(Settings(mini))
    assert fresh.notes == [] and fresh.links.imports[KERRY].base_url == base + "site/"
    stale = build(Settings(mini, import_max_age_hours=0))
    assert len(stale.notes) == 1 and "using the copy cached" in stale.notes[0]
    cache_file(Settings(mini), KERRY).unlink()
    with pytest.raises(DataError, match="no copy is cached"):
        build(Settings(mini))


def test_offline_without_a_cached_copy_says_what_to_do(mini: Path) -> None:
    import_first(mini, "https://example.invalid/kerry/")
    with pytest.raises(DataError) as error:
        build(Settings(mini, offline=True))
    message = str(error.value)
    assert "imports.kerry-beijing-2023" in message and "offline is set" in message


def test_a_missing_index_fails_the_build_with_a_clear_message(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    import_first(project, "../kerry/site")
    result = mkdocs(project, "build", "-d", "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "data/briefing.yml" in output and "imports.kerry-beijing-2023" in output
    assert "no briefing-index.json at" in output and "build that briefing first" in output


def test_import_by_local_path_links_to_the_published_address(tmp_path: Path, mini: Path) -> None:
    published = build(Settings(ROOT, site_url="https://example.org/kerry/")).files
    (tmp_path / "kerry-site").mkdir()
    (tmp_path / "kerry-site/briefing-index.json").write_text(str(published["briefing-index.json"]))
    import_first(mini, "../kerry-site")
    links = build(Settings(mini)).links
    assert links.expand_markdown(f"[[{KERRY}:people/xie-zhenhua]]", "links.md")[0] == (
        '<a href="https://example&#46;org/kerry/people/xie&#45;zhenhua/" '
        'data-briefing-tip="John Kerry&#39;s climate talks in Beijing, July 2023">Xie Zhenhua</a>')


def test_a_path_import_of_a_site_built_without_site_url_is_refused(mini: Path, seed_site: Path) -> None:
    import_first(mini, str(seed_site))
    with pytest.raises(DataError, match="built without site_url"):
        build(Settings(mini))


def test_unresolved_references_fail_a_strict_build(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    edit_yaml(project / "data/people.yml", lambda people: people[0].update(
        description="Friend of [[people/nobody]]", same_as=["other:people/ada"]))
    (project / "docs/links.md").write_text("# Links\n\n[[other:people/ada]]\n", encoding="utf-8")
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode != 0
    assert ("data/people.yml:10, record 'ada-lovelace', field 'description': [[people/nobody]] "
            "resolves to nothing: this briefing has no people record 'nobody'") in result.stderr
    assert "people.yml:12, record 'ada-lovelace', field 'same_as[0]': 'other:people/ada' resolves " \
           "to nothing" in result.stderr
    assert ("docs/links.md:3: [[other:people/ada]] resolves to nothing: briefing 'other' is not "
            "imported") in result.stderr


MINI_LINKS = Links(build_model(MINI))
WRITTEN = [
    ("See [[people/ada-lovelace]].", "links.md", "See [Ada Lovelace](people/ada-lovelace.md)."),
    ("[[people/ada-lovelace|Ada]]", "links.md", "[Ada](people/ada-lovelace.md)"),
    ("[[people/ada-lovelace]]", "guide/links.md", "[Ada Lovelace](../people/ada-lovelace.md)"),
    ("[[mini:places/london]]", "links.md", "[London](places/london.md)"),
    ("[[timeline/meeting-day]]", "links.md", "[Lovelace meets Babbage](timeline.md#meeting-day)"),
    ("[[quotes/weaves-patterns]]", "x.md",
     "[“The engine weaves algebraic patterns,”](quotes/weaves-patterns.md)"),
    ("`[[people/ada-lovelace]]`", "links.md", "`[[people/ada-lovelace]]`"),
    ("\\[[people/ada-lovelace]]", "links.md", "\\[[people/ada-lovelace]]"),
    ("~~~\n[[people/ada-lovelace]]\n~~~\n", "links.md", "~~~\n[[people/ada-lovelace]]\n~~~\n"),
]


@pytest.mark.parametrize(("written", "path", "expected"), WRITTEN)
def test_reference_syntax(written: str, path: str, expected: str) -> None:
    assert MINI_LINKS.expand_markdown(written, path) == (expected, [])


@pytest.mark.parametrize(("written", "reason"), [
    ("[[people/nobody]]", "this briefing has no people record 'nobody'"),
    ("[[things/x]]", "'things' is not a kind of record"),
    ("[[other:people/x]]", "briefing 'other' is not imported (imports in briefing.yml: none)"),
    ("[[Wang Yi]]", "write it as kind/id"),
])
def test_unresolved_references_say_why(written: str, reason: str) -> None:
    text, missing = MINI_LINKS.expand_markdown(written, "links.md")
    assert text == written and len(missing) == 1 and reason in missing[0]


def test_references_in_yaml_text_survive_escaping() -> None:
    escaped = md("Met [[people/charles-babbage|Mr. Babbage]] & [[people/nobody]].")
    assert MINI_LINKS.expand_escaped(escaped, "people/ada-lovelace.md") == (
        "Met [Mr\\. Babbage](charles-babbage.md) &amp; \\[\\[people/nobody\\]\\]\\.")
