"""A demonym names its place ('European farmers' -> Europe, 'Iranian authorities' -> Iran):
typed as a part of the world when it is one, never a country it is not."""

from __future__ import annotations

import pytest

from briefing.new.draft.entities import find_entities


@pytest.mark.parametrize(("sentence", "place", "kind"), [
    ('"We cannot keep European farmers in a cage," she said.', "europe", "region"),
    ("The African Union met as African leaders arrived.", "africa", "region"),
    ("The Iranian authorities said nothing.", "iran", "country"),
])
def test_a_demonym_gives_its_place_and_the_right_type(sentence: str, place: str, kind: str) -> None:
    places = find_entities((sentence,)).places
    assert place in places and places[place].type == kind, {k: v.type for k, v in places.items()}
