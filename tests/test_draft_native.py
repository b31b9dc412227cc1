"""A name the article also gives in its own script, in brackets after the Latin one, is drafted
as the person's `native_name`, and what follows the brackets (a role in apposition) still
reads as theirs. Brackets holding anything Latin ('(D-Ohio)', '(pictured)') are no name."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from briefing.new.draft.records import Meta, draft_records


def _person(text: str, person_id: str) -> dict[str, Any]:
    data = draft_records(text, Meta("Rules", dt.date(2013, 4, 10), "rules")).data
    found: list[dict[str, Any]] = [p for p in data["people"] if p["id"] == person_id]
    assert len(found) == 1, data["people"]
    return found[0]


@pytest.mark.parametrize(("text", "person_id", "native", "role"), [
    ("The pact was signed in Taipei by Liao Liou-yi (廖了以), chairman of the Association of East "
     "Asian Relations, and Mitsuo Ohashi, who leads the Interchange Association. \"This is a "
     "historic moment,\" Liao told reporters.",
     "liao-liou-yi", "廖了以", "chairman"),
    ("Foreign Minister Sergei Lavrov (Сергей Лавров) said the talks had been useful.",
     "sergei-lavrov", "Сергей Лавров", "Foreign Minister"),
    ("The opposition leader, Kim Min-jae (김민재), said the vote was rigged.",
     "kim-min-jae", "김민재", "opposition leader"),
])
def test_a_name_in_its_own_script_is_the_native_name(text: str, person_id: str, native: str,
                                                     role: str) -> None:
    person = _person(text, person_id)
    assert person.get("native_name") == native
    assert role in [r["title"] for r in person.get("roles", [])]


@pytest.mark.parametrize(("text", "person_id"), [
    ("Senator Sherrod Brown (D-Ohio) said the bill was dead.", "sherrod-brown"),
    ("Coach Ana Ruiz (pictured) said the team was ready.", "ana-ruiz"),
    ("Mayor Tom Reyes (2019-2023) said the plan had failed.", "tom-reyes"),
])
def test_brackets_holding_latin_letters_or_numbers_are_no_native_name(text: str, person_id: str) -> None:
    assert "native_name" not in _person(text, person_id)
