"""Several speakers for one quote or statement, and figures with their qualifier in words.

"Ada Lovelace and Charles Babbage said ..." on the record's page, the record on each speaker's
page; "more than 3,500 people" wherever a figure shows, never "≈ 3500".
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from briefing.core.numbers import reader_number
from briefing.core.problems import DataError, Problem
from briefing.core.settings import Settings
from briefing.engine import generate
from briefing.model.build import build_model
from conftest import mkdocs, site_project
from sitecheck import main_text, page

JOINT_PARAGRAPHS = (
    "Lovelace and Babbage said more than 3,500 people had seen the engine.\n\n"
    '"We will build another," Babbage and Lovelace said.\n')
JOINT_STATEMENT = """\
- id: joint-claim
  speakers: [ada-lovelace, charles-babbage]
  gist: More than 3,500 people had seen the engine.
  reported: as the article reports
  topics: [engines]
  paragraphs: [4]
"""
JOINT_QUOTE = """\
- id: build-another
  text: We will build another,
  partial: false
  speakers: [charles-babbage, ada-lovelace]
  reported: as the article reports
  paragraphs: [5]
"""
QUALIFIED_FIGURE = """\
- id: visitors
  name: Visitors to the engine
  value: 3500
  unit: people
  qualifier: more than
  as_written: more than 3,500 people
  measures: How many people had seen the engine.
  paragraphs: [4]
