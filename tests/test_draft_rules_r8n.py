"""Rules of round 8 of issue 18 (names, attribution), as tables (each row its own sentences, not
a fixture's): two-letter initials of Cyrillic names, Faroese particles, firms named with their
city, organisations speaking with a relative clause, clubs and coalitions, bodies in a place's
possessive."""

from __future__ import annotations

import pytest

from ruletable import draft, names, speakers


@pytest.mark.parametrize(("text", "person"), [
    # a two-letter initial (a patronymic's or a given name's) belongs to the name
    ("The agency's chief geologist, Ts. Batbayar, said the deposit was large.", "Ts. Batbayar"),
    ("Co-author Nurlan Zh. Abenov said the plots would be mapped again.", "Nurlan Zh. Abenov"),
    ('"Nobody checked," said the inquiry\'s chairman, Judge Krasimir St. Dimitrov.', "Krasimir St. Dimitrov"),
    # Faroese particles inside a name
    ('"We cut it today," fisheries minister Sámal Pauli í Dali told parliament.', "Sámal Pauli í Dali"),
    ("The laboratory's director, Hjalti á Rógvi Joensen, said the stock had fallen.",
     "Hjalti á Rógvi Joensen"),
])
def test_initials_and_particles_stay_in_the_name(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We did not check," said the inquiry\'s chairman, Judge Krasimir St. Dimitrov.',
     "Krasimir St. Dimitrov"),
    ('"We cut it today," fisheries minister Sámal Pauli í Dali told parliament.', "Sámal Pauli í Dali"),
])
def test_the_whole_name_speaks(text: str, speaker: str) -> None:
    assert speakers(draft(text)) == [speaker]


@pytest.mark.parametrize(("text", "firm", "seat"), [
    # a firm's or a trade's word, then 'of' and a city: the firm and its seat
    ("The licence went to Golden Steppe Resources of Vancouver on Wednesday.", "Golden Steppe Resources",
     "Vancouver"),
    ("The company beat a rival bid from Normandy Mining of Adelaide.", "Normandy Mining", "Adelaide"),
    ("The bus, owned by Rodopa Trans of Smolyan, left the road.", "Rodopa Trans", "Smolyan"),
    ("Ore goes by rail to Kivu Metals of Goma for smelting.", "Kivu Metals", "Goma"),
    # one word no list knows, where the sentence speaks of a firm
    ("Salmon farmers gained: shares in Bakkafrost of Glyvrar rose 8 percent.", "Bakkafrost", "Glyvrar"),
    ("The survey was paid for by Kazakhmys of Karaganda, whose chief ecologist, Dana Ömirzaqova, "
     "said the company would pay again.", "Kazakhmys", "Karaganda"),
])
def test_a_firm_of_a_city_is_a_firm_and_a_place(text: str, firm: str, seat: str) -> None:
    data = draft(text)
    assert firm in names(data, "organisations")
    assert seat in names(data, "places")
    assert seat not in names(data, "people") | names(data, "organisations")
    assert f"{firm} of {seat}" not in names(data, "places") | names(data, "organisations")


@pytest.mark.parametrize(("text", "whole"), [
    # guards: names that hold 'of' themselves
    ("Wrocław is a candidate for European Capital of Culture in 2016, the mayor said.",
     "European Capital of Culture"),
    ("The Bank of England said shares in the company would not be bought.", "Bank of England"),
])
def test_a_name_holding_of_is_not_split(text: str, whole: str) -> None:
    data = draft(text)
    assert whole.split(" of ")[0] not in names(data, "organisations")


def test_a_sentence_opening_noun_before_of_is_no_firm() -> None:
    # guard: 'Factories of Ford Otosan, Tofaş and Arçelik': a noun opening the sentence
    data = draft("Factories of Ford Otosan, Tofaş and Arçelik are covered by the union's agreement.")
    assert "Factories" not in names(data, "organisations")


def test_a_firm_written_short_is_the_firm() -> None:
    # 'Shares in Golden Steppe rose' after the firm's full name: the firm, not a place
    data = draft("The licence went to Golden Steppe Resources of Vancouver. Golden Steppe's chairman, "
                 "Douglas R. MacAlpine, said drilling would start in June. Shares in Golden Steppe "
                 "rose 14 percent.")
    assert "Golden Steppe" not in names(data, "places") | names(data, "people")
    assert "Golden Steppe" in names(data, "organisations")
