"""Rules of round 10 of issue 18, third stint (events), as tables (each row its own sentences, not
a fixture's): a gathering whose name ends in its event word and is also drafted as a body's ('The
Pacific Islands Forum opened in Suva on Monday', 'opened the Asian Rice Congress') is the event
when the sentence tells it opening, held or ending (not when the body only speaks, nor a body named
after it, 'the Forum Secretariat'); and a gathering or visit of N days told by the day it ended
('The three-day visit ended on Friday') runs from N - 1 days before that day, the first day marked
inferred (not 'a five-day inquest', whose days are sittings); an election told to mark another
act's time ('were released on Thursday, 10 days before a presidential election') is one scheduled
election, counted from that day (marked) until a later sentence tells its day ('in the March 24
vote'), and the act's people take no part in it, nor one named only in an aside of who replaced
whom; a signing told passively with its signers ('The agreement was signed in Lagos by X and Y')
takes as its bodies the sides of the 'deal between A and B' told before it (not another contract
signed later). Guard rows keep what is right.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruletable import meetings


@pytest.mark.parametrize(("text", "name", "place", "date", "scheduled"), [
    ("The Pacific Islands Forum opened in Suva on Monday, with leaders from 18 countries attending. "
     "Fiji's prime minister, Sitiveni Rabuka, said the region could not wait for climate finance.",
     "Pacific Islands Forum", "suva", "2026-03-02", False),
    ("Farmers and scientists gathered in Bangkok on Tuesday as Thai Prime Minister Somchai Wongsa "
     "opened the Asian Rice Congress. Delegates from 30 countries are attending.",
     "Asian Rice Congress", "bangkok", "2026-03-03", False),
    ("The Asian Rice Congress, which began in Bangkok on Tuesday, drew 2,000 delegates, said Somchai "
     "Wongsa, its chairman.",
     "Asian Rice Congress", None, "2026-03-03", False),
    ("The World Cocoa Forum will open in Accra on Thursday, bringing together growers and buyers from "
     "40 countries.",
     "World Cocoa Forum", "accra", "2026-03-05", True),
    # guard: a summit's name not drafted as a body's was the event before
    ("The Africa Climate Summit began in Nairobi on Monday. Kenya's president, William Ruto, told "
     "delegates that Africa must be paid for its forests.",
     "Africa Climate Summit", "nairobi", "2026-03-02", False),
])
def test_a_named_gathering_told_opening_or_held_is_the_event(text: str, name: str, place: str | None,
                                                             date: str, scheduled: bool) -> None:
    found = meetings(text)
    assert [m["name"] for m in found] == [name], found
    assert found[0].get("place") == place and found[0].get("date") == date, found[0]
    assert (found[0].get("status") == "scheduled") is scheduled, found[0]


@pytest.mark.parametrize("text", [
    # the body speaks: no gathering
    "The Pacific Islands Forum said on Monday it would send observers to Bougainville, its "
    "secretary-general, Baron Waqa, said.",
    # a body named after the gathering's word opens something: not the forum
    "The Pacific Islands Forum Secretariat opened an office in Honiara on Monday.",
])
def test_a_body_named_with_a_gathering_word_is_no_gathering(text: str) -> None:
    assert not any(m["name"] == "Pacific Islands Forum" for m in meetings(text)), meetings(text)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Fumio Kishida, Japan's prime minister, pledged coastal patrol boats to the Philippines during a "
     "visit to Manila. The three-day visit ended on Friday, officials said.",
     "2026-02-25", "2026-02-27"),
    ("The three-day summit ended in Suva on Friday with a pledge on climate finance, said Sitiveni "
     "Rabuka, Fiji's prime minister.",
     "2026-02-25", "2026-02-27"),
])
def test_a_length_told_of_the_last_day_moves_the_first_back(text: str, first: str, last: str) -> None:
    found = meetings(text)
    assert len(found) == 1, found
    assert found[0].get("date") == first and found[0].get("end_date") == last, found[0]
    # (round 21: no "on" before the date in the reason, which prose does not write)
    assert ") ended 2026-02-27" in found[0].get("inferred", {}).get("date", ""), found[0]


def test_a_gathering_told_closed_takes_its_days_from_a_later_sentence() -> None:
    """'which closed on Wednesday', then 'was held on 2-4 March': the day it closed is the last."""
    found = meetings("More than 900 delegates attended the Asian Rice Congress in Bangkok, which closed "
                     "on Wednesday with a call for seed banks.\n\nThe congress, organised by the "
                     "International Rice Research Institute, was held on 2-4 March at the Queen Sirikit "
                     "centre.")
    assert [(m["name"], m.get("date"), m.get("end_date")) for m in found] == [
        ("Asian Rice Congress", "2026-03-02", "2026-03-04")], found


def test_an_inquest_told_ended_keeps_its_day() -> None:
    """Guard: 'a five-day inquest' counts sitting days; the day it ended stays its date."""
    found = meetings("The five-day inquest ended on Friday. The coroner, Mary Hall, recorded a "
                     "verdict of accidental death.")
    assert [(m.get("date"), m.get("end_date")) for m in found] == [("2026-02-27", None)], found


_SENEGAL = ("DAKAR, Senegal (AP) — Opposition leader Ousmane Sonko and his ally Bassirou Diomaye Faye were "
            "released from prison on Thursday, 10 days before a presidential election that has been "
            "delayed twice, President Macky Sall's office said.\n\n"
            "Faye, who replaced Sonko as the opposition's candidate after Sonko was barred from running, "
            "will face the ruling coalition's candidate in the March 24 vote.\n\n"
            "Sall, who is not running, has said he will step down on April 2.")
_SERBIA = ("Former prime minister Ana Brnabic was charged with fraud on Monday, two weeks ahead of a "
           "parliamentary election that the opposition has threatened to boycott, prosecutors said.\n\n"
           "The ruling party's list will be led by Milos Vucevic against Dragan Djilas in the March 17 "
           "election.")


@pytest.mark.parametrize(("text", "published", "date", "want", "not_in"), [
    (_SENEGAL, dt.date(2024, 3, 15), "2024-03-24", {"bassirou-diomaye-faye"},
     {"ousmane-sonko", "macky-sall"}),
    (_SERBIA, dt.date(2026, 3, 4), "2026-03-17", {"milos-vucevic", "dragan-djilas"}, {"ana-brnabic"}),
])
def test_an_election_told_to_mark_a_time_is_one_scheduled_election(text: str, published: dt.date,
                                                                    date: str, want: set[str],
                                                                    not_in: set[str]) -> None:
    found = meetings(text, published)
    assert len(found) == 1, found
    election = found[0]
    assert election.get("date") == date and election.get("status") == "scheduled", election
    assert "date" not in election.get("uncertain", {}), election
    who = {*election.get("participants", ()), *election.get("organisations", ())}
    assert want <= who and not who & not_in, election


def test_an_election_counted_from_the_acts_day_is_marked() -> None:
    """Told only as 'two weeks ahead of' Monday's act: that day plus 14, marked uncertain."""
    found = meetings("Former prime minister Ana Brnabic was charged with fraud on Monday, two weeks ahead "
                     "of a parliamentary election that the opposition has threatened to boycott, "
                     "prosecutors said.")
    assert [(m.get("date"), m.get("status")) for m in found] == [("2026-03-16", "scheduled")], found
    assert "Counted" in found[0].get("uncertain", {}).get("date", ""), found[0]
    assert not found[0].get("participants"), found[0]


