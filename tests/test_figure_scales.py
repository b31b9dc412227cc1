"""A figure's value is the full number; the scale word is the display's (round 17).

'21.6 billion tolars' is value 21600000000, unit 'tolars': JSON-LD and the search index carry the
full number, and every page shows it in the scale its `as_written` writes ('21.6 billion tolars',
'$47 million'), in the site's language through Babel ('21,6 Milliarden tolars'). A figure written
the older way (value 47, unit 'million dollars') still builds and reads as it always has.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from briefing.core.numbers import full_number, scaled_number, written_scale
from briefing.core.settings import Settings
from briefing.engine import generate
from briefing.model.names import figure_value
from conftest import mkdocs, site_project
from sitecheck import main_text

PARAGRAPHS = ("\nThe assembly passed a budget of 21.6 billion tolars for next year.\n\n"
              "The treasury said the mint had cost 47 million dollars.\n\n"
              "Investors put $3.5bn into the port.\n")
FIGURES = """\
- id: budget
  name: The budget
  value: 21600000000
  unit: tolars
  as_written: 21.6 billion tolars
  measures: The budget passed for next year.
  paragraphs: [4]
- id: mint-cost
  name: Cost of the mint
  value: 47
  unit: million dollars
  as_written: 47 million dollars
  measures: What the mint cost.
  paragraphs: [5]
- id: port
  name: Money for the port
  value: 3500000000
  unit: $
  as_written: $3.5bn
  measures: What investors put into the port.
  paragraphs: [6]
"""


def scaled(root: Path) -> Path:
    """The mini briefing with a figure in full (21600000000 tolars), one written the older way
    (47 'million dollars') and a sum with its sign before it ('$3.5bn')."""
    seed = root / "seeds/mini.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + PARAGRAPHS, encoding="utf-8")
    figures = root / "data/figures.yml"
    figures.write_text(figures.read_text(encoding="utf-8") + FIGURES, encoding="utf-8")
    return root


def _figure(value: float, unit: str, written: str, qualifier: str | None = None) -> Any:
    return SimpleNamespace(value=value, unit=unit, as_written=written, qualifier=qualifier,
                           approximate=False)


@pytest.mark.parametrize(("value", "unit", "written", "language", "shown"), [
    (21600000000, "tolars", "21.6 billion tolars", "en", "21.6 billion tolars"),
    (47000000, "$", "$47 million", "en", "$47 million"),
    (50000000, "Rs", "Rs 5 crore", "en", "Rs 5 crore"),
    (50000000, "rupees", "5 crore rupees", "en", "5 crore rupees"),
    (1200000, "R", "R1.2-million", "en", "R1.2 million"),
    (20000000000, "kronur", "20bn kronur", "en", "20 billion kronur"),
    (1700000, "residents", "about 1.7-million residents", "en", "1.7 million residents"),
    (21600000000, "tolars", "21.6 billion tolars", "de", "21,6 Milliarden tolars"),
    (47000000, "euros", "47 million euros", "fr", "47 millions euros"),
    (21600000000, "tolars", "21.6 billion tolars", "xx", "21.6 billion tolars"),  # unknown: English
    # the older way: the value in its scale, the scale in its unit, shown as it always was
    (47, "million dollars", "47 million dollars", "en", "47 million dollars"),
    (47, "$ million", "$47 million", "en", "47 $ million"),
    (21.6, "billion tolars", "21.6 billion tolars", "de", "21,6 billion tolars"),
    # no scale word, or a value no multiple of it: the number in full, as before
    (3500, "runners", "3,500 runners", "en", "3,500 runners"),
    (3500, "runners", "3,500 runners", "de", "3.500 runners"),
    (1234567, "people", "1.2 million people", "en", "1,234,567 people"),
    (6, "metres", "6m", "en", "6 metres"),
    (5000, "metres", "5,000 m", "en", "5,000 metres"),
])
def test_a_figure_shows_its_value_in_the_scale_it_is_written_in(
        value: float, unit: str, written: str, language: str, shown: str) -> None:
    assert figure_value(_figure(value, unit, written), language) == shown


def test_a_qualifier_stays_before_the_number_in_its_scale() -> None:
    assert figure_value(_figure(48000000, "Sh", "more than Sh48 million", "more than")) == \
        "more than Sh48 million"
    assert figure_value(_figure(1200000, "people", "More than 1.2m people", "more than")) == \
        "more than 1.2 million people"


def test_the_full_number_is_exact() -> None:
    assert full_number(21.6, "billion tolars") == (21600000000.0, "tolars")
    assert repr(full_number(1.7, "million residents")[0]) == "1700000.0"
    assert full_number(2.41, "trillion won") == (2410000000000.0, "won")
    assert full_number(5, "Rs crore") == (50000000.0, "Rs")
    assert full_number(3500, "runners") == (3500, "runners")
    assert written_scale(21600000000, "21.6 billion tolars") == (Decimal("21.6"), "billion")
    assert written_scale(21600000000, "21.6bn") == (Decimal("21.6"), "billion")
    assert scaled_number(350000, "3.5 lakh hectares") == "3.5 lakh"


def test_the_pages_show_the_scale_and_json_ld_the_full_number(mini: Path) -> None:
    pages = generate(Settings(scaled(mini)))
    budget = pages["figures/budget.md"]
    assert "**21\\.6 billion tolars**" in budget  # ("." escaped)
    assert _jsonld(budget)["value"] == 21600000000 and _jsonld(budget)["unitText"] == "tolars"
    assert "**47 million dollars**" in pages["figures/mint-cost.md"]  # the older way, as before
    assert _jsonld(pages["figures/mint-cost.md"])["value"] == 47
    assert "**$3\\.5 billion**" in pages["figures/port.md"]
    assert "| [The budget](budget.md) | 21\\.6 billion tolars | 21\\.6 billion tolars |" in \
        pages["figures/index.md"]
    german = generate(Settings(mini, language="de"))["figures/budget.md"]
    assert "**21,6 Milliarden tolars**" in german, german


def _jsonld(markdown: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/ld\+json">\n(.*?)\n</script>', markdown, re.S)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def test_a_strict_build_shows_a_figure_in_its_scale_and_the_full_number_in_json_ld(
        tmp_path: Path, mini: Path) -> None:
    project = site_project(tmp_path, scaled(mini))
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert "21.6 billion tolars" in main_text(site, "figures/budget")
    html = (site / "figures/budget/index.html").read_text(encoding="utf-8")
    found = re.search(r'<script type="application/ld\+json">\s*(.*?)\s*</script>', html, re.S)
    assert found, "no JSON-LD on the figure's page"
    assert json.loads(found.group(1))["value"] == 21600000000
    assert "21600000000" in found.group(1) and "21.6" not in found.group(1).split('"value"')[1][:20]
    # the older way still builds and reads as before
    assert "47 million dollars" in main_text(site, "figures/mint-cost")
    assert "$3.5 billion" in main_text(site, "figures/port")
