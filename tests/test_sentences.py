"""Pages as `mkdocs build` writes them read as sentences a person would write: lists name who
said what to whom in which meeting and when (not "“words” to X, <meeting title>" rows); an
organisation whose name is a common noun's phrase reads with "the"; a sentence that the data's
own words end ("in the U.S.", “…high.”) gets no second full stop."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from briefing.core.schema import Organisation
from briefing.model.names import needs_the
from conftest import MINI, mkdocs, site_project
from prose import built_faults

FOURTH = "The Analytical Engine Committee said the engine weaves patterns; it was first seen in the U.S."


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini briefing with an organisation that speaks and figures whose words end a
    sentence, built with `mkdocs build --strict`."""
    project = site_project(tmp_path_factory.mktemp("sentences"), MINI)
    data, article = project / "data", project / "seeds" / "mini.txt"
    article.write_text(article.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{FOURTH}\n",
                       encoding="utf-8")
    (data / "organisations.yml").write_text(
        "- id: engine-committee\n  name: Analytical Engine Committee\n  type: committee\n"
        "  paragraphs: [4]\n", encoding="utf-8")
    with (data / "statements.yml").open("a", encoding="utf-8") as statements:
        statements.write("- id: committee-patterns\n  speaker: engine-committee\n"
                         "  gist: The engine weaves patterns.\n  reported: as the article reports\n"
                         "  paragraphs: [4]\n")
    with (data / "figures.yml").open("a", encoding="utf-8") as figures:
        figures.write("- id: first-seen\n  name: Where the engine was first seen\n  value: 1\n"
                      "  unit: country\n  as_written: first seen in the U.S.\n"
                      "  measures: Where it was first seen, in the U.S.\n  paragraphs: [4]\n"
                      "- id: talk-hours-called\n  name: The talks as Babbage called them\n"
                      "  value: 3\n  unit: hours\n  as_written: nearly 3 hours\n"
                      "  measures: What Babbage called “nearly 3 hours.”\n  paragraphs: [3]\n")
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    return project / "site"


def text(site: Path, page: str) -> str:
    body = (site / page / "index.html").read_text(encoding="utf-8")
    body = body[body.find("<article"):body.find("</article>")]
    body = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", body, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split()).replace(" †", "†")


def items(site: Path, page: str) -> list[str]:
    body = (site / page / "index.html").read_text(encoding="utf-8")
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", item)).split())
            for item in re.findall(r"<li>(.*?)</li>", body, flags=re.S)]


def said_items(site: Path, page: str) -> list[str]:
    """The items of a page's lists that give Lovelace's quote (its mentions in the article apart)."""
    return [item for item in items(site, page)
            if "weaves algebraic" in item and not item.startswith("¶")]


def test_a_person_page_says_who_said_what_to_whom_where_and_when(site: Path) -> None:
    said = said_items(site, "people/ada-lovelace")
    assert said, items(site, "people/ada-lovelace")
    for item in said:
        assert re.match(r"Ada Lovelace told Charles Babbage in their meeting(?: on 5 June 1843†?)?: "
                        r"“The engine weaves algebraic patterns,?” \(¶ 2\)$", item), item
        assert "Lovelace meets Babbage" not in item, item  # the meeting's title as a row
    heard = said_items(site, "people/charles-babbage")
    assert heard and all(item.startswith("Ada Lovelace told Charles Babbage") for item in heard)


def test_an_organisation_reads_with_the_where_english_needs_it(site: Path) -> None:
    statement = text(site, "statements/committee-patterns")
    assert "reports this of the Analytical Engine Committee" in statement, statement
    page = items(site, "organisations/engine-committee")
    assert any(item.startswith("The Analytical Engine Committee") for item in page), page


def test_a_figure_sentence_ends_once(site: Path) -> None:
    first_seen = text(site, "figures/first-seen")
    assert "Where it was first seen, in the U.S. The article writes" in first_seen, first_seen
    called = text(site, "figures/talk-hours-called")
    assert "What Babbage called “nearly 3 hours.” The article writes" in called, called
    for page in ("figures/first-seen", "figures/talk-hours-called", "figures/talk-length",
                 "statements/committee-patterns", "people/ada-lovelace",
                 "organisations/engine-committee"):
        html_text = (site / page / "index.html").read_text(encoding="utf-8")
        assert built_faults(html_text) == [], page


@pytest.mark.parametrize(("name", "the"), [
    ("U.S. State Department", True), ("Xinhua News Agency", True), ("U.S. delegation", True),
    ("Ministry of Ecology and Environment", True), ("Office for National Statistics", True),
    ("Xinhua", False), ("Reuters", False), ("NASA", False), ("The New York Times", False),
    ("Greenpeace", False),
])
def test_the_rule_for_the_reads_the_name(name: str, the: bool) -> None:
    record = Organisation(id="org", name=name, paragraphs=(1,))
    assert needs_the(record) is the
