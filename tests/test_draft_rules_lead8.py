"""A rule the lead's outside set of round 8 showed: a planned meeting's date stays its own across
an aside between commas ('is due to meet Soares and the head of the authority, Carlos Arroz, in
Lisbon on October 15'); a date after a clause's end is still not the meeting's."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from briefing.new.draft.records import Meta, draft_records


def meetings(text: str) -> list[dict[str, Any]]:
    data = draft_records(f"Health centre vote\n\n{text}", Meta("Rules", dt.date(1997, 10, 8), "rules")).data
    return [m for m in data.get("meetings", []) if m.get("type") != "other"]


@pytest.mark.parametrize(("text", "date"), [
    ("Health Minister Ana Reis is due to meet Mayor João Soares and the head of the regional health "
     "authority, Carlos Arroz, in Lisbon on October 15 to discuss the plan, a spokesman said.", "1997-10-15"),
    ("Minister Ana Reis will meet Mayor João Soares, who called for the talks, on October 20.", "1997-10-20"),
    # guard: a date after the clause's end is not the meeting's
    ("Minister Ana Reis will meet Mayor João Soares in Lisbon, and the assembly votes on October 20.", None),
])
def test_a_planned_meeting_s_date_across_an_aside(text: str, date: str | None) -> None:
    (meeting,) = meetings(text)
    assert meeting.get("date") == date
