"""Rules of round 10 of issue 18 (names), as tables (each row its own sentences, not a fixture's):
photo credits in other languages, bodies named alone after 'led by', 'owned by' or in 'a
consortium of', firms written in camel case, a generic common noun that names no body, counts told
as a verb's object or a partitive, places named in a compound ('the Utsira Nord area')."""

from __future__ import annotations

import pytest

from briefing.new.draft.paragraphs import split_article
from ruletable import draft, names

_AROUND = ("The mill will close in May, the company said on Monday, and 300 jobs will go.\n\n{}\n\n"
           "The union said it would ask the ministry for help before the summer.")


@pytest.mark.parametrize("credit", [
    # a credit line in the language of the page: no person, no paragraph
    "Kuva: Antti Keränen / Yle",
    "Bild: Maja Lindqvist",
    "Fot. Jan K. Nowak",
    "Zdjęcie: Piotr Wójcik",
])
def test_a_credit_line_in_another_language_is_chrome(credit: str) -> None:
    assert len(split_article(_AROUND.format(credit)).paragraphs) == 2
    assert names(draft(_AROUND.format(credit)), "people") == set()


@pytest.mark.parametrize("credit", [
    # guards: credits read before (a slash between agency and photographer, a French colon)
    "Foto: Equinor/Ole Jørgen Bratland.",
    "Photo : Jean-Paul Mercier",
])
def test_credit_lines_read_before_stay_chrome(credit: str) -> None:
    assert len(split_article(_AROUND.format(credit)).paragraphs) == 2


@pytest.mark.parametrize("sentence", [
    # guards: a sentence that opens with a label's word is no credit
    "Image: the river at dawn. Farmers said they would wait for rain, Ana Lima told reporters.",
    "Credit: the bank said it would lend more to farmers than last year, said Ana Lima.",
])
def test_a_sentence_after_a_label_word_stays(sentence: str) -> None:
    assert "Ana Lima" in names(draft(sentence), "people")


def _orgs(text: str) -> set[str]:
    return names(draft(text), "organisations")


@pytest.mark.parametrize(("text", "body"), [
    # a body named alone as an owner, a group's leader, or a member of a consortium
    ("The Borlänge paper mill, owned by Stenvik, closed in 2031 after 90 years.", "Stenvik"),
    ("The winning group, led by Vindhav, said it would build the farm by 2040.", "Vindhav"),
    ("Sjøkraft is led by Nordlys, which holds 60 percent of its shares.", "Nordlys"),
    ("The licence went to a consortium of Kystvind Energi and Brattfjell Kraft on Tuesday.",
     "Brattfjell Kraft"),
    ("Estates owned by Dunlop and a group led by Rantau Hijau already pay monthly.", "Rantau Hijau"),
])
def test_a_body_named_as_owner_leader_or_member(text: str, body: str) -> None:
    assert body in _orgs(text)
    assert body not in names(draft(text), "people")


