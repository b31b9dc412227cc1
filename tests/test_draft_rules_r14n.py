"""Rules of round 14 of issue 18 (names, places, organisations), as tables (each row its own
sentences, not a fixture's): a speaker named by one word after a quote, ..."""

from __future__ import annotations

import pytest

from ruletable import draft, names, speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # one word after the quote's close names its speaker: a surname alone, or a name used alone
    ('Miners went on strike on Wednesday.\n\n"We have been patient for two years," said Mahlangu, '
     'addressing about 4,000 workers at a stadium.', "Mahlangu"),
    ('The rains failed again.\n\n"We ask our friends not to wait," Ouedrago said.', "Ouedrago"),
    ('The vote was close.\n\n"The people have spoken," Sukarmo told parliament.', "Sukarmo"),
    ('Talks failed.\n\n"Why now?" asked Tshibanda.', "Tshibanda"),
])
def test_a_speaker_named_by_one_word_after_the_quote(text: str, speaker: str) -> None:
    data = draft(text)
    assert speakers(data) == [speaker]
    person = next(r for r in data["people"] if r["name"] == speaker)
    assert "name" in person.get("uncertain", {})  # a person on one word: the draft says so


@pytest.mark.parametrize(("text", "kind", "name"), [
    # guards: a body the article names as one ('the airline X', 'X, which', 'X Ltd') stays a body;
    # a country or an agency speaking is no person
    ('The airline Tsaradia stopped its flights.\n\n"We will appeal," said Tsaradia.', "organisations",
     "Tsaradia"),
    ('"We will keep sailing," said Molslinjen, which runs the crossings.', "organisations", "Molslinjen"),
    ('"The border stays shut," Kenya said.', "places", "Kenya"),
])
def test_one_word_bodies_speaking_stay_bodies(text: str, kind: str, name: str) -> None:
    data = draft(text)
    assert name in names(data, kind) and name not in names(data, "people")


_INTERVIEW = ("Dr Mele Fifita has run the island's clinic for ten years. She was interviewed by Ana Lopa for "
              "{outlet}.\n\n{outlet}: How many patients do you see?\n\nFifita: About 40 a day, and more "
              "in the cyclone season.\n\n{outlet}: Who pays?\n\nFifita: The ministry pays the nurses. "
              "The Minister, Sione Vea, told us last year, \"The clinic will never close.\"")


@pytest.mark.parametrize("outlet", ["Pacific Weekly", "Island Voice", "the Courier"])
def test_a_publication_asking_the_questions_is_no_person(outlet: str) -> None:
    # the label of an interview's questions that is the publication's name asks, as 'Q:' does
    label = outlet.removeprefix("the ").title() if outlet.startswith("the ") else outlet
    data = draft(_INTERVIEW.format(outlet=outlet).replace(f"{outlet}:", f"{label}:"))
    assert label not in names(data, "people")
    assert "" not in speakers(data) and label not in speakers(data)
    assert not any(q["text"].endswith("?") for q in data["quotes"])


def test_words_a_transcript_turn_quotes_are_their_speakers() -> None:
    # 'Fifita: ... told us, "..."': the quoted words within a turn are the one who said them
    data = draft(_INTERVIEW.format(outlet="Pacific Weekly"))
    said = {q["text"]: s for q, s in zip(data["quotes"], speakers(data), strict=True)}
    assert said["The clinic will never close."] == "Sione Vea"
    assert said["About 40 a day, and more in the cyclone season."] == "Mele Fifita"


@pytest.mark.parametrize("text", [
    # guard: a named person who only asks (a hearing's member) stays a person, questions and all
    "The committee heard the port's chief.\n\nSenator Reyes: Did you know of the leak?\n\n"
    "Ortega: No.\n\nSenator Reyes: When did you learn of it?\n\nOrtega: In May.",
])
def test_a_person_who_only_asks_stays_a_person(text: str) -> None:
    assert "Reyes" in " ".join(names(draft(text), "people"))


@pytest.mark.parametrize(("text", "place", "body"), [
    # a town's possessive before its port's or harbour's body: the town is a place, the body is
    # named for it (not "Gdańsk's Port Authority", and no body at all for a board)
    ("Gdynia's port authority said the work would start in spring.", "Gdynia", "Gdynia Port Authority"),
    ("Ventspils's port authority will spend 180 million euros on the channel.", "Ventspils",
     "Ventspils Port Authority"),
    ("Rønne's harbour board will take over the berths on January 1.", "Rønne", "Rønne Harbour Board"),
    ("Mombasa's port authority and Tanga's harbour board signed the deal.", "Tanga", "Tanga Harbour Board"),
    # a local body's lower-case name after a region's possessive keeps the region's name, no "'s"
    ("Kerala's fisheries department has banned trawling for 30 days.", None, "Kerala Fisheries Department"),
])
def test_a_towns_possessive_before_its_port_body(text: str, place: str | None, body: str) -> None:
    data = draft(text)
    assert place is None or place in names(data, "places")
    assert body in {r["name"] for r in data["organisations"]}


