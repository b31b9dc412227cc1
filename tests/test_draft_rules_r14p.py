"""Rules found drafting helper r14c's probe articles (round 14, stint 3: a Chilean mine inquiry, a
1977 Indian election report, a Nordic court verdict, a Pacific fisheries meeting, a Caribbean
cricket Test, a Ghanaian central bank release), none of which the drafter was tuned to.

- 'chaired by deputy Carlos Vilches of the National Renewal party' drafted nobody ('of the Labour
  Party' did): a party in small letters after 'of the' names is an organisation's, and the words
  before 'of' the person's.
- 'Mrs. Indira Gandhi herself has lost her seat at Rae Bareli to Mr. Raj Narain' drafted a person
  'Rae Bareli' (a given name opens it): a name after 'seat at' (a constituency) or after 'arrived
  at', 'landed at', 'docked at' is a place; nor is 'won the seat at Amethi' a match's ground.
- 'Mining minister Laurence Golborne' had the role 'minister', and where the article names a
  'National Geology and Mining Service' drafted a body 'Mining': a portfolio's field (mining,
  fisheries, tourism, agriculture, culture, transport ...) before 'minister' is the role's, no body.
- A press release's contact line ('contact the Communications Department, Bank of Ghana, Accra.')
  made 'Bank of Ghana' an alias of the department: a name set off by commas after a body's name is
  its other name only where it holds no body's word of its own.
- A Q&A interview ('Aisake Batibasaga has led Fiji's Ministry of Fisheries for six years. Ahead of
  next month's UN Ocean Conference ..., he spoke to us in Suva', then 'Q:' and 'A:' turns) drafted
  nobody and no quote: the lists know no given name 'Aisake'. A name that opens a paragraph as its
  first sentence's subject, the next sentence's subject 'he' or 'she' (after an opening phrase or
  not), is a person's.
- 'Human Rights Watch said the arrests were unlawful' drafted a person, and '"...," said Yasmine
  Ahmed, UK director of Human Rights Watch.' no body at all: 'Watch' closing a name is a monitor's
  (an organisation's word, as 'Amazon Watch').
- 'Police estimated the crowd at 107,000, while the independent Public Assembly Archive put it at
  between 275,000 and 325,000.' drafted no figure: a crowd's size estimated ('estimated / put /
  numbered the crowd at N', 'put it at N' where the paragraph names a crowd or a march), maybe a
  range, counts people.
- 'sentenced the former chief executive of Nordvik Sparebank, Halvard Lie,' drafted a place
  'Nordvik Sparebank' and made it the country of his role: a name after a board's office and 'of'
  ('chief executive of', 'chairman of', 'founder of', 'shareholders of') is a body's, unless a
  country's, a city's, a region's or a nationality's.
- 'Parliament has until April 18 to approve a new government or face snap elections.' drafted
  elections scheduled for April 18; 'agreed a deal ... to avert a strike planned for Tuesday' a
  strike on Tuesday: an event after 'or face', 'to avoid', 'to avert', 'risks' follows only if
  something fails, and is no event drafted.
- A 1962 report under 'SHEFFIELD, Friday.' in a Saturday paper: 'ended to-night' was Saturday,
  unmarked. A dateline's day name within three days before publication is the day the text was
  written, which 'tonight' and 'today' are read against (as a dateline's date already was).
- The same report: 'the East End works of the United Steel Companies' drafted no body ('The United
  Steel Companies said' a person): 'Companies' closes a body's name as 'Company' does.
- A live blog: 'Evacuation centres have been opened in Ha'apai' drafted a centre 'Evacuation': one
  word opening a sentence before a kind of place in the plural is a common word's capital.
- A state visit: 'the emir and his wife, Sheikha Jawaher bint Hamad bin Suhaim Al Thani,' drafted
  nobody, and gave the emir the aliases 'Hamad' and 'Thani' from her name: 'Sheikha' is a title
  as 'Sheikh' is, and 'bint' (a daughter's 'bin') joins a name.
- The 1977 report: 'the new Government would restore the freedom of the Press' drafted a body
  'Press': after 'the freedom (liberty, independence, role, power) of the', 'Press' or 'Media' is
  the trade, as old copy capitalises it.
- A scraped Senate report ('Senators on Tuesday questioned officials of the Energy Regulatory
  Commission ...', then '"Who signed off on this? ...," he said at the hearing.') drafted no event:
  a definite event word after 'said at the', 'told the', 'testified at the' in the lede, with a
  person named or pointed to, opens the event the lede's day dates (marked uncertain).
- '"...," said Josie Tamate, the commission's chair and a former director-general of Niue's natural
  resources ministry.' drafted her with no role (as '..., said Ana Lima, head of the commission.'):
  after a speech verb, only a capitalised office closing the sentence was the speaker's; now a role
  in small letters too (a title word before any 'of', 'at', 'and'), maybe a body's, maybe two.
- 'the former chief executive of Nordvik Sparebank, Halvard Lie,' had the role 'chief executive'
  (and gaborone's 'the acting chief executive of the Botswana Power Corporation'): an office of
  three words before 'of' keeps its rank, but no word before it that is no title's ('sentenced').
"""

