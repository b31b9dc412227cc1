"""Rules of round 14 of issue 18 (events, helper r14b): probes found a match's second leg or return
match ('The second leg is on March 10', 'The return match is on Saturday') drafted as nothing: it is
the last match's sides playing again, on the sentence's day ('The second leg of the tour' is no
match). Guard rows keep what is right. Publication date: Wednesday 4 March 2026
(ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import meetings


def _on(found: list[dict[str, Any]], day: str) -> dict[str, Any]:
    return next((m for m in found if str(m.get("date")) == day), {})


_FIRST_LEG = "Vardar beat Metalurg 31-27 in the first leg of the semi-final in Skopje on Sunday."


@pytest.mark.parametrize("later, day", [("The second leg is on March 10 in Strumica.", "2026-03-10"),
                                        ("The return match is on Saturday.", "2026-03-07"),
                                        ("The return leg will be played in Strumica on March 11.",
                                         "2026-03-11")])
def test_a_second_leg_is_the_last_matchs_sides_again(later: str, day: str) -> None:
    found = meetings(f"{_FIRST_LEG} {later}")
    again = _on(found, day)
    assert {"vardar", "metalurg"} <= set(again.get("organisations") or []), found
    assert again.get("status") == "scheduled", again


def test_a_leg_of_something_else_is_no_match() -> None:
    # guard: 'The second leg of the minister's tour': no rematch
    found = meetings(f"{_FIRST_LEG} The second leg of the minister's tour is in Paris on March 10.")
    assert not any({"vardar", "metalurg"} <= set(m.get("organisations") or [])
                   for m in found if str(m.get("date")) == "2026-03-10"), found


def test_a_second_leg_with_no_match_told_is_nothing() -> None:
    # guard: no match told before: no sides to play again
    assert meetings("The second leg is on March 10 in Strumica.") == [], "a rematch of nothing"