@pytest.mark.parametrize(("text", "place"), [
    # a territory's governor: the territory is a place
    ("Svalbard's governor, Lars Fause, opened the vault's doors.", "Svalbard"),
    ("Jeju's governor said the ferries would sail again on Monday.", "Jeju"),
])
def test_a_territorys_governor(text: str, place: str) -> None:
    assert place in names(draft(text), "places")


@pytest.mark.parametrize(("text", "body", "not_place"), [
    # guards: a bank's governor, and a person's office, stay what they were
    ("The Riksbank's governor, Erik Thedeen, said rates would fall.", None, "Riksbank"),
    ("Lee's office said the trip was off.", "Lee's Office", "Lee"),
])
def test_governors_and_offices_of_no_place(text: str, body: str | None, not_place: str) -> None:
    data = draft(text)
    assert not_place not in names(data, "places")
    assert body is None or body in names(data, "organisations")


@pytest.mark.parametrize(("text", "body"), [
    # a municipality by its own name is its local government: a body, not a place
    ("The council of Gotland Regional Municipality voted on Tuesday to buy the terminal.",
     "Gotland Regional Municipality"),
    ("The uMngeni Municipality council adopted a budget of R1.2 billion on Wednesday.",
     "uMngeni Municipality"),
    ("The mayor of Kommune Qeqertalik, Ane Hansen, wrote to the minister.", "Kommune Qeqertalik"),
    ("Gmina Hel said the beach would reopen.", "Gmina Hel"),
])
def test_a_municipality_named_is_a_body(text: str, body: str) -> None:
    data = draft(text)
    assert body in names(data, "organisations") and body not in names(data, "places")


@pytest.mark.parametrize(("text", "body", "not_bodies"), [
    # initials in brackets that spell the whole, across 'and' or 'in the': one body
    ("The strike was called by the Association of Mineworkers and Construction Union (AMCU), "
     "the largest union.", "Association of Mineworkers and Construction Union",
     {"Association of Mineworkers", "Construction Union"}),
    ("Samples came from the International Center for Agricultural Research in the Dry Areas (ICARDA), "
     "which moved its gene bank.", "International Center for Agricultural Research in the Dry Areas", set()),
    # after a body's 'for', 'in the' and a region, then its initials (in another language)
    ("The Permanent Interstate Committee for Drought Control in the Sahel (CILSS) meets next week.",
     "Permanent Interstate Committee for Drought Control in the Sahel",
     {"Permanent Interstate Committee for Drought Control"}),
    # no initials: 'in the' and words no list knows as a place
    ("The International Centre for Agricultural Research in the Dry Areas sent 12,000 samples.",
     "International Centre for Agricultural Research in the Dry Areas", set()),
    ("The varieties came from the International Center for Tropical Agriculture.",
     "International Center for Tropical Agriculture", set()),
])
def test_long_bodies_held_together(text: str, body: str, not_bodies: set[str]) -> None:
    found = names(draft(text), "organisations")
    assert body in found and not found & not_bodies


@pytest.mark.parametrize(("text", "bodies"), [
    # guards: two bodies and initials of one; a body's project in a region with 'the'
    ("The Bank of Ghana and Finance Ministry (FM) said rates would hold.",
     {"Bank of Ghana", "Finance Ministry"}),
    ("The Ministry of Health in the Gambia said the clinics would open.", {"Ministry of Health"}),
])
def test_bodies_beside_in_the_and_initials(text: str, bodies: set[str]) -> None:
    assert bodies <= names(draft(text), "organisations")


@pytest.mark.parametrize(("text", "country"), [
    # sovereign states the country list left out
    ("South Tarawa is home to more than half of Kiribati's 140,000 people.", "Kiribati"),
    ("The Supreme Court of Vanuatu cancelled the lease.", "Vanuatu"),
    ("Ferries to Belize and Guyana were cancelled.", "Guyana"),
])
def test_countries_the_list_left_out(text: str, country: str) -> None:
    assert country in names(draft(text), "places")


