"""The small pure pieces behind the reader's pages: dates, provenance reasons, sentences."""

from __future__ import annotations

import re

import pytest

from briefing.core.dates import names_day, reader_date, sort_key, within
from briefing.core.escape import md_attribute
from briefing.core.settings import Settings
from briefing.data.article import sentence_spans
from briefing.engine import generate
from briefing.pages.provenance import field_words, split_reason
from conftest import ROOT

YEAR = "The year is not stated: 'COP28 talks in Dubai later this year' places it in 2023."


@pytest.mark.parametrize(("date", "read"), [
    ("2023-07-18", "18 July 2023"), ("2023-07", "July 2023"), ("2023", "2023"), (None, "")])
def test_a_date_reads_as_a_reader_writes_it(date: str | None, read: str) -> None:
    assert reader_date(date) == read


def test_a_partial_date_sorts_at_the_start_of_its_period() -> None:
    dates = ["2023-07-18", "2023", "2023-07", "2021", "2023-07-01"]
    assert sorted(dates, key=sort_key) == ["2021", "2023", "2023-07", "2023-07-01", "2023-07-18"]


@pytest.mark.parametrize(("date", "inside"), [
    ("2023-07-16", True), ("2023-07-20", True), ("2023-07-15", False), ("2023-07", False),
    ("2023", False), ("2021", False), (None, False)])
def test_the_briefings_own_days(date: str | None, inside: bool) -> None:
    assert within(date, "2023-07-16", "2023-07-20") is inside


@pytest.mark.parametrize(("reason", "particular", "year"), [
    (YEAR, "", "'COP28 talks in Dubai later this year' places it in 2023."),
    ("Paragraph 1 dates it to July 18; " + YEAR.lower(), "Paragraph 1 dates it to July 18.",
     "'cop28 talks in dubai later this year' places it in 2023."),
    ("Computed by us.", "Computed by us.", None)])
def test_the_shared_year_reason_is_split_off(reason: str, particular: str,
                                              year: str | None) -> None:
    assert split_reason(reason) == (particular, year)


def test_field_names_read_as_words() -> None:
    assert field_words("native_name") == "name in its own language"
    assert field_words("reported_by") == "who reported it"
    assert field_words("some_new_field") == "some new field"


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = ("His third visit to China as U.S. special envoy came after Mr. Smith left on "
            "Jan. 5. He said so.")
    assert [text[start:end] for start, end in sentence_spans(text)] == [
        "His third visit to China as U.S. special envoy came after Mr. Smith left on Jan. 5.",
        "He said so."]


def test_an_attribute_in_markdown_carries_no_markdown_or_html() -> None:
    assert md_attribute('[x](y "t") *a*\n\n<b>&') == (
        "&#91;x&#93;&#40;y &#34;t&#34;&#41; &#42;a&#42; &#60;b&#62;&#38;")


def test_no_page_runs_a_full_stop_into_a_semicolon() -> None:
    """A sentence from the data that a page continues loses its full stop: "...by the article;
    a full quote", never "...by the article.; a full quote"."""
    pages = generate(Settings(ROOT))
    joined = [path for path, text in pages.items() if re.search(r"\\?\.;", text)]
    assert joined == []


@pytest.mark.parametrize(("text", "date", "named"), [
    ("How long they met at the Beijing Hotel on July 17.", "2023-07-17", True),
    ("signed on 17 July", "2023-07-17", True),
    ("from Jul. 17th", "2023-07-17", True),
    ("the 17th of July", "2023-07-17", True),
    ("on Sept. 5", "2023-09-05", True),
    ("on July 1", "2023-07-17", False),  # another day
    ("July 170 people", "2023-07-17", False),
    ("on 7 July", "2023-07-17", False),
    ("on July 17", "2023-07", False),  # a month alone: its day is not the point
    ("in 2023", "2023", False),
])
def test_a_text_that_gives_the_day_already(text: str, date: str, named: bool) -> None:
    assert names_day(text, date) is named


def test_a_text_without_the_days_number_or_months_name_compiles_no_expression(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`names_day` compiles an expression per date (54 at 1,000 pages, each used once): a text
    that lacks the day's digits or the month's first letters cannot match, and is answered
    without one."""
    searched: list[str] = []
    search = re.search

    def counted(pattern: str, text: str) -> re.Match[str] | None:
        searched.append(pattern)
        return search(pattern, text)
    monkeypatch.setattr(re, "search", counted)
    assert not names_day("met the minister on Tuesday", "2023-07-17")
    assert not names_day("on 18 July", "2023-07-17")
    assert not names_day("on 17 June", "2023-07-17")
    assert searched == []
    assert names_day("on 17 July", "2023-07-17") and len(searched) == 1
