"""Rules of round 17 of issue 18 (people's names as other countries write them, helper names-r17).
An outside writer's develop set (outside-r17a) found names read wrong, and the wrong reading then
took a quote without a mark. A transcript's label in capitals with a hyphenated surname
('RÄSÄNEN-KALLIO (recorded):') was drafted as a person 'Räsänen-kallio', apart from the full name
the presenter gave, who lost his quote; and the label was an organisation as well. An office of
a portfolio before a name ('Deputy Minister of State Assets Paweł Grzybowski-Rej') was cut at
its 'of': a person 'Deputy Minister' and a body 'State Assets Paweł Grzybowski-Rej', which spoke.
Filipino names were cut: at the particle 'dela' ('Rodolfo dela Paz Jr.' gave 'Rodolfo' and 'Paz
Jr', who took the quote), at 'Ma.' for María ('Ma. Lourdes Villanueva-Cruz' lost it), and a
court's 'Presiding Justice' before a middle initial drafted nobody; a nickname in quotation marks
was left out of every form of the name ('Eduardo "Eddie" Dizon-Manalo').
Guard rows keep what is right. Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import pytest

from ruletable import draft, names, speakers

# -- a label in capitals with a hyphenated surname ------------------------------------------------

_LABELLED = ("PRESENTER: We heard from the union's chairman, {full}, as he left.\n\n"
             "{label} (recorded): We came here to negotiate, not to be told what to do.\n\n"
             "PRESENTER: And the employers?\n\n"
             "SJÖHOLM (recorded): There is a proposal on the table.")


@pytest.mark.parametrize("full, label", [
    ("Timo Räsänen-Kallio", "RÄSÄNEN-KALLIO"),
    ("Marie-Claire Dubois-Leroy", "DUBOIS-LEROY"),
    ("Kwame Mensah-Bonsu", "MENSAH-BONSU"),
])
def test_a_hyphenated_label_in_capitals_is_the_full_name(full: str, label: str) -> None:
    data = draft(_LABELLED.format(full=full, label=label))
    assert speakers(data)[0] == full, speakers(data)
    written = "-".join(part.capitalize() for part in label.split("-"))
    assert [r["name"] for r in data["people"]].count(written) == 0, data["people"]
    assert label not in names(data, "organisations"), data.get("organisations")


def test_an_irish_label_in_capitals() -> None:
    data = draft(_LABELLED.format(full="Seán O'Brien", label="O'BRIEN"))
    assert speakers(data)[0] == "Seán O'Brien", speakers(data)


# -- an office of a portfolio before a name ---------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ('"We have a framework, not a deal," Deputy Minister of State Assets Paweł Grzybowski-Rej said as '
     "he left the building.", "Paweł Grzybowski-Rej"),
    ('"The line will be built," Deputy Minister of Regional Development Ana Ruiz said on Monday.',
     "Ana Ruiz"),
])
def test_an_office_of_a_portfolio_before_a_name(text: str, person: str) -> None:
    data = draft(text)
    assert speakers(data) == [person], (speakers(data), data.get("organisations"))
    assert not data.get("organisations"), data.get("organisations")


@pytest.mark.parametrize("text, person", [
    ('"We are ready," Secretary of State Antony Blinken said on Monday.', "Antony Blinken"),
    ('"We are ready," Minister of Finance Nicola Willis said on Monday.', "Nicola Willis"),
])
def test_guard_an_office_of_a_listed_portfolio(text: str, person: str) -> None:
    assert speakers(draft(text)) == [person]


# -- Filipino names ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Sandoval's counsel, Rodolfo dela Paz Jr., objected on Monday. \"My client is 63 years old,\" "
     "dela Paz told reporters.", "Rodolfo dela Paz Jr"),
    ('The defence lawyer, Teresa delos Santos, objected on Monday. "We will appeal," delos Santos '
     "told reporters.", "Teresa delos Santos"),
])
def test_a_filipino_particle_inside_a_name(text: str, person: str) -> None:
    data = draft(text)
    assert speakers(data) == [person], (speakers(data), data.get("people"))
    assert [r["name"] for r in data["people"]] == [person], data["people"]


@pytest.mark.parametrize("text, person", [
    ("A former customs examiner, Ma. Lourdes Villanueva-Cruz, had been placed under protection. "
     "Villanueva-Cruz was not ready to testify.", "Ma. Lourdes Villanueva-Cruz"),
    ('"We will appeal," said Ma. Cristina Reyes, the defence lawyer.', "Ma. Cristina Reyes"),
])
def test_ma_for_maria_opens_a_name(text: str, person: str) -> None:
    assert [r["name"] for r in draft(text).get("people", [])] == [person]


@pytest.mark.parametrize("text, person", [
    ("Presiding Justice Gregorio S. Montemayor reset the hearing to November 5. Montemayor warned "
     "both sides.", "Gregorio S. Montemayor"),
    ("Presiding Judge Ana Ruiz adjourned the case on Monday.", "Ana Ruiz"),
])
def test_a_presiding_judge(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


@pytest.mark.parametrize("text, written", [
    ('His brother-in-law, Eduardo "Eddie" Dizon-Manalo, is a board member. Dizon-Manalo has denied '
     "any involvement.", 'Eduardo "Eddie" Dizon-Manalo'),
    ('Tupas lost to Ana Cruz, who beat Mayor Rodolfo "Dodong" Tupas Jr. by 2,000 votes.',
     'Rodolfo "Dodong" Tupas Jr'),
])
def test_a_nickname_is_a_form_of_the_name(text: str, written: str) -> None:
    people = draft(text)["people"]
    owner = next(r for r in people if written in r.get("aliases", []))
    assert "Jr" not in owner.get("aliases", []) and not any(
        a.startswith("Mayor ") and '"' in a for a in owner.get("aliases", [])), owner


# -- forms of address of other languages, a body of another language after 'of' -------------------

@pytest.mark.parametrize("text, person", [
    ("The team, headed by glaciologist Dra. María José Fuenzalida Órdenes of the UACh Instituto de "
     'Ciencias de la Tierra, spent eleven weeks on the ice. "What we saw does not fit," said Dra. '
     "Fuenzalida.", "María José Fuenzalida Órdenes"),
    ('The study was led by Dra. Ana Beatriz Lima Costa of the Universidade de São Paulo. "The water is '
     'warmer," said Dra. Lima Costa.', "Ana Beatriz Lima Costa"),
    ('Mme Claire Dubois-Leroy, the mayor, spoke first. "We will not move," said Mme Dubois-Leroy.',
     "Claire Dubois-Leroy"),
])
def test_a_form_of_address_of_another_language(text: str, person: str) -> None:
    data = draft(text)
    assert speakers(data) == [person], (speakers(data), data.get("people"))
    assert not {"Dra", "Mme"} & names(data, "people"), data.get("people")


# -- chains of initials and a pilgrim's style: long names ------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("The talks were presided over by the Permanent Secretary, Mr. W. D. S. Abeywickrema Jayasekera. "
     "Mr. Abeywickrema Jayasekera said the talks would resume on Wednesday.",
     "W. D. S. Abeywickrema Jayasekera"),
    ("The festival's founder, El Hadji Mamadou Lamine Sy, said 60 troupes had applied. "
     '"A festival that does not pay actors eats its own children," Sy said.', "El Hadji Mamadou Lamine Sy"),
])
def test_a_long_name(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


def test_guard_initials_of_a_short_name() -> None:
    assert "P. J. Hogan" in names(draft("Councillor P. J. Hogan said the road would close."), "people")


# -- bodies of other languages are no people --------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("The chief executive of Stocznia Gdańsk, Łukasz Wróblewski, was more cautious. ARP has put money "
     "into Stocznia Gdańsk since 2019, and Stocznia Gdańsk said it would stay open.", "Stocznia Gdańsk"),
    ("Karolina Szymańska-Mroczek, who covers industrials at the Warsaw brokerage Dom Maklerski "
     'Pomorze, said the framework made a deal "more likely than not".', "Dom Maklerski Pomorze"),
    ("The Festival International de Théâtre de Saint-Louis said it would pay actors.",
     "Festival International de Théâtre de Saint-Louis"),
    ("The Festiwal Szekspirowski said it would open in August.", "Festiwal Szekspirowski"),
    ("Wiremu Rāwiri Ngātai, speaking for Te Ātiawa o Te Waka-a-Māui, said the trust supported the "
     "terminal. He said Te Ātiawa still had concerns about dredging.", "Te Ātiawa"),
    ('Actors of the company perform "Ndeye Sali" at the Institut Français on the opening night.',
     "Ndeye Sali"),
])
def test_a_body_of_another_language_is_no_person(text: str, body: str) -> None:
    assert body not in names(draft(text), "people")


def test_a_name_then_whom_it_speaks_for_then_said() -> None:
    text = ("Wiremu Rāwiri Ngātai, speaking for Te Ātiawa o Te Waka-a-Māui, said the trust supported "
            "the terminal.")
    data = draft(text)
    assert "Wiremu Rāwiri Ngātai" in names(data, "people"), data.get("people")
    assert not {"Te Waka-a-Māui", "Te Ātiawa"} & names(data, "people")


@pytest.mark.parametrize("text, person", [
    ("The journalist Dom Phillips was killed in the Amazon in 2022, his family said.", "Dom Phillips"),
    ('"We will keep talking," Te Ururoa Flavell said on Monday.', "Te Ururoa Flavell"),
])
def test_guard_a_person_named_like_a_body(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


# -- an office 'for' a portfolio, a portfolio cut by 'and', an office before its holder -------------

@pytest.mark.parametrize("text, person, office", [
    ('"We have a framework," Minister for Maritime Economy Marek Nowak said.', "Marek Nowak",
     "Minister for Maritime Economy"),
    ('"We have a framework," Minister for Foreign Affairs Penny Wong said.', "Penny Wong",
     "Minister for Foreign Affairs"),
    ('"We have a framework," the Undersecretary for Fisheries Policy Jānis Bērziņš said.', "Jānis Bērziņš",
     "Undersecretary for Fisheries Policy"),
    ('"We have a framework," Minister for Culture and Heritage Anna Nowak said.', "Anna Nowak",
     "Minister for Culture and Heritage"),
    ('"We have a framework," the Minister of State Assets, Paweł Grzybowski-Rej, said on Monday.',
     "Paweł Grzybowski-Rej", "Minister of State Assets"),
])
def test_an_office_and_its_holder(text: str, person: str, office: str) -> None:
    data = draft(text)
    assert speakers(data) == [person], (speakers(data), data.get("people"))
    assert [r["name"] for r in data["people"]] == [person], data["people"]
    assert office in [role.get("title") for role in data["people"][0].get("roles", [])], data["people"]


def test_guard_an_office_and_a_surname_alone() -> None:
    assert speakers(draft('"We are ready," Secretary of State Blinken said on Monday.')) == ["Blinken"]


def test_guard_an_office_for_a_portfolio_of_one_word() -> None:
    data = draft("Ratu Isoa Tikoca, the Minister for Sugar, told parliament that the mill would close.")
    assert names(data, "people") == {"Ratu Isoa Tikoca"}, data.get("people")


# -- shortened forms of address, and a quote's speaker whose name is in doubt -------------------------

@pytest.mark.parametrize("text, person", [
    ('"We will file a motion," said Atty. Jose Manuel Reyes, the lawyer of the accused.',
     "Jose Manuel Reyes"),
    ('"We are ready," said Engr. Chukwuemeka Obi.', "Chukwuemeka Obi"),
    ('"The budget is fair," Smt. Nirmala Sitharaman said on Monday.', "Nirmala Sitharaman"),
    ('"We are ready," said Shri Ram Nath Kovind.', "Ram Nath Kovind"),
    ('"We were robbed," said Prof. Ana Lima Costa.', "Ana Lima Costa"),
    ('The team was led by Dra. Ana Lima. "What we saw does not fit," Dra. Lima said.', "Ana Lima"),
])
def test_a_shortened_form_of_address(text: str, person: str) -> None:
    data = draft(text)
    assert speakers(data) == [person], (speakers(data), data.get("people"))
    assert names(data, "people") & {person}, data.get("people")
    assert not {"Atty", "Engr", "Smt", "Prof", "Dra"} & names(data, "people"), data.get("people")


@pytest.mark.parametrize("text", [
    '"We will not go back to work," said Mathunjwa.',
    '"The mine will stay shut," said Karabo.',
])
def test_a_speaker_named_by_one_doubtful_word_is_marked(text: str) -> None:
    quote = draft(text)["quotes"][0]
    assert "speaker" in quote.get("uncertain", {}), quote


def test_guard_a_speaker_named_in_full_is_not_marked() -> None:
    quote = draft('Joseph Mathunjwa leads the union. "We will not go back," said Mathunjwa.')["quotes"][0]
    assert "speaker" not in quote.get("uncertain", {}), quote


@pytest.mark.parametrize("text, person", [
    ('"We will oppose it," said Sen. Ronald dela Rosa.', "Ronald dela Rosa"),
    ('"We will oppose it," said Gov. Ana Ruiz.', "Ana Ruiz"),
])
def test_a_title_shortened_before_the_name_after_the_quote(text: str, person: str) -> None:
    data = draft(text)
    assert speakers(data) == [person], (speakers(data), data.get("people"))


@pytest.mark.parametrize("text, person", [
    ("Prof. Md. Rezaul Karim, the director general, said 40 percent of the deaths came within a day.",
     "Md. Rezaul Karim"),
    ("Mohd. Najib Abdul Razak, the minister, said the plan was ready.", "Mohd. Najib Abdul Razak"),
])
def test_md_for_mohammad_opens_a_name(text: str, person: str) -> None:
    assert names(draft(text), "people") == {person}


@pytest.mark.parametrize("text, person", [
    ('Dr. Tomás de la Fuente y Ortega, the director, spoke first. "We are ready," said de la Fuente.',
     "Tomás de la Fuente y Ortega"),
    ('"We will win," said S. W. R. D. Bandaranaike, the prime minister.', "S. W. R. D. Bandaranaike"),
    ('"We will win," said Prime Minister S. W. R. D. Bandaranaike on Monday.', "S. W. R. D. Bandaranaike"),
])
def test_a_spanish_y_and_four_initials(text: str, person: str) -> None:
    data = draft(text)
    assert speakers(data) == [person], (speakers(data), data.get("people"))


@pytest.mark.parametrize("text, body", [
    ("Stichting Wonen Rotterdam said rents would rise.", "Stichting Wonen Rotterdam"),
    ("Vereniging Eigen Huis said the tax was unfair.", "Vereniging Eigen Huis"),
    ("Ngāti Whātua Ōrākei said the land was theirs.", "Ngāti Whātua Ōrākei"),
])
def test_a_dutch_or_maori_body_is_no_person(text: str, body: str) -> None:
    data = draft(text)
    assert body not in names(data, "people") and body in names(data, "organisations"), data


def test_guard_a_spanish_body_with_y() -> None:
    assert "Gimnasia y Esgrima de Jujuy" not in names(draft("Gimnasia y Esgrima de Jujuy won 2-1."), "people")


def test_a_label_that_fits_two_people_is_marked() -> None:
    data = draft("PRESENTER: With me are Anna Nowak and Piotr Nowak.\n\nNOWAK: We will not sell.")
    quote = data["quotes"][-1]
    assert "speaker" in quote.get("uncertain", {}), quote


def test_a_label_that_names_one_of_two_in_full() -> None:
    data = draft("PRESENTER: With me are Anna Nowak and Piotr Nowak.\n\nPIOTR NOWAK: We will not sell.")
    assert speakers(data)[-1] == "Piotr Nowak" and "speaker" not in data["quotes"][-1].get("uncertain", {})


def test_guard_a_label_in_capitals_takes_the_texts_own_small_letters() -> None:
    data = draft("PRESENTER: We spoke to President Moon Jae-in and to Kim Jae-won this morning.\n\n"
                 "MOON JAE-IN: We will talk to the North.\n\nKIM: We will listen.")
    assert [r["name"] for r in data["people"]] == ["Moon Jae-in", "Kim Jae-won"], data["people"]
    assert speakers(data)[-2:] == ["Moon Jae-in", "Kim Jae-won"], speakers(data)


# -- names listed after a plural title in small letters ---------------------------------------------

@pytest.mark.parametrize("text, people, title", [
    ("The foreign ministers, Dilnoza Yusupova of Uzbekistan and Begench Orazov of Turkmenistan, will "
     "meet in Tashkent on 9 March.", {"Dilnoza Yusupova", "Begench Orazov"}, "foreign minister"),
    ("The two judges, Anna Berg and Piotr Nowak, retired on Monday.", {"Anna Berg", "Piotr Nowak"}, "judge"),
])
def test_names_listed_after_a_plural_title(text: str, people: set[str], title: str) -> None:
    data = draft(text)
    assert names(data, "people") == people, data.get("people")
    assert all(title in [role.get("title") for role in r.get("roles", [])] for r in data["people"]), data


def test_guard_bodies_listed_after_a_plural_noun() -> None:
    data = draft("The banks, Bank of Japan and Bank of England, held rates on Monday.")
    assert not data.get("people"), data.get("people")


@pytest.mark.parametrize("text, firm", [
    ("The Auditor General, Marcia Greenidge, reported that the contractor, Coral Reef Construction, had "
     "been paid for work that was never done.", "Coral Reef Construction"),
    ("The contractor Ruby Lane Engineering had been paid twice.", "Ruby Lane Engineering"),
])
def test_a_firm_named_with_a_given_name_and_its_trade(text: str, firm: str) -> None:
    data = draft(text)
    assert firm not in names(data, "people") and firm in names(data, "organisations"), data


@pytest.mark.parametrize("text, person", [
    ("Deputy Construction Minister Trinh Quang Vinh said the ministry would lend the city money.",
     "Trinh Quang Vinh"),
    ("The shipbuilder Anders Bratvold said the yard would close.", "Anders Bratvold"),
])
def test_guard_a_trade_word_beside_a_person(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


@pytest.mark.parametrize("text, person", [
    ('"We will appeal," said lawyer Jose Maria "Joma" Reyes-Santos. Reyes-Santos is a former senator.',
     "Jose Maria Reyes-Santos"),
    ('"We will appeal," Jose Maria "Joma" Reyes-Santos said.', "Jose Maria Reyes-Santos"),
])
def test_a_nickname_inside_the_attribution_after_a_quote(text: str, person: str) -> None:
    assert speakers(draft(text)) == [person]


@pytest.mark.parametrize("text, person", [
    ('Associate Justice Ma. Theresa Gomez-Estoesta reset the hearing. "We will sit again in May," '
     "Gomez-Estoesta said.", "Ma. Theresa Gomez-Estoesta"),
    ("Associate Justice Ma. Theresa Dolores C. Gomez-Estoesta reset the hearing to May.",
     "Ma. Theresa Dolores C. Gomez-Estoesta"),
])
def test_ma_after_a_title(text: str, person: str) -> None:
    assert names(draft(text), "people") >= {person}


def test_guard_ma_as_a_surname_ends_a_sentence() -> None:
    data = draft("Alibaba founder Jack Ma. Lourdes Cruz said nothing.")
    assert {"Jack Ma", "Lourdes Cruz"} <= names(data, "people"), data.get("people")


@pytest.mark.parametrize("text, person, body", [
    ('"We will vote no," Te Pāti Māori co-leader Rawiri Waititi said on Tuesday.', "Rawiri Waititi",
     "Te Pāti Māori"),
    ('"We will vote no," Partido Verde co-president Ana Lima said on Tuesday.', "Ana Lima", "Partido Verde"),
])
def test_a_body_before_a_shared_role_is_no_speaker(text: str, person: str, body: str) -> None:
    data = draft(text)
    assert speakers(data) == [person], (speakers(data), data.get("people"))
    assert body not in names(data, "people"), data.get("people")


def test_a_label_of_an_articled_surname_is_the_full_name() -> None:
    data = draft("PRESENTER: We spoke to Khalil al-Hayya, the negotiator.\n\nAL-HAYYA: We accept the "
                 "proposal.\n\nPRESENTER: Thank you.")
    assert [r["name"] for r in data["people"]] == ["Khalil al-Hayya"], data["people"]
    assert speakers(data)[-1] == "Khalil al-Hayya", speakers(data)


@pytest.mark.parametrize("text, person", [
    ('"There is no cover-up," said PNP spokesperson Police Brig. Gen. Jean Fajardo.', "Jean Fajardo"),
    ('"The ship is lost," said Navy spokesman Cmdr. Ana Lima.', "Ana Lima"),
])
def test_a_rank_shortened_before_the_name_ends_no_sentence(text: str, person: str) -> None:
    assert speakers(draft(text)) == [person]


def test_a_polish_house_is_a_body() -> None:
    data = draft("Karolina Szymańska-Mroczek, who covers industrials at the Warsaw brokerage Dom Maklerski "
                 'Pomorze, said the framework made a deal "more likely than not".')
    assert "Dom Maklerski Pomorze" in names(data, "organisations"), data.get("organisations")


# -- Malay names: a father's name after 'bin' or 'binti', a style of three words ----------------------

@pytest.mark.parametrize("text, person", [
    ('"The port will expand," said Mohd Najib bin Tun Abdul Razak, the former prime minister.',
     "Mohd Najib bin Tun Abdul Razak"),
    ('"The vote is fair," said Siti Nurhaliza binti Tarudin.', "Siti Nurhaliza binti Tarudin"),
    ('"The vote is fair," said Datin Paduka Seri Rosmah Mansor.', "Rosmah Mansor"),
])
def test_a_malay_name(text: str, person: str) -> None:
    assert speakers(draft(text)) == [person]


@pytest.mark.parametrize("text, person", [
    ("The accused include the technical director of the managing company, Ionian Star Maritime SA, Fotis "
     "ten Brink. They face charges.", "Fotis ten Brink"),
    ('"We were not good enough," Erik ten Hag said on Monday.', "Erik ten Hag"),
])
def test_a_dutch_ten_inside_a_name(text: str, person: str) -> None:
    assert person in names(draft(text), "people")


@pytest.mark.parametrize("text, body", [
    ("The state's community security outfit, Forest Guard Volunteers, patrols the market.",
     "Forest Guard Volunteers"),
    ("The rebels' armed wing, a militia, Grace Valley Defenders, took the town.", "Grace Valley Defenders"),
])
def test_a_body_named_in_apposition_to_its_noun(text: str, body: str) -> None:
    data = draft(text)
    assert body not in names(data, "people") and body in names(data, "organisations"), data


def test_guard_a_person_in_apposition_to_a_title() -> None:
    data = draft("The union leader, Anna Maria Berg, said no.")
    assert "Anna Maria Berg" in names(data, "people"), data.get("people")


@pytest.mark.parametrize("text, name", [
    ("The Era New Horizons film festival will open in Wrocław on Thursday with 512 screenings.",
     "Era New Horizons"),
    ("The Gabriel Figueroa film festival opened in Mexico City on Friday.", "Gabriel Figueroa"),
])
def test_a_name_before_an_events_noun_is_the_events(text: str, name: str) -> None:
    assert name not in names(draft(text), "people")


def test_guard_a_person_before_a_won_event() -> None:
    assert "Anna Berg" in names(draft("Anna Berg won the marathon on Sunday, her third title."), "people")


@pytest.mark.parametrize("text, person", [
    ("The airport will reopen on 1 May, the municipality said.\n\nContact:\nIvalu Kristiansen, press "
     "officer, tel. +299 70 12 34", "Ivalu Kristiansen"),
    ("The clinic opened on Monday, the board said.\n\nMedia contact:\nOla Nordmann, press officer, "
     "ola@clinic.no", "Ola Nordmann"),
])
def test_a_press_releases_contact_is_no_person_of_the_story(text: str, person: str) -> None:
    assert person not in names(draft(text), "people")


def test_guard_a_contact_quoted_in_the_story_stays() -> None:
    text = ("Anna Berg, the head nurse, said the ward would open on Monday.\n\nContact: Anna Berg, "
            "tel. +47 22 33 44 55")
    assert "Anna Berg" in names(draft(text), "people")