from __future__ import annotations

import datetime as dt

from ruletable import draft, meetings, names, speakers


def test_a_person_of_a_party_in_small_letters_is_drafted() -> None:
    data = draft("The 11-member commission, chaired by deputy Carlos Vilches of the National Renewal "
                 "party, voted 9-2 to approve its report.")
    assert "Carlos Vilches" in names(data, "people")
    assert "National Renewal" in names(data, "organisations")


def test_a_person_of_a_party_in_small_letters_after_was() -> None:
    data = draft("The commission was chaired by Carlos Vilches of the National Renewal party.")
    assert names(data, "people") == {"Carlos Vilches"}


def test_a_person_of_a_party_in_capitals_stays() -> None:  # guard
    data = draft("The commission, chaired by senator Carlos Vilches of the Labour Party, voted.")
    assert "Carlos Vilches" in names(data, "people")
    assert "Labour Party" in names(data, "organisations")


def test_a_party_of_members_names_no_person() -> None:  # guard
    data = draft("Members of the Janata Dal party met in Patna.")
    assert not names(data, "people")


def test_a_seat_at_a_constituency_is_a_place_not_a_person() -> None:
    data = draft("Mrs. Indira Gandhi herself has lost her seat at Rae Bareli to Mr. Raj Narain of "
                 "the Janata Party by more than 55,000 votes.")
    assert "Rae Bareli" not in names(data, "people")
    assert "Rae Bareli" in names(data, "places")
    assert {"Indira Gandhi", "Raj Narain"} <= names(data, "people")


def test_arrived_at_a_place_is_no_person() -> None:
    data = draft("The minister arrived at Rae Bareli on Monday.")
    assert not names(data, "people")
    assert "Rae Bareli" in names(data, "places")


def test_a_seat_won_at_a_place_is_no_ground() -> None:
    data = draft("He won the seat at Amethi.")
    assert [r["type"] for r in data["places"] if r["name"] == "Amethi"] == ["place"]


def test_arrived_at_a_firm_stays_a_firm() -> None:  # guard
    data = draft("She arrived at Goldman Sachs in 2010 as an analyst.")
    assert "Goldman Sachs" in names(data, "organisations")
    assert not names(data, "people")


_MINING = ("The report says the National Geology and Mining Service had only three inspectors.\n\n"
           "Mining minister Laurence Golborne, who led the rescue, testified before the commission.")


def test_a_ministers_field_is_his_role() -> None:
    data = draft(_MINING)
    assert [r.get("roles") for r in data["people"]] == [[{"title": "Mining minister"}]]


def test_a_ministers_field_is_no_body() -> None:
    assert names(draft(_MINING), "organisations") == {"National Geology and Mining Service"}