"""


def add(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def joint(root: Path) -> Path:
    """The mini briefing with a statement and a quote by two speakers, and a qualified figure."""
    add(root / "seeds/mini.txt", "\n" + JOINT_PARAGRAPHS)
    add(root / "data/statements.yml", JOINT_STATEMENT)
    add(root / "data/quotes.yml", JOINT_QUOTE)
    add(root / "data/figures.yml", QUALIFIED_FIGURE)
    briefing = root / "data/briefing.yml"
    briefing.write_text(briefing.read_text().replace("key_figures: [talk-length]",
                                                     "key_figures: [talk-length, visitors]"))
    return root


def problems_of(root: Path) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        build_model(root)
    return caught.value.problems


def test_the_model_gives_every_speaker_in_order(mini: Path) -> None:
    model = build_model(joint(mini))
    statement = model.get(("statements", "joint-claim"))
    quote = model.get(("quotes", "build-another"))
    single = model.get(("quotes", "weaves-patterns"))
    assert model.speakers(statement) == (("people", "ada-lovelace"), ("people", "charles-babbage"))
    assert model.speakers(quote) == (("people", "charles-babbage"), ("people", "ada-lovelace"))
    assert model.speakers(single) == (("people", "ada-lovelace"),)


def test_joint_records_in_the_generated_pages(mini: Path) -> None:
    pages = generate(Settings(joint(mini)))
    statement = pages["statements/joint-claim.md"]
    assert ("the article reports this of [Ada Lovelace](../people/ada-lovelace.md) and "
            "[Charles Babbage](../people/charles-babbage.md)") in statement
    assert 'description: "Ada Lovelace and Charles Babbage: More than 3,500' in statement
    assert "Charles Babbage and Ada Lovelace: “We will build another,”" in \
        pages["quotes/build-another.md"]  # the citation a reader copies names both
    creators = _jsonld(pages["statements/joint-claim.md"])["creator"]
    assert [creator["name"] for creator in creators] == ["Ada Lovelace", "Charles Babbage"]
    assert "| [Visitors to the engine](visitors.md) | more than 3,500 people |" in \
        pages["figures/index.md"]
    assert "≈" not in "".join(pages.values())


def _jsonld(markdown: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/ld\+json">\n(.*?)\n</script>', markdown, re.S)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    return data


@pytest.mark.parametrize(("value", "language", "written"), [
    (3500, "en", "3,500"), (3500.0, "en", "3,500"), (52.2, "en", "52.2"),
    (1234567.25, "en", "1,234,567.25"), (0.5, "en", "0.5"), (-12000, "en", "-12,000"),
    (3500, "de", "3.500"), (52.2, "de", "52,2"), (1234567, "hi", "12,34,567"),
    (1234.5, "pt-BR", "1.234,5"), (3500, "xx", "3,500"),  # unknown to Babel: as English
])
def test_numbers_in_the_site_language(value: float, language: str, written: str) -> None:
    assert reader_number(value, language) == written


def test_the_site_language_sets_the_separators(mini: Path) -> None:
    pages = generate(Settings(joint(mini), language="de"))
    assert "**more than 3\\.500 people**" in pages["figures/visitors.md"]  # "." escaped


def test_an_approximate_figure_without_its_word_reads_about(mini: Path) -> None:
    figures = mini / "data/figures.yml"
    figures.write_text(figures.read_text().replace("qualifier: nearly", "approximate: true"))
    assert "**about 3 hours**" in generate(Settings(mini))["figures/talk-length.md"]


@pytest.mark.parametrize(("old", "new", "line", "field", "message"), [
    ("  speakers: [ada-lovelace, charles-babbage]\n",
     "  speaker: ada-lovelace\n  speakers: [ada-lovelace, charles-babbage]\n", 8, "speakers",
     "both `speaker` and `speakers` are given"),
    ("  speakers: [ada-lovelace, charles-babbage]\n", "", 6, "speaker",
     "no speaker: neither `speaker` nor `speakers` is given"),
    ("  speakers: [ada-lovelace, charles-babbage]\n", "  speakers: []\n", 6, "speaker",
     "no speaker: neither `speaker` nor `speakers` is given"),
    ("  speakers: [ada-lovelace, charles-babbage]\n",
     "  speakers: [ada-lovelace, ada-lovelace]\n", 7, "speakers",
     "`speakers` names the same id twice"),
    ("  speakers: [ada-lovelace, charles-babbage]\n",
     "  speakers: [ada-lovelace, charles-babage]\n", 7, "speakers[1]",
     "no people or organisations record has the id 'charles-babage'"),
])
def test_bad_speakers_are_named_at_their_line(mini: Path, old: str, new: str, line: int,
                                              field: str, message: str) -> None:
    joint(mini)
    statements = mini / "data/statements.yml"
    statements.write_text(statements.read_text().replace(old, new))
    found = [problem for problem in problems_of(mini) if problem.record == "joint-claim"]
    assert [(p.file, p.line, p.field, p.message) for p in found] == [
        ("data/statements.yml", line, field, message)]
    assert found[0].hint


def test_a_bad_qualifier_lists_the_words(mini: Path) -> None:
    joint(mini)
    figures = mini / "data/figures.yml"
    figures.write_text(figures.read_text().replace("qualifier: more than", "qualifier: ≈"))
    [problem] = problems_of(mini)
    assert (problem.file, problem.line, problem.record, problem.field) == (
        "data/figures.yml", 14, "visitors", "qualifier")
    assert "'more than'" in problem.message and "'up to'" in problem.message


def test_a_figure_is_a_finite_number(mini: Path) -> None:
    figures = mini / "data/figures.yml"
    figures.write_text(figures.read_text().replace("value: 3\n", "value: .nan\n"))
    [problem] = problems_of(mini)
    assert (problem.record, problem.field) == ("talk-length", "value")


def test_a_strict_build_shows_joint_speakers_on_each_speakers_page(tmp_path: Path,
                                                                   mini: Path) -> None:
    project = site_project(tmp_path, joint(mini))
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    statement = page(site, "statements/joint-claim")
    assert "the article reports this of Ada Lovelace and Charles Babbage" in statement.text
    assert {"../../people/ada-lovelace/", "../../people/charles-babbage/"} <= set(statement.links)
    assert "Charles Babbage and Ada Lovelace said this" in main_text(site, "quotes/build-another")
    for person, other in (("ada-lovelace", "Charles Babbage"), ("charles-babbage", "Ada Lovelace")):
        text = main_text(site, f"people/{person}")
        # One sentence names every speaker, so each page names the other one too.
        assert "Ada Lovelace and Charles Babbage: More than 3,500 people had seen the engine" in text
        assert "Charles Babbage and Ada Lovelace said: “We will build another,”" in text
        assert text.count(other) >= 2, other
        assert "../../statements/joint-claim/" in page(site, f"people/{person}").links
    home = main_text(site, "")
    assert "more than 3,500 people Visitors to the engine" in home
    assert "more than 3,500 people" in main_text(site, "figures/visitors")
    assert "≈" not in home
