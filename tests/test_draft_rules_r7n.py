"""Rules of round 7 of issue 18 (names, attribution), as tables (each row its own sentences, not
a fixture's): clubs, groups and universities named like people; a name before a role and a
person owns the role; a title's person after a comma speaks, not the title's owner; a pronoun
after 'X of Y said' is X."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from briefing.new.draft.records import Meta, draft_records

PUBLISHED = dt.date(2026, 3, 4)


def draft(text: str) -> dict[str, Any]:
    return draft_records(text, Meta("Rules", PUBLISHED, "rules")).data


def names(data: dict[str, Any], kind: str) -> set[str]:
    return {form for r in data.get(kind, []) for form in [r["name"], *r.get("aliases", ())]}


def speakers(data: dict[str, Any]) -> list[str]:
    by_id = {r["id"]: r["name"] for kind in ("people", "organisations") for r in data.get(kind, [])}
    return [by_id.get(q.get("speaker", ""), "") for q in data.get("quotes", [])]


@pytest.mark.parametrize(("text", "organisation"), [
    # a club's, a group's or a university's word, first or inside: a body, never a person
    ("Espérance Sportive de Tunis said the coach had left by mutual consent.", "Espérance Sportive de Tunis"),
    ("The deal was first reported by Sky Sport Italia, said people close to the club.", "Sky Sport Italia"),
    ("Deportivo Cali said the player would stay until June.", "Deportivo Cali"),
    ("The chain was sold to Grupo Pão de Açúcar, said analysts.", "Grupo Pão de Açúcar"),
    ("The Université de Liège said it would run the count next year.", "Université de Liège"),
])
def test_a_club_group_or_university_word_makes_a_body(text: str, organisation: str) -> None:
    data = draft(text)
    assert organisation not in names(data, "people")
    assert organisation in names(data, "organisations")


@pytest.mark.parametrize(("text", "body", "person"), [
    # a name before a lower-case role and a full name owns the role, even after 'said'
    ('"We believed," said Once Caldas coach Hernán Darío Ospina.', "Once Caldas", "Hernán Darío Ospina"),
    ('"Costs rose," said Nordwind Energy chief executive Ola Berg.', "Nordwind Energy", "Ola Berg"),
    ('"We lost the tie," said Real Cartagena manager Pablo de la Vega.', "Real Cartagena",
     "Pablo de la Vega"),
])
def test_a_name_before_a_role_and_a_person_owns_the_role(text: str, body: str, person: str) -> None:
    data = draft(text)
    assert body not in names(data, "people")
    assert speakers(data) == [person]


@pytest.mark.parametrize(("text", "person"), [
    # guard: a person's own staff ('Donald Trump spokesman X') leaves the person a person
    ("Donald Trump spokesman Steven Cheung said the trip was off.", "Donald Trump"),
    # guard: a verb between the name and the role ('spoke after analyst X'): no title of it
    ("Finance chief Park Ji-won spoke after analyst Lee Su-bin asked about costs.", "Park Ji-won"),
])
def test_a_person_before_his_own_staff_stays_a_person(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


@pytest.mark.parametrize(("text", "person"), [
    # after 'said', a title owned by a body, then the person set off by a comma: the person speaks
    ('Vasco da Gama beat Flamengo 2-1. "We suffered," said Vasco\'s head coach, Rafael Paiva.',
     "Rafael Paiva"),
    ('The Fishers Union met on Monday. "The quota is too low," said the Fishers Union\'s chairman, '
     'Ola Dahl, after the vote.', "Ola Dahl"),
])
def test_the_person_a_trailing_title_names_speaks(text: str, person: str) -> None:
    assert speakers(draft(text)) == [person]


@pytest.mark.parametrize(("text", "person"), [
    # 'X of Y said ...', then 'he said': X acted, so the pronoun is X, not the speaker before
    ("Prof. Amal Rahman, the agency's director, said deaths rose. Officials agreed.\n\n"
     'Entomologist Karim Hossain of Jahangirnagar University said mosquitoes bred all year. '
     '"We are fighting with old tools," he said.', "Karim Hossain"),
    ("Councillor Piotr Lis, the committee's chairman, said the vote was fair.\n\n"
     'Councillor Jan Nowak of the Residents group said it was rushed. "Half of us saw nothing," he said.',
     "Jan Nowak"),
])
def test_a_pronoun_after_a_person_of_a_body_who_spoke_is_that_person(text: str, person: str) -> None:
    assert speakers(draft(text)) == [person]