@pytest.mark.parametrize(("text", "person"), [
    # guards: a person after the same words (a given name, a job before the name)
    ("The team, led by ecologist Henrik Sjöberg-Ahl, counted 312 fish off the beds.", "Henrik Sjöberg-Ahl"),
    ("The delegation is led by Khalil al-Hayya, the group's deputy chief.", "Khalil al-Hayya"),
    ("The fund is owned by Anders Bratvold, a shipbuilder from Haugesund, who said he would sell.",
     "Anders Bratvold"),
])
def test_a_person_after_led_or_owned_by_stays_a_person(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


def _org_records(text: str) -> dict[str, dict[str, object]]:
    return {r["name"]: r for r in draft(text).get("organisations", [])}


@pytest.mark.parametrize(("text", "body"), [
    # a body named only with common nouns: drafted (it speaks), its name marked as a guess
    ("The bus fell 200 metres into a ravine, killing nine people, the national police said.",
     "National Police"),
    ("In Wallonia, where no count exists, the regional government said it would commission one.",
     "Regional Government"),
])
def test_a_body_named_only_with_common_nouns_is_marked(text: str, body: str) -> None:
    assert "name" in _org_records(text)[body].get("uncertain", {})  # type: ignore[operator]


@pytest.mark.parametrize(("text", "body"), [
    # guards: a place's body, in a possessive, capitalised or lower case, is named
    ("Rio de Janeiro state's military police said 14 fans were detained.", "Military Police"),
    ("Kraków's city council voted to close the market.", "Kraków City Council"),
    ("The National Police said 14 people had been detained.", "National Police"),
])
def test_a_named_or_owned_body_is_not_marked(text: str, body: str) -> None:
    assert "uncertain" not in _org_records(text)[body]


@pytest.mark.parametrize(("text", "body"), [
    # a firm written in camel case
    ("The train, run by AndesRail, left Cusco at dawn with 300 passengers.", "AndesRail"),
    ("VaxGenix said the vaccine would be ready in May.", "VaxGenix"),
    ("Shares in NordKyst Kraft fell 4 percent on Monday.", "NordKyst Kraft"),
    # a body after a lower-case noun of its trade, or after a country's possessive and that noun
    ("Russia's environmental watchdog Rosprirodnadzor said 26 tonnes of fish had died.", "Rosprirodnadzor"),
    ("The fishermen's association Havbruk warned that the farm would close its grounds.", "Havbruk"),
    ("The oil shale processor Viru Keemia was fined 1.2 million euros on Monday.", "Viru Keemia"),
])
def test_a_firm_by_its_shape_or_its_trade_noun(text: str, body: str) -> None:
    assert body in _orgs(text)


@pytest.mark.parametrize(("text", "person", "place"), [
    # guards: people's and places' names with an inner capital after a particle
    ("Ronald McDonald and Leonardo DiCaprio said they were happy.", "Leonardo DiCaprio", None),
    ("Governor Ron DeSantis said the law would pass.", "Ron DeSantis", None),
    ("He asked the KwaZulu-Natal provincial government to review the rates.", None, "KwaZulu-Natal"),
])
def test_a_particle_with_an_inner_capital_is_no_firm(text: str, person: str | None,
                                                     place: str | None) -> None:
    data = draft(text)
    assert person is None or person in names(data, "people")
    assert place is None or place in names(data, "places")
    assert not names(data, "organisations") & {person, place}


def _figures(text: str) -> dict[float, str]:
    return {f["value"]: f["as_written"] for f in draft(text).get("figures", [])}


@pytest.mark.parametrize(("text", "value", "written"), [
    # counts told as a verb's object, as a part of a whole, or as a town's people
    ("The bus fell into a ravine, killing 14 people and injuring 23, the police said.", 23, "injuring 23"),
    ("A blast at the depot wounded 40 on Sunday, officials said.", 40, "wounded 40"),
    ("Two of the dead were tourists from Israel, the vice-minister said.", 2, "Two of the dead"),
    ("Three of the five bidders had dropped out by then, the ministry said.", 3, "Three of the five bidders"),
    ("Divers found eggs on the gravel, and seven of them hatched in the tank.", 7, "seven of them"),
    ("Two hundred jobs in a town of 20,000 is no rounding error, the mayor said.", 20000, "20,000"),
])
def test_counts_as_objects_partitives_and_towns(text: str, value: float, written: str) -> None:
    assert _figures(text).get(value) == written


@pytest.mark.parametrize(("text", "wrong"), [
    # guards: a number in words inside a larger one; a number inside a larger one after the verb
    ('"Two hundred and forty families is no rounding error," he said.', 40),
    ("The floods killed more than 3,500 people across the region.", 3),
])
def test_no_count_from_inside_a_larger_number(text: str, wrong: float) -> None:
    assert wrong not in _figures(text)


@pytest.mark.parametrize(("text", "place"), [
    # a place named in a compound with a lower-case kind of place or works after it
    ("The ministry awarded the right to build in the Utsira Nord area of the North Sea.", "Utsira Nord"),
    ("The licence covers the Sørvest F area, 140 kilometres off the coast.", "Sørvest F"),
    ("The bus left the road on a bend of the Yungas highway in heavy rain.", "Yungas"),
    ("Fishermen found dead bream below the Kreenholm dam on Sunday.", "Kreenholm"),
    ("Trout have spawned there since the Motala paper mill closed.", "Motala"),
    ("The company will offer places at its Oulu sawmill before anyone is laid off.", "Oulu"),
    # a place with a country's possessive kind of place in apposition
    ("Trout spawn in the northern part of Vättern, Sweden's second-largest lake, again.", "Vättern"),
    # a region after a country's adjective
    ("The mill stands in Kemi, in Finnish Lapland, near the border.", "Lapland"),
])
def test_places_in_compounds_and_appositions(text: str, place: str) -> None:
    assert place in names(draft(text), "places")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a firm after a country's adjective; a firm's plant named after 'of'
    ("She worked in Swedish Match for years before she retired.", "Match"),
    ("The plant of Renault in Bursa will close in May.", "Renault"),
])
def test_no_place_from_a_firm(text: str, name: str) -> None:
    assert name not in names(draft(text), "places")


