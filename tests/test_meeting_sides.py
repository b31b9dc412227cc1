"""A meeting's sides may be places: a country's national team in a match ('Slovenia beat Serbia
3-2 in the final'), a country in talks. `Meeting.organisations` names organisations or places,
the way a speaker is a person or an organisation; every reader of it takes either."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefing.core.settings import Settings
from briefing.engine import build
from briefing.hub.collect import _links
from briefing.web.index_format import IndexRecord
from conftest import ENGINE, ROOT, allow_drafts, mkdocs, site_project

MATCH = """\
- id: final
  name: Slovenia v Serbia
  type: other
  date: "1843-06-06"
  organisations: [slovenia, serbia, handball-federation]
  summary: Slovenia beat Serbia 3-2 in the final.
  paragraphs: [4]
"""
PLACES = """\
- id: slovenia
  name: Slovenia
  type: country
  paragraphs: [4]
- id: serbia
  name: Serbia
  type: country
  paragraphs: [4]
"""
ORGANISATIONS = """\
- id: handball-federation
  name: Handball Federation
  paragraphs: [4]
"""


def with_match(mini: Path) -> Path:
    """The mini briefing with a match between two countries, run by a federation."""
    article = mini / "seeds" / "mini.txt"
    article.write_text(article.read_text(encoding="utf-8").rstrip("\n")
                       + "\n\nSlovenia beat Serbia 3-2 in the final, the Handball Federation said.\n",
                       encoding="utf-8")
    data = mini / "data"
    (data / "meetings.yml").write_text((data / "meetings.yml").read_text(encoding="utf-8") + MATCH,
                                       encoding="utf-8")
    (data / "places.yml").write_text((data / "places.yml").read_text(encoding="utf-8") + PLACES,
                                     encoding="utf-8")
    (data / "organisations.yml").write_text(ORGANISATIONS, encoding="utf-8")
    return mini


def _jsonld(markdown: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/ld\+json">\n(.*?)\n</script>', markdown, re.S)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def test_a_country_takes_part_in_a_match(mini: Path) -> None:
    site = build(Settings(with_match(mini)))
    page = site.pages["meetings/final.md"]
    assert ("Taking part\n:   [Slovenia](../places/slovenia.md), [Serbia](../places/serbia.md), "
            "[Handball Federation](../organisations/handball-federation.md)\n") in page
    node = _jsonld(page)
    assert [item["name"] for item in node["attendee"]] == ["Handball Federation"]
    assert [(item["@type"], item["name"]) for item in node["about"]] == [
        ("Place", "Slovenia"), ("Place", "Serbia")]
    assert "## Taking part\n\n- [Slovenia v Serbia](../meetings/final.md)" in site.pages[
        "places/serbia.md"]
    assert "[Slovenia v Serbia](../meetings/final.md)" in site.pages[
        "organisations/handball-federation.md"]
    index = json.loads(site.files["briefing-index.json"])
    final = next(r for r in index["records"] if r["kind"] == "meetings" and r["id"] == "final")
    assert final["organisations"] == ["places/slovenia", "places/serbia",
                                      "organisations/handball-federation"]


def test_only_organisations_keep_their_heading(mini: Path) -> None:
    with_match(mini)
    meetings = mini / "data" / "meetings.yml"
    text = meetings.read_text(encoding="utf-8")
    meetings.write_text(text.replace("[slovenia, serbia, handball-federation]",
                                     "[handball-federation]"), encoding="utf-8")
    page = build(Settings(mini)).pages["meetings/final.md"]
    assert "Organisations\n:   [Handball Federation]" in page
    assert "about" not in _jsonld(page)


def test_a_side_that_is_neither_is_refused(mini: Path) -> None:
    with_match(mini)
    meetings = mini / "data" / "meetings.yml"
    meetings.write_text(meetings.read_text(encoding="utf-8").replace("serbia,", "ada-lovelace,"),
                        encoding="utf-8")
    with pytest.raises(Exception, match="no organisations or places record has the id 'ada-lovelace'"):
        build(Settings(mini))


@pytest.mark.build
def test_a_strict_site_shows_the_countries_of_a_match(tmp_path: Path, mini: Path) -> None:
    project = site_project(tmp_path, with_match(mini))
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "meetings" / "final" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../places/slovenia/"' in html
    assert '"@type":"Place"' in html
    search = json.loads((project / "site" / "search" / "search_index.json").read_text(
        encoding="utf-8"))
    final = [doc for doc in search["docs"] if doc["location"].startswith("meetings/final/")]
    assert any("Slovenia" in doc["text"] and "Serbia" in doc["text"] for doc in final)


@pytest.mark.build
def test_a_drafted_match_between_countries_builds_strictly(tmp_path: Path) -> None:
    """`briefing new` on a volleyball final between two countries, built for real: the drafted
    match's sides are the two national sides (round 21: organisations with the countries' ids),
    and its page links them."""
    target = tmp_path / "ljubljana"
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "new", str(target), "--article",
         str(ROOT / "tests" / "fixtures" / "articles" / "ljubljana.txt"), "--title", "Volleyball",
         "--published", "2033-09-12", "--engine", ENGINE], text=True, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr
    meetings = yaml.safe_load((target / "data" / "meetings.yml").read_text(encoding="utf-8"))
    final = next(m for m in meetings if m["id"] == "slovenia-v-serbia")
    assert final["organisations"] == ["slovenia", "serbia"]
    # (this checkout's engine, whichever one the venv has installed)
    built = mkdocs(allow_drafts(target), "build", "--strict", "-d", "site",
                   env={"PYTHONPATH": str(ROOT / "hooks")})
    assert built.returncode == 0, built.stderr
    html = (target / "site" / "meetings" / "slovenia-v-serbia" / "index.html").read_text(encoding="utf-8")
    # (round 21: a country written as a side of a match is also its national side, an organisation
    # under the same id; the match's page links the sides, the side's page the match)
    assert 'href="../../organisations/slovenia/"' in html and 'href="../../organisations/serbia/"' in html
    side = (target / "site" / "organisations" / "serbia" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../meetings/slovenia-v-serbia/"' in side


def test_a_hub_puts_the_match_in_each_countrys_story() -> None:
    # the published index names a place side as `places/<id>`: the hub reads it as any reference
    record = IndexRecord(kind="meetings", id="final", name="Slovenia v Serbia", url="meetings/final/",
                         organisations=("places/slovenia", "places/serbia"))
    assert _links("wire", record) == [(("wire", "places", "slovenia"), "events"),
                                      (("wire", "places", "serbia"), "events")]
