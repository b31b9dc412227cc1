"""Rules of round 11 of issue 18 (events, fourth stint), as tables (each row its own sentences, not
a fixture's): bodies ordered back to the bargaining table hold talks, on the day the order gives,
ahead ('A state mediator has ordered the Shipping Association and the Dockworkers Union back to
the bargaining table on Friday'), and a later 'X said that both sides had agreed to meet' tells of
the same talks, not of a meeting of X; a second verb after 'and' meets a group the sentence does not
name ('flew over the coast on Monday and met mayors of the damaged towns'); 'The negotiators will
meet again ..., a spokeswoman for X said': X only tells of it, and the sides are those of the talks
told before. Guard rows keep what is right.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

from ruletable import meetings

_ORDERED = ("A state mediator has ordered the Pacific Shipping Association and the Harbour Workers "
            "Union back to the bargaining table on Friday, a week after the employers locked out "
            "4,000 dockers.")
_SIDES = ("Mediator Anna Berg, appointed by Labour Minister Tom Reed, said in Oslo on Tuesday that "
          "both sides had agreed to meet at the Grand Hotel for talks she would chair.")


def _only(text: str) -> dict[str, Any]:
    found = meetings(text)
    assert len(found) == 1, found
    return found[0]


def test_bodies_ordered_back_to_the_table_hold_talks_ahead() -> None:
    talks = _only(_ORDERED)
    assert talks.get("organisations") == ["pacific-shipping-association", "harbour-workers-union"], talks
    assert not talks.get("participants"), talks  # (the bodies are its sides: no one guessed)
    assert str(talks.get("date")) == "2026-03-06" and talks.get("status") == "scheduled", talks


def test_both_sides_agreeing_to_meet_is_the_same_talks() -> None:
    talks = _only(f"{_ORDERED}\n\n{_SIDES}")
    assert talks.get("paragraphs") == [1, 2], talks
    assert not {"anna-berg", "tom-reed"} & set(talks.get("participants") or ()), talks
    assert str(talks.get("date")) == "2026-03-06", talks


def test_a_sentence_naming_both_of_its_people_keeps_them() -> None:
    # guard: the people who meet are named, no 'both sides' told by a third
    meeting = _only("Labour Minister Tom Reed will meet Anna Berg in Oslo on Friday.")
    assert set(meeting.get("participants") or ()) == {"tom-reed", "anna-berg"}, meeting


def test_a_second_verb_meeting_a_group_is_a_meeting_on_the_first_verbs_day() -> None:
    meeting = _only("President Maria Santos flew over the flooded coast by helicopter on Monday and "
                    "met mayors of the worst-hit towns at an army base in Cebu.")
    assert meeting.get("participants") == ["maria-santos"], meeting
    assert str(meeting.get("date")) == "2026-03-02" and meeting.get("status") != "scheduled", meeting


def test_a_group_of_a_named_body_is_not_a_meeting_with_one_person() -> None:
    # guard: 'officials of the Port Authority' are the body's, named
    assert not any(m.get("participants") == ["ali-hassan"] and not m.get("organisations")
                   for m in meetings("Finance Minister Ali Hassan met officials of the Port "
                                     "Authority on Monday.")), meetings(
        "Finance Minister Ali Hassan met officials of the Port Authority on Monday.")


_TALKS = ("Talks between the Northern Fishing Federation and the Coastal Trawlers Association ended "
          "without a deal in Bergen on Friday.")


def test_a_spokeswoman_for_a_body_only_tells_of_the_next_round() -> None:
    found = meetings(f"{_TALKS}\n\nThe negotiators will meet again in Tromsø on March 20, a "
                     "spokeswoman for the Norwegian Fisheries Ministry said.")
    later = [m for m in found if str(m.get("date")) == "2026-03-20"]
    assert len(later) == 1, found
    assert "norwegian-fisheries-ministry" not in (later[0].get("organisations") or ()), later
    assert later[0].get("status") == "scheduled", later


def test_we_will_meet_again_is_the_tellers_side() -> None:
    # guard: 'we' is the teller's side: the body takes part
    found = meetings(f"{_TALKS}\n\n\"We will meet again in Tromsø on March 20,\" a spokeswoman for "
                     "the Northern Fishing Federation said.")
    assert any("northern-fishing-federation" in (m.get("organisations") or ()) for m in found), found