@pytest.mark.parametrize(("text", "person"), [
    # an honour's style before the name, alone or after a title
    ("Its president, Tan Sri Mohd Noor Yusof, said estates would follow the deal.", "Mohd Noor Yusof"),
    ("Human Resources Minister Datuk Seri Abdul Karim Othman signed the accord on Wednesday.",
     "Abdul Karim Othman"),
    ('"We will pay," said Datuk Lim Boon Heng, the planters\' chairman.', "Lim Boon Heng"),
])
def test_an_honours_style_is_no_part_of_the_name(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


@pytest.mark.parametrize(("text", "person"), [
    # guards: 'Tan' and 'Sri' as names
    ('"The budget is prudent," Finance Minister Sri Mulyani Indrawati told reporters.',
     "Sri Mulyani Indrawati"),
    ('"We were unlucky," Tan Wei Ming said after the final.', "Tan Wei Ming"),
])
def test_names_that_look_like_styles_stay_whole(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


@pytest.mark.parametrize(("text", "body"), [
    # a national branch of the Red Cross or Red Crescent; a military unit numbered by an ordinal
    ("Rescuers from the Bolivian Red Cross carried the injured up the slope.", "Bolivian Red Cross"),
    ("The Kenya Red Cross said 40 people had died in the floods.", "Kenya Red Cross"),
    ("Soldiers of the army's Third Division cleared the road by noon.", "Third Division"),
])
def test_branches_and_units_are_bodies(text: str, body: str) -> None:
    assert body in _orgs(text)
    assert body not in names(draft(text), "people")


def test_a_division_of_a_country_stays_a_place() -> None:
    # guard: a division that is a part of a country, no ordinal first
    assert "Barishal" in names(draft("Floods cut the roads of the southern division of Barishal."), "places")


@pytest.mark.parametrize(("text", "kind", "name"), [
    # a place inside a list after a plural kind of place; bodies after a plural trade noun
    ("The strike shut the ports of Turku, Rauma and Kokkola for nine days.", "places", "Rauma"),
    ("Paper makers Kaukas and Veitsiluoto Oy had cut production at four mills.", "organisations", "Kaukas"),
    ("Steel makers Rautaruukki and Outokumpu cut output in May.", "organisations", "Rautaruukki"),
])
def test_names_listed_after_a_plural_noun(text: str, kind: str, name: str) -> None:
    assert name in names(draft(text), kind)


@pytest.mark.parametrize(("text", "place"), [
    # the place that opens a local body's name
    ("The Östergötland County Administrative Board said it would publish new limits.", "Östergötland"),
    ("The Dhaka North City Corporation said its teams had fined 87 sites.", "Dhaka North"),
])
def test_the_place_of_a_local_body(text: str, place: str) -> None:
    assert place in names(draft(text), "places")


def test_a_court_of_no_place_names_none() -> None:
    # guard: 'Federal' opens no place
    assert names(draft("The Federal District Court ruled on Monday that the fine stands."), "places") == set()


@pytest.mark.parametrize(("text", "value", "wrong"), [
    # a count whose noun has two kinds joined by 'and' before it; guard: a verb is no kind
    ("The deal will put some 120,000 rubber and oil palm estate workers on a monthly wage.", 120000, None),
    ("They won 3 straight and lost two games.", 2, 3),
])
def test_a_count_of_two_kinds(text: str, value: float, wrong: float | None) -> None:
    assert value in _figures(text)
    assert wrong is None or wrong not in _figures(text)


def _qualified(text: str) -> dict[float, str | None]:
    return {f["value"]: f.get("qualifier") for f in draft(text).get("figures", [])}


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    # a bare number after a qualifier keeps it ('fewer than' reads as the schema's 'less than')
    ("The team counted 312 fish, against fewer than 20 in the last survey.", 20, "less than"),
    ("Its population has more than doubled in a decade, to about 4,800, the office said.", 4800, "about"),
])
def test_a_bare_number_keeps_its_qualifier(text: str, value: float, qualifier: str) -> None:
    assert _qualified(text).get(value) == qualifier
