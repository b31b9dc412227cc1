"""The source article: its paragraphs, numbered the one way every citation relies on.

Numbering: the text is split at blank lines (one or more lines holding only white space);
chunks that are empty after stripping are dropped; the rest are numbered from 1 in order.
Paragraph `n` is addressed in the site as `article/#p<n>`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pysbd

if TYPE_CHECKING:  # the article's metadata is validated by the loader, not here
    from briefing.core.schema import Source

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n")
_TYPOGRAPHIC = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                              "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                              "\u2032": "'", "\u2033": '"', "\u00ab": '"', "\u00bb": '"'})
_SPACE = re.compile(r"\s+")


def split_paragraphs(text: str) -> tuple[str, ...]:
    text = text.replace("\r\n", "\n")
    return tuple(chunk.strip() for chunk in _BLANK_LINES.split(text) if chunk.strip())


def normalise(text: str) -> str:
    """What the verbatim check compares: typographic quote marks made plain, spaces collapsed."""
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHIC)).strip()


_WORD_RUN = re.compile(r"\S+")


def locate(paragraph: str, words: str) -> tuple[int, int] | None:
    """Where `words` stand in `paragraph`, comparing as `normalise` does; None if absent."""
    wanted = normalise(words)
    if not wanted:
        return (0, 0)
    text, offsets = _normalised_with_offsets(paragraph)
    start = text.find(wanted)
    if start == -1:
        return None
    return offsets[start], offsets[start + len(wanted) - 1] + 1


@functools.lru_cache(maxsize=4096)
def _normalised_with_offsets(paragraph: str) -> tuple[str, Sequence[int]]:
    """`normalise(paragraph)` and, for each of its characters, where it stands in `paragraph`.

    A string search in this replaces a regular expression per quote (a class for each quote
    mark, `\\s+` for each space), whose compiling was a fifth of linking 10,000 pages."""
    plain = paragraph.translate(_TYPOGRAPHIC)  # one character for one: offsets still hold
    text = " ".join(plain.split())  # the runs of `_WORD_RUN`: str.split's white space is \s
    if text == plain:  # single spaces between words (every paragraph of the 1,000-page corpus)
        return text, range(len(text))  # each character where it was, not a tuple of them all
    runs = list(_WORD_RUN.finditer(plain))
    offsets: list[int] = []
    for number, run in enumerate(runs):
        if number:
            offsets.append(run.start() - 1)  # the single space that stands for the white space
        offsets.extend(range(run.start(), run.end()))
    return " ".join(run.group() for run in runs), tuple(offsets)


def contains_verbatim(paragraph: str, words: str) -> bool:
    return locate(paragraph, words) is not None


def first_difference(paragraph: str, words: str, shown: int = 4) -> str:
    """Where `words` stop matching `paragraph`: the longest start of them found there, and the
    words that follow it in each."""
    quoted = normalise(words).split(" ")
    matched = 0
    while matched < len(quoted) and locate(paragraph, " ".join(quoted[: matched + 1])):
        matched += 1
    ours = " ".join(quoted[matched: matched + shown])
    if matched == 0:
        return f"its first word '{quoted[0]}' is not in the paragraph"
    found = locate(paragraph, " ".join(quoted[:matched]))
    assert found is not None
    after = normalise(paragraph[found[1]:]).split(" ")
    theirs = " ".join(after[:shown]) or "(the end of the paragraph)"
    return (f"the first {matched} word{'s' if matched != 1 else ''} match; then the data has "
            f"'{ours}' where the article has '{theirs}'")


@functools.lru_cache(maxsize=1)
def segmenter() -> pysbd.Segmenter:
    """The one pySBD set-up, shared with the drafter (`new/draft/sentences.py`)."""
    # pySBD's rules know abbreviations ("U.S.", "Mr.", "Jan."), where a regular expression
    # would end a sentence at every full stop; char_span gives offsets into the text as it is.
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


# Bounded: under `mkdocs serve` an edited article brings new paragraphs at every save. One entry
# per paragraph of the article, a few hundred bytes each.
@functools.lru_cache(maxsize=1 << 14)
def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, trailing white space left out."""
    spans = []
    for start, end in raw_sentence_spans(paragraph):
        text = paragraph[start:end].rstrip()
        if text.strip():
            spans.append((start, start + len(text)))
    return spans or [(0, len(paragraph))]


def raw_sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """pySBD's own `char_span` offsets (white space after a sentence included), without the
    regular expression pySBD compiles per sentence.

    pySBD's time grows with the square of the text it is given (40,000 characters: 2 s, 80,000:
    7 s), so a paragraph longer than `CHUNK` (a scraped page without paragraph breaks, a hostile
    one) is given to it in pieces, each cut after a plain sentence end ('… said. The'), or at a
    space where a piece has none: linear in the paragraph's length. A news paragraph is far
    shorter, and is segmented whole, as before."""
    plain = _plain_sentence_spans(paragraph)
    return plain if plain is not None else pysbd_sentence_spans(paragraph)


def pysbd_sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in _pieces(paragraph):
        piece = paragraph[start:end]
        spans += [(start + a, start + b)
                  for a, b in _pysbd_spans(piece, segmenter().processor(piece).process())]
    return spans