def test_a_ministers_field_mid_sentence_is_no_body() -> None:
    data = draft("The plan was announced by Agriculture minister Ana Lima.")
    assert not names(data, "organisations")
    assert [r.get("roles") for r in data["people"]] == [[{"title": "Agriculture minister"}]]


def test_a_body_named_for_a_field_stays_a_body() -> None:  # guard
    assert "Tourism Fiji" in names(draft("Tourism Fiji said arrivals rose."), "organisations")


def test_a_club_before_a_coach_stays_a_body() -> None:  # guard
    data = draft("Atalanta coach Gian Piero Gasperini said the team was tired. Italian club Atalanta lost.")
    assert "Atalanta" in names(data, "organisations")


def test_a_body_after_its_department_is_no_alias() -> None:
    data = draft("The Bank of Ghana said it would act. For media enquiries, contact the Communications "
                 "Department, Bank of Ghana, Accra.")
    assert {r["name"]: r.get("aliases", []) for r in data["organisations"]} \
        == {"Bank of Ghana": [], "Communications Department": []}


def test_a_bodys_name_in_its_own_language_stays_an_alias() -> None:  # guard
    data = draft("The Norwegian Fishermen's Association, Norges Fiskarlag, said the quota was too low.")
    assert names(data, "organisations") == {"Norwegian Fishermen's Association", "Norges Fiskarlag"}


_QA = ("Q&A: Fiji's fisheries chief\n\n"
       "Aisake Batibasaga has led Fiji's Ministry of Fisheries for six years. Ahead of next month's UN "
       "Ocean Conference in Nice, France, he spoke to us in Suva about coral bleaching.\n\n"
       "Q: How bad was last year's bleaching?\n\n"
       "A: The worst I have seen. Some reefs will recover. Many will not.\n\n"
       "Q: Are you hopeful?\n\n"
       "A: I have to be. My grandchildren live in Kadavu.\n")


def test_an_interviewee_a_pronoun_follows_is_a_person() -> None:
    data = draft(_QA)
    assert names(data, "people") == {"Aisake Batibasaga"}


def test_an_interviewees_answers_are_his_quotes() -> None:
    assert speakers(draft(_QA)) == ["Aisake Batibasaga", "Aisake Batibasaga"]


def test_a_subject_then_he_after_an_opening_phrase() -> None:
    data = draft("Teuila Fa'asavalu has coached the side since 2019. On Monday, she named her squad.")
    assert names(data, "people") == {"Teuila Fa'asavalu"}


def test_a_bodys_founder_is_whom_the_pronoun_follows() -> None:  # guard
    data = draft("Zlatá Kozel's founder, Lenka Horáková, will stay on. She said the deal gave it money.")
    assert "Zlatá Kozel" not in names(data, "people")


def test_a_firm_a_pronoun_follows_stays_a_firm() -> None:  # guard
    data = draft("Standard Chartered cut its forecast on Monday. On Tuesday, he said the bank would recover.")
    assert not names(data, "people")


def test_a_watch_is_a_body_not_a_person() -> None:
    data = draft("Human Rights Watch said the arrests were unlawful.")
    assert not names(data, "people")
    assert names(data, "organisations") == {"Human Rights Watch"}


def test_a_watch_after_a_speakers_office_is_a_body() -> None:
    data = draft('"Trade must not come at the price of silence," said Yasmine Ahmed, UK director of '
                 "Human Rights Watch.")
    assert "Human Rights Watch" in names(data, "organisations")
    assert speakers(data) == ["Yasmine Ahmed"]


def test_a_neighbourhood_watch_in_small_letters_is_nothing() -> None:  # guard
    data = draft("Residents formed a neighbourhood watch in 2019.")
    assert not names(data, "organisations") and not names(data, "people")


def _figures(text: str) -> list[tuple[str, str]]:
    return [(f["as_written"], f["unit"]) for f in draft(text).get("figures", [])]


