"""Sentence offsets and verbatim search, made fast, equal what they replaced: pySBD's own
offsets and a regular expression per quote."""

from __future__ import annotations

import re
from pathlib import Path

import pysbd
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.data import article

ROOT = Path(__file__).resolve().parents[1]
_PYSBD = pysbd.Segmenter(language="en", clean=False, char_span=True)
# Pieces that make pySBD's boundaries and its white-space handling work: abbreviations,
# repeated sentences (the search must not reuse a span), non-breaking spaces, quote marks.
_PIECES = st.sampled_from(["a", "b", " ", ".", ". ", "U.S.", "\u00a0", "\n", '"', "?", "Mr. ",
                           "  ", "a. a. a.", "!", "\u2019", "Jan. 5"])


def _reference(paragraph: str) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in _PYSBD.segment(paragraph)]


def _ours(paragraph: str) -> list[tuple[int, int]]:
    return article._pysbd_spans(paragraph, _PYSBD.processor(paragraph).process())


def test_seed_article_sentences_match_pysbd() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for paragraph in article.split_paragraphs(path.read_text(encoding="utf-8")):
            assert _ours(paragraph) == _reference(paragraph)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30).map("".join))
def test_generated_text_sentences_match_pysbd(paragraph: str) -> None:
    assert _ours(paragraph) == _reference(paragraph)


# The verbatim search as it was, one regular expression per quote: the reference `locate` keeps.
_QUOTE_CLASSES = {"'": "['\u2018\u2019\u201a\u201b\u2032]",
                  '"': '["\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]'}


def _reference_locate(paragraph: str, words: str) -> tuple[int, int] | None:
    parts = [r"\s+" if char == " " else _QUOTE_CLASSES.get(char, re.escape(char))
             for char in article.normalise(words)]
    match = re.compile("".join(parts)).search(paragraph)
    return (match.start(), match.end()) if match else None


_TEXT = st.lists(st.sampled_from(["a", "b", "ab", " ", "  ", "\n", "\t", "\u00a0", "'", '"',
                                  "\u2019", "\u201c", "\u201d", "\u00ab", "\u2032", ".", "(",
                                  "*"]), max_size=25).map("".join)


@settings(max_examples=600, deadline=None)
@given(_TEXT, _TEXT)
def test_locate_matches_the_regular_expression_it_replaced(paragraph: str, words: str) -> None:
    assert article.locate(paragraph, words) == _reference_locate(paragraph, words)


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT, _TEXT)
def test_locate_finds_words_taken_from_the_paragraph(before: str, words: str, after: str) -> None:
    paragraph = before + words + after
    assert article.locate(paragraph, words) == _reference_locate(paragraph, words)
