"""Rules of round 17 (helper fig-r17): a figure's value is the full number. The drafter wrote
'21.6 billion tolars' as value 21.6, unit 'billion tolars' ('$47 million' 47 '$ million', 'Rs 5 crore'
5 'Rs crore', 'R1.2-million' 1.2, '20bn kronur' 20, '1.7-million residents' 1.7): figures could not
be compared, sorted or charted across briefings, JSON-LD's QuantitativeValue said 21.6, and every
independent reader's answers give the full plain number (21600000000). Now the value is the full
number, computed exactly (21600000000.0, no float noise), and the unit what is counted without the
scale word ('tolars', '$', 'residents'); `as_written` keeps the article's words, and the site shows
the scale again from them ('21.6 billion tolars'). A scale with nothing counted after it ('45
million to 50 million dollars': '45 million') leaves its unit to the reviewer, marked, as a bare
number does. A number written with 'thousand' was its first word alone ('About 20 thousand
people' was 20 people, 'Two thousand people' 2); '$50k' was no figure. Guard rows keep figures
with no scale, ranges, qualifiers, percentages, conversions and scores as they were."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import draft


def _figures(text: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = draft(text).get("figures", [])
    return found


def _figure(text: str, written: str) -> dict[str, Any]:
    found = _figures(text)
    return next((f for f in found if f["as_written"] == written), {"none of": found})


@pytest.mark.parametrize("text, written, value, unit", [
    ("The assembly passed a budget of 21.6 billion tolars on Tuesday.", "21.6 billion tolars",
     21600000000, "tolars"),
    ("The company raised $47 million from investors.", "$47 million", 47000000, "$"),
    ("The state will spend Rs 5 crore on the roads.", "Rs 5 crore", 50000000, "Rs"),
    ("The council approved 5 crore rupees for the roads.", "5 crore rupees", 50000000, "rupees"),
    ("Eskom needs R1.2-million for the repairs.", "R1.2-million", 1200000, "R"),
    ("Iceland paid 20bn kronur to its creditors.", "20bn kronur", 20000000000, "kronur"),
    ("The firm lost £115m last year.", "£115m", 115000000, "£"),
    ("The plant cost $3.5bn to build.", "$3.5bn", 3500000000, "$"),
    ("The storm left about 1.7-million residents without power.", "about 1.7-million residents",
     1700000, "residents"),
    ("More than 1.2m people voted in the poll.", "More than 1.2m people", 1200000, "people"),
    ("The scheme will irrigate 3.5 lakh hectares.", "3.5 lakh hectares", 350000, "hectares"),
    ("Some 5 million hectares of forest burned.", "Some 5 million hectares", 5000000, "hectares"),
    ("The country paid 2.5 billion KZT for the line.", "2.5 billion KZT", 2500000000, "KZT"),
    ("Japan gave 100 billion yen in loans.", "100 billion yen", 100000000000, "yen"),
    ("The fund is worth $1 trillion.", "$1 trillion", 1000000000000, "$"),
    ("The club paid Sh48 million for the land.", "Sh48 million", 48000000, "Sh"),
    ("The sale brought in 0.1 billion euros.", "0.1 billion euros", 100000000, "euros"),
    ("Organisers said about 20 thousand people came.", "about 20 thousand people", 20000, "people"),
    ("Two thousand people marched on the capital.", "Two thousand people", 2000, "people"),
    ("The firm paid 20 thousand euros in fines.", "20 thousand euros", 20000, "euros"),
    ("The consultants were paid $50k for the report.", "$50k", 50000, "$"),
    ("The ship will carry 1.5 million km of cable.", "1.5 million km", 1500000, "km"),
])
def test_a_figure_written_in_a_scale_is_drafted_as_the_full_number(text: str, written: str, value: float,
                                                                     unit: str) -> None:
    figure = _figure(text, written)
    assert (figure.get("value"), figure.get("unit")) == (value, unit), figure
    assert repr(figure["value"]) == repr(float(value))  # exact: no float noise


def test_a_scale_with_nothing_counted_leaves_the_unit_to_the_reviewer() -> None:
    figure = _figure("He said he earned 45 million to 50 million dollars a year.", "45 million")
    assert figure.get("value") == 45000000 and figure.get("unit") == "unit not given", figure
    assert "unit" in figure.get("uncertain", {}), figure
    other = _figure("He said he earned 45 million to 50 million dollars a year.", "50 million dollars")
    assert (other.get("value"), other.get("unit")) == (50000000, "dollars"), other


def test_a_range_in_a_scale_gives_both_ends_in_full() -> None:
    found = _figures("The repairs will cost between $2 million and $3 million.")
    assert sorted((f["value"], f["unit"]) for f in found) == [(2000000, "$"), (3000000, "$")], found


def test_a_qualifier_and_a_conversion_stay_with_the_full_number() -> None:
    figure = _figure("The mill sold for 1.1 billion crowns ($47 million), the firms said.",
                     "1.1 billion crowns")
    assert (figure.get("value"), figure.get("unit")) == (1100000000, "crowns"), figure
    more = _figure("Oman has spent more than $15 billion on roads.", "more than $15 billion")
    assert (more.get("value"), more.get("unit"), more.get("qualifier")) == (15000000000, "$", "more than"), \
        more


# Guard rows: figures with no scale word are drafted as before.
@pytest.mark.parametrize("text, written, value, unit", [
    ("More than 3,500 runners took part.", "More than 3,500 runners", 3500, "runners"),
    ("The ministry paid €350,000, most of it in grants.", "€350,000", 350000, "€"),
    ("Exports rose 12 percent last year.", "12 percent", 12, "%"),
    ("Temperatures reached 53 Celsius (128 Fahrenheit) on Sunday.", "53 Celsius (128 Fahrenheit)", 53, "°C"),
    ("The farm is 300 MW.", "300 MW", 300, "MW"),
    ("The water table has fallen about 18 feet since 1990.", "about 18 feet", 18, "feet"),
    ("He swam the 100m freestyle in record time.", None, None, None),
    ("Crews dug 6m deep trenches along the road.", None, None, None),
])
def test_a_figure_without_a_scale_is_drafted_as_before(text: str, written: str | None, value: float | None,
                                                        unit: str | None) -> None:
    found = _figures(text)
    if written is None:
        assert not [f for f in found if f["value"] >= 1000000], found
        return
    figure = _figure(text, written)
    assert (figure.get("value"), figure.get("unit")) == (value, unit), figure


def test_a_score_is_drafted_as_before() -> None:
    found = _figures("Vardar beat Metalurg 31-27 in Skopje on Sunday.")
    assert sorted(f["value"] for f in found if f["unit"].startswith("score")) == [27, 31], found
