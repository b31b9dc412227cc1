"""Rules of round 14 of issue 18 (issue-18e: a match's sides that are countries), as a table:
a meeting's `organisations` may name places (core/schema.py SIDE), so a match between national
teams ('Slovenia beat Serbia 3-2 in the final', 'Ireland 27-13 Scotland' above the text) drafts
the two countries as its sides; every row failed on 84781fb (the match had no sides, or people
guessed from the sentences after it). Guards: a club's match keeps its clubs, a city is no side."""

from __future__ import annotations

import datetime as dt

import pytest

from ruletable import meetings


def sides(text: str, name: str,
          published: dt.date = dt.date(2025, 9, 12)) -> list[tuple[list[str], list[str]]]:
    """(organisations, participants) of each drafted match called `name`; participants only those
    given as certain (round 16: the players the report names scoring are listed, marked uncertain:
    new/draft/account.py)."""
    return [(m.get("organisations") or [],
             [] if "participants" in (m.get("uncertain") or {}) else m.get("participants") or [])
            for m in meetings(text, published) if m["name"] == name]


@pytest.mark.parametrize(("text", "name", "ids"), [
    ("Volleyball\n\nLJUBLJANA, Sept 11 (Reuters) - Slovenia won the European title on Sunday, coming back "
     "to beat Serbia 3-2 in the final.\n\nRok Mlakar scored 31 points.",
     "Slovenia v Serbia", ["slovenia", "serbia"]),
    ("Cricket\n\nNepal beat Netherlands by four wickets in Kathmandu on Thursday.\n\n"
     "Kushal Bhurtel made 62.", "Nepal v Netherlands", ["nepal", "netherlands"]),
    ("Football\n\nJapan defeated Brazil 2-1 in a friendly in Tokyo on Tuesday.\n\n"
     "Ritsu Doan scored the winner.", "Japan v Brazil", ["japan", "brazil"]),
])
def test_a_match_between_countries_has_them_as_its_sides(text: str, name: str, ids: list[str]) -> None:
    assert sides(text, name) == [(ids, [])]


_SCORE = ("Ireland see off Scotland in Dublin\n{score}\nBy a staff reporter\n\n"
          "A late try sealed the win for Ireland over Scotland in Dublin on Saturday.\n\n"
          "Scotland had led 13-10 at half-time.\n")


@pytest.mark.parametrize("score", ["Ireland 27-13 Scotland", "Ireland 27 Scotland 13"])
def test_a_score_line_between_countries_is_their_match(score: str) -> None:
    played = [m for m in meetings(_SCORE.format(score=score), dt.date(2025, 3, 16))
              if m["name"] == "Ireland v Scotland"]
    assert [(m["summary"], m.get("date"), m.get("organisations")) for m in played] == [
        ("Ireland beat Scotland 27-13.", "2025-03-15", ["ireland", "scotland"])]


def test_the_finalists_meeting_again_are_the_same_countries() -> None:
    text = ("Volleyball\n\nLJUBLJANA, Sept 11 (Reuters) - Slovenia beat Serbia 3-2 in the final on "
            "Sunday.\n\nThe two finalists meet again on Oct. 2 in Novi Sad.")
    assert [(m.get("organisations"), m.get("date")) for m in meetings(text, dt.date(2033, 9, 12))
            if m["name"] == "Slovenia v Serbia"] == [
        (["slovenia", "serbia"], "2033-09-11"), (["slovenia", "serbia"], "2033-10-02")]


def test_their_semi_final_against_a_country_is_a_match_of_the_country_named_before() -> None:
    text = ("Rugby\n\nIreland coach Andy Farrell said his players were tired after their semi-final "
            "against France on Saturday.")
    assert [m.get("organisations") for m in meetings(text, dt.date(2025, 9, 12))
            if m["name"] == "Ireland v France"] == [["ireland", "france"]]


# guards: a club's match keeps its clubs; a city is no side of a match
def test_clubs_stay_the_sides_of_their_match() -> None:  # guard
    text = ("Football\n\nArsenal beat Chelsea 2-0 at the Emirates Stadium on Sunday.\n\n"
            "Bukayo Saka scored twice.")
    assert sides(text, "Arsenal v Chelsea") == [(["arsenal", "chelsea"], [])]
    (match,) = [m for m in meetings(text, dt.date(2025, 9, 12)) if m["name"] == "Arsenal v Chelsea"]
    assert match.get("participants") == ["bukayo-saka"] and "Bukayo Saka (paragraph 2)" in \
        match["uncertain"]["participants"], match  # (round 16: who scored played, marked)


def test_a_city_is_no_side_of_a_match() -> None:  # guard
    text = ("Elections\n\nParis beat London to host the 2032 games, the committee said on Monday.")
    assert not any("paris" in (m.get("organisations") or []) or "london" in (m.get("organisations") or [])
                   for m in meetings(text, dt.date(2025, 9, 12)))