def test_an_election_keeps_the_people_of_its_own_sentence() -> None:
    """Guard: one named in a 'who succeeded' aside and again outside it still takes part."""
    found = meetings("Milos Vucevic, who succeeded Ana Brnabic as party leader, will face Dragan Djilas in "
                     "the March 17 election, and Brnabic will campaign for him.")
    assert len(found) == 1 and {"ana-brnabic", "dragan-djilas"} <= set(found[0]["participants"]), found


_LAGOON = ("Fishing in the lagoon will be shared under a deal between the Ministry of Fisheries and the "
           "Lagos Fishermen's Union. ")


@pytest.mark.parametrize(("text", "bodies"), [
    (_LAGOON + "The agreement was signed in Lagos on Friday by the fisheries minister, Bola Adeyemi, "
     "and the union's leader, Kunle Ojo.",
     {"ministry-of-fisheries", "lagos-fishermens-union"}),
    ("Ore from the mine will go by rail under an accord between Zambia Railways and the Tanzania-Zambia "
     "Railway Authority. The accord was signed in Lusaka on Tuesday by Transport Minister Frank "
     "Tayali and the authority's chief, Bruno Ching'andu.",
     {"zambia-railways", "tanzania-zambia-railway-authority"}),
    # guard: another contract, signed by people, is no signing of the deal
    (_LAGOON + "Separately, the striker Kunle Ojo signed a three-year contract in Lagos on Friday "
     "with coach Bola Adeyemi watching.", set()),
])
def test_a_passive_signing_takes_the_deals_sides(text: str, bodies: set[str]) -> None:
    found = [m for m in meetings(text) if m["name"].startswith("Signing")]
    assert len(found) == 1 and found[0].get("participants"), found
    assert set(found[0].get("organisations") or ()) == bodies, found[0]
