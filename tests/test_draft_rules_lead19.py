"""Rules of round 19 of issue 18 (lead): the events of last round's measure set, now open (r18b).

What was wrong, each a class seen in r18b and looked for elsewhere:
- a meeting's day set off by a comma at the sentence's end ('The farmers and the Board will meet
  again after the auction, on 15 March.') was not read: the meeting took the day of the sentence
  before it (the auction's, 10 March), marked as a guess;
- a learner's glossary above the text ('Words to know: cashew (a kind of nut), ...') was read as
  the text's first paragraph: it became the main event's summary and counted as a paragraph.
Publication date: Wednesday 2 March 2005 unless a row says otherwise."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from briefing.new.draft.records import Meta, draft_records
from ruletable import meetings

_DAY = dt.date(2005, 3, 2)


def _on(found: list[dict[str, Any]], day: str) -> dict[str, Any] | None:
    return next((m for m in found if str(m.get("date")) == day), None)


@pytest.mark.parametrize(("sentence", "day"), [
    ("The farmers and the Board will meet again after the auction, on 15 March.", "2005-03-15"),
    ("The union and the ministry will hold talks in Dodoma, on Monday 14 March.", "2005-03-14"),
    ("Both sides agreed to meet again after the holiday, on March 21.", "2005-03-21"),
])
def test_a_day_closing_the_sentence_after_a_comma_is_the_meetings(sentence: str, day: str) -> None:
    text = ("Cashew talks fail\n\nOn Monday, the Masasi Cashew Growers' Cooperative Union met the Cashew "
            "Board of Tanzania in Masasi. They did not agree on a price.\n\n"
            f"There will be a new auction in Masasi on 10 March. {sentence}")
    found = meetings(text, _DAY)
    ahead = [m for m in found if m.get("status") == "scheduled"]
    assert ahead and str(ahead[0].get("date")) == day and "date" not in ahead[0].get("uncertain", {}), found


def test_a_day_inside_the_clause_before_a_comma_stays_the_clauses() -> None:
    # guard: the day before the comma is the clause's own ('met on Monday, after a long dispute')
    text = ("Talks resume\n\nThe Cashew Board of Tanzania met the Masasi Cashew Growers' Cooperative "
            "Union on Monday, after a dispute that began on 10 February.")
    assert _on(meetings(text, _DAY), "2005-02-28") is not None, meetings(text, _DAY)


_LEARNER = ("EASY NEWS - Level 2\nWednesday, 2 March 2005\n\nCashew farmers want a better price\n\n"
            "{gloss}\n\n"
            "Tanzania grows a lot of cashew nuts. Most of the nuts grow in the south of the country, in "
            "the regions of Mtwara and Lindi, and many families live from them.\n\n"
            "On Monday, the Masasi Cashew Growers' Cooperative Union met with the Cashew Board of "
            "Tanzania. The meeting was in the town of Masasi.")


@pytest.mark.parametrize("gloss", [
    "Words to know: cashew (a kind of nut), cooperative (a group of farmers who work together), "
    "auction (a sale where buyers offer money)",
    "Vocabulary: cooperative (a group of farmers who work together), board (a group of people who "
    "lead an organisation), auction (a sale where buyers offer money)",
])
def test_a_glossary_above_the_text_is_no_paragraph(gloss: str) -> None:
    drafted = draft_records(_LEARNER.format(gloss=gloss), Meta("Rules", _DAY, "rules"))
    assert len(drafted.paragraphs) == 2, drafted.paragraphs
    data = drafted.data
    texts = [m.get("summary", "") for m in data.get("meetings", [])] + [data.get("summary", "")]
    assert not any("a kind of nut" in t or "a group of farmers" in t for t in texts), texts
    assert all(not any("a group of farmers" in str(p) for p in r.get("paragraphs", []))
               for r in data.get("meetings", []))