@pytest.mark.parametrize(("text", "place"), [
    # where people live: 'X is home to'
    ("South Tarawa is home to more than half of the country's people.", "South Tarawa"),
    ("Gozo, home to 30,000 people, has one ferry.", "Gozo"),
    # an island's coast after its possessive
    ("The court cancelled a lease over land on Efate's east coast.", "Efate"),
    ("Ships anchored off Pemba's western shore.", "Pemba"),
    # a zone and a farm by their names
    ("Six helicopters flew in from the Canal Zone, the embassy said.", "Canal Zone"),
    ("Power will come from the Aftout Essahli wind farm.", "Aftout Essahli"),
])
def test_places_by_what_they_hold(text: str, place: str) -> None:
    assert place in names(draft(text), "places")


@pytest.mark.parametrize(("text", "body", "not_person"), [
    # 'Holding' closes a firm's name as 'Holdings' does
    ("The miner will build the plant with Qatar's Al Mana Holding, it said.", "Al Mana Holding",
     "Al Mana Holding"),
    ("Hamad Holding said profits rose.", "Hamad Holding", "Hamad Holding"),
    # 'and' in French, Spanish and Portuguese inside a body's name, 'The' before it
    ("The Société Nationale Industrielle et Minière signed the deal.",
     "Société Nationale Industrielle et Minière", None),
    ("The Companhia Siderúrgica e Mineira said output fell.", "Companhia Siderúrgica e Mineira", None),
])
def test_firms_named_in_other_ways(text: str, body: str, not_person: str | None) -> None:
    data = draft(text)
    assert body in names(data, "organisations")
    assert not_person is None or not_person not in names(data, "people")


def _roles(text: str) -> dict[str, list[str]]:
    return {p["name"]: [r["title"] for r in p.get("roles", [])] for p in draft(text).get("people", [])}


@pytest.mark.parametrize(("text", "person", "office"), [
    # an office in lower case, then a rank or an honorific, then the name: the office is the role
    # (as written: its first word keeps the capital that opens the sentence, as 'Head coach' does)
    ("Managing director Captain Tendai Moyo said shipments would go on.", "Tendai Moyo", "Managing director"),
    ('"It is early days," said lead author Dr Ana Lima, an epidemiologist.', "Ana Lima", "lead author"),
    ("Armed forces spokesman Colonel Jorge Muianga said the road was open.", "Jorge Muianga",
     "Armed forces spokesman"),
])
def test_an_office_before_a_rank(text: str, person: str, office: str) -> None:
    assert office in _roles(text)[person]


@pytest.mark.parametrize(("text", "body", "person"), [
    # a name after 'of the' before 'said' is the body the person is of, not a second person
    ("Managing director Captain Tendai Moyo of the Beira Port Terminals said shipments would go on.",
     "Beira Port Terminals", "Tendai Moyo"),
])
def test_a_body_after_of_the_is_no_person(text: str, body: str, person: str) -> None:
    data = draft(text)
    assert names(data, "people") == {person} and body in names(data, "organisations")


@pytest.mark.parametrize(("text", "maker", "people"), [
    # the article's own makers, named only as such, are no people of the briefing
    ("Day three of the inquiry into the hotel fire. Updates by Ana Vujović.\n\nThe chair, Vesna Radović, "
     "opened the hearing.", "Ana Vujović", {"Vesna Radović"}),
    ("The port's president, Łukasz Greinke, spoke to our reporter, Ewa Nowicka, after the signing.",
     "Ewa Nowicka", {"Łukasz Greinke"}),
    ("Dr Mele Fifita runs the clinic. She was interviewed by Losa Vaka for Pacific Weekly.", "Losa Vaka",
     {"Mele Fifita"}),
])
def test_the_articles_own_makers_are_no_people(text: str, maker: str, people: set[str]) -> None:
    found = names(draft(text), "people")
    assert maker not in found and people <= found


@pytest.mark.parametrize("text", [
    # guard: someone interviewed by the police is theirs to name; a reporter in the story stays
    "The suspect was interviewed by Detective Ana Lima on Monday, police said.",
])
def test_people_named_near_credit_words_in_the_story(text: str) -> None:
    assert "Ana Lima" in names(draft(text), "people")


@pytest.mark.parametrize(("text", "place"), [
    # a dateline in title case: the city, a month and a day, an agency's brackets, a dash
    ("Pune, July 16 (PTI) - Heavy rain shut schools on Tuesday, officials said.", "Pune"),
    ("Nashik, Sept. 4 - The onion market reopened on Monday.", "Nashik"),
])
def test_a_dateline_in_title_case(text: str, place: str) -> None:
    assert place in names(draft(text), "places")


def test_a_signature_is_no_dateline() -> None:
    assert "Ana Lima" not in names(draft("Ana Lima, May 3 - Thank you for the letters."), "places")


