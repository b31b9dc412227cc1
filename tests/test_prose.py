"""Every page of the seed, of the mini briefing and of briefings drafted from the fixture
articles reads as prose: no Markdown printed as text, no doubled marks or punctuation, no
"on 2021", no line opening on " · ", no field labels where a sentence does, no empty or
repeated list items."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.core.settings import Settings
from briefing.engine import generate
from briefing.new.scaffold import NewBriefing, create
from conftest import ENGINE, MINI, ROOT
from prose import faults

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
DRAFTED = ["press.txt", "summit.txt", "talks.txt", "transcript.txt", "typhoon.txt", "wildfire.txt"]


def _faults_of(root: Path, drafted: bool = False) -> dict[str, list[str]]:
    pages = generate(Settings(root, allow_drafts=drafted))
    return {path: found for path, text in pages.items() if (found := faults(text))}


@pytest.mark.parametrize("root", [ROOT, MINI], ids=["seed", "mini"])
def test_every_page_reads_as_prose(root: Path) -> None:
    assert _faults_of(root) == {}


@pytest.mark.parametrize("name", DRAFTED)
def test_every_page_of_a_drafted_briefing_reads_as_prose(tmp_path: Path, name: str) -> None:
    target = tmp_path / "briefing"
    create(target, (ARTICLES / name).read_text(encoding="utf-8"),
           NewBriefing(f"Fixture {name}", dt.date(2024, 3, 15), engine=ENGINE))
    assert _faults_of(target, drafted=True) == {}


@pytest.mark.parametrize(("page", "fault"), [
    ("### Background\n", "Markdown left as text"),
    ("- a\n- a\n", "a list item repeated"),
    ("Kerry said this† to Wang.. Then ††\n", "punctuation doubled"),
    ("Kerry said this† to Wang.. Then ††\n", "a mark doubled"),
    ("He met her on 2021.\n", "'on' before a year"),
    ("**Kind:** meeting\n", "a field label"),
    ("**Kerry** · Beijing\n\n · Beijing\n", "a line opening on ' · '"),
    ("The article writes it of Kerry: “an all-time high.”.\n", "punctuation doubled"),
    ("In ¶ 18 the article reports this of U.S. State Department.\n", "an organisation without"),
    ("- “Our hope” to Wang Yi, Kerry meets Wang Yi (¶ 3)\n", "an event named by its title"),
    ("# about 7,800 tonnes: about 7,800 tonnes\n", "a number's words said twice"),
    ("1 meetings and events in this briefing.\n", "one of a plural"),
    ("Brought to California's Death Valley, [Death Valley](x.md), 16 July.\n", "a name said twice"),
    ("Key figures: [about 7,800 tonnes](x.md) about 7,800 tonnes · 3\n", "a number's words said twice"),
    ("They met at the Beijing Hotel on July 17, 17 July 2023.\n", "a date said twice"),
    ("They met on 17 July, July 17 2023.\n", "a date said twice"),
])
def test_the_checker_finds_what_a_reader_would_trip_over(page: str, fault: str) -> None:
    page = page.replace("### Background\n", "\\### Background\n")
    assert any(found.startswith(fault) for found in faults(page)), faults(page)


def test_a_figure_named_by_its_own_words_is_described_once() -> None:
    """A draft names a figure by the words that give it; its description (share cards, search
    results) says the value once, and a figure with a name of its own keeps it."""
    from types import SimpleNamespace

    from briefing.model.names import names_value
    from briefing.pages.gist import record_description

    def figure(name: str) -> SimpleNamespace:
        return SimpleNamespace(name=name, value=7800.0, unit="tonnes", qualifier=None,
                               approximate=True, as_written="about 7,800 tonnes",
                               measures="Water to be released.")
    drafted, named = figure("About 7,800 tonnes"), figure("Water to be released")
    assert names_value(drafted) and not names_value(named)
    assert record_description(None, "figures", drafted) == "about 7,800 tonnes. Water to be released."  # type: ignore[arg-type]
    assert record_description(None, "figures", named).startswith("Water to be released: about 7,800")  # type: ignore[arg-type]
