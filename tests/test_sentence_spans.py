"""Sentence offsets found without pySBD's per-sentence regular expressions equal pySBD's own."""

from __future__ import annotations

from pathlib import Path

import pysbd
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import article

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