@pytest.mark.parametrize(("text", "sides"), [
    # a results box or a fixture list: every name on the line is a side
    ("Mongar Tigers won the cup.\n\nResults (Sunday): Paro Rangers 2 Haa Archers 0; Mongar Tigers 3 "
     "Samtse Valley 1.", {"Haa Archers", "Samtse Valley", "Paro Rangers"}),
    ("The league resumes.\n\nSemi-finals: Saturday – Lobamba Lions v Manzini Wanderers; Sunday – "
     "Mbabane Swallows v Green Mamba.", {"Lobamba Lions", "Manzini Wanderers", "Green Mamba"}),
])
def test_a_results_box_names_sides(text: str, sides: set[str]) -> None:
    data = draft(text)
    assert sides <= names(data, "organisations") and not sides & names(data, "people")


@pytest.mark.parametrize("text", [
    # guards: a court case's name, and one result between two players
    "The judge cited Roe v Wade and Ana Lima v Peter Otieno in her ruling.",
    "Results: Ana Lima 6 Sofia Reyes 4.",
])
def test_lines_that_are_no_box(text: str) -> None:
    found = names(draft(text), "organisations")
    assert "Peter Otieno" not in found and "Sofia Reyes" not in found


@pytest.mark.parametrize(("text", "scorers"), [
    # 'scored twice', 'pulled one back': scorers
    ("Janner Corozo scored twice for Barcelona before Emelec's Joao Rojas pulled one back.",
     {"Janner Corozo", "Joao Rojas"}),
    ("Tamika Brown netted a hat-trick as the Stars won.", {"Tamika Brown"}),
])
def test_scorers_by_how_they_scored(text: str, scorers: set[str]) -> None:
    assert scorers <= names(draft(text), "people")


def test_a_club_that_scored_twice_is_no_person() -> None:
    assert not names(draft("Deportivo Cuenca scored twice in the second half."), "people")


@pytest.mark.parametrize(("text", "place"), [
    # a vault by its name is a place
    ("Twelve countries deposited seeds at the Svalbard Global Seed Vault on Tuesday.",
     "Svalbard Global Seed Vault"),
])
def test_a_vault_is_a_place(text: str, place: str) -> None:
    assert place in names(draft(text), "places")


@pytest.mark.parametrize(("text", "places"), [
    # places listed after 'the coast of'
    ("Trawling is banned off the coast of Ernakulam and Alappuzha for 30 days.", {"Ernakulam", "Alappuzha"}),
    ("Fishing stopped along the coast of Pangani and Mkwaja.", {"Pangani", "Mkwaja"}),
])
def test_places_listed_after_a_coast(text: str, places: set[str]) -> None:
    assert places <= names(draft(text), "places")


@pytest.mark.parametrize(("text", "place", "own"), [
    # a country's part named by its kind and 'of' is a place, its own name an alias
    ("Tourists flock to the Canton of Vaud every summer.", "Canton of Vaud", "Vaud"),
    ("He was born in the Province of Chiriquí in 1961.", "Province of Chiriquí", "Chiriquí"),
])
def test_a_part_of_a_country_by_its_kind(text: str, place: str, own: str) -> None:
    places = {r["name"]: r.get("aliases", []) for r in draft(text)["places"]}
    assert own in places[place]


@pytest.mark.parametrize(("text", "body"), [
    # the same part acting as a government is a body
    ("Regional President Anna Murgia said the Region of Sardinia would buy 5,000 tonnes of cheese.",
     "Region of Sardinia"),
    ("The Province of Trento said it would pay for the repairs.", "Province of Trento"),
])
def test_a_part_of_a_country_governing(text: str, body: str) -> None:
    data = draft(text)
    assert body in names(data, "organisations") and body not in names(data, "places")


@pytest.mark.parametrize(("text", "place"), [
    # a name set on a coast: a place
    ("The court cancelled a lease over custom land at Eton on Efate's east coast.", "Eton"),
    ("The resort at Matemwe on the north coast reopened.", "Matemwe"),
])
def test_a_place_on_a_coast(text: str, place: str) -> None:
    assert place in names(draft(text), "places")


@pytest.mark.parametrize(("text", "place", "body"), [
    # a town's possessive before its own capitalised body: the town a place, the body named for it
    ("Ventspils's Freeport Authority approved a similar plan in June.", "Ventspils",
     "Ventspils Freeport Authority"),
    ("The Mtwara Port Authority said the berth would reopen.", "Mtwara", "Mtwara Port Authority"),
])
def test_a_towns_own_capitalised_body(text: str, place: str, body: str) -> None:
    data = draft(text)
    assert place in names(data, "places") and body in names(data, "organisations")
