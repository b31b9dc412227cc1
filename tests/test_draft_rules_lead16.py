"""Rules of round 16 of issue 18 (lead): who takes part in the event an article is about.

The main event's sentence names few of its sides; the report after it names the rest doing things
there (new/draft/account.py). On round 15's outside set five of eight articles drafted their main
event with sides missing, and nearly every missing side was a person or body the draft had, named
further down. Those the account names doing something there are now the event's, marked uncertain
with the paragraphs that name them; whom the acts are about, what was said, acts elsewhere, ahead
or in reaction are not. Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import draft, meetings

_SESSION = ("Tartu City Council approved a new parking levy late on Tuesday after a four-hour session.\n\n"
            "Mayor Liis Kask presented the plan. The opposition Centre Party (KE) voted against.\n\n"
            "Rein Saar, chairman of the Tartu Shopkeepers' Union, warned that trade would suffer. "
            "\"Nobody asked Anna Berg or anyone else in the old town,\" he said.\n\n"
            "The council's chairwoman, Maret Vaher, closed the session shortly before midnight.")


def _first(found: list[dict[str, Any]]) -> dict[str, Any]:
    return min(found, key=lambda m: m["paragraphs"][0])


def _sides(meeting: dict[str, Any]) -> set[str]:
    return {*meeting.get("participants", ()), *meeting.get("organisations", ())}


def test_who_the_sessions_report_names_acting_there_takes_part_marked() -> None:
    session = _first(meetings(_SESSION))
    assert {"liis-kask", "centre-party", "rein-saar", "tartu-shopkeepers-union",
            "maret-vaher"} <= _sides(session), session
    why = session["uncertain"]["participants"]
    assert "Rein Saar (paragraph 3)" in why, why


def test_who_is_named_only_in_what_was_said_takes_no_part() -> None:  # guard
    assert "anna-berg" not in _sides(_first(meetings(_SESSION)))


@pytest.mark.parametrize("after, absent", [
    ("Separately, Mayor Toomas Pärn of Narva opened a bridge.", "toomas-parn"),  # another story
    ("Deputy Mayor Jaan Tamm told reporters the levy was fair.", "jaan-tamm"),  # elsewhere
    ("Jaan Tamm, who will lead the talks in Riga, said the levy was fair.", "jaan-tamm"),  # ahead
    ("The Estonian Traders' Association condemned the vote.", "estonian-traders-association"),
    ("The mayor's spokesman, Jaan Tamm, said the session had been calm.", "jaan-tamm"),
    ("In 2019, Mayor Urmas Klaas proposed a similar levy.", "urmas-klaas"),  # another time
    ("Councillor Jaan Tamm was not at the session.", "jaan-tamm"),  # not there
    ("Is Councillor Jaan Tamm satisfied?", "jaan-tamm"),  # a question
])
def test_who_acts_elsewhere_ahead_or_not_there_takes_no_part(after: str, absent: str) -> None:  # guard
    assert absent not in _sides(_first(meetings(f"{_SESSION}\n\n{after}")))


def test_a_date_in_what_was_said_is_not_the_acts() -> None:
    # 'told the session the company would need 180,000 euros next year': said at the session
    session = _first(meetings(f"{_SESSION}\n\nThe head of the bus company Tartu Buss, Peeter Org, told "
                              "the session the company would need 180,000 euros next year."))
    assert {"peeter-org", "tartu-buss"} <= _sides(session), session


_TRIAL = ("The trial of three former officials of a fishing cooperative on fraud charges opened at the "
          "High Court in Mombasa on Monday.\n\n")


def test_whom_a_copula_names_and_a_passives_doer_take_part() -> None:
    trial = _first(meetings(f"{_TRIAL}The other accused are its former treasurer, Halima Juma, and its "
                            "secretary, Omar Said.\n\nCross-examined by defence lawyer Ruth Kamau, the "
                            "auditor agreed the books were incomplete."))
    assert {"halima-juma", "omar-said", "ruth-kamau"} <= _sides(trial), trial


def test_the_other_accused_is_no_act() -> None:
    # 'accused' after 'the other' names people: it is not the sentence's verb
    trial = _first(meetings(f"{_TRIAL}The other accused, Halima Juma, told the court she had signed "
                            "nothing."))
    assert "halima-juma" in _sides(trial), trial


def test_a_matchs_report_names_its_players() -> None:
    found = meetings("Football\n\nRapid Wien beat Sturm Graz 2-1 on Sunday.\n\nSturm led after 20 minutes "
                     "when Jakob Huber headed in a corner. Rapid levelled through their forward Marko "
                     "Lukic, and goalkeeper Paul Gruber saved a penalty from Tomas Novak.")
    match = next(m for m in found if m["name"] == "Rapid Wien v Sturm Graz")
    assert {"jakob-huber", "marko-lukic", "paul-gruber", "tomas-novak"} <= set(match["participants"]), match
    assert "participants" in match["uncertain"], match


# The event an article is about, where no event word opened one in its first paragraphs: named by
# the headline, dated by the first past day of the lede (marked), its sides from the account.
_LAUNCH = ("Mass vaccination drive begins in the hills\n\n"
           "Thousands of nurses set out from district clinics this week as Nepal began a national "
           "measles round.\n\n"
           "The campaign was launched on Monday in Pokhara by the State Minister for Health, Dr. Ramesh "
           "Adhikari. Also present were the UNICEF representative, Ms. Elke Wisch, and the mayor, "
           "Dhana Raj Acharya.\n\n"
           "The ministry aims to reach 400,000 children.\n\n"
           "Adhikari said the first round would end in March.")


def test_a_happening_no_event_word_names_is_the_articles_event() -> None:
    found = meetings(_LAUNCH)
    assert len(found) == 1, found
    (event,) = found
    assert event["name"] == "Mass vaccination drive begins in the hills", event
    assert event["date"] == "2026-03-02", event
    assert {"ramesh-adhikari", "elke-wisch", "dhana-raj-acharya"} <= set(event["participants"]), event
    assert {"date", "participants"} <= set(event["uncertain"]), event  # (a reviewer checks both)


def test_a_dateline_day_is_not_the_happenings() -> None:
    text = _LAUNCH.replace("Thousands of nurses", "Thursday, March 5, 2026 — Thousands of nurses")
    (event,) = meetings(text, __import__("datetime").date(2026, 3, 5))
    assert event["date"] == "2026-03-02", event


def test_a_report_with_no_one_doing_anything_gets_no_event() -> None:  # guard
    assert meetings("Measles drive begins\n\nThe drive began this week.\n\nIt covers 40 districts.\n\n"
                    "The vaccine is free.\n\nThe second round is in April.") == []


def test_a_short_note_gets_no_lede_event() -> None:  # guard: no lede and account to read
    assert meetings("Vaccines reach Pokhara\n\nDr. Ramesh Adhikari gave the first drops of vaccine in "
                    "Pokhara on Monday.") == []


def test_a_lede_told_with_a_score_is_a_match() -> None:
    found = meetings("Sporting Lisbon hold on\n\nSporting kept their lead on Sunday with a 3-2 win over "
                     "Braga at home.\n\nBraga led 2-1 after goals from Ricardo Horta and Bruma, before "
                     "Viktor Gyokeres scored twice.\n\nCoach Ruben Amorim said the side had shown "
                     "character.\n\nBraga host Porto next week.")
    (match,) = [m for m in found if m.get("date") == "2026-03-01"]
    assert {"ricardo-horta", "viktor-gyokeres"} <= set(match["participants"]), match


# A broadcast clip's label with how it was delivered in brackets ('OYUNTSETSEG (recorded):') was no
# label: the clip's words were no quote (round 16's develop set: quotes 0 of 2).
_BULLETIN = ("PRESENTER: Good evening. Talks at the Oyu mine broke down.\n\n"
             "REPORTER: The union's chairman is Bold Erdene. I spoke to him today.\n\n"
             "ERDENE (recorded): We met the company on Tuesday. They offered nothing.\n\n"
             "REPORTER: The operator, Oyu Copper LLC, says its offer is fair.\n\n"
             "HALL (on tape): Our door is open.\n\n"
             "PRESENTER: Thank you.")


def test_a_clips_delivery_in_brackets_is_no_part_of_its_label() -> None:
    quotes = draft(_BULLETIN)["quotes"]
    texts = {q["text"].split(".")[0]: q.get("speaker") for q in quotes}
    assert texts.get("We met the company on Tuesday") == "bold-erdene", quotes
    assert "Our door is open" in texts, quotes


def test_a_meeting_a_speaker_had_in_the_first_person() -> None:
    met = [m for m in meetings(_BULLETIN) if m.get("date") == "2026-03-03"]
    assert met and {"bold-erdene", "oyu-copper-llc"} <= {*met[0].get("participants", ()),
                                                         *met[0].get("organisations", ())}, met
    assert "participants" in met[0]["uncertain"], met


def test_a_first_person_meeting_with_no_day_is_none() -> None:  # guard
    text = _BULLETIN.replace("We met the company on Tuesday", "We met the company many times")
    assert not [m for m in meetings(text) if "oyu-copper-llc" in m.get("organisations", ())
                and "bold-erdene" in m.get("participants", ())], meetings(text)


def test_what_a_person_will_do_after_their_name_is_no_role() -> None:
    people = draft("A senior official, D. Tsogtbayar, will chair a meeting of both sides on Friday, "
                   "the ministry said.")["people"]
    assert [r["title"] for p in people for r in p.get("roles", ())] == ["senior official"], people


def test_we_is_the_body_a_speaker_was_introduced_with() -> None:
    met = [m for m in meetings(_BULLETIN.replace("The union's chairman is Bold Erdene.",
                                                 "The Oyu Miners' Union has 900 members. Its chairman is "
                                                 "Bold Erdene.")) if m.get("date") == "2026-03-03"]
    assert met and "oyu-miners-union" in met[0].get("organisations", ()), met


def test_both_sides_of_a_meeting_ahead_are_the_sides_of_the_last_one_held() -> None:
    found = meetings("Talks between the Harbour Workers Union and Port Authority Ltd broke down in Durban "
                     "on Monday.\n\nA state mediator, Sipho Dlamini, will chair a meeting of both sides on "
                     "Friday.")
    friday = next(m for m in found if m.get("date") == "2026-03-06")
    assert {"harbour-workers-union", "port-authority-ltd"} <= set(friday.get("organisations", ())), friday
    assert "sipho-dlamini" in friday.get("participants", ()), friday
    assert "both sides" in friday["uncertain"]["participants"], friday


def test_a_transcript_has_no_lede_event() -> None:  # guard: 'PRESENTER: Good evening.' is no lede
    text = _BULLETIN.replace("We met the company on Tuesday", "We spoke to the company")
    assert not [m for m in meetings(text) if "name" in (m.get("inferred") or {})], meetings(text)


@pytest.mark.parametrize("text, values", [
    ("Nadi kept their record with a 27-24 win over Ba on Saturday.", {27, 24}),
    ("The visitors led 20-7 at half-time.", {20, 7}),
    ("Rapid drew 1-1 with Sturm.", {1}),
    ("Samoa beat Tonga 3-1 in Apia.", {3, 1}),
])
def test_each_sides_score_is_a_figure(text: str, values: set[int]) -> None:
    got = {f["value"] for f in draft(text).get("figures", []) if f.get("unit", "").startswith("score")}
    assert got == values, draft(text).get("figures")


@pytest.mark.parametrize("text", [
    "The festival runs on 14-15 May.",  # a date range
    "Players aged 18-25 may apply.",  # an age range
    "It was his best season, 2023-24.",  # a season
    "The motion passed 192-0 after the vote.",  # a vote's tally (votes)
])
def test_a_range_or_a_tally_is_no_score(text: str) -> None:  # guard
    assert not [f for f in draft(text).get("figures", []) if f.get("unit", "").startswith("score")]


def test_a_word_before_the_name_gives_the_gender_over_the_given_name_list() -> None:
    # 'One girl, Phan Ngoc Mai': 'Phan' is her family name, read as a man's given name; 'She said'
    # went to the head teacher named before her
    text = ("The school opened on Monday. The head teacher, Mrs. Nguyen Thi Ha, cut a ribbon.\n\n"
            "One girl, Phan Ngoc Mai, is 11 years old. She said: \"I like the new school.\"")
    assert [q["speaker"] for q in draft(text)["quotes"]] == ["phan-ngoc-mai"]


@pytest.mark.parametrize("text", ["The village is called Tan Hung. It floods every year.",
                                  "They live on a river known as Song Ma, near the sea."])
def test_a_place_called_so_is_no_person(text: str) -> None:
    assert not draft(text).get("people"), draft(text).get("people")


_LEARNER = ("NEWS IN EASY ENGLISH — Level 2\n\nApril 10, 2025\n\n"
            "A New School That Floats\n\n"
            "Children in a village in the south of the country have a new school. It floats on the "
            "water, and it goes up when the river comes up in the rainy season.\n\n"
            "The school opened on Monday. There was a small party with songs and rice cakes.\n\n"
            "Questions\n1. Where is the new school?\n2. Who paid for it?\n\n"
            "Words to know: kelp — a seaweed; species — one kind of animal.")


def test_a_learners_level_line_and_apparatus_are_no_text() -> None:
    from briefing.new.draft.paragraphs import split_article
    split = split_article(_LEARNER)
    assert split.headers.get("headline") == "A New School That Floats", split.headers
    assert len(split.paragraphs) == 2 and split.paragraphs[1].startswith("The school opened"), \
        split.paragraphs


@pytest.mark.parametrize("text", ["Questions remain over who paid for the school.",
                                  "The level 2 alert stays in force, the agency said."])
def test_sentences_opening_so_stay_text(text: str) -> None:  # guard
    from briefing.new.draft.paragraphs import split_article
    assert split_article(f"A headline here\n\n{text}\n\nIt was Monday.").paragraphs[0] == text


def test_a_weekday_cut_short_in_a_dateline_is_the_writers_day() -> None:
    import datetime as dt

    from briefing.new.draft.dates import find_dates
    found = find_dates(("IPOH, Tues. — Farmers today began their action in the High Court.",),
                       dt.date(1973, 8, 22))
    assert [d.value for d in found if d.as_written == "today"] == ["1973-08-21"], found


_SUIT = ("Farmers sue miner\n\n"
         "Forty farmers from Kampung Rapat on Monday began their action in the High Court in Ipoh "
         "against a dredging company they say flooded their land with tailings last year.\n\n"
         "The farmers are suing Kinta Dredging Ltd. for damages of $412,000.\n\n"
         "The hearing before Mr. Justice Ismail bin Khalid is expected to last four days.\n\n"
         "Opening the case, Mr. R. K. Nadarajah said the dredge had breached a bund.\n\n"
         "The judge adjourned the hearing to March 20.")


def test_a_courts_account_names_the_bench_and_the_party_sued() -> None:
    sitting = next(m for m in meetings(_SUIT) if m.get("date") == "2026-03-02")
    assert {"high-court", "kinta-dredging-ltd", "ismail-bin-khalid", "r-k-nadarajah"} <= _sides(sitting), \
        sitting



@pytest.mark.parametrize("after, who", [
    ("Dr. Ama Owusu made the statement after speaking with patients' relatives.", "ama-owusu"),
    ("That was coach Sami Vuetaki after his side's late try.", "sami-vuetaki"),
])
def test_a_quote_standing_alone_is_whose_the_next_paragraph_says(after: str, who: str) -> None:
    quotes = draft(f"The minister toured the unit on Monday.\n\n\"For too long patients have travelled "
                   f"to the capital. That ends in April.\"\n\n{after}")["quotes"]
    assert [q["speaker"] for q in quotes] == [who] and "speaker" in quotes[0]["uncertain"], quotes


def test_a_quote_alone_over_a_paragraph_of_other_news_stays_unattributed() -> None:  # guard
    quotes = draft("The minister toured the unit on Monday.\n\n\"That ends in April.\"\n\n"
                   "Dr. Ama Owusu is the hospital's director.").get("quotes", [])
    assert not quotes, quotes


def test_who_went_with_the_doer_takes_part() -> None:
    found = meetings("Health minister inspects centre\n\nThe Minister for Health, Dr. Abena Owusu, on Monday "
                     "inspected the new dialysis centre at the regional hospital in Kumasi and said it would "
                     "open next month to patients from the north.\n\nThe minister toured the facility with "
                     "the hospital's medical director, Dr. Yaw Boateng, and officials of the Ghana Health "
                     "Service.\n\nThe centre has 24 beds.\n\nIt cost 38 million cedis.")
    visit = next(m for m in found if m.get("date") == "2026-03-02")
    assert {"abena-owusu", "yaw-boateng", "ghana-health-service"} <= _sides(visit), visit


def test_a_meeting_asked_for_with_someone_is_not_theirs() -> None:  # guard
    found = meetings("Clare County Council met in Ennis on Monday.\n\nCouncillor Mary Walsh proposed the "
                     "scheme. It was decided to ask for a meeting with the Minister, Mr. Neil Blaney.")
    assert not [m for m in found if "neil-blaney" in _sides(m) and m.get("date") == "2026-03-02"], found


def test_who_told_reporters_after_the_meeting_was_at_it() -> None:
    found = meetings("Leaders of the Teachers' Union met officials of the Ministry of Labour in Rabat on "
                     "Wednesday.\n\n"
                     "Union secretary-general Omar Hariri told reporters after the meeting that the ministry "
                     "had offered nothing.")
    assert "omar-hariri" in _sides(_first(found)), found


def test_a_met_meetings_day_from_the_talks_the_lede_dates() -> None:
    found = meetings("Teachers' unions said on Thursday they would strike from April 20 after talks with "
                     "the ministry ended without agreement late on Wednesday.\n\nLeaders of the National "
                     "Union of Teachers met for six hours in Rabat with officials of the Ministry of "
                     "Education, led by its secretary-general, Abdellatif Ouazzani.")
    met = next(m for m in found if "abdellatif-ouazzani" in _sides(m))
    assert met.get("date") == "2026-03-04" and "date" in met["uncertain"], met  # (Wednesday, not Thursday)


@pytest.mark.parametrize("text", ["The Disciplinary Tribunal will hear the case against Facundo Barreto on "
                                  "Wednesday.", "The High Court is due to hear the case on Wednesday."])
def test_a_court_that_will_hear_a_case_on_a_day_is_its_hearing_ahead(text: str) -> None:
    (hearing,) = meetings(text)
    assert hearing["date"] == "2026-03-11" and hearing["status"] == "scheduled", hearing


def test_judges_hearing_cases_is_no_hearing() -> None:  # guard: no court, no day
    assert meetings("Judges hear many cases.") == []


def test_whom_a_team_included_takes_part() -> None:
    found = meetings("A team of glaciologists returned on Monday from three weeks on the ice.\n\nThe "
                     "expedition, led by Anna Jonsdottir of the University of Iceland, towed radar across "
                     "the glacier on Monday.\n\nThe team of 11 included researchers from the Icelandic "
                     "Meteorological Office and from the University of Laval.")
    assert {"icelandic-meteorological-office", "university-of-laval"} <= _sides(_first(found)), found


@pytest.mark.parametrize("after, side", [
    ("The count was supported by the Governor of Svalbard, whose office lent a helicopter.",
     "governor-of-svalbard"),
    ("The count was carried out by a team from the Norwegian Polar Institute over three weeks.",
     "norwegian-polar-institute"),
    ("The delegation, led by Nurlan Abenov, also included the head of the railway company Temir Zholy.",
     "temir-zholy"),
])
def test_a_passives_doer_and_whom_a_side_included_after_another_act(after: str, side: str) -> None:
    found = meetings("Reindeer numbers hold steady\n\nScientists who spent three weeks walking the "
                     "valleys of Spitsbergen on Monday counted 1,412 reindeer in the annual count.\n\n"
                     f"{after}\n\nThe results will be presented next month.\n\nThe herd is small.")
    assert side in _sides(_first(found)), found


_REPORT = ("Football\n\nAtlético Paso Molino beat Defensor del Cerro 2-1 on Sunday.\n\n"
           "The win lifts Paso Molino to fourth in the table. They travel to Rivera on Saturday to face "
           "Club Nacional, while Defensor del Cerro, who remain on 10 points, host Liverpool FC in "
           "Montevideo on Sunday.")


def test_a_match_reports_games_ahead_are_matches_scheduled() -> None:
    import datetime as dt
    found = {m["name"]: m for m in meetings(_REPORT, dt.date(2025, 9, 15))}
    away = found["Club Nacional v Atlético Paso Molino"]
    assert away["date"] == "2025-09-20" and away["status"] == "scheduled", away
    assert "date" in away["uncertain"], away
    assert found["Defensor del Cerro v Liverpool FC"]["date"] == "2025-09-21", found


def test_a_visit_of_a_leader_in_no_match_report_is_no_match() -> None:  # guard
    text = ("The president met the prime minister on Monday.\n\nThe president will host the Kenya Ports "
            "Authority in Paris on Friday.")
    assert not [m for m in meetings(text) if " v " in m["name"]], meetings(text)


def test_an_event_ahead_naming_no_side_is_the_main_bodies_again() -> None:
    found = meetings("Maribor City Council approved the draft budget at its first reading late on Tuesday "
                     "night, after a seven-hour session.\n\nThe second reading is scheduled for Thursday, "
                     "March 12.")
    again = next(m for m in found if m.get("date") == "2026-03-12")
    assert again.get("organisations") == ["maribor-city-council"], again
    assert "participants" in again["uncertain"], again


def test_the_one_holder_of_a_role_with_its_field_is_the_role() -> None:
    # 'The minister is expected to visit ...': the Minister for Health, the one minister named
    found = meetings("The Minister for Health, Dr. Abena Owusu, on Monday inspected the new centre.\n\n"
                     "The minister is expected to visit Tamale on Friday.")
    friday = next(m for m in found if m.get("date") == "2026-03-06")
    assert friday.get("participants") == ["abena-owusu"], friday


def test_the_body_a_ledes_happening_was_at_hosts_it() -> None:
    found = meetings("Minister inspects dialysis centre\n\nThe Minister for Health, Dr. Abena Owusu, on "
                     "Monday inspected the new dialysis centre at the Asokwa Regional Hospital in Kumasi, "
                     "whose medical director showed her round.\n\nThe hospital's medical director, Dr. Yaw "
                     "Boateng, said the centre had 24 beds.\n\nThe centre cost 38 million cedis.\n\nIt opens "
                     "in April.")
    visit = next(m for m in found if m.get("date") == "2026-03-02")
    assert "asokwa-regional-hospital" in _sides(visit), visit


def test_a_transcripts_lede_is_its_first_turns_news() -> None:
    text = ("PRESENTER: Good evening. Hundreds of miners from the Oyu copper mine marched to the town "
            "hall on Monday over pay.\n\nREPORTER: The union's chairman, Bold Erdene, led the march at "
            "the front.\n\nREPORTER: The operator, Oyu Copper LLC, says its offer is fair.\n\n"
            "PRESENTER: Thank you.")
    found = [m for m in meetings(text) if "name" in (m.get("inferred") or {})]
    assert found and found[0]["summary"].startswith("Hundreds of miners"), found


def test_an_event_opened_by_a_bodys_word_is_that_bodys() -> None:
    found = meetings("Guimarães City Council said in a statement that the tax would harm no one.\n\nThe "
                     "council's executive, the municipal chamber, meets on Monday to set a start date.")
    monday = next(m for m in found if m.get("date") == "2026-03-09")
    assert monday.get("organisations") == ["guimaraes-city-council"], monday


# Found on the outside set r16b after its end score (not counted in that measure).
@pytest.mark.parametrize("text, person", [
    ("The delegation was led by the secretary of the Ministry of Trade, Dasho Sangay Thinley Dorji, "
     "and officials.", "Sangay Thinley Dorji"),  # a form of address is no part of the name
    ("Alhaji Musa Bello said the market would open.", "Musa Bello"),
    ("The meeting was attended by the Commissioner of Police, Abubakar dan-Musa Lawal, and traders.",
     "Abubakar dan-Musa Lawal"),  # Hausa 'dan-', son of
    ("The command's spokesperson, Superintendent of Police A. O. Ibrahim-Bello, said patrols would "
     "start.", "A. O. Ibrahim-Bello"),
])
def test_names_with_forms_of_address_particles_and_offices_of_police(text: str, person: str) -> None:
    assert [p["name"] for p in draft(text).get("people", [])] == [person], draft(text).get("people")


def test_a_host_label_names_nobody_and_a_states_railways_is_a_body() -> None:
    assert "Pakistan Railways" in {o["name"] for o in draft(
        "Pakistan Railways carries about 45 million passengers a year.").get("organisations", [])}
    data = draft("HOST: Welcome to Sports Wrap.\n\nHOST: We spoke to the captain, Sese Bau, after the "
                 "match.\n\nBAU: We played well.")
    assert "Host" not in {p["name"] for p in data.get("people", [])}, data.get("people")


def test_the_account_reads_the_lede_past_its_dateline_day() -> None:
    # the lede names the command; the meeting is told in the second paragraph; the lede's dateline
    # day (the paper's) is no other time
    found = meetings("Wednesday, March 4, 2026 — The Enugu State Police Command and traders at Ogbete "
                     "Main Market have agreed to set up joint night patrols.\n\nThe agreement was reached at "
                     "a meeting on Tuesday attended by the Commissioner of Police, Abubakar Lawal, and the "
                     "chairman of the traders' association, Chief Obinna Eze.")
    meeting = next(m for m in found if m.get("date") == "2026-03-03")
    assert "enugu-state-police-command" in _sides(meeting), meeting


def test_shareholders_of_a_bank_are_no_body_of_that_name() -> None:
    names = {o["name"] for o in draft("Shareholders of Anadolu Bank approved the merger on "
                                      "Monday.").get("organisations", [])}
    assert "Anadolu Bank" in names and not any(n.startswith("Shareholders") for n in names), names


def test_a_result_told_as_a_win_over_is_a_match() -> None:
    found = meetings("Barramundis top the table\n\nThe Barramundis are top of the series after a thrilling "
                     "win over Vanuatu at Amini Park yesterday.\n\nOpener Hiri Vele made 74 before he was "
                     "caught by bowler Nalin Tarilongi.\n\nThe side plays Samoa next.\n\nTickets are free.")
    event = next(m for m in found if m.get("date") == "2026-03-03")
    assert {"hiri-vele", "nalin-tarilongi"} <= _sides(event), event


def test_a_wire_datelines_day_is_not_the_ledes_event_day() -> None:
    found = meetings("LAHORE, March 4 (AFP) - Railway inspectors walked 40 km of track on Tuesday after a "
                     "derailment.\n\nInspector Syed Bukhari led the walk, accompanied by the superintendent "
                     "of Pakistan Railways in Lahore, Mian Tariq Mehmood.\n\nTrains run slowly.\n\nThe "
                     "line reopens on Friday.", __import__("datetime").date(2026, 3, 4))
    lede = next(m for m in found if "name" in (m.get("inferred") or {}))
    assert lede.get("date") == "2026-03-03", lede
    assert {"syed-bukhari", "mian-tariq-mehmood"} <= _sides(lede), lede


def test_a_name_in_capitals_in_a_labels_brackets_is_written_as_a_name() -> None:
    data = draft("PRESENTER (MARTA SILVA): Good morning. Talks broke down.\n\nREPORTER: The union met the "
                 "company.\n\nPRESENTER (MARTA SILVA): Thank you.")
    assert "Marta Silva" in {p["name"] for p in data.get("people", [])}, data.get("people")
