"""`article.locate` finds quoted words in a paragraph as `normalise` compares them (typographic
quote marks plain, white space collapsed) and says where they stand in the paragraph as written.
A paragraph with single spaces between its words is read without an offset table; every other
is read through one: both give what a character-by-character table gives."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefing.data import article

_RUN = re.compile(r"\S+")


def table_locate(paragraph: str, words: str) -> tuple[int, int] | None:
    """`locate` with the offset table built for every paragraph (as before the shortcut)."""
    wanted = article.normalise(words)
    if not wanted:
        return (0, 0)
    runs = list(_RUN.finditer(paragraph.translate(article._TYPOGRAPHIC)))
    offsets: list[int] = []
    for number, run in enumerate(runs):
        if number:
            offsets.append(run.start() - 1)
        offsets.extend(range(run.start(), run.end()))
    start = " ".join(run.group() for run in runs).find(wanted)
    if start == -1:
        return None
    return offsets[start], offsets[start + len(wanted) - 1] + 1


PIECES = st.sampled_from(["a", "bc", " ", "  ", "\n", "\t", "\xa0", "\u2019", "\u201c", "'", '"'])


@given(st.lists(PIECES, max_size=14).map("".join), st.lists(PIECES, max_size=5).map("".join))
def test_words_are_found_where_they_stand(paragraph: str, words: str) -> None:
    assert article.locate(paragraph, words) == table_locate(paragraph, words)


def test_a_paragraph_with_wider_white_space_is_read_through_its_table() -> None:
    assert article.locate("He said  \u201cyes\u201d to it", '"yes" to') == (9, 17)
    assert article.locate("He said \u201cyes\u201d to it", '"yes" to') == (8, 16)
