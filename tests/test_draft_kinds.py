"""The draft on kinds of text other than the seed: a transcript, scraped text with one line per
paragraph, and a learner-English rewrite (fixtures written for these tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from briefing.new.draft.dates import find_dates
from briefing.new.draft.paragraphs import split_article
from briefing.new.draft.records import Meta, draft_records

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


def draft(name: str, published: dt.date = dt.date(2024, 3, 15)) -> dict[str, Any]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return draft_records(text, Meta("A test briefing", published, "test")).data


def said(data: dict[str, Any]) -> list[tuple[int, str, str]]:
    return [(q["paragraphs"][0], q["speaker"], q["text"].split()[0]) for q in data["quotes"]]


def test_a_transcript_turn_is_a_quote_by_the_person_its_label_names() -> None:
    data = draft("transcript.txt")
    assert said(data) == [(2, "antony-blinken", "Thank"), (3, "wang-yi", "Welcome"),
                          (4, "antony-blinken", "We"), (6, "antony-blinken", "I"),
                          (7, "wang-yi", "Our"), (7, "xi", "Dialogue")]  # (round 14: the words a
    # turn itself quotes are their speaker's: '"Dialogue is ...," as President Xi has said')
    people = {p["id"]: p for p in data["people"]}
    assert set(people) == {"antony-blinken", "wang-yi", "xi"}
    assert {"title": "Secretary of State"} in people["antony-blinken"]["roles"]


def test_header_lines_are_not_paragraphs_and_a_question_is_no_ones_quote() -> None:
    split = split_article((ARTICLES / "transcript.txt").read_text(encoding="utf-8"))
    assert split.headers["title"].startswith("Remarks by Secretary Blinken")
    assert split.headers["source"] == "transcript released by the State Department"
    assert split.paragraphs[0].startswith("Secretary of State Antony Blinken met")
    assert split.paragraphs[4].startswith("QUESTION:") and len(split.paragraphs) == 7


def test_one_line_per_paragraph_and_the_credit_line_left_out() -> None:
    split = split_article((ARTICLES / "scraped.txt").read_text(encoding="utf-8"))
    assert len(split.paragraphs) == 7
    assert split.paragraphs[0].startswith("Germany's economy minister")
    assert not any("Reporting by" in p for p in split.paragraphs)


def test_scraped_text_speakers_split_quotes_and_an_organisation_speaking() -> None:
    data = draft("scraped.txt")
    assert said(data) == [(2, "robert-habeck", "We"), (3, "siegfried-russwurm", "This"),
                          (5, "robert-habeck", "Nobody"), (5, "robert-habeck", "We"),
                          (7, "green-party", "It")]
    assert data["quotes"][0]["audience"] == "reporters"  # 'Habeck told reporters in Berlin'
    party = next(q for q in data["quotes"] if q["speaker"] == "green-party")
    assert "'the party'" in party["inferred"]["speaker"]
    assert {o["id"] for o in data["organisations"]} >= {"green-party",
                                                         "federation-of-german-industries"}


def test_learner_english_single_quotes_a_headline_and_relative_dates() -> None:
    text = (ARTICLES / "learner.txt").read_text(encoding="utf-8")
    split = split_article(text)
    assert split.headers["headline"] == "Climate talks in Beijing" and len(split.paragraphs) == 5
    data = draft("learner.txt")
    assert said(data) == [(2, "john-kerry", "We"), (3, "xie-zhenhua", "China"),
                          (5, "li-qiang", "very")]
    assert [q["partial"] for q in data["quotes"]] == [False, False, True]
    assert {p["id"] for p in data["people"]} == {"john-kerry", "xie-zhenhua", "li-qiang"}
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [(52.0, "°C")]


def test_relative_dates_resolve_against_the_publication_date_with_the_reason() -> None:
    published = dt.date(2024, 3, 13)  # a Wednesday
    text = ("On Friday he met her. He will go on Monday. Earlier this week they talked. "
            "Last month it rained, and yesterday too. It began on July 4.",)
    found = {d.as_written: d for d in find_dates(text, published)}
    assert found["Friday"].value == "2024-03-08" and "Friday on or before" in found["Friday"].how
    assert found["Monday"].value == "2024-03-18" and "after" in found["Monday"].how
    assert found["Earlier this week"].value == "2024-03"
    assert found["Last month"].value == "2024-02"
    assert found["yesterday"].value == "2024-03-12"
    assert found["July 4"].value == "2024-07-04" and "gives no year" in found["July 4"].how


def test_a_quote_running_over_paragraphs_and_an_unnamed_speaker() -> None:
    text = ("Finance Minister Anna Berg opened the session.\n\n"
            "\"We will balance the budget this year. Every ministry will play its part.\n\n"
            "\"Nobody should doubt our resolve,\" Berg said.\n\n"
            "\"It will not work,\" a spokesperson for the opposition said.\n\n"
            "The ministry said in a statement that talks would go on. "
            "\"We remain open,\" the ministry of finance said.\n")
    data = draft_records(text, Meta("Budget", dt.date(2024, 3, 15), "budget")).data
    # (round 11: the Finance Minister's ministry is drafted, its name marked a guess, and speaks
    # the last quote: 'the ministry of finance said')
    assert said(data) == [(2, "anna-berg", "We"), (3, "anna-berg", "Nobody"), (5, "finance-ministry", "We")]
    assert {p["id"] for p in data["people"]} == {"anna-berg"}
    (ministry,) = data["organisations"]
    assert "ministry of finance" in ministry["aliases"] and "name" in ministry["uncertain"]


def test_meetings_and_visits_with_their_place_and_date() -> None:
    learner = draft("learner.txt", dt.date(2024, 3, 15))
    assert [(m["name"], m.get("place"), m.get("date")) for m in learner["meetings"]] == [
        ("John Kerry visits Beijing", "beijing", "2024-03"),
        ("Li Qiang meets John Kerry", None, "2024-03-12")]
    assert "earlier this week" in learner["meetings"][0]["inferred"]["date"]
    transcript = draft("transcript.txt", dt.date(2024, 3, 15))
    (meeting,) = transcript["meetings"]
    assert meeting["participants"] == ["antony-blinken", "wang-yi"]
    assert (meeting["place"], meeting["date"]) == ("diaoyutai-state-guesthouse", "2024-03-15")


def test_a_pronoun_points_to_the_subject_just_before_not_an_older_speaker() -> None:
    quote = next(q for q in draft("nile.txt")["quotes"] if q["text"].startswith("This project"))
    assert quote["speaker"] == "demeke-mekonnen" and "'he'" in quote["inferred"]["speaker"]


def test_a_title_holding_an_organisations_initials_splits_into_role_and_name() -> None:
    data = draft("nile.txt")
    people = {p["id"]: p for p in data["people"]}
    assert people["moussa-faki-mahamat"]["roles"] == [{"title": "Chairperson",
                                                       "organisation": "au-commission"}]
    assert "au-commission-chairperson-moussa-faki-mahamat" not in {o["id"] for o in data["organisations"]}
    assert next(q for q in data["quotes"] if q["text"].startswith("Dialogue"))["speaker"] == \
        "moussa-faki-mahamat"


def test_lower_case_institutions_that_speak_become_organisations() -> None:
    data = draft("nile.txt")
    ministry = next(o for o in data["organisations"] if o["id"] == "ethiopian-foreign-ministry")
    assert ministry["name"] == "Ethiopian Foreign Ministry"
    assert ministry["aliases"] == ["Ethiopia's foreign ministry"]
    assert [q["text"] for q in data["quotes"] if q["speaker"] == ministry["id"]] == [
        "frank and constructive", "the principle of equitable use."]
    text = ("Police said two people were hurt. \"The area is safe now,\" police said.\n\n"
            "\"No comment,\" the state news agency reported.\n")
    drafted = draft_records(text, Meta("T", dt.date(2024, 3, 15), "t")).data
    assert [q["speaker"] for q in drafted["quotes"]] == ["police", "state-news-agency"]


def test_an_interviews_answers_belong_to_the_person_interviewed() -> None:
    assert said(draft("press.txt")) == [(3, "maria-lopez", "It"), (5, "maria-lopez", "That"),
                                        (6, "carlos-diaz", "If"), (8, "maria-lopez", "I"),
                                        (9, "carlos-diaz", "Last")]


_BRIEFING = """Press briefing by the Minister of Health, Dr. Amina Yusuf, on the outbreak
MS. YUSUF: Good morning. We have confirmed 214 cases in the past week.
Q: Are the schools closing?
MS. YUSUF: No. The schools will stay open.
Q: What about the water supply?
MR. BELLO: I can take that one. Every public borehole has been chlorinated since Monday.
"We are not out of the woods," Yusuf told reporters after the briefing.
"""


def test_a_headline_gives_a_labelled_speaker_a_full_name_and_a_label_is_a_citation() -> None:
    data = draft_records(_BRIEFING, Meta("Outbreak", dt.date(2024, 9, 12), "outbreak"))
    people = {person["id"]: person for person in data.data["people"]}
    assert people["amina-yusuf"]["name"] == "Amina Yusuf"
    assert people["amina-yusuf"]["aliases"] == ["Yusuf"]
    assert people["amina-yusuf"]["paragraphs"] == [1, 3, 6]
    assert people["bello"]["paragraphs"] == [5]  # only his label names him
    assert [quote["speaker"] for quote in data.data["quotes"]] == \
        ["amina-yusuf", "amina-yusuf", "bello", "amina-yusuf"]


HEARING = """Harbour board hearing on the ferry link

The following is an edited transcript of Tuesday's hearing of the Harbour Board on the ferry link.

CHAIR (Alice Quayle): Good morning. The board has one question today.

JOHN KERMODE (Steam Packet Company): We lost 1.2 million pounds on the route last year.

CHAIR (Alice Quayle): How much would you need?

MODERATOR (Ruth P. Adler): We will take questions after the break.

JOHN KERMODE (Steam Packet Company): About 800,000 pounds a season, for three seasons.
"""


def test_a_hearing_s_labels_name_the_person_in_brackets_or_before_them() -> None:
    """'CHAIR (Alice Quayle):' is Alice Quayle's turn; 'JOHN KERMODE (Steam Packet Company):' John
    Kermode's (his affiliation in brackets): every turn a quote by the person the label names."""
    data = draft_records(HEARING, Meta("A test briefing", dt.date(2008, 3, 4), "test")).data
    assert said(data) == [(2, "alice-quayle", "Good"), (3, "john-kermode", "We"),
                          (4, "alice-quayle", "How"), (5, "ruth-p-adler", "We"),
                          (6, "john-kermode", "About")]
    assert {p["name"] for p in data["people"]} == {"Alice Quayle", "John Kermode", "Ruth P. Adler"}
