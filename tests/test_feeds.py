"""Every briefing publishes an Atom feed and a JSON Feed 1.1 that validate, dated by its data
(never the build's clock), the same bytes on every build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.core.settings import Settings
from briefing.engine import build
from conftest import ROOT
from feedcheck import ATOM, check_atom, check_json_feed
from test_crosslinks import edit_yaml

SITE = "https://example.org/kerry/"


@pytest.mark.parametrize("site_url", [SITE, ""])
def test_the_seed_publishes_feeds_that_validate(site_url: str) -> None:
    files = build(Settings(ROOT, site_url=site_url)).files
    root = check_atom(str(files["feed.atom"]))
    document = check_json_feed(str(files["feed.json"]))
    [entry] = root.findall(ATOM + "entry")
    assert entry.findtext(ATOM + "title") == "John Kerry's climate talks in Beijing, July 2023"
    assert entry.findtext(ATOM + "published") == "2023-07-18T00:00:00Z"  # the data's date
    assert root.findtext(ATOM + "updated") == "2023-07-18T00:00:00Z"
    [item] = document["items"]
    assert item["date_published"] == "2023-07-18T00:00:00Z"
    assert item["summary"].startswith("U.S. climate envoy John Kerry")
    if site_url:
        assert document["feed_url"] == SITE + "feed.json" and item["url"] == SITE
        self_link = root.find(ATOM + "link[@rel='self']")
        assert self_link is not None and self_link.get("href") == SITE + "feed.atom"


def test_feeds_are_the_same_bytes_on_every_build() -> None:
    first, second = (build(Settings(ROOT, site_url=SITE)).files for _ in range(2))
    assert (first["feed.atom"], first["feed.json"]) == (second["feed.atom"], second["feed.json"])


def test_an_updated_briefing_says_so_and_hostile_text_stays_text(mini: Path) -> None:
    def revise(briefing: dict[str, object]) -> None:
        briefing.update(updated="2024-02", title="A <b>bold</b> & \x1b[2Jtitle]]>")

    edit_yaml(mini / "data/briefing.yml", revise)
    files = build(Settings(mini, site_url=SITE)).files
    root = check_atom(str(files["feed.atom"]))
    assert root.findtext(ATOM + "updated") == "2024-02-01T00:00:00Z"
    assert root.findtext(ATOM + "entry/" + ATOM + "title") == "A <b>bold</b> & [2Jtitle]]>"
    assert json.loads(str(files["feed.json"]))["items"][0]["date_modified"] == "2024-02-01T00:00:00Z"
