"""Rules of round 9 of issue 18 (names, attribution), as tables (each row its own sentences, not
a fixture's): trade and sport roles before a name, Welsh particles, hyphenated deputies' titles,
organisations of a country named with 'for ... in <Country>', a place's lower-case council,
bodies named with 'and' (one body, two bodies, or a doubt the draft says)."""

from __future__ import annotations

import pytest

from ruletable import draft, meetings, names, speakers


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
    ('"The tariff stays," Vice-Minister of Transport Ana Paula dos Reis told reporters.',
     "Ana Paula dos Reis"),
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


def _orgs(text: str) -> dict[str, dict[str, object]]:
    return {r["name"]: r for r in draft(text).get("organisations", [])}


@pytest.mark.parametrize(("text", "body"), [
    # organisation words: a confederation, a hyphenated vice-ministry
    ("The Iron and Steel Trades Confederation said its members would strike.",
     "Iron and Steel Trades Confederation"),
    # (guard: a club word already made this one a body)
    ("The Andean Football Confederation will hold the final in Quito.", "Andean Football Confederation"),
    ("The Vice-Ministry of Mines announced the new royalty on Sunday.", "Vice-Ministry of Mines"),
    # a place, then a local word and 'council' in lower case, no possessive
    ("The two parties have run Cahul since 2027, and Cahul town council passed the budget.",
     "Cahul Town Council"),
    ("Wrexham borough council called an emergency meeting. Wrexham lost its last pit in 1986.",
     "Wrexham Borough Council"),
])
def test_bodies_named_in_lower_case_or_with_new_heads(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(("text", "body"), [
    # guards: a possessive's council as before; a word that names no place elsewhere
    ("Kraków's city council voted to close the market.", "Kraków City Council"),
])
def test_local_council_guards(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_an_unknown_word_before_a_local_council_names_no_body() -> None:
    assert not any("Council" in name for name in _orgs("Angry town council members left the hall early."))


@pytest.mark.parametrize(("text", "long", "short"), [
    # 'for ...' then 'in' and a country or region: the long name, the short one an alias, a doubt
    ("Ion Rusu, an analyst at the Centre for Policy Studies in Moldova, said the margin was thin.",
     "Centre for Policy Studies in Moldova", "Centre for Policy Studies"),
    ("The vaccine came from the Institute for Animal Health in East Africa on Sunday.",
     "Institute for Animal Health in East Africa", "Institute for Animal Health"),
])
def test_a_body_for_a_field_in_a_country_keeps_both_names_and_says_the_doubt(
        text: str, long: str, short: str) -> None:
    orgs = _orgs(text)
    assert long in orgs
    assert short in orgs[long]["aliases"]  # type: ignore[operator]
    assert "name" in orgs[long]["uncertain"]  # type: ignore[operator]


@pytest.mark.parametrize(("text", "name"), [
    # guards: a city after 'in' says where the body is; initials holding the place leave no doubt
    ("Johanna Weber of the Leibniz Centre for Archaeology in Mainz restored it.",
     "Leibniz Centre for Archaeology"),
    ("The Coordinating Office for Control of Trypanosomiasis in Uganda (COCTU) sent teams.",
     "Coordinating Office for Control of Trypanosomiasis in Uganda"),
])
def test_a_body_in_a_city_or_spelled_by_its_initials_has_no_doubt(text: str, name: str) -> None:
    orgs = _orgs(text)
    assert name in orgs
    assert "uncertain" not in orgs[name]


@pytest.mark.parametrize(("text", "body"), [
    # a body named 'X and Y' that the article says is one: a noun before or after, a possessive
    ("Armenia's ruling party, Hope and Labour, signed the deal with the Civic Union.", "Hope and Labour"),
    ("The Sun and Harvest party won 12 seats in the regional vote.", "Sun and Harvest"),
    ("Salt and Bread's leader, Ana Moraru, resigned on Monday after the vote.", "Salt and Bread"),
])
def test_a_body_named_with_and_is_one_body(text: str, body: str) -> None:
    orgs = _orgs(text)
    assert body in orgs
    assert "uncertain" not in orgs[body]


def test_a_body_named_with_and_on_a_hint_says_it_may_be_two() -> None:
    orgs = _orgs("Order and Renewal, which won 31 seats, will lead the talks with the Green Union.")
    assert "name" in orgs["Order and Renewal"]["uncertain"]  # type: ignore[operator]


@pytest.mark.parametrize(("text", "apart"), [
    # guards: two bodies, two places, two people joined by 'and' stay two
    ("The Liberal Union and the Agrarian Party together hold 19 seats.", {"Liberal Union", "Agrarian Party"}),
    ("Hope and Labour and the Civic Union, which govern together, lost the vote.", {"Civic Union"}),
])
def test_two_bodies_joined_by_and_stay_two(text: str, apart: set[str]) -> None:
    assert apart <= set(_orgs(text))


def test_two_countries_joined_by_and_make_no_body() -> None:
    data = draft("Britain and France, which share the tunnel, said the talks would go on.")
    assert {"Britain", "France"} <= names(data, "places")
    assert not names(data, "organisations")


@pytest.mark.parametrize(("text", "place"), [
    # a landmark whose last word is a surname too, after a preposition of place
    ("About 3,000 people marched from the works to Penlan Park on Saturday.", "Penlan Park"),
    ("A new fence runs from Tlokweng Hill to the border.", "Tlokweng Hill"),
    ("The banner was hung at Harlech Castle overnight.", "Harlech Castle"),
    # a name after 'at' and before 'near' or 'in' and a capitalised name
    ("The country's first plant, at Al Khuwair near Muscat, supplies only the capital.", "Al Khuwair"),
    ("The vaccine was made at Kabete in Kenya and flown south.", "Kabete"),
])
def test_a_landmark_or_a_site_is_a_place_not_a_person(text: str, place: str) -> None:
    data = draft(text)
    assert place in names(data, "places")
    assert place not in names(data, "people")


@pytest.mark.parametrize(("text", "person"), [
    # guards: a person whose surname is a landmark's word stays a person
    ("Grace Park, the club's captain, said the team was tired.", "Grace Park"),
    ('"We will appeal," said Tom Hill, who runs the firm.', "Tom Hill"),
])
def test_a_surname_like_a_landmark_stays_a_person(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


@pytest.mark.parametrize("text", [
    # a firm of a city that opens with a given name: the firm, not a person
    "It will be built by Harvey Process Engineering of Glasgow.",
    "It will be built by Harvey Process Engineering of Glasgow, whose project director, Alan Pike, "
    "said work would start in May.",
])
def test_a_firm_of_a_city_named_like_a_person_is_no_person(text: str) -> None:
    data = draft(text)
    assert "Harvey Process Engineering" in names(data, "organisations")
    assert "Harvey Process Engineering" not in names(data, "people")


# Dates and parts found on the round's fixtures, in shared modules (small changes): a weekday
# after a name or a role between commas keeps the clause's 'will'; a strike's union is its part.
@pytest.mark.parametrize(("text", "date"), [
    ("Its divisional officer, Tomos Price, will meet the company's managing director, Huw Lloyd, "
     "in Swansea on Friday.", "2026-03-06"),
    # guard: told as done, the Friday before publication (Wednesday 4 March 2026)
    ("Its divisional officer, Tomos Price, met the company's managing director, Huw Lloyd, "
     "in Swansea on Friday.", "2026-02-27"),
])
def test_a_weekday_after_an_aside_keeps_the_clause_tense(text: str, date: str) -> None:
    assert [m.get("date") for m in meetings(text)] == [date]


def test_a_strike_called_by_a_union_is_the_unions_not_the_people_named_after() -> None:
    text = ("The Dockers' Union said it would ballot its members on a strike from next Monday. Its leader, "
            "Ana Lima, will meet the port's director, Rui Costa, on Friday.")
    strike = next(m for m in meetings(text) if m["name"].startswith("Strike"))
    assert "participants" not in strike
    assert strike["organisations"] == ["dockers-union"]


def test_a_centre_of_its_members_is_a_body_with_its_short_name() -> None:
    data = draft("The owners, grouped in the Central Taxi Drivers' Centre (Cetax), asked for more.")
    orgs = _orgs("The owners, grouped in the Central Taxi Drivers' Centre (Cetax), asked for more.")
    assert "Cetax" in orgs["Central Taxi Drivers' Centre"]["aliases"]  # type: ignore[operator]
    assert "Central Taxi Drivers' Centre" not in names(data, "places")


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Fares will rise to 2,760 guaraníes on October 1.", 2760, "guaraníes"),
    ("The ticket costs 15 bolivianos.", 15, "bolivianos"),
    ("Farmers were paid 40 pula a head.", 40, "pula"),
])
def test_sums_in_more_currencies_are_figures(text: str, value: float, unit: str) -> None:
    figures = draft(text).get("figures", [])
    assert [(f["value"], f["unit"]) for f in figures] == [(value, unit)]
    assert figures[0]["measures"].startswith("Money")  # (not 'Count of bolivianos')


def test_a_firm_written_short_then_long_is_one_record() -> None:
    orgs = _orgs("Harbour Ropeworks will close its mill, the firm said. Harbour Ropeworks Company, "
                 "which opened in 1911, blamed costs.")
    assert "Harbour Ropeworks" in orgs["Harbour Ropeworks Company"]["aliases"]  # type: ignore[operator]
    assert "Harbour Ropeworks" not in orgs


def test_an_event_named_like_its_foundation_stays_apart() -> None:
    # guard: the race is not the foundation that runs it
    orgs = _orgs("The Rotterdam Marathon was run on Sunday. The Rotterdam Marathon Foundation said "
                 "entries rose.")
    foundation = orgs["Rotterdam Marathon Foundation"]
    assert "Rotterdam Marathon" not in foundation.get("aliases", [])  # type: ignore[operator]


def test_a_dateline_with_a_colon_is_a_place_and_no_side() -> None:
    data = draft("UDON THANI: Thailand won the cup on Sunday, beating Japan 3-2 in front of 8,000 fans.")
    assert "Udon Thani" in names(data, "places")
    assert not any(name.isupper() for name in names(data, "organisations"))


def test_transcript_labels_are_no_dateline() -> None:
    # guard: 'NAME:' labels of a transcript name speakers, not a place
    data = draft("MS. YUSUF: Good morning, everyone.\n\nQUESTION: When will the results come?\n\n"
                 "MS. YUSUF: Next week.")
    assert not any(name.upper() in ("MS. YUSUF", "YUSUF", "QUESTION") for name in names(data, "places"))
