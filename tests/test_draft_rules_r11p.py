"""Rules of round 11, stint 3 of issue 18 (names, places, figures), as tables (each row its own
sentences, not a fixture's): a subdivision's own name that a demonym opens ('British Columbia'),
a hotel named first or last ('the Hotel Vancouver', 'the Grand Hotel'), an earthquake's magnitude
('7.8 on the Richter scale', 'magnitude 6.1', 'a 6.1-magnitude quake')."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import draft, names


def _magnitudes(data: dict[str, Any]) -> list[float]:
    return [f["value"] for f in data.get("figures", []) if f.get("unit") == "magnitude"]


@pytest.mark.parametrize(("text", "place"), [
    # a first-level part of a country (ISO 3166-2) whose name a demonym opens
    ("Ten days ago the companies locked out 28,000 sawmill workers across British Columbia.",
     "British Columbia"),
    ("Wildfires in British Columbia forced 5,000 people from their homes on Monday.", "British Columbia"),
    ("Floods swept through Thai Binh on Monday, officials said.", "Thai Binh"),
    ("Canberra is in the Australian Capital Territory.", "Australian Capital Territory"),
])
def test_a_subdivision_a_demonym_opens(text: str, place: str) -> None:
    data = draft(text)
    assert place in names(data, "places")
    assert place.split()[-1] not in names(data, "places")  # not 'Columbia' alone


@pytest.mark.parametrize(("text", "hotel"), [
    # a hotel named first: a place, as 'X Hotel' already was
    ("Both sides had agreed to meet at the Hotel Vancouver for talks he would chair.", "Hotel Vancouver"),
    ("Delegates stayed at the Savoy Hotel and the Hotel Metropol during the summit.", "Hotel Metropol"),
])
def test_a_hotel_named_first(text: str, hotel: str) -> None:
    data = draft(text)
    assert hotel in names(data, "places")
    assert hotel not in names(data, "organisations") | names(data, "people")


@pytest.mark.parametrize(("text", "magnitudes"), [
    # an earthquake's magnitude: a figure on a scale, with no unit
    ("The quake, measured at 7.8 on the Richter scale, struck at 7:47 p.m. on Sunday.", [7.8]),
    ("A magnitude 6.1 earthquake struck off the coast of Japan on Tuesday.", [6.1]),
    ("A 6.1-magnitude quake hit central Chile overnight, the agency said.", [6.1]),
    ("A magnitude-7 quake hit Peru on Friday.", [7.0]),
    ("An earthquake measuring 6.4 struck western Iran on Monday.", [6.4]),
])
def test_an_earthquakes_magnitude(text: str, magnitudes: list[float]) -> None:
    assert _magnitudes(draft(text)) == magnitudes


@pytest.mark.parametrize("text", [
    # guards: a demonym before a body, a body whose name a hotel opens, no magnitude without a quake's words
    "British Airways said it would cancel 40 flights on Monday.",
    "Members of the Hotel Association of Canada met in Ottawa on Monday.",
    "The new chip is an order of magnitude 10 times faster, the firm said.",
    "Sales rose 7.8 percent in May, the company said.",
])
def test_no_place_or_magnitude_here(text: str) -> None:
    data = draft(text)
    assert not {"British Airways", "Hotel Association of Canada", "Hotel Association"} & names(data, "places")
    assert _magnitudes(data) == []
