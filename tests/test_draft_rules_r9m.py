"""Rules of round 9 of issue 18, second names pass, as tables (each row its own sentences, not a
fixture's): a title with 'of' and a department's field is a person's, not a body; a sentence's
opening adjective after a dateline is no body; roles of two words kept whole; ages in apposition
and livestock counted by the head; works, schools of a field and routes named by a place;
a foreign 'related links' row ends the article; 'Sheikh' after a title stays in the name."""

from __future__ import annotations

import pytest

from briefing.new.draft.chrome import opens_tail
from briefing.new.draft.records import Meta, draft_records
from ruletable import PUBLISHED, draft, names, speakers


@pytest.mark.parametrize(("text", "not_a_body"), [
    # a person's title, 'of', the field of a department: the office a person holds
    ("The Director of Veterinary Services, Dr. Roy Falconer, said every animal had to be vaccinated.",
     "Director of Veterinary Services"),
    ("The Commissioner of Prisons, Ruth Ambani, said the cells were full.", "Commissioner of Prisons"),
    # an adjective opening the first sentence, right after a dateline, before a plural body noun
    ("MAUN, July 9 (AP) - Veterinary teams began vaccinating cattle on Tuesday, the ministry said.",
     "Veterinary"),
])
def test_no_confident_body(text: str, not_a_body: str) -> None:
    assert not_a_body not in names(draft(text), "organisations")


@pytest.mark.parametrize(("text", "body"), [
    # guards: an organisation word before 'of' still names a body; a council of a region
    ("The Ministry of Veterinary Services said the vaccine had arrived.", "Ministry of Veterinary Services"),
    ("The Council of Europe said the law breached the convention.", "Council of Europe"),
])
def test_bodies_named_with_of_stay(text: str, body: str) -> None:
    assert body in names(draft(text), "organisations")


def _roles(text: str) -> dict[str, list[str]]:
    return {r["name"]: [role["title"] for role in r.get("roles", [])] for r in draft(text).get("people", [])}


@pytest.mark.parametrize(("text", "person", "role"), [
    # a role of two words before a name, kept whole
    ("Shop steward Dai Lewis said the men would ballot on Monday.", "Dai Lewis", "shop steward"),
    ("The union backed crane driver Huw Morgan, who said he was ready.", "Huw Morgan", "crane driver"),
    ("Opposite hitter Sirikul Wongwan scored 19 points.", "Sirikul Wongwan", "opposite hitter"),
    ("Sirikul scored and middle blocker Nattaya Boonmee blocked twice.", "Nattaya Boonmee", "middle blocker"),
    # guards: a verb or a club before the role word is no part of it
    ("The club signed striker Tom Reyes on Monday.", "Tom Reyes", "striker"),
])
def test_a_role_of_two_words_is_kept_whole(text: str, person: str, role: str) -> None:
    assert _roles(text).get(person) == [role]


def _figures(text: str) -> dict[float, str]:
    return {r["value"]: r["unit"] for r in draft(text).get("figures", [])}


@pytest.mark.parametrize(("text", "value", "unit"), [
    # an age set off by commas after a name
    ("Setter Pornpimol Kaewmanee, 34, who was playing her last match, was named the best player.",
     34.0, "years of age"),
    ('"The wind was like a wall," Cheruiyot, 27, told reporters.', 27.0, "years of age"),
    # livestock counted by the head
    ("Farmers lost 1,200 head of cattle in the drought.", 1200.0, "head of cattle"),
    ("The commission would pay owners for 300 head already slaughtered.", 300.0, "head"),
])
def test_ages_and_heads_are_figures(text: str, value: float, unit: str) -> None:
    assert _figures(text).get(value) == unit


@pytest.mark.parametrize(("text", "value"), [
    # guards: a date's day, a head coach, a number in a list
    ("The talks opened on May 5, 2020, in Lima.", 5.0),
    ("The league said its 12 head coaches would meet.", 12.0),
    ("Group B, 4, and Group C, 6, were drawn.", 4.0),
])
def test_no_age_or_head_where_there_is_none(text: str, value: float) -> None:
    figures = _figures(text)
    assert figures.get(value) not in ("years of age", "head")


def test_an_age_is_no_key_figure() -> None:
    data = draft("Di Lorenzo, 21, scored 17 goals in 34 league games and 9 cup games, and 3 in 4 "
                 "friendlies last season, for a fee of 28 million euros.")
    assert "lorenzo-21" in {f["id"] for f in data["figures"]}
    assert "lorenzo-21" not in data["briefing"]["key_figures"]


@pytest.mark.parametrize(("text", "kind", "name"), [
    # works named as firms, a school of a field, a route named by the place it serves
    ("The town could not lose another works so soon after the Glanmor Foundry shut its doors.",
     "organisations", "Glanmor Foundry"),
    ("A study by the National School of Public Health has found the gap widened.",
     "organisations", "National School of Public Health"),
    ("Driver Pedro Villalba, who has driven the San Lorenzo route for 17 years, said owners paid late.",
     "places", "San Lorenzo"),
])
def test_works_schools_and_routes(text: str, kind: str, name: str) -> None:
    assert name in names(draft(text), kind)


@pytest.mark.parametrize(("line", "tail"), [
    # a heading in any language, a colon and a row of other stories' titles split by bars
    ("Te puede interesar: Suben los pasajes en Ciudad del Este | Cemetra pide más subsidio | "
     "Paro de choferes en Luque", True),
    ("Leia mais: A queda do dólar | Lula viaja a Pequim", True),
    ("Vous aimerez aussi", True),
    # guards: a score line of names; a sentence with a colon
    ("Sirikul Wongwan: 19 points | Haruka Ishida: 17 points", False),
    ("Note: the figures are | approximate and were rounded.", False),
])
def test_related_links_in_other_languages_end_the_article(line: str, tail: bool) -> None:
    assert opens_tail(line) is tail


def test_related_links_row_is_no_paragraph() -> None:
    text = ("Bus owners in Asunción raised the fare on the city's main routes by a fifth on Monday, "
            "the ministry said, and passengers queued for an hour at the stops.\n\n"
            "Drivers said they would strike on Friday unless the owners paid the wages they owed.\n\n"
            "Te puede interesar: Suben los pasajes en Ciudad del Este | Cemetra pide más subsidio | "
            "Paro de choferes en Luque\n\n"
            "Etiquetas: transporte, pasaje, Asunción")
    assert len(draft_records(text, Meta("Rules", PUBLISHED, "rules")).paragraphs) == 2


@pytest.mark.parametrize(("text", "person", "alias"), [
    # 'Sheikh' after a title is the name's first word; the name without it is an alias
    ('Health Minister Sheikh Fazlul Karim Selim said the wards were ready. "We are ready," Selim said.',
     "Sheikh Fazlul Karim Selim", "Fazlul Karim Selim"),
])
def test_sheikh_after_a_title_stays_in_the_name(text: str, person: str, alias: str) -> None:
    data = draft(text)
    record = next(r for r in data["people"] if r["name"] == person)
    assert alias in record.get("aliases", [])
    assert speakers(data) == [person]


@pytest.mark.parametrize(("text", "person"), [
    # guards: 'Sheikh' opening the run is a title as before; a name too long with it stays short
    ("Sheikh Mohammed bin Rashid opened the port on Monday, the agency said.", "Mohammed bin Rashid"),
    ("Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met the envoy in Doha.",
     "Mohammed bin Abdulrahman Al Thani"),
])
def test_sheikh_guards(text: str, person: str) -> None:
    assert person in names(draft(text), "people")
