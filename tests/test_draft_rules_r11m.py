"""Rules of round 11, stint 2 of issue 18 (names, places, organisations), as tables (each row its
own sentences, not a fixture's): sports copy (a player named with her country as one side of a
result, a body's act on another body, the ground a match is played at or the court played on),
a national body named with its country's own name, a party leader's side in a title, two parts of
the world sharing one name, a dateline in capitals before a colon."""

from __future__ import annotations

import pytest

from ruletable import draft, names, speakers


@pytest.mark.parametrize(("text", "people"), [
    # a player and the country she plays for, one side of a result
    ("On Saturday, Iga Swiatek of Poland beat Amanda Anisimova 6-0, 6-0 in the women's final.",
     {"Iga Swiatek", "Amanda Anisimova"}),
    ("Amanda Anisimova lost to Iga Swiatek of Poland 6-4, 6-2 in the semi-final on Friday.",
     {"Amanda Anisimova", "Iga Swiatek"}),
    ("Tatjana Maria beat Sorana Cirstea of Romania 7-5, 6-3 on Tuesday.",
     {"Tatjana Maria", "Sorana Cirstea"}),
    # one body's act on another: both are people
    ("Salah scored from the spot after 23 minutes when Jarrad Branthwaite tripped Luis Díaz in the area.",
     {"Jarrad Branthwaite", "Luis Díaz"}),
    ("The penalty was given after Tyrick Mitchell fouled Kaoru Mitoma on the edge of the box.",
     {"Tyrick Mitchell", "Kaoru Mitoma"}),
    ("The penalty was given after Wataru Endo tackled Yerson Mosquera inside the box.",
     {"Wataru Endo", "Yerson Mosquera"}),
])
def test_players_in_sports_copy(text: str, people: set[str]) -> None:
    data = draft(text)
    assert names(data, "people") == people
    bodies = names(data, "organisations")
    assert not any(person in body for body in bodies for person in people)


@pytest.mark.parametrize(("text", "ground"), [
    # the ground a match is played at, the court one is played on: places, no bodies
    ("Liverpool beat Everton 2-0 at Anfield on Sunday to go 11 points clear.", "Anfield"),
    ("At Villa Park, Ollie Watkins scored the only goal against his former club.", "Villa Park"),
    ("The world No. 1 broke serve twice in the second set and never trailed again on Centre Court.",
     "Centre Court"),
    ("Central play Boca Juniors at La Bombonera in Buenos Aires next Sunday.", "La Bombonera"),
    ("The hosts beat Vardar 31-27 at the Gigante de Arroyito on Sunday.", "Gigante de Arroyito"),
])
def test_the_ground_of_a_match(text: str, ground: str) -> None:
    data = draft(text)
    assert ground in names(data, "places")
    assert ground not in names(data, "organisations") | names(data, "people")


@pytest.mark.parametrize("text", [
    # guards: a court of law, a body someone works at, a place with no match
    "The firm lost at the High Court 5-4 on Monday, the lawyers said.",
    "Park Ji-hoon, an analyst at Mirae Asset Securities in Seoul, said the price was 400 billion won.",
    "The deal was signed at the Grand Hyatt on Monday.",
])
def test_no_ground_without_a_match(text: str) -> None:
    data = draft(text)
    assert not any(p.get("type") in ("ground", "court") for p in data.get("places", []))


@pytest.mark.parametrize(("text", "body"), [
    # a national body named with its country's own name speaks: no person
    ("Met Éireann says a gust of 183 km/h was recorded at Mace Head, the report said.", "Met Éireann"),
    ("Poczta Polska said the strike at its sorting centres had ended.", "Poczta Polska"),
])
def test_a_national_body_in_its_own_language(text: str, body: str) -> None:
    data = draft(text)
    assert body in names(data, "organisations")
    assert names(data, "people") == set()


@pytest.mark.parametrize(("text", "person", "body"), [
    # the party leader's side is part of the title, not of the body
    ("Senate Majority Leader Chuck Schumer said the bill would pass.", "Chuck Schumer", "Senate"),
    ("State Senate Majority Leader Walter Kessling said the state would appeal.", "Walter Kessling",
     "State Senate"),
])
def test_a_majority_leader(text: str, person: str, body: str) -> None:
    data = draft(text)
    assert person in names(data, "people")
    assert names(data, "organisations") == {body}
    roles = {p["name"]: [r.get("title") for r in p.get("roles", [])] for p in data["people"]}
    assert any("Majority Leader" in (title or "") for title in roles[person])


@pytest.mark.parametrize(("text", "places"), [
    # two parts of the world sharing one name: no place 'East'
    ("She was the first woman in East and Central Africa to earn a doctorate.",
     {"East Africa", "Central Africa"}),
    ("A typhoon season stronger than usual is expected in East and Southeast Asia this year.",
     {"East Asia", "Southeast Asia"}),
    ("Rain is expected across North and South Korea on Monday.", {"North Korea", "South Korea"}),
])
def test_two_regions_sharing_a_name(text: str, places: set[str]) -> None:
    data = draft(text)
    assert names(data, "places") == places
    assert names(data, "organisations") == set()


