"""Any text drafts without an exception, and every drafted quote stands verbatim in its paragraph."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.data.article import contains_verbatim
from briefing.new.draft.records import Meta, draft_records
from briefing.new.draft.source import ArticleError

PIECES = st.sampled_from([
    "Kerry", "John Kerry", "President Xi", "said", "told", "he", "she", "the official", "the ministry",
    "Ministry of Trade", "\"", "“", "”", "'", "‘", "’", ",", ".", ":", "\n", "\n\n", "SECRETARY BLINKEN:",
    "Q:", "on Friday", "July 4", "last month", "53 Celsius", "(128 Fahrenheit)", "nearly 12 hours",
    "according to", "met", "talks with", "in Beijing", "U.S.", "source: x", "Reporting by Jane",
    "and", "the", "Li", "Wang Yi", "added", "—", "(", ")", "5", "%", "$", "3 billion"])


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=60).map(" ".join))
def test_any_text_drafts_and_quotes_stay_verbatim(text: str) -> None:
    try:
        draft = draft_records(text, Meta("Fuzz", dt.date(2024, 3, 13), "fuzz"))
    except ArticleError as error:  # only a text with nothing left to number
        assert "no paragraphs" in str(error)
        return
    for quote in draft.data.get("quotes", []):
        paragraph = draft.paragraphs[quote["paragraphs"][0] - 1]
        assert contains_verbatim(paragraph, quote["text"]), (quote, paragraph)