def test_a_crowd_estimated_at_a_number_counts_people() -> None:
    assert _figures("Police estimated the crowd at 107,000, while the independent Public Assembly Archive "
                    "put it at between 275,000 and 325,000.") \
        == [("107,000", "people"), ("275,000", "people"), ("325,000", "people")]


def test_a_crowd_put_at_about_a_number() -> None:
    data = draft("Organisers put the crowd at about 50,000.")
    assert [(f["value"], f["unit"], f.get("qualifier")) for f in data["figures"]] \
        == [(50000.0, "people", "about")]


def test_a_cost_estimated_at_a_sum_stays_money() -> None:  # guard
    assert _figures("The bank estimated the cost at 4,000 euros.") == [("4,000 euros", "euros")]


def test_it_put_at_a_number_without_a_crowd_is_no_count_of_people() -> None:  # guard
    assert ("1,200", "people") not in _figures("Analysts put it at 1,200 by the end of the year.")


def test_the_owner_of_a_board_office_is_a_body() -> None:
    data = draft("The court sentenced the former chief executive of Nordvik Sparebank, Halvard Lie, to "
                 "four years.")
    assert names(data, "organisations") == {"Nordvik Sparebank"}
    assert not names(data, "places")
    assert data["people"][0]["roles"] \
        == [{"title": "former chief executive", "organisation": "nordvik-sparebank"}]


def test_the_chairman_of_a_city_stays_a_place() -> None:  # guard
    data = draft("The chairman of Lagos, Ade Bello, said.")
    assert "Lagos" in names(data, "places")


def test_a_nationality_after_a_board_office_is_no_body() -> None:  # guard
    data = draft("The deal was signed by Ramesh Kulkarni, managing director of the Indian state-owned "
                 "firm Konkan Fertilisers.")
    assert "Indian" not in names(data, "organisations")


def test_elections_faced_if_a_deadline_passes_are_no_event() -> None:
    assert meetings("Parliament has until April 18 to approve a new government or face snap "
                    "elections.") == []


def test_a_strike_averted_is_no_event() -> None:
    assert meetings("The union agreed a deal late on Monday to avert a strike planned for Tuesday.") == []


def test_elections_called_stay_an_event() -> None:  # guard
    found = meetings("The government called snap elections for April 18.")
    assert [m["date"] for m in found] == ["2026-04-18"]


_SHEFFIELD = ("STRIKE ENDS\n\nFrom Our Labour Correspondent\n\nSHEFFIELD, Friday.\n\n"
              "The strike at the works ended {when} when a mass meeting of 3,000 men voted to accept the "
              "terms.\n")


def _days(text: str) -> list[str]:
    return [t["date"] for t in draft(text, dt.date(1962, 11, 24))["timeline"]]


def test_tonight_under_a_datelines_day_name_is_that_day() -> None:
    assert _days(_SHEFFIELD.format(when="to-night")) == ["1962-11-23"]
    assert _days(_SHEFFIELD.format(when="tonight")) == ["1962-11-23"]


def test_a_weekday_under_a_datelines_day_name_stays() -> None:  # guard
    assert _days(_SHEFFIELD.format(when="on Wednesday")) == ["1962-11-21"]


def test_a_datelines_day_name_of_the_publication_day_changes_nothing() -> None:  # guard
    assert _days(_SHEFFIELD.replace("Friday", "Saturday").format(when="tonight")) == ["1962-11-24"]


def test_companies_close_a_bodys_name() -> None:
    data = draft("The United Steel Companies said output would resume.")
    assert not names(data, "people")
    assert names(data, "organisations") == {"United Steel Companies"}


def test_a_common_word_before_places_in_the_plural_is_no_place() -> None:
    data = draft("Evacuation centres have been opened in Ha'apai.")
    assert names(data, "places") == {"Ha'apai"}


def test_names_listed_before_places_in_the_plural_stay() -> None:  # guard
    data = draft("Padma and Meghna rivers flooded.")
    # (round 18, geo-r18: each also named with its kind, 'Padma river', as an alias)
    assert {r["name"] for r in data["places"]} == {"Padma", "Meghna"}


