"""Sentence offsets and verbatim search, made fast, equal what they replaced: pySBD's own
offsets and a regular expression per quote."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pysbd
import pytest
from benchmarks.caches import clear_caches
from benchmarks.corpus import write_corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.data import article
from briefing.data.load import load
from briefing.model.link import link

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


# Plain sentences (`article._plain_sentence_spans`) are split without pySBD: equal to pySBD's
# spans (through the long-paragraph pieces, as before) wherever that path takes a paragraph.
_PLAIN = ["talks", "Kerry", "said", "told", "the", "Wang", "Yi", "people", "pledges", "climate",
          "finance", "I", "I'm", "don't", "well-known", "2023", "80,000", "5", "met", "on", "in",
          "coal", "emissions", "statement", "agreed", "Beijing"]
_TRICKY = ["U", "a", "A", "e", "Co", "KG", "No", "no", "ii", "iv", "mix", "did", "civil", "-",
           "--", "a-", "-a", "'", "'s", "a'", "is."]
_ABBREVIATIONS = [form for word in _PYSBD.language_module.Abbreviation.ABBREVIATIONS
                  for form in (word, word.title(), word.upper())]


def _word(rng: random.Random) -> str:
    draw = rng.random()
    words: list[str] = _PLAIN if draw < 0.7 else _TRICKY if draw < 0.85 else _ABBREVIATIONS
    return rng.choice(words)


def _sentence(rng: random.Random) -> str:
    words = [_word(rng) for _ in range(rng.randint(1, 7))]
    if rng.random() < 0.3:  # a quotation inside the sentence
        at = rng.randint(0, len(words) - 1)
        words[at] = '"' + words[at] + rng.choice(['"', ',"', ' ' + _word(rng) + '"'])
    opening = rng.choice(["", "", '"We ' + _word(rng) + rng.choice([',"', '"', '."']) + " "])
    return opening + rng.choice(["The", "Kerry", "I", "A", "No", "Gen", "2"]) + " " + \
        " ".join(words) + " " + _word(rng) + rng.choice([".", ".", ".", ".", ".", "!", "?", ""])


def test_plain_sentences_are_split_as_pysbd_splits_them() -> None:
    rng, taken = random.Random(17), 0
    for _ in range(8000):
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))
        plain = article._plain_sentence_spans(paragraph)
        if plain is not None:
            taken += 1
            assert plain == article.pysbd_sentence_spans(paragraph), paragraph
    assert taken > 200  # the test reaches the plain path, with its abbreviations and quotes


def test_every_fixture_paragraph_taken_as_plain_is_split_as_pysbd_splits_it() -> None:
    paths = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")) + \
        sorted((ROOT / "seeds").glob("*.txt"))
    paragraphs = [p for path in paths for p in article.split_paragraphs(path.read_text("utf-8"))]
    paragraphs.append(" ".join(["The talks went on for hours."] * 200))  # past `CHUNK`
    taken = [p for p in paragraphs if article._plain_sentence_spans(p) is not None]
    assert len(taken) > 100
    for paragraph in taken:
        assert article._plain_sentence_spans(paragraph) == article.pysbd_sentence_spans(paragraph)


def test_a_plain_wire_report_is_linked_without_pysbd(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Linking the benchmark's synthetic wire report calls pySBD only for its paragraphs that
    are not plain (old code: once for each of the 735 paragraphs naming a record)."""
    write_corpus(tmp_path, 200)
    calls: list[str] = []
    real = pysbd.segmenter.Segmenter.processor

    def counted(self: pysbd.Segmenter, text: str) -> Any:
        calls.append(text)
        return real(self, text)

    monkeypatch.setattr(pysbd.segmenter.Segmenter, "processor", counted)
    clear_caches()
    loaded, problems = load(tmp_path)
    model, problems = link(loaded)
    assert model is not None, problems
    named = set(model.paragraph_mentions)
    assert len(named) > 100
    assert len(calls) < len(named) / 10
    assert all(article._plain_sentence_spans(text) is None for text in calls)


_AS_WRITTEN = re.compile(r"(?<![A-Za-z0-9])[-']|[-'](?![A-Za-z0-9])|  ")  # the rule, plainly


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="aZ9-' .\n\u2019\u00e9", max_size=12))
def test_loose_punctuation_is_found_where_the_rule_finds_it(text: str) -> None:
    """A hyphen or apostrophe not between two letters or digits, or two spaces: the search that
    starts at the mark finds one exactly where the rule as written does."""
    assert bool(article._LOOSE.search(text)) == bool(_AS_WRITTEN.search(text))