def test_a_lone_compass_word_of_an_unknown_place_is_left_out() -> None:
    data = draft("He campaigned in North and South Carolina last year.")
    assert not {"North", "South"} & (names(data, "places") | names(data, "organisations"))


@pytest.mark.parametrize(("text", "gist"), [
    # a dateline in capitals before a colon is no part of the statement
    ("PUNE: The Pune Municipal Corporation (PMC) will start round-the-clock water supply in 12 wards "
     "from April 1, municipal commissioner Vikram Kumar said on Monday.",
     "The Pune Municipal Corporation (PMC) will start round-the-clock water supply in 12 wards "
     "from April 1."),
    ("NAGPUR: The city will close 14 of its 38 pumping units from Thursday, municipal commissioner Rajesh "
     "Kolhe said on Monday.", "The city will close 14 of its 38 pumping units from Thursday."),
])
def test_a_caps_colon_dateline_leaves_the_gist(text: str, gist: str) -> None:
    assert [s["gist"] for s in draft(text).get("statements", [])] == [gist]


@pytest.mark.parametrize(("text", "body"), [
    # guards: a body's act on a thing, not on a body
    ("The Premier League fouled up the fixture list, the clubs said.", "Premier League"),
    ("The Met Office kicked off its storm naming season on Monday, the forecaster said.", "Met Office"),
])
def test_no_person_from_an_act_on_no_body(text: str, body: str) -> None:
    assert body not in names(draft(text), "people")


def test_a_transcript_label_is_no_dateline() -> None:
    text = ("SMITH: The council will close the pool on Monday, the mayor said.\n\n"
            "JONES: We were told nothing.\n\nSMITH: The pool is unsafe, the engineer said.")
    data = draft(text)
    assert "Smith" not in names(data, "places")


@pytest.mark.parametrize("text", [
    # a side the article writes in the plural is no person, though its name opens with a given name
    "Rosario Central beat Newell's Old Boys 2-1 on Sunday. Central levelled before half-time. Central, "
    "who have 21 points from 11 matches, play Boca Juniors next.",
    "Rosario Central scored twice in the first half. Central are third in the table.",
])
def test_a_side_written_in_the_plural_is_no_person(text: str) -> None:
    assert names(draft(text), "people") == set()


def test_the_coach_of_a_plural_side_speaks() -> None:
    text = ("Rosario Central beat Newell's Old Boys 2-1 on Sunday. \"We played with ten and with our "
            "hearts,\" Central coach Ángel Tulio Zof said. Central, who have 21 points, play next week.")
    data = draft(text)
    assert "Rosario Central" not in names(data, "people")
    assert speakers(data) == ["Ángel Tulio Zof"]


@pytest.mark.parametrize("text", [
    # guards: two people joined by 'and' before a plural verb; a person 'who' acts in the singular
    "Ana Lima and Joe Black have agreed to meet on Monday, Lima said.",
    "Grace Wanjiru scored twice. Wanjiru, who has 14 goals this season, said the team was ready.",
])
def test_people_before_a_plural_verb_stay_people(text: str) -> None:
    assert names(draft(text), "people") & {"Joe Black", "Grace Wanjiru"}


@pytest.mark.parametrize(("text", "places"), [
    # the sites of plants, mills, mines: each place of a list after 'plants at'
    ("Kolhe said the work at the plants at Kanhan and Gorewada had been put off twice.",
     {"Kanhan", "Gorewada"}),
    ("Work at the mills at Ndola and Kitwe stopped on Monday.", {"Ndola", "Kitwe"}),
])
def test_the_places_of_plants(text: str, places: set[str]) -> None:
    assert names(draft(text), "places") == places


@pytest.mark.parametrize(("text", "body"), [
    # a body named before an apposition whose noun a relative clause follows
    ("The corporation has asked Orange City Water, the private operator that runs distribution in 24 wards, "
     "to send tankers.", "Orange City Water"),
    ("The contract went to Lanka Builders, a firm which won three tenders last year.", "Lanka Builders"),
])
def test_a_body_before_its_noun_and_a_relative_clause(text: str, body: str) -> None:
    data = draft(text)
    assert names(data, "organisations") == {body}
    assert names(data, "places") == set()  # ('Orange' of 'Orange City Water' is no city)


@pytest.mark.parametrize(("text", "people", "places"), [
    # guards: a person before 'the lawyer who'; a city's council names its city
    ("They met Ana Lima, the lawyer who runs the clinic.", {"Ana Lima"}, set()),
    ("The Reykjavík City Council voted on Monday to close the pool.", set(), {"Reykjavík"}),
])
def test_people_and_city_councils_stay(text: str, people: set[str], places: set[str]) -> None:
    data = draft(text)
    assert names(data, "people") == people
    assert names(data, "places") == places


def test_two_people_before_a_plural_verb_stay_people() -> None:
    # guard: a compound subject ('X and his ally Y were released'): the plural is two people's
    text = ("Opposition leader Ousmane Sonko and his ally Bassirou Diomaye Faye were released from prison "
            "on Thursday. Faye, who replaced Sonko as the candidate, will face the ruling coalition's "
            "candidate.")
    assert "Bassirou Diomaye Faye" in names(draft(text), "people")
