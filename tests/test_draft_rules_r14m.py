"""Rules of round 14 of issue 18 found on the lead's probe articles (names and figures), as tables
(each row its own made-up sentences):

- 'the broadcaster Kirsty Wark said' drafted an organisation: 'broadcaster' is a body's noun and a
  person's trade; before two or three words a given name opens (no body's head word, no place, not
  'Al Jazeera' or 'Sky News') it is the person's trade, as 'producer' and 'publisher' were.
"""

from __future__ import annotations

import pytest

from ruletable import draft, names


@pytest.mark.parametrize("text", [
    # a body's noun that is also a trade, before a name a given name opens: a person
    "The broadcaster Kirsty Wark said the programme would return in May.",
    "The series was presented by the broadcaster Huw Edwards, who left in 2024.",
    "Viewers wrote to the veteran broadcaster Moira Stuart after the last show.",
])
def test_a_broadcaster_named_is_a_person(text: str) -> None:
    data = draft(text)
    person = next(n for n in ("Kirsty Wark", "Huw Edwards", "Moira Stuart") if n in text)
    assert person in names(data, "people") and person not in names(data, "organisations")


@pytest.mark.parametrize(("text", "body"), [
    # guards: a broadcaster's own name stays a body, a given name's look-alike first word and all
    ("The broadcaster Al Jazeera said its office had been raided.", "Al Jazeera"),
    ("The state broadcaster Sky News said the debate would go ahead.", "Sky News"),
    ("The broadcaster France Televisions said the rights had been sold.", "France Televisions"),
    ("The public broadcaster RTE said the show would end.", "RTE"),
])
def test_a_broadcasters_own_name_stays_a_body(text: str, body: str) -> None:
    data = draft(text)
    assert body in names(data, "organisations") and body not in names(data, "people")