def test_a_sheikha_is_a_person_and_bint_joins_her_name() -> None:
    data = draft("The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, arrived on Tuesday. The emir and his "
                 "wife, Sheikha Jawaher bint Hamad bin Suhaim Al Thani, were welcomed at a ceremony.")
    # (round 21: the styled name as written is a form of it, 'Sheikh Tamim bin Hamad Al Thani')
    assert {r["name"]: r.get("aliases", []) for r in data["people"]} == {
        "Tamim bin Hamad Al Thani": ["Sheikh Tamim bin Hamad Al Thani"],
        "Jawaher bint Hamad bin Suhaim Al Thani": ["Sheikha Jawaher bint Hamad bin Suhaim Al Thani"]}


def test_a_sheikha_named_short_later_is_the_same_person() -> None:
    data = draft("The emir's wife, Sheikha Moza bint Nasser, arrived on Tuesday. Sheikha Moza said she "
                 "was pleased.")
    assert [(r["name"], r.get("aliases")) for r in data["people"]] \
        == [("Moza bint Nasser", ["Moza", "Sheikha Moza", "Sheikha Moza bint Nasser"])]


def test_the_freedom_of_the_press_names_no_body() -> None:
    data = draft("He said the new Government would restore the freedom of the Press.")
    assert "Press" not in names(data, "organisations")


def test_a_single_body_word_after_the_stays_a_body() -> None:  # guard
    assert names(draft("The bill goes to the Senate, where it may fail."), "organisations") == {"Senate"}


_HEARING = ("MANILA — Senators on Tuesday questioned officials of the Energy Regulatory Commission over a "
            "week of rolling brownouts.\n\n"
            "Senator Sherwin Gatchalian, who chairs the Senate energy committee, said the regulator had "
            'approved the shutdown of two coal plants. "Who signed off on this? Somebody has to answer," he '
            "said at the hearing.\n")


def test_said_at_the_hearing_in_the_lede_opens_the_hearing() -> None:
    found = meetings(_HEARING)
    assert [(m["type"], m["participants"], m["date"], "date" in m.get("uncertain", {})) for m in found] \
        == [("other", ["sherwin-gatchalian"], "2026-03-03", True)]


def test_the_talks_with_nothing_before_them_stay_no_event() -> None:  # guard
    assert meetings("Prices rose on Monday.\n\nThe talks were described as difficult.\n") == []


def _roles(text: str) -> list[object]:
    return [r.get("roles") for r in draft(text)["people"]]


def test_a_role_closing_the_sentence_after_said_name_is_hers() -> None:
    assert _roles('"Yes," said Ana Lima, head of the commission.') == [[{"title": "head of the commission"}]]


def test_a_bodys_role_and_a_former_one_closing_the_sentence() -> None:
    assert _roles('"This is the first time," said Josie Tamate, the Pacific Fisheries Commission\'s chair '
                  "and a former director-general of the ministry.") == [[
                      {"title": "chair", "organisation": "pacific-fisheries-commission"},
                      {"title": "former director-general of the ministry"}]]


def test_a_clause_closing_the_sentence_is_no_role() -> None:  # guard
    assert _roles('"Yes," said Ana Lima, who was there.') == [None]


def test_a_role_at_a_firm_is_drafted_once() -> None:
    assert _roles('"They have given this warning before," said Tom Becker, an analyst at Berenberg.') \
        == [[{"title": "analyst at Berenberg"}]]


def test_a_rank_before_an_office_of_a_body_set_off_before_the_name_stays() -> None:
    assert _roles("The court sentenced the former chief executive of Nordvik Sparebank, Halvard Lie, to "
                  "four years.") \
        == [[{"title": "former chief executive", "organisation": "nordvik-sparebank"}]]


def test_a_verb_before_an_office_of_a_body_is_no_part_of_it() -> None:  # guard
    assert _roles("They visited the head of the agency, Ana Lima, on Monday.") \
        == [[{"title": "head of the agency"}]]
