"""Rules of round 10 of issue 18 (events and uncertainty), as tables (each row its own sentences,
not a fixture's): a deal's signing told only in an apposition or a participle ('The deal, reached
on Friday in Nairobi, ...', 'the accord reached in Arusha last week') is an event, its sides those
of the 'deal between A and B' told before. Flag only real doubt: a pronoun in the paragraph of the
one person it can mean there is that person, whoever of its gender was named paragraphs before; a
weekday told again with nothing of its own is the day given before, and words are never said
after publication; a document's maker, owner or decider is its author; an event that tells the
lede's act again takes the lede's day. Guard rows keep the mark where the doubt is real.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ruletable import draft, meetings, speakers


def _ids(meeting: dict[str, Any]) -> set[str]:
    return {*meeting.get("participants", ()), *meeting.get("organisations", ())}


@pytest.mark.parametrize(("text", "sides", "place", "date", "doubt"), [
    # an apposition: the sides in the lede's 'deal between A and B'
    ("Kenya's tea growers will be paid within 30 days under a deal between the Tea Board of Kenya and "
     "the Kenya Tea Growers Association. The deal, reached on Friday in Nairobi, ends a strike of three "
     "weeks.", {"tea-board-of-kenya", "kenya-tea-growers-association"}, "nairobi", "2026-02-27",
     True),
    # a participle after the deal, the sides after it in its own sentence (no doubt)
    ("Talks on the border resumed in Geneva on Tuesday. The ceasefire follows the accord reached in "
     "Arusha last week between the Burundi Army and the National Liberation Front.",
     {"burundi-army", "national-liberation-front"}, "arusha", "2026-02", False),
    # a side told by common nouns: the one organisation that later accepted the deal
    ("Nurses will work no more than 40 hours a week under an agreement between the Ministry of Health "
     "and the country's largest nurses' union.\n\n"
     "The agreement, signed on Monday at the ministry in Suva, ends a dispute of four months.\n\n"
     "Mere Tuilagi, general secretary of the Fiji Nursing Association, said members had approved the "
     "agreement by a wide margin.", {"ministry-of-health", "fiji-nursing-association"}, "suva", "2026-03-02",
     True),
])
def test_a_signing_told_apart_is_an_event_between_its_sides(text: str, sides: set[str], place: str,
                                                             date: str, doubt: bool) -> None:
    found = [m for m in meetings(text) if m.get("place") == place]
    assert found and sides <= _ids(found[0]) and found[0].get("date") == date, meetings(text)
    assert ("participants" in found[0].get("uncertain", {})) == doubt, found[0]


@pytest.mark.parametrize("text", [
    # a signing of long ago, or told by whom and not when or where: background, no event
    "The treaty signed in 1998 by Peru and Ecuador ended the war, Foreign Minister Ana Ruiz said.",
    "The agreement signed by both unions still holds, Tom Grey said.",
])
def test_guard_no_signing_event_from_background(text: str) -> None:
    assert not [m for m in meetings(text) if m.get("type") == "other"], meetings(text)


def _quote_doubts(text: str) -> list[tuple[str, bool]]:
    data = draft(text)
    return [(who, "speaker" in q.get("uncertain", {})) for who, q in zip(speakers(data),
                                                                         data.get("quotes", []), strict=True)]


def test_a_pronoun_in_the_paragraph_of_the_one_person_before_it_is_that_person() -> None:
    # a woman named two paragraphs before ('Ms Ito') is no real doubt: the minister, who speaks in
    # the pronoun's own paragraph and is the only person named there, said it
    text = ("Prime Minister Sitiveni Rabuka met Japan's ambassador, Ms Hana Ito, in Suva on Monday.\n\n"
            "They discussed a new wharf at Lautoka.\n\n"
            "Fiji's Minister for Education, Aseri Radrodro, said 40 schools still had no roofs. "
            "\"Children cannot learn in the rain,\" she said.")
    assert _quote_doubts(text) == [("Aseri Radrodro", False)]


def test_guard_a_pronoun_after_two_people_of_its_paragraph_stays_marked() -> None:
    # a woman named in the pronoun's own paragraph, besides the one chosen: still either
    text = ("Japan's ambassador, Ms Hana Ito, listened as Fiji's Minister for Education, Aseri Radrodro, "
            "said 40 schools still had no roofs. \"Children cannot learn in the rain,\" she said.")
    assert [doubt for _, doubt in _quote_doubts(text)] == [True]


_FINAL = ("Olympiacos will face Vouliagmeni in the final after beating Glyfada 11-9 on Wednesday night.\n\n"
          "The best-of-three final series begins at the Papastrateio pool in Piraeus on Saturday.\n\n"
          "\"Saturday is the first of three steps,\" Olympiacos coach Dimitra Karagianni said.\n\n"
          "The Hellenic Swimming Federation said about 1,500 tickets for Saturday's game had been sold by "
          "Thursday afternoon.")


def test_a_weekday_told_again_with_nothing_of_its_own_is_the_day_given_before() -> None:
    # (published Thursday 15 May 2031) 'Saturday' is the final's, ahead; words are never said
    # after publication: the federation's on Thursday
    data = draft(_FINAL, dt.date(2031, 5, 15))
    saturdays = [t for t in data["timeline"] if "Saturday" in t["label"]]
    assert len(saturdays) == 3 and {t["date"] for t in saturdays} == {"2031-05-17"}, saturdays
    assert not [t for t in saturdays if "date" in t.get("uncertain", {})], saturdays
    said = [(s["date"], "date" in s.get("uncertain", {})) for s in data["statements"]]
    assert said == [("2031-05-15", False)]
    assert [q.get("date") for q in data["quotes"]] == [None]


def test_guard_a_weekday_told_as_past_against_one_ahead_stays_marked() -> None:
    data = draft("The town council will meet on Friday to vote on the budget. Denis Lucey said the "
                 "creamery in Mallow closed on Friday.")
    closed = [t for t in data["timeline"] if "closed" in t["label"]]
    assert closed and closed[0]["date"] == "2026-02-27" and "date" in closed[0].get("uncertain", {}), closed


@pytest.mark.parametrize(("text", "author", "doubt"), [
    # the sentence says the author made it: 'said in a report', 'issued': no doubt
    ("The city of Tartu broke the law when it closed two schools, the chancellor of justice, Mart Kask, "
     "said in a report issued on Tuesday. \"A decision of this kind cannot be taken behind closed "
     "doors,\" the report said.", "Mart Kask", False),
    # one who only speaks of it may not have written it: marked
    ("The mayor, Urmas Klaas, said the report was unfair. \"The city ignored the law for a decade,\" "
     "the report said.", "Urmas Klaas", True),
])
def test_a_document_made_by_its_author_is_not_in_doubt(text: str, author: str, doubt: bool) -> None:
    data = draft(text)
    assert speakers(data) == [author], data.get("quotes")
    assert ("speaker" in data["quotes"][0].get("uncertain", {})) == doubt, data["quotes"][0]


@pytest.mark.parametrize(("text", "doubt"), [
    # the lede's subject did it on Monday; the second paragraph tells the same act: that day
    ("Fiji's Agriculture Minister Vatimi Rayalu toured flood-hit cane farms in Ba on Monday, promising "
     "seed to replace the lost crop.\n\nRayalu, who flew from Suva with the district officer, Ana "
     "Tora, visited farms near Ba and met about 200 growers at a mill.", False),
    # the lede only says when it was said: the visit may have been before
    ("Fiji's Agriculture Minister Vatimi Rayalu said on Monday that cane farms in Ba had lost half "
     "their crop.\n\nRayalu, who flew from Suva with the district officer, Ana Tora, visited farms "
     "near Ba and met about 200 growers at a mill.", True),
])
def test_an_event_telling_the_ledes_act_again_takes_its_day(text: str, doubt: bool) -> None:
    found = [m for m in meetings(text) if "vatimi-rayalu" in _ids(m) and m.get("date")]
    if doubt:  # (dated, or not dated at all: never an unmarked guess)
        assert all("date" in m.get("uncertain", {}) for m in found), found
        return
    assert found and found[0]["date"] == "2026-03-02", meetings(text)
    assert "date" not in found[0].get("uncertain", {}), found[0]


@pytest.mark.parametrize(("text", "body", "date"), [
    # the lede's return of an object: the one who hands it back, on the lede's day
    ("BERLIN - The Ethnological Museum on Monday handed a carved throne back to Cameroon, 120 years "
     "after German troops took it from Foumban.", "ethnological-museum", "2026-03-02"),
    ("The Pitt Rivers Museum returned the remains of 14 Maori ancestors to New Zealand on Monday.\n\n"
     "At a ceremony in Wellington, the museum's director, Laura Van Broekhoven, said the return was "
     "long overdue.", "pitt-rivers-museum", "2026-03-02"),
])
def test_a_return_told_in_the_lede_is_an_event(text: str, body: str, date: str) -> None:
    found = [m for m in meetings(text) if body in _ids(m)]
    assert len(found) == 1 and found[0].get("date") == date, meetings(text)


def test_guard_a_return_told_after_the_lede_is_background() -> None:
    text = ("The Ethnological Museum opened a new wing in Berlin on Monday.\n\n"
            "In 2022 it handed a carved throne back to Cameroon.")
    assert not [m for m in meetings(text) if m.get("type") == "other" and "2022" in str(m.get("date"))]
    assert len(meetings(text)) <= 1, meetings(text)


@pytest.mark.parametrize(("text", "scheduled"), [
    # a body's next meeting told in a clause of time: ahead
    ("Lautoka City Council is due to discuss the bus fares when it meets next week.", True),
    # a meeting told in the past: no meeting ahead
    ("Lautoka City Council discussed the bus fares when it met in May.", False),
])
def test_a_bodys_next_meeting_told_when_it_meets(text: str, scheduled: bool) -> None:
    found = [m for m in meetings(text)
             if "lautoka-city-council" in _ids(m) and m.get("status") == "scheduled"]
    assert bool(found) == scheduled, meetings(text)


@pytest.mark.parametrize(("text", "days"), [
    # the sitting that adjourned the trial, and the one it was adjourned to
    ("The High Court in Kampala on Monday adjourned until April 20 the trial of a former minister accused "
     "of stealing relief food.", [("2026-03-02", None), ("2026-04-20", "scheduled")]),
    ("Judge Amina Okello adjourned the trial of Moses Kato to April 20 at the High Court in Kampala on "
     "Monday.", [("2026-03-02", None), ("2026-04-20", "scheduled")]),
])
def test_an_adjournment_tells_the_sitting_held_and_the_one_ahead(text: str,
                                                                  days: list[tuple[str, str | None]]) -> None:
    found = [(m.get("date"), m.get("status")) for m in meetings(text)]
    assert found == days, meetings(text)


def test_guard_no_sitting_held_without_an_adjournment() -> None:
    text = "The trial of Moses Kato resumes at the High Court in Kampala on April 20, a year after it began."
    assert not [m for m in meetings(text) if m.get("status") != "scheduled"], meetings(text)
