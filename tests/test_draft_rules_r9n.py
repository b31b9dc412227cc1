"""Rules of round 9 of issue 18 (names, attribution), as tables (each row its own sentences, not
a fixture's): trade and sport roles before a name, Welsh particles, hyphenated deputies' titles,
organisations of a country named with 'for ... in <Country>', a place's lower-case council,
bodies named with 'and' (one body, two bodies, or a doubt the draft says)."""

from __future__ import annotations

import pytest

from ruletable import draft, names, speakers


@pytest.mark.parametrize(("text", "person"), [
    # a trade's or a sport's role word before a name, opening the sentence or in lower case
    ("Foreman Kwabena Mensah-Bonsu, who has run the shift for 12 years, said the kiln was cold.",
     "Kwabena Mensah-Bonsu"),
    ("Welder Ilse Vanterpool, one of 30 women at the yard, said she would stay.", "Ilse Vanterpool"),
    ("Setter Ratchanok Inthapan, 29, was named the best player of the tournament.", "Ratchanok Inthapan"),
    ("Sirikul Wongwan scored 19 points and libero Phatcharee Sangmuang kept the set alive.",
     "Phatcharee Sangmuang"),
    ("Herdsman Kabelo Motsumi, who lost 12 goats, said he had waited a week.", "Kabelo Motsumi"),
    ("Centre-back Oyvind Haugstad headed the winner in the 88th minute.", "Oyvind Haugstad"),
    # Welsh 'ap' inside a name
    ("The union's secretary, Dafydd ap Iorwerth, said the men would ballot.", "Dafydd ap Iorwerth"),
    # a deputy's hyphenated title and 'of' a portfolio before a name
    ('"The tariff stays," Vice-Minister of Transport Ana Paula dos Reis told reporters.', "Ana Paula dos Reis"),
])
def test_a_role_before_a_name_makes_a_person(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


@pytest.mark.parametrize(("text", "speaker"), [
    # the person found by the role word speaks the quote after them ('he said')
    ('Driver Osvaldo Benítez, who has driven the route for nine years, said owners paid late. '
     '"Ask them where the money goes," he said.', "Osvaldo Benítez"),
    ('"Nobody told us," Vice-Minister of Transport Ana Paula dos Reis said.', "Ana Paula dos Reis"),
])
def test_the_person_with_a_role_speaks(text: str, speaker: str) -> None:
    assert speakers(draft(text)) == [speaker]


@pytest.mark.parametrize(("text", "person"), [
    # guards: role words that are surnames stay surnames; 'ap' joins no place
    ("Adam Driver told reporters the film was finished.", "Adam Driver"),
    ("Mike Forward, the club's chairman, said the ground would be sold.", "Mike Forward"),
])
def test_a_role_word_as_a_surname_stays_in_the_name(text: str, person: str) -> None:
    assert person in names(draft(text), "people")
