"""The article's own masthead (headline, byline, publisher, address) becomes the source's
metadata in `seeds/`: what a citation of the article needs, read from the page's chrome that
the draft sets aside. Through the real path: `briefing new`, then a strict build."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from briefing.new.draft.chrome import is_bare_byline
from briefing.new.draft.paragraphs import Split, split_article
from briefing.new.scaffold.masthead import Masthead, byline_names, copyright_holder, masthead, wire_agency
from conftest import allow_drafts, mkdocs
from test_new import ARTICLES, new

BYLINES = [
    ("By Aoife Brennan, Agriculture Correspondent", ("Aoife Brennan",)),
    ("By Chiamaka Eze and Jonas Richter", ("Chiamaka Eze", "Jonas Richter")),
    ("By Wanjiru Kamau in Marsabit", ("Wanjiru Kamau",)),
    ("By Rhea Mae Villanueva  |  May 13, 2025  |  Photo courtesy of Comelec", ("Rhea Mae Villanueva",)),
    ("By AFP, published Wednesday 6 December 2023 at 18:20", ("AFP",)),
    ("By Ana Lima, Tom Reyes and Ivo Kral", ("Ana Lima", "Tom Reyes", "Ivo Kral")),
    ("by Ludwig van Beethoven - 3 min read", ("Ludwig van Beethoven",)),
    ("By staff writers", ()),  # nobody named
    ("By Friday the talks had failed", ()),  # a sentence, not a byline
    ("", ()),
]


@pytest.mark.parametrize(("line", "names"), BYLINES)
def test_a_byline_gives_its_names(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(("line", "holder"), [
    ("© 2008 Irish Farm News. All rights reserved.", "Irish Farm News"),
    ("Copyright 2024 The Associated Press. All rights reserved.", "The Associated Press"),
    ("© Reuters 2024", "Reuters"),
    ("(c) 1999-2003 Daily Mail and General Trust", "Daily Mail and General Trust"),
    ("© 2023", None),
    ("  ©   2019   Nordic  Wire  Service.  All rights reserved.", "Nordic Wire Service"),
    ("Copyright law changed in 1998, the court said, and the publishers lost their case", None),
])
def test_the_copyright_line_names_the_publisher(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


@pytest.mark.parametrize(("line", "bare"), [
    ("Aoife Brennan, Agriculture Correspondent", True),
    ("Ana Lima and Tom Reyes", True),
    ("Wanjiru Kamau in Marsabit", True),
    ("Ruth P. Adler | 12 March 2025", True),
    ("Middle East", False),  # a section, not a name
    ("Sport Wire", False),
    ("Maria Santos wins the final", False),  # a headline
    ("Brendan Smith, Minister for Agriculture", False),  # a person in the story, not a writer
    ("Ana Lima said the talks had failed.", False),
])
def test_a_writers_line_without_by_is_a_byline(line: str, bare: bool) -> None:
    assert is_bare_byline(line) is bare


def _read(page: str) -> tuple[Split, Masthead]:
    """The page as the draft splits it, and the masthead `briefing new` reads from it."""
    split = split_article(page)
    return split, masthead(split.headers, "OURS", first_paragraph=split.paragraphs[0])


def test_a_writers_line_above_the_text_names_the_author() -> None:
    page = ("Home | World | Europe\n\nFarm ministers agree milk quota rise after night of talks\n\n"
            "Aoife Brennan, Agriculture Correspondent\n\n"
            "EU farm ministers agreed early on Thursday to raise milk quotas by two per cent, after "
            "talks in Brussels that ran through the night, officials said.\n\n"
            "The deal still needs the approval of the European Parliament before it takes effect.\n")
    split, head = _read(page)
    assert (head.title, head.authors) == ("Farm ministers agree milk quota rise after night of talks",
                                          ("Aoife Brennan",))
    assert split.paragraphs[0].startswith("EU farm ministers")


def test_a_masthead_block_without_blank_lines_keeps_its_headline_and_writer() -> None:
    """'Skip to main content' over the menu, headline, writer and stamp, in one block: joined,
    the block read as one chrome line and the headline and byline went with it."""
    page = ("Skip to main content\nHome | News | Science\n"
            "Glacier retreat in the Andes doubles in a decade, survey finds\n"
            "Lucía Paredes, Science Correspondent\nPublished 3 February 2025, 09:10 CET\n\n"
            "Glaciers in the central Andes lost twice as much ice in the last decade as in the one "
            "before, a survey published on Monday found.\n\n"
            "The survey's authors said the loss threatened water supplies in the dry season.\n")
    split, head = _read(page)
    assert (head.title, head.authors) == (
        "Glacier retreat in the Andes doubles in a decade, survey finds", ("Lucía Paredes",))
    assert len(split.paragraphs) == 2 and split.paragraphs[0].startswith("Glaciers in the central")


@pytest.mark.parametrize(("paragraph", "agency"), [
    ("BENGALURU, Feb 6 (Reuters) - Indian software services company Nuvexa will cut", "Reuters"),
    ("OTTAWA (CP) -- The House of Commons passed the bill", "CP"),
    ("GENEVA, June 2 (Wire) - U.S. and Russian negotiators ended two days of talks", "Wire"),
    ("The minister (who spoke in Lima) - and others - agreed.", None),
    ("LIMA, Oct. 20, 2026 - The strike spread", None),
])
def test_a_wire_dateline_names_its_agency(paragraph: str, agency: str | None) -> None:
    assert wire_agency(paragraph) == agency


@pytest.mark.parametrize(("article", "title", "authors", "publisher"), [
    ("bronzes.txt", "Germany hands back 179 Benin objects in three-day ceremony",
     ("Chiamaka Eze", "Jonas Richter"), None),
    ("rugby.txt", "Argentina stun hosts France in World Cup opener", (), "Sport Wire"),
    ("layoffs.txt", "OUR TITLE", (), "Reuters"),  # a wire report: no headline, its agency
    ("tribunal.txt", "Judge rejects bail for former mayor in Johannesburg housing fraud case",
     ("Thandi Mokoena",), None),
])
def test_scraped_fixtures_give_their_masthead(article: str, title: str,
                                              authors: tuple[str, ...], publisher: str | None) -> None:
    split = split_article((ARTICLES / article).read_text(encoding="utf-8"))
    head = masthead(split.headers, "OUR TITLE", first_paragraph=split.paragraphs[0])
    assert (head.title, head.title_is_ours, head.authors, head.publisher) == (
        title, title == "OUR TITLE", authors, publisher)


def test_the_command_line_wins_over_the_page() -> None:
    head = masthead({"headline": "A headline", "copyright": "© 2020 Page Co.",
                     "url": "https://page.example/a"}, "Ours", publisher="Given", url="https://given.example/")
    assert (head.publisher, head.url, head.title) == ("Given", "https://given.example/", "A headline")
    assert masthead({"url": "javascript:alert(1)"}, "Ours").url is None


def test_a_new_briefing_cites_its_article_by_headline_byline_and_publisher(tmp_path: Path) -> None:
    """`briefing new` on a scraped page with a headline, a byline and a copyright line: the
    seed's metadata carries them, and the built article page and its JSON-LD say them."""
    article = tmp_path / "dairy.txt"
    article.write_text(
        "Home | News | Farming | Business\n\nFARMING\n\n"
        "Ministers fail to agree on milk quota rise after all-night talks\n\n"
        "By Aoife Brennan, Agriculture Correspondent\n\n"
        "EU agriculture ministers meeting in Brussels broke up without agreement early on "
        "Tuesday after 14 hours of talks on raising milk quotas by 2 per cent a year.\n\n"
        "Ireland's Minister for Agriculture, Brendan Smith, said the plan would \"put family "
        "farms out of business within five years\" unless it came with a dairy fund.\n\n"
        "Related stories\n\nMilk prices fall for third month\n\n"
        "© 2008 Irish Farm News. All rights reserved.\n", encoding="utf-8")
    target = tmp_path / "dairy"
    result = new(target, article)
    assert result.returncode == 0, result.stderr
    (meta_file,) = (target / "seeds").glob("*.yml")
    meta = yaml.safe_load(meta_file.read_text(encoding="utf-8"))
    assert meta["title"] == "Ministers fail to agree on milk quota rise after all-night talks"
    assert (meta["title_is_ours"], meta["authors"], meta["publisher"]) == (
        False, ["Aoife Brennan"], "Irish Farm News")
    built = mkdocs(allow_drafts(target), "build", "--strict", "-d", "site")
    assert built.returncode == 0, built.stderr
    page = (target / "site/article/index.html").read_text(encoding="utf-8")
    assert "By Aoife Brennan · Irish Farm News · 18 July 2023" in page
    assert "Our title" not in page
    home = (target / "site/index.html").read_text(encoding="utf-8")
    assert "Ministers fail to agree on milk quota rise after all-night talks</a>" in home
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert block and '"author": [{"@type": "Person", "name": "Aoife Brennan"}]' in \
        json.dumps(json.loads(block.group(1)))
