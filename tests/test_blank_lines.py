"""A page's runs of blank lines become one (pages/render.py, `_one_blank_line`): every run of
three or more newlines is two, nothing else changes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing.pages.render import _one_blank_line


def by_replacing(body: str) -> str:
    """Three newlines by two until none is left: the rule, written the slow way."""
    while "\n\n\n" in body:
        body = body.replace("\n\n\n", "\n\n")
    return body


@given(st.text(alphabet="\n a\r\t", max_size=60))
def test_runs_of_blank_lines_become_one(body: str) -> None:
    assert _one_blank_line(body) == by_replacing(body)


def test_a_page_s_runs() -> None:
    page = "# T\n\n\n\n\n\n\ntext\n\n\nmore\n\nend\n\n\n\n"
    assert _one_blank_line(page) == "# T\n\ntext\n\nmore\n\nend\n\n"
    assert _one_blank_line("a\n \n\n\nb") == "a\n \n\nb"  # a line of a space is not blank here
