"""Rules the lead's own reads of round 14 showed (a one-line-per-paragraph transcript of a port
authority's briefing, read at round 13's end; and the drafts it led to).

- A transcript scraped one line per paragraph: the last labelled turn ('RUTO: We are talking to
  them next Tuesday.') took in the narration lines under it, another speaker's quote included
  ('"We heard promises before," said Achieng Otieno, ...' sat inside Ruto's quote, unmarked). A
  line that opens a sentence after one that ends one is the next paragraph, where the chunk's
  lines are not a text wrapped at a width.
- A gist kept its attribution when whom the words were told runs on to 'that' ('Managing director
  Captain William Ruto told a briefing in Mombasa that the contractor had been fined.'): it is cut
  there ('The contractor had been fined.'); a second 'and that' clause loses its 'that'.
- Found drafting a 1962 parliamentary report: the writer's line in capitals over a dateline of a
  day's name ('FROM OUR PARLIAMENTARY CORRESPONDENT' / 'WESTMINSTER, Tuesday.') was joined into
  the first paragraph and became the summary; now the writer's line is the byline and the day's
  name the text's dateline. Found drafting a Nepali health report: a dateline in small letters
  on a line of its own ('Kathmandu, September 9') was dropped as a headline line.
- Found drafting the same report: 'told the House of Commons this afternoon that ...' cut the gist
  after 'told the' ('House of Commons this afternoon that the Government would ...').
- Found drafting a football report: 'at the Stade Mohammed V. The winners will ...' drafted a
  place 'Stade Mohammed V. The' (a numeral's stop read as a middle initial); 'Ali Maaloul's
  penalty gave Al Ahly a 1-0 win over Wydad Casablanca' drafted a handover ('gave ... over'), and
  no match: a win told as a noun now gives the match its two sides.
- Found drafting an earnings wire: 'Kobe Steel Ltd', then 'Kobe Steel', drafted two organisations.
- Found drafting a health report: a count reached with no noun after it ('Dengue cases crossed
  12,000 this year', 'The death toll rose to 1,200 on Friday') drafted no figure.
- Found drafting a cricket report: 'The deciding match is on Sunday' (an event that 'is on' a day)
  was the Sunday before publication, unmarked.
- Found drafting a council report: 'Its director, Kristin Erlandsen, said operators had already
  cancelled 35 calls for next summer' had the gist 'Its director, Kristin Erlandsen.' ('calls' read
  as a verb of saying); 'declared Monday a civic holiday' the gist 'A civic holiday in Manizales.'
- Found drafting a feature: a paragraph that is all quotation, after one about a single person
  ('For 41 years, Vasile Ionescu has rowed ...', then '"I have carried brides ..."'), drafted no
  quote; now his, marked uncertain. Its dateline on a line of its own with no day ('SULINA,
  Romania') was dropped, and with it two places; a topic's word just after a dateline ('SOROTI,
  Uganda — Health workers ...') was read as inside a name; a statement's id opened with the
  dateline ('mumbai-nov-8-reuters').
- A rank or a form of address between an office and a name was the person's only role
  ('Managing director Captain William Ruto' had the role 'Captain'): the office comes first, a rank
  stays beside it, a form of address ('Dr') does not.
- Found on probes at round 14's end: 'the crash on June 3 last year' was drafted as a day ahead (a
  year told in words after the day now fixes it); 'Havbruk Nord ASA said' drafted a person (a
  legal form closes a firm's name); 'Chief executive Ingrid Solheim of Havbruk Nord will lead it'
  drafted nobody (a job in small letters before 'Name of Y' makes Y the body she works at);
  'Jamie Crawford read poems chosen by Jenny Niven. "...," she said' went to Jenny Niven (an
  irregular past is an act, so the one who read is the one a pronoun follows).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.new.draft.dates import find_dates
from briefing.new.draft.paragraphs import split_article
from ruletable import draft, meetings, names, speakers

_TRANSCRIPT = (
    "Port authority answers questions on the berth delay\n\n"
    "The port authority said on Thursday the new berth would open in March.\n"
    "REPORTER: Who pays for the delay?\n"
    "RUTO: The contractor pays. Not the public.\n"
    "REPORTER: Will shipping lines be compensated?\n"
    "RUTO: We are talking to them next Tuesday.\n"
    "Shipping lines said they had lost about 40 days of capacity.\n"
    '"We heard promises before," said Achieng Otieno, who chairs the Kenya Ships Agents Association.\n')


def test_narration_under_a_scraped_transcripts_last_turn_is_no_part_of_it() -> None:
    paragraphs = split_article(_TRANSCRIPT).paragraphs
    assert paragraphs[-3:] == (
        "RUTO: We are talking to them next Tuesday.",
        "Shipping lines said they had lost about 40 days of capacity.",
        '"We heard promises before," said Achieng Otieno, who chairs the Kenya Ships Agents Association.')
    quotes = {q["text"]: q.get("speaker") for q in draft(_TRANSCRIPT)["quotes"]}
    assert quotes["We are talking to them next Tuesday."] == "ruto"
    assert quotes["We heard promises before"] == "achieng-otieno"


def test_a_turn_wrapped_at_a_width_stays_whole() -> None:  # guard
    text = ("Interview\n\n"
            "Q: What did the board decide about the harbour\n"
            "dredging contract this week?\n"
            "A: The board decided to cancel the contract and\n"
            "to put the whole of the work out to tender again\n"
            "before the end of the year. It was not easy.\n"
            "Q: Why?\n")
    assert split_article(text).paragraphs[1] == (
        "A: The board decided to cancel the contract and to put the whole of the work out to tender again "
        "before the end of the year. It was not easy.")


@pytest.mark.parametrize(("sentence", "gist"), [
    ("Managing director Captain William Ruto told a briefing in Mombasa that the contractor had been fined.",
     "The contractor had been fined."),
    ("The board's chief executive, Kwaku Ofori-Mensah, told a news conference in Accra that the new price "
     "would apply to the main crop, and that farmers would be paid in cash.",
     "The new price would apply to the main crop, and farmers would be paid in cash."),
])
def test_whom_the_words_were_told_is_cut_from_the_gist(sentence: str, gist: str) -> None:
    statements = draft(f"Prices\n\n{sentence}")["statements"]
    assert [s["gist"] for s in statements] == [gist]


def test_a_told_clause_opening_with_a_pronoun_keeps_its_subject() -> None:  # guard
    statements = draft("Prices\n\nAna Lima told a parliamentary inquiry on Tuesday that it would close by "
                       "June.")["statements"]
    assert [s["gist"] for s in statements] == [
        "Ana Lima told a parliamentary inquiry on Tuesday that it would close by June."]


def _roles(sentence: str) -> dict[str, list[str]]:
    people = draft(f"Port\n\n{sentence}")["people"]
    return {p["name"]: [r["title"] for r in p.get("roles", [])] for p in people}


@pytest.mark.parametrize(("sentence", "person", "office"), [
    ("Managing director Captain William Ruto said the berth would open in March.", "William Ruto",
     ["Managing director", "Captain"]),
    ("The port's managing director Captain William Ruto said the berth would open in March.", "William Ruto",
     ["managing director", "Captain"]),
    ("Armed forces spokesman Colonel Omar Ahmed said the road was open.", "Omar Ahmed",
     ["Armed forces spokesman", "Colonel"]),
    ("Chief executive Dr Abena Mensah said the ward was full.", "Abena Mensah", ["Chief executive"]),
])
def test_the_office_before_a_rank_is_the_role(sentence: str, person: str, office: list[str]) -> None:
    assert _roles(sentence)[person] == office  # (a rank stays beside it; a form of address does not)


@pytest.mark.parametrize(("sentence", "person", "title"), [
    ("Captain William Ruto said the berth would open in March.", "William Ruto", "Captain"),
    ('"Walking helps," said lead author Dr Mette Andersen, an epidemiologist at the University of Oslo.',
     "Mette Andersen", "epidemiologist"),
])
def test_a_rank_alone_or_an_apposition_still_gives_the_role(sentence: str, person: str, title: str) -> None:
    assert _roles(sentence)[person] == [title]  # guard


def test_an_old_papers_writer_and_dateline_lines_are_no_paragraph() -> None:
    text = ("FROM OUR PARLIAMENTARY CORRESPONDENT\nWESTMINSTER, Tuesday.\n\n"
            "The Minister of Transport, Mr. Ernest Marples, told the House of Commons this afternoon "
            "that the Government would publish the report before Easter.\n\nMr. Marples was answering "
            "Mr. George Strauss.\n")
    split = split_article(text)
    assert split.paragraphs[0].startswith("WESTMINSTER, Tuesday — The Minister of Transport")
    assert split.headers.get("by") == "FROM OUR PARLIAMENTARY CORRESPONDENT"
    assert "headline" not in split.headers
    data = draft(text)
    assert data["briefing"]["summary"].startswith("The Minister of Transport"), data["briefing"]["summary"]
    gists = [s["gist"] for s in data["statements"]]
    assert gists[:1] == ["The Government would publish the report before Easter."]


def test_a_dateline_in_small_letters_on_its_own_line_is_the_texts() -> None:
    text = ("Dengue cases cross 12,000\n\nKathmandu, September 9\n\nThe ministry has opened fever clinics in "
            "14 districts.\n\nThe minister said more would open.\n")
    split = split_article(text)
    assert split.paragraphs[0] == \
        "Kathmandu, September 9 — The ministry has opened fever clinics in 14 districts."
    assert split.headers["headline"] == "Dengue cases cross 12,000"


def test_a_headline_with_a_comma_and_a_day_is_still_the_headline() -> None:  # guard
    split = split_article("Strike ends after talks\n\nThe strike ended on Monday, the union said.\n\nMore.\n")
    assert split.headers["headline"] == "Strike ends after talks"


def test_a_numerals_stop_before_a_sentence_is_no_initial() -> None:
    data = draft("Football\n\nThe second leg is on March 10 at the Stade Mohammed V. The winners will face "
                 "Esperance.")
    assert names(data, "places") == {"Stade Mohammed V"}


def test_a_middle_initial_still_joins_a_name() -> None:  # guard
    assert "Ruth P. Adler" in names(draft("Court\n\nRuth P. Adler said the ruling was wrong."), "people")


@pytest.mark.parametrize(("sentence", "sides"), [
    ("Ali Maaloul's second-half penalty gave Al Ahly a 1-0 win over Wydad Casablanca in the first leg on "
     "Sunday.",
     {"al-ahly", "wydad-casablanca"}),
    ("Kaizer Chiefs recorded a narrow 2-1 victory against Orlando Pirates on Sunday.",
     {"kaizer-chiefs", "orlando-pirates"}),
])
def test_a_win_told_as_a_noun_is_a_match_of_its_sides(sentence: str, sides: set[str]) -> None:
    meetings = draft(f"Football\n\n{sentence}")["meetings"]
    assert any(sides <= {*m.get("participants", []), *m.get("organisations", [])} for m in meetings), meetings
    assert not any(m.get("type") == "handover" or m["name"].startswith("Handover") for m in meetings)


def test_handing_over_is_still_a_handover() -> None:  # guard
    meetings = draft("Return\n\nThe museum on Tuesday handed the bronzes over to the Benin royal "
                     "court.")["meetings"]
    assert meetings and "andover" in meetings[0]["name"], meetings


def test_a_firm_without_its_legal_form_is_the_same_firm() -> None:
    data = draft("Steel\n\nKobe Steel Ltd on Tuesday cut its forecast. Shares in Kobe Steel fell 4.1 "
                 "percent.")
    firms = [(o["name"], o.get("aliases")) for o in data["organisations"]]
    assert firms == [("Kobe Steel Ltd", ["Kobe Steel"])]


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("Dengue cases crossed 12,000 this year, the highest since 2019.", 12000, "cases"),
    ("The death toll rose to 43 on Friday.", 43, "deaths"),
    ("Attendance topped 60,000 for the first time.", 60000, "people"),
])
def test_a_count_reached_with_no_noun_after_it_is_a_figure(sentence: str, value: int, unit: str) -> None:
    figures = draft(f"Dengue\n\n{sentence}")["figures"]
    assert [(f["value"], f.get("unit")) for f in figures] == [(value, unit)]


@pytest.mark.parametrize("sentence", ["Shares hit 1,052 in early trade.", "Prices rose to 2024 levels."])
def test_a_price_or_a_year_reached_is_no_count(sentence: str) -> None:  # guard
    assert not draft(f"Markets\n\n{sentence}").get("figures")


def test_an_event_that_is_on_a_day_is_ahead() -> None:
    data = draft("Cricket\n\nNepal beat Oman on Friday.\n\nThe deciding match is on Sunday at the same "
                 "ground.", dt.date(2024, 2, 17))
    assert sorted(t["date"] for t in data["timeline"]) == ["2024-02-16", "2024-02-18"]


@pytest.mark.parametrize(("sentence", "gist"), [
    ("Its director, Kristin Erlandsen, said operators had already cancelled 35 calls for next summer.",
     "Operators had already cancelled 35 calls for next summer."),
    ("The city's mayor, Liliana Ocampo Giraldo, declared Monday a civic holiday in Manizales.",
     "The city's mayor, Liliana Ocampo Giraldo, declared Monday a civic holiday in Manizales."),
])
def test_an_office_before_the_name_and_a_verbs_object_in_gists(sentence: str, gist: str) -> None:
    assert [s["gist"] for s in draft(f"Tourism\n\n{sentence}")["statements"]] == [gist]


_FEATURE = ("The last ferryman\nBy Ioana Stoica\nSULINA, Romania\n\n"
            "For 41 years, Vasile Ionescu has rowed passengers across the channel in a boat he built "
            "himself.\n\n"
            '"I have carried brides to their weddings and coffins to the cemetery. The bridge will be '
            'faster."\n\n'
            "The county council says the bridge will cut the journey to the hospital.\n")


def test_a_paragraph_all_quotation_is_the_person_the_paragraph_before_is_about() -> None:
    (quote,) = draft(_FEATURE)["quotes"]
    assert quote["speaker"] == "vasile-ionescu" and "speaker" in quote["uncertain"]


def test_a_place_and_its_country_on_a_line_of_their_own_are_the_dateline() -> None:
    data = draft(_FEATURE)
    assert {"Sulina", "Romania"} <= names(data, "places")
    assert split_article(_FEATURE).paragraphs[0].startswith("SULINA, Romania — For 41 years")


def test_a_paragraph_all_quotation_after_two_people_names_nobody() -> None:  # guard
    text = _FEATURE.replace("Vasile Ionescu has rowed", "Vasile Ionescu and Ana Popa have rowed")
    assert not draft(text).get("quotes")


def test_a_topic_word_after_a_dateline_counts_and_ids_skip_the_dateline() -> None:
    data = draft("Sleeping sickness\n\nSOROTI, Uganda — Health workers have begun screening 60,000 people, "
                 "the Ministry of Health said on Wednesday.\n\nThe ministry said more teams would come.\n")
    assert 1 in next(t for t in data["topics"] if t["name"] == "Health")["paragraphs"]
    assert [s["id"] for s in data["statements"]][:1] == ["health-workers-have-begun-screening"]


@pytest.mark.parametrize(("sentence", "date"), [
    ("The court heard that the bus left the road on June 3 last year.", "2025-06-03"),
    ("The plant reopened on 4 May last year, a month after the flood.", "2025-05-04"),
    ("The council will vote on the plan on March 10 next year.", "2027-03-10"),
])
def test_a_year_told_in_words_after_the_day_is_that_year(sentence: str, date: str) -> None:
    data = draft(f"Court\n\n{sentence}")
    assert [t["date"] for t in data["timeline"]] == [date]


def test_a_day_without_a_year_still_takes_the_nearest_year() -> None:  # guard
    data = draft("Court\n\nThe bus crashed on November 3.")
    assert [t["date"] for t in data["timeline"]] == ["2025-11-03"]


def test_a_firm_closing_with_its_legal_form_is_no_person() -> None:
    data = draft('Salmon\n\n"We will appeal," Havbruk Nord ASA said in a statement on Monday.')
    assert "Havbruk Nord ASA" in names(data, "organisations")
    assert not data.get("people")


def test_a_job_in_small_letters_before_a_name_of_a_body_is_the_person_at_the_body() -> None:
    data = draft("Salmon\n\nChief executive Ingrid Solheim of Havbruk Nord will lead the review.")
    assert "Ingrid Solheim" in names(data, "people")
    assert "Havbruk Nord" in names(data, "organisations")


@pytest.mark.parametrize("verb", ["read poems chosen", "sang songs written"])
def test_an_irregular_past_is_an_act_that_a_pronoun_follows(verb: str) -> None:
    text = (f'Festival\n\nJamie Crawford {verb} by Jenny Niven. "It was the best crowd I have had," '
            "she said.")
    assert speakers(draft(text)) == ["Jamie Crawford"]


@pytest.mark.parametrize("verb", ["took 14 seats", "secured 14 seats", "took fourteen seats"])
def test_two_words_joined_by_and_that_take_seats_are_one_party_maybe(verb: str) -> None:
    data = draft(f"Election\n\nThe Civic Coalition won 24 seats. Law and Justice {verb}.")
    assert "Law and Justice" in names(data, "organisations")
    assert not {"Law", "Justice"} & names(data, "organisations")


def test_two_countries_that_took_seats_stay_apart() -> None:  # guard
    data = draft("Council\n\nBritain and France took seats on the council on Monday.")
    assert {"Britain", "France"} <= names(data, "places")


@pytest.mark.parametrize(("sentence", "name", "date"), [
    ("A memorial service will be held at Uppsala Cathedral on March 12.", "Memorial service", "2026-03-12"),
    ("Her funeral will take place in Luleå on Saturday.", "Funeral", "2026-03-07"),
    ("Anna Berg and Jonas Ek go to a run-off on March 22.", "Run-off", "2026-03-22"),
])
def test_a_funeral_a_memorial_service_and_a_run_off_are_events(sentence: str, name: str, date: str) -> None:
    (meeting,) = meetings(f"Obituary\n\n{sentence}")
    assert meeting["name"].startswith(name) and meeting["date"] == date
    assert meeting["status"] == "scheduled"


@pytest.mark.parametrize("sentence", ["Funeral costs rose 4 per cent last year.",
                                      "The funeral industry employs 20,000 people."])
def test_a_funeral_word_before_another_noun_is_no_event(sentence: str) -> None:  # guard
    assert not meetings(f"Costs\n\n{sentence}")


@pytest.mark.parametrize(("text", "body", "short"), [
    ("The World Health Organization said it was sending experts. The fatality rate can reach 88 per "
     "cent, according to the WHO.", "World Health Organization", "WHO"),
    ("The African National Congress won the vote. The ANC said it would form a government.",
     "African National Congress", "ANC"),
])
def test_initials_never_bracketed_are_the_body_they_spell(text: str, body: str, short: str) -> None:
    organisations = [(o["name"], o.get("aliases", [])) for o in draft(f"Health\n\n{text}")["organisations"]]
    assert organisations == [(body, [short])]


def test_initials_two_bodies_spell_are_left_alone() -> None:  # guard
    text = ("The National Transport Authority and the National Tourism Agency met on Monday. The NTA "
            "said fares would rise.")
    assert not any(o.get("aliases") for o in draft(f"Fares\n\n{text}")["organisations"])


@pytest.mark.parametrize(("sentence", "written", "unit"), [
    ("He paid 212 ghost workers more than Sh48 million over three years.", "more than Sh48 million",
     "Sh"),  # (round 17: the value in full, 48000000, no scale in the unit)
    ("A loan of TSh500,000 was approved.", "TSh500,000", "TSh"),
    ("The court set a fine of KSh 20,000.", "KSh 20,000", "KSh"),
])
def test_a_shilling_written_before_the_sum_is_money(sentence: str, written: str, unit: str) -> None:
    figures = {f["as_written"]: f["unit"] for f in draft(f"Court\n\n{sentence}")["figures"]}
    assert figures[written] == unit


def test_a_road_named_sh_is_no_sum() -> None:  # guard
    assert not draft("Roads\n\nThe Sh 3 road was closed on Monday.").get("figures")


_MATCH = ("Leinster hold off Toulouse to reach the final\n{score}\nBy Gerry Thornley\n\n"
          "A late try by Jamison Gibson-Park sealed a four-point win for Leinster over Toulouse in "
          "Dublin on Saturday, and they will play La Rochelle in the final on May 25.\n\n"
          "Toulouse had led 24-21 after Antoine Dupont's try.\n")


@pytest.mark.parametrize(("score", "summary"), [
    ("Leinster 28 Toulouse 24", "Leinster beat Toulouse 28-24."),
    ("Leinster 28-24 Toulouse", "Leinster beat Toulouse 28-24."),
    ("Leinster 24 (Gibson-Park 77) Toulouse 24 (Dupont 62)", "Leinster drew with Toulouse 24-24."),
])
def test_a_score_line_above_the_text_is_the_match_played(score: str, summary: str) -> None:
    played = [m for m in meetings(_MATCH.format(score=score), dt.date(2025, 5, 4))
              if m["name"] == "Leinster v Toulouse"]
    assert [(m["summary"], m.get("date"), m.get("status", "held"), m.get("organisations")) for m in played] \
        == [(summary, "2025-05-03", "held", ["leinster", "toulouse"])]


def test_a_headline_with_numbers_is_no_score_line() -> None:  # guard
    text = _MATCH.replace("\n{score}\n", "\n").replace("to reach the final", "win 28 Toulouse 24")
    assert "Leinster v Toulouse" not in {m["name"] for m in meetings(text, dt.date(2025, 5, 4))}


@pytest.mark.parametrize("sentence", [
    "Leinster will play La Rochelle in the final on May 25 after a late try sealed a win over Toulouse "
    "on Saturday.",
    "The club will appeal, since the referee sent off its captain on Saturday.",
])
def test_a_day_in_a_clause_of_time_with_a_past_verb_is_past(sentence: str) -> None:
    saturday = next(d for d in find_dates((sentence,), dt.date(2025, 5, 4)) if d.as_written == "Saturday")
    assert saturday.value == "2025-05-03"


def test_a_day_after_after_with_no_verb_of_its_own_is_still_ahead() -> None:  # guard
    data = draft("Talks\n\nThe ministers will meet again after the summit on Monday.", dt.date(2025, 5, 4))
    assert [t["date"] for t in data["timeline"]] == ["2025-05-05"]


def test_a_name_and_a_firm_told_of_as_two_are_two_firms() -> None:
    data = draft("Salmon\n\nSalmar and Lerøy Seafood Group have agreed to merge, the two firms said on "
                 "Monday.")
    assert {"Salmar", "Lerøy Seafood Group"} <= names(data, "organisations")
    assert "Salmar and Lerøy Seafood Group" not in names(data, "organisations")


def test_a_field_and_a_body_is_still_one_body() -> None:  # guard
    data = draft("Famine\n\nThe Food and Agriculture Organization have warned of famine.")
    assert "Food and Agriculture Organization" in names(data, "organisations")


@pytest.mark.parametrize("sentence", ["Shares in Salmar rose 6.4% in Oslo trading.",
                                      "Norway's oil fund holds a 3% stake in Bakkavor, it said."])
def test_a_name_after_shares_in_or_a_stake_in_is_a_firm(sentence: str) -> None:
    data = draft(f"Markets\n\n{sentence}")
    firm = sentence.split(" in ")[1].split()[0].rstrip(",")
    assert firm in names(data, "organisations") and firm not in names(data, "places")


def test_shares_in_a_city_or_a_country_name_no_firm() -> None:  # guard
    data = draft("Markets\n\nShares in Tokyo rose 2% on Monday.")
    assert "Tokyo" in names(data, "places")


@pytest.mark.parametrize("sentence", [
    "The new group, to be called Nordlaks Havbruk, will have 4,000 staff.",
    "The bank was renamed Banca Nordica in 2019.",
])
def test_a_name_a_firm_is_to_be_called_is_the_firms(sentence: str) -> None:
    data = draft(f"Merger\n\n{sentence}")
    assert not data.get("people") and len(data["organisations"]) == 1


def test_a_child_named_after_someone_is_still_a_person() -> None:  # guard
    data = draft("Zoo\n\nKeeper Anna Berg said a boy named Erik Lund had fed the lions.")
    assert {"Anna Berg", "Erik Lund"} <= names(data, "people")


@pytest.mark.parametrize(("sentence", "person", "country"), [
    ("Paraguay's President Santiago Peña hosted the summit.", "Santiago Peña", "paraguay"),
    ("South Africa's Finance Minister Enoch Godongwana said the budget was tight.", "Enoch Godongwana",
     "south-africa"),
])
def test_a_countrys_office_before_a_name_is_the_countrys(sentence: str, person: str, country: str) -> None:
    people = {p["name"]: p.get("roles") for p in draft(f"Summit\n\n{sentence}")["people"]}
    assert [r.get("country") for r in people[person]] == [country]


def test_a_firms_office_before_a_name_names_no_country() -> None:  # guard
    people = {p["name"]: p.get("roles")
              for p in draft("Phones\n\nApple's President Tim Cook spoke.")["people"]}
    assert not any(r.get("country") for r in people["Tim Cook"])


def test_a_country_after_groups_is_no_body() -> None:
    data = draft("Trade\n\nThe European Free Trade Association, which groups Switzerland, Norway, Iceland "
                 "and Liechtenstein, signed the deal.")
    assert names(data, "organisations") == {"European Free Trade Association"}
    assert {"Switzerland", "Norway"} <= names(data, "places")


@pytest.mark.parametrize("body", ["Mercosur", "Ecowas", "SADC", "UNHCR", "Interpol", "FIFA"])
def test_an_international_body_by_its_short_name_is_a_body(body: str) -> None:
    assert body in names(draft(f"Summit\n\nThe meeting was hosted by {body} in the capital on Monday."),
                         "organisations")


@pytest.mark.parametrize("text", [
    "Funds\n\nPACIFIC WEEKLY: Who is paying?\n\nSEVE PAENIU: The Green Climate Fund gave us $36 million "
    "in 2017. But the sea is rising faster than our money.\n\nPACIFIC WEEKLY: Thank you.",
    'Funds\n\n"We expect the boiler to be repaired by Monday," said Mill manager Jone Koroi.',
])
def test_a_day_inside_the_quoted_words_does_not_date_the_quote(text: str) -> None:
    quotes = draft(text, dt.date(2025, 6, 20))["quotes"]
    assert quotes and not any(q.get("date") for q in quotes)


def test_today_inside_the_quoted_words_still_dates_the_quote() -> None:  # guard
    text = 'Funds\n\n"We are proud today," said Mill manager Jone Koroi.'
    quote = draft(text, dt.date(2025, 6, 20))["quotes"][0]
    assert quote["date"] == "2025-06-20"


@pytest.mark.parametrize("sentence", ["Storm Desmond flooded 2,100 homes in the city.",
                                      "Hurricane Maria Lopez struck the island on Tuesday."])
def test_a_named_storm_is_no_person(sentence: str) -> None:
    assert not draft(f"Floods\n\n{sentence}").get("people")


@pytest.mark.parametrize(("sentence", "title", "country"), [
    ("Seve Paeniu, Tuvalu's minister of finance and climate change, spoke to reporters.",
     "minister of finance and climate change", "tuvalu"),
    ("Anna Berg, Sweden's minister for the environment, said so.", "minister for the environment", "sweden"),
])
def test_a_countrys_office_set_off_after_a_name_is_the_role(sentence: str, title: str, country: str) -> None:
    (person,) = draft(f"Climate\n\n{sentence}")["people"]
    assert person["roles"] == [{"title": title, "country": country}]


def test_a_countrys_description_set_off_after_a_name_is_no_office() -> None:  # guard
    (person,) = draft("Books\n\nAnna Berg, Sweden's oldest woman, said so.")["people"]
    assert not person.get("roles")


@pytest.mark.parametrize(("sentence", "people"), [
    ("The talks were led by Mr. J. R. Brennan, the regional secretary.", {"J. R. Brennan"}),
    ("The motion was proposed by Mr. D. F. Hanley and seconded by Mr. P. J. Hogan.",
     {"D. F. Hanley", "P. J. Hogan"}),
])
def test_two_leading_initials_are_the_names(sentence: str, people: set[str]) -> None:
    assert names(draft(f"Council\n\n{sentence}"), "people") >= people


def test_a_stop_before_a_sentence_is_still_no_initial() -> None:  # guard
    assert "B. J. Smith" not in names(draft("Plans\n\nIt was Plan B. J. Smith said so."), "people")


@pytest.mark.parametrize(("sentence", "person", "role"), [
    ("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met him.",
     "Mohammed bin Abdulrahman Al Thani", {"title": "Prime Minister", "country": "qatar"}),
    ("Oman's Foreign Minister Sayyid Badr bin Hamad al-Busaidi held talks.", "Badr bin Hamad al-Busaidi",
     {"title": "Foreign Minister", "country": "oman"}),
])
def test_an_honorific_between_an_office_and_a_name_is_no_part_of_the_office(
        sentence: str, person: str, role: dict[str, str]) -> None:
    people = {p["name"]: p.get("roles") for p in draft(f"Gulf\n\n{sentence}")["people"]}
    assert people[person] == [role]


@pytest.mark.parametrize(("sentence", "country"), [
    ("Japan became the fifth country to land on the moon, after the Soviet Union and India.", "Soviet Union"),
    ("The Soviet Union said on Monday it would talk.", "Soviet Union"),
    ("A Yugoslav delegation arrived in Belgrade on Monday.", "Yugoslavia"),
    ("Rhodesia declared independence in 1965.", "Rhodesia"),
])
def test_a_country_of_another_decade_is_a_country(sentence: str, country: str) -> None:
    data = draft(f"Moon\n\n{sentence}")
    assert country in names(data, "places") and country not in names(data, "organisations")


def test_a_union_of_states_that_is_no_country_is_still_a_body() -> None:  # guard
    assert "European Union" in names(draft("Trade\n\nThe European Union said on Monday it would talk."),
                                     "organisations")


@pytest.mark.parametrize("lead", [
    "Asked whether the prime minister had confidence in the Chancellor, Rachel Reeves, the spokesman said:",
    "Asked about the Chancellor, Rachel Reeves, a spokesman said",
])
def test_a_role_straight_before_the_verb_is_its_subject_not_the_name_before(lead: str) -> None:
    data = draft(f'Briefing\n\n{lead} "Yes, full confidence."')
    assert not any(q.get("speaker") == "rachel-reeves" for q in data.get("quotes", []))


def test_a_name_with_its_role_set_off_still_speaks() -> None:  # guard
    data = draft('Briefing\n\nRachel Reeves, the Chancellor, said: "Yes, full confidence."')
    assert [q.get("speaker") for q in data["quotes"]] == ["rachel-reeves"]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Jannik Sinner beat defending champion Carlos Alcaraz 4-6, 6-4, 6-4 on Sunday.",
     "Jannik Sinner v Carlos Alcaraz"),
    ("Iga Swiatek of Poland beat Amanda Anisimova 6-0, 6-0 on Saturday.", "Iga Swiatek v Amanda Anisimova"),
    ("Kestrels beat the league leaders Harbour Stars 58-51 on Sunday.", "Kestrels v Harbour Stars"),
])
def test_a_result_with_the_beaten_side_described_is_a_match(sentence: str, name: str) -> None:
    assert [m["name"] for m in meetings(f"Final\n\n{sentence}")] == [name]


def test_beat_back_is_no_result() -> None:  # guard
    assert not meetings("Politics\n\nThe minister beat back criticism from Anna Berg on Sunday.")


@pytest.mark.parametrize(("sentence", "date"), [
    ("The unofficial strike which has kept 12,000 dockers idle in the port for nine days ended to-night "
     "when a mass meeting at the Pier Head voted by a large majority to return to work on Monday.",
     "1962-03-10"),
    ("The stoppage ended when a meeting of the members agreed by 40 votes to 12 to resume work on Monday.",
     None),
])
def test_a_day_of_what_an_event_decided_is_not_the_events(sentence: str, date: str | None) -> None:
    (meeting,) = meetings(f"Docks\n\n{sentence}", dt.date(1962, 3, 10))
    assert meeting.get("date") == date


def test_a_meeting_to_be_held_on_a_day_keeps_it() -> None:  # guard
    (meeting,) = meetings("Docks\n\nA mass meeting will be held at the Pier Head on Monday.",
                          dt.date(1962, 3, 10))
    assert meeting["date"] == "1962-03-12"


@pytest.mark.parametrize(("sentence", "person", "title"), [
    ("Former league commissioner Tom Reyes said the dispute had gone on too long.", "Tom Reyes",
     "Former league commissioner"),
    ("Former chief medical officer Ana Lima said so.", "Ana Lima", "Former chief medical officer"),
    ("Acting police chief John Otieno said so.", "John Otieno", "Acting police chief"),
])
def test_a_word_of_rank_opening_the_sentence_stays_in_the_office(sentence: str, person: str,
                                                                 title: str) -> None:
    people = {p["name"]: [r["title"] for r in p.get("roles", [])]
              for p in draft(f"Row\n\n{sentence}")["people"]}
    assert people[person] == [title]


@pytest.mark.parametrize(("sentence", "person"), [
    ("The deal was gavelled through by COP30 president André Corrêa do Lago.", "André Corrêa do Lago"),
    ("Maria das Dores said the clinic would close.", "Maria das Dores"),
])
def test_a_portuguese_particle_and_a_surname_that_is_a_places_word_are_a_name(sentence: str,
                                                                              person: str) -> None:
    assert person in names(draft(f"Summit\n\n{sentence}"), "people")


def test_a_bank_named_with_do_is_still_a_bank() -> None:  # guard
    data = draft("Banks\n\nBanco do Brasil said profit rose.")
    assert "Banco do Brasil" in names(data, "organisations") and not data.get("people")


@pytest.mark.parametrize("sentence", ["Small island states said they were deeply disappointed.",
                                      "Fishing villages along the coast were flooded."])
def test_a_word_describing_places_is_no_place(sentence: str) -> None:
    assert not draft(f"Climate\n\n{sentence}").get("places")


def test_a_name_before_a_place_word_is_still_a_place() -> None:  # guard
    assert "Kikori" in names(draft("Floods\n\nFarmers in the Kikori basin were cut off."), "places")


def test_a_ledes_summit_set_off_from_its_day_is_the_articles_event() -> None:
    text = ("Climate\n\nNearly 200 countries agreed on Saturday to triple adaptation finance, after two "
            "weeks of talks at the COP30 summit in Belém.")
    (summit,) = meetings(text, dt.date(2025, 11, 22))
    assert (summit["type"], summit["place"], summit["date"]) == ("summit", "belem", "2025-11-22")
    assert "date" in summit["uncertain"]


def test_the_talks_with_nothing_before_them_are_still_no_event() -> None:  # guard
    assert not meetings("Talks\n\nThe talks in Geneva were tense, delegates said.")


def test_what_an_unnamed_body_says_others_did_is_not_their_statement() -> None:
    data = draft("Cars\n\nMazda Motor and Honda Motor also admitted irregularities, the ministry said.")
    assert not data.get("statements")


def test_what_a_named_body_says_is_its_statement() -> None:  # guard
    data = draft("Cars\n\nThe company denied wrongdoing, police said.")
    assert [s["gist"] for s in data["statements"]] == ["The company denied wrongdoing."]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Transport minister Tetsuo Saito said inspectors would visit.", "Transport minister"),
    ("Health minister Ana Lima said so.", "Health minister"),
])
def test_a_field_opening_the_sentence_before_an_office_is_in_it(sentence: str, title: str) -> None:
    (person,) = draft(f"Cars\n\n{sentence}")["people"]
    assert [r["title"] for r in person["roles"]] == [title]


@pytest.mark.parametrize(("sentence", "person", "role"), [
    ("Toyota Motor Corp Chairman Akio Toyoda apologised on Monday.", "Akio Toyoda",
     {"title": "Chairman", "organisation": "toyota-motor-corp"}),
    ("Kenya Airways Chief Executive Allan Kilavuka said Kenya Airways would recover.", "Allan Kilavuka",
     {"title": "Chief Executive", "organisation": "kenya-airways"}),
])
def test_a_bodys_name_then_its_office_is_the_bodys_office(sentence: str, person: str,
                                                          role: dict[str, str]) -> None:
    data = draft(f"Cars\n\n{sentence}")
    assert {p["name"]: p.get("roles") for p in data["people"]} == {person: [role]}


@pytest.mark.parametrize(("sentence", "body"), [
    ("The Air Accidents Investigation Branch said the engine failed.", "Air Accidents Investigation Branch"),
    ("The Special Investigating Unit said it had recovered the money.", "Special Investigating Unit"),
])
def test_a_branch_or_a_unit_is_a_body(sentence: str, body: str) -> None:
    data = draft(f"Crash\n\n{sentence}")
    assert body in names(data, "organisations") and not data.get("people")


def test_a_given_name_and_a_surname_that_is_a_bodys_word_are_a_person() -> None:
    assert "Margaret Court" in names(draft("Tennis\n\nMargaret Court said the tournament was fine."),
                                     "people")


def test_a_place_inside_quoted_words_is_not_the_meetings() -> None:
    text = ('Gulf\n\n"Security in the Gulf is the region\'s own task," Abbas Araghchi told reporters before '
            "leaving for Doha, where he is due to meet Prime Minister Mohammed Al Thani on Thursday.")
    assert [m.get("place") for m in meetings(text)] == [None]


def test_a_place_outside_quoted_words_is_still_the_meetings() -> None:  # guard
    text = ('Gulf\n\n"We talked about shipping," Abbas Araghchi said after he met Prime Minister Mohammed '
            "Al Thani in Doha on Thursday.")
    assert [m.get("place") for m in meetings(text)] == ["doha"]


def test_whom_they_told_and_a_place_set_off_after_are_cut_from_the_gist() -> None:
    data = draft("Mine\n\nRescuers recovered the last of the bodies early on Sunday, Codelco Chairman Máximo "
                 "Pacheco told reporters at the mine's entrance near Rancagua, some 80 km south of Santiago.")
    assert [s["gist"] for s in data["statements"]] == [
        "Rescuers recovered the last of the bodies early on Sunday."]


@pytest.mark.parametrize(("sentence", "firm"), [
    ("Chile's state-owned Codelco said on Friday it would halt output. Codelco Chairman Máximo Pacheco "
     "said so.", "Codelco"),
    ("The London-listed Antofagasta said output fell.", "Antofagasta"),
])
def test_a_name_after_state_owned_or_listed_is_a_firm(sentence: str, firm: str) -> None:
    assert firm in names(draft(f"Mine\n\n{sentence}"), "organisations")


def test_a_name_then_the_mine_it_names_is_no_person() -> None:
    data = draft("Mine\n\nCodelco suspended operations at its El Teniente copper mine on Friday. El Teniente "
                 "produced 356,000 tons of copper last year.")
    assert "El Teniente" in names(data, "places") and not data.get("people")


@pytest.mark.parametrize("held_up", ["delayed by more than an hour", "delayed by 40 minutes"])
def test_a_start_held_up_for_minutes_or_hours_is_no_postponement(held_up: str) -> None:
    text = (f"Final\n\nArgentina beat Colombia 1-0 in extra time on Sunday night to win the title, in a "
            f"final {held_up} after crowd trouble.")
    (match,) = meetings(text, dt.date(2024, 7, 15))
    assert (match.get("date"), match.get("status", "held")) == ("2024-07-14", "held")


def test_a_match_put_off_by_a_week_is_still_put_off() -> None:  # guard
    text = "Final\n\nArgentina were due to play Colombia on Sunday, but the final was delayed by a week."
    assert all(m.get("date") != "2024-07-14" for m in meetings(text, dt.date(2024, 7, 15)))


@pytest.mark.parametrize("said", ["Anna Berg said the people had waited long enough.",
                                  "Mr. Moynihan said the people of the district had waited long enough."])
def test_a_quote_after_a_sentence_someone_opens_saying_is_theirs(said: str) -> None:
    text = f'Road\n\nMr. M. Moynihan and Anna Berg spoke.\n\n{said} "We were promised this road in 1949."'
    speaker = "anna-berg" if said.startswith("Anna") else "m-moynihan"
    assert [q.get("speaker") for q in draft(text)["quotes"]] == [speaker]


def test_a_quote_after_a_meeting_is_no_ones() -> None:  # guard
    assert not draft('Road\n\nAnna Berg met Jonas Ek on Monday. "We were promised this road."').get("quotes")


def test_initials_before_an_irish_surname_are_the_names() -> None:
    data = draft("Council\n\nMr. T. J. O'Sullivan, chairman, presided.")
    assert "T. J. O'Sullivan" in names(data, "people")


def test_a_day_opening_the_sentence_dates_its_meeting_across_asides() -> None:
    text = ("Coffee\n\nOn Tuesday a delegation led by Ana Lima and the cooperative's manager, Julio César "
            "Challco Mamani, met Agriculture Minister Rodolfo Soto at the ministry in Lima.")
    assert [m.get("date") for m in meetings(text, dt.date(1994, 9, 14))] == ["1994-09-13"]


def test_a_day_later_in_the_sentence_is_not_taken_from_its_opening() -> None:  # guard
    text = "Coffee\n\nOn Tuesday Ana Lima said she had met Rodolfo Soto in Lima on Friday."
    assert [m.get("date") for m in meetings(text, dt.date(1994, 9, 14))] == ["1994-09-09"]