# A plain sentence: a capital, then letters, digits, commas, hyphens, apostrophes, single spaces
# and quotations of the same (no other full stop), ending in a word of three lower-case letters
# or more and its full stop, then one space before the next sentence, or the paragraph's end. One
# that opens with a quotation closes it with a comma ('"We will," she said.'): pySBD makes any
# other quotation followed by a capital a sentence of its own.
_WORDS = "[A-Za-z0-9,' -]"
_PLAIN_SENTENCE = re.compile(
    rf'(?:"[A-Z]{_WORDS}*,"|[A-Z])(?:{_WORDS}|"{_WORDS}+")*? ([A-Za-z]*[a-z]{{3}})\.'
    r'(?: (?=[A-Z"])|\Z)')
# Punctuation pySBD reads as more than a word's part: a hyphen or an apostrophe not between two
# letters or digits ('--' sets off an aside, ' 'x' a quote), and two spaces.
# (Each match starts at the mark itself, so the search skips to those; whether the one before
# is a letter is asked looking back from after it.)
_LOOSE = re.compile(r"[-'](?:(?<![A-Za-z0-9][-'])|(?![A-Za-z0-9]))|  ")
_ROMAN = frozenset("ivxlcdm")  # pySBD's list items: 'i.', 'iv.', also 'mix.' or 'did.'


@functools.lru_cache(maxsize=1)
def _abbreviation() -> re.Pattern[str]:
    """A word pySBD may take for an abbreviation before a full stop. It builds one regular
    expression per abbreviation of its list, unescaped ('u.s' matches 'uks'), case-insensitive."""
    words = segmenter().language_module.Abbreviation.ABBREVIATIONS
    return re.compile("|".join(f"(?:{word.strip()})" for word in words), re.IGNORECASE)


def _plain_sentence_spans(paragraph: str) -> list[tuple[int, int]] | None:
    """pySBD's spans of a paragraph of plain sentences, without pySBD, or None if it is not one.

    Each full stop there ends a sentence for every rule of pySBD's: none stands after a single
    letter, a digit, an abbreviation or a Roman numeral, or before anything but a space and a
    capital, and no quote, bracket, dash or list item holds one. This is most of a wire report
    and pySBD's time was two thirds of linking one; anything else goes to pySBD.
    `tests/test_sentences.py` compares the two on every fixture article and on generated text."""
    if _LOOSE.search(paragraph):
        return None
    spans: list[tuple[int, int]] = []
    position = 0
    while position < len(paragraph):
        match = _PLAIN_SENTENCE.match(paragraph, position)
        if match is None:
            return None
        if _not_an_end(match.group(1)):
            return None
        spans.append((position, match.end()))
        position = match.end()
    return spans


@functools.lru_cache(maxsize=1 << 12)
def _not_an_end(last: str) -> bool:
    """A sentence's last word whose full stop pySBD may read as no end: a Roman numeral's letters
    or an abbreviation. (Once per word: the same few hundred words end most sentences.)"""
    return set(last.lower()) <= _ROMAN or _abbreviation().fullmatch(last) is not None


CHUNK = 3000  # characters
# Where a piece may end: after a lower-case word of three letters or more and its full stop
# (not 'U.S.', 'Mr.' or 'Jan.'), with closing quotes, and the white space before a capital.
_PLAIN_END = re.compile(r"[a-z]{3}[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def _in_quote(text: str, start: int, end: int) -> bool:
    """Whether `end` stands inside a quotation opened after `start`: an odd number of straight
    double quotes, or more opening curly quotes than closing ones."""
    return text.count('"', start, end) % 2 == 1 or \
        text.count("\u201c", start, end) > text.count("\u201d", start, end)


def _pieces(paragraph: str) -> list[tuple[int, int]]:
    pieces = []
    start = 0
    while len(paragraph) - start > CHUNK:
        window = paragraph[start + CHUNK // 2:start + CHUNK]
        ends = [match.end() for match in _PLAIN_END.finditer(window)]
        # Best outside quotation marks: pySBD keeps a quote of several sentences together.
        outside = [end for end in ends if not _in_quote(paragraph, start, start + CHUNK // 2 + end)]
        cut = (outside or ends or [window.rfind(" ") + 1])[-1]
        if cut <= 0:  # one word longer than the window: up to its end
            space = paragraph.find(" ", start + CHUNK)
            if space == -1:
                break
            pieces.append((start, space + 1))
            start = space + 1
            continue
        pieces.append((start, start + CHUNK // 2 + cut))
        start += CHUNK // 2 + cut
    pieces.append((start, len(paragraph)))
    return pieces


def _pysbd_spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """pySBD's `char_span` offsets, found the same way (each sentence and the white space after
    it, the first occurrence ending past the last span) with `str.find`: pySBD compiles a regular
    expression per sentence, which was two thirds of linking a 1,000-page briefing."""
    spans: list[tuple[int, int]] = []
    prior = 0
    for sentence in sentences:
        found = _first_after(text, sentence, prior)
        if found:
            spans.append(found)
            prior = found[1]
    return spans


def _first_after(text: str, sentence: str, prior: int) -> tuple[int, int] | None:
    # As `re.finditer(escape(sentence) + r"\s*")`: matches do not overlap, an empty one steps on.
    position = 0
    while (start := text.find(sentence, position)) != -1:
        end = start + len(sentence)
        while end < len(text) and text[end].isspace():
            end += 1
        if end > prior:
            return start, end
        position = end if end > start else start + 1
    return None


@dataclass(frozen=True)
class Article:
    """A source article with its metadata (see `schema.Source`)."""

    source: Source
    paragraphs: tuple[str, ...]

    def paragraph(self, number: int) -> str:
        return self.paragraphs[number - 1]

    def sentence_at(self, number: int, offset: int) -> str:
        text = self.paragraph(number)
        for start, end in sentence_spans(text):
            if start <= offset < end:
                return text[start:end]
        return text
