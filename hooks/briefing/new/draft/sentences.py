"""Sentence boundaries, by pySBD: it knows 'U.S.', 'Mr.' and '52.2C' do not end a sentence,
which a full-stop rule gets wrong in nearly every wire report."""

from __future__ import annotations

import functools

from briefing.data.article import segmenter


@functools.lru_cache(maxsize=4096)
def sentence_spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of a paragraph."""
    spans = tuple((span.start, span.end) for span in segmenter().segment(paragraph))
    return spans or ((0, len(paragraph)),)


def sentence_at(paragraph: str, offset: int) -> tuple[int, int]:
    for start, end in sentence_spans(paragraph):
        if start <= offset < end:
            return start, end
    return 0, len(paragraph)
