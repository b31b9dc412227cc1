"""Finding mentions looks up only the runs of words that start a name: what it finds must be
what trying every record's pattern on every paragraph finds (longest first, no overlaps)."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from briefing.core.kinds import named_kinds
from briefing.data.article import Article
from briefing.model.build import build_model
from briefing.model.mentions import find_mentions, name_pattern
from conftest import MINI, ROOT


def tried_everywhere(records: dict[str, dict[str, Any]], article: Article) -> list[tuple[Any, ...]]:
    """The oracle: every pattern on every paragraph, the longest match at a place winning."""
    patterns = {(kind, record.id): name_pattern(kind, record)
                for kind in named_kinds() for record in records[kind].values()}
    found_all = []
    for number, text in enumerate(article.paragraphs, start=1):
        found = sorted((m.start(), -(m.end() - m.start()), key)
                       for key, pattern in patterns.items() for m in pattern.finditer(text))
        taken_until = -1
        for start, negative_length, key in found:
            if start >= taken_until:
                taken_until = start - negative_length
                found_all.append((key, number, start, taken_until))
    return found_all


def found(records: dict[str, dict[str, Any]], article: Article) -> list[tuple[Any, ...]]:
    return [(m.key, m.paragraph, m.start, m.end) for m in find_mentions(records, article)]


def test_the_seed_and_the_mini_briefing_find_what_every_pattern_finds() -> None:
    for root in (ROOT, MINI):
        model = build_model(root)
        records = {kind: dict(by_id) for kind, by_id in model.records.items()}
        assert found(records, model.article) == tried_everywhere(records, model.article)
        assert found(records, model.article)


def _record(record_id: str, name: str, *aliases: str) -> SimpleNamespace:
    return SimpleNamespace(id=record_id, name=name, aliases=list(aliases))


def test_names_sharing_a_first_word_and_names_at_a_paragraph_s_end() -> None:
    records: dict[str, dict[str, Any]] = {kind: {} for kind in named_kinds()}
    records["places"] = {"ny": _record("ny", "New York"), "york": _record("york", "York"),
                         "nz": _record("nz", "New Zealand", "NZ")}
    records["organisations"] = {"nyt": _record("nyt", "New York Times", "The Times"),
                                "new": _record("new", "New")}
    records["people"] = {"li": _record("li", "Li"), "sofia": _record("sofia", "Sofía Pérez")}
    records["topics"] = {"trade": _record("trade", "trade talks")}
    model = build_model(MINI)
    article = dataclasses.replace(model.article, paragraphs=(
        "The New York Times said New Zealand and NZ traders met in York, New",
        "Trade talks with Li, li and Sofía Pérez in New\nYork; new york; The Times. New York",
        "York New Zealand",
        "New York flights",  # a shorter name where a longer one starts
        "Met Li",  # a name only as the last word
    ))
    expected = tried_everywhere(records, article)
    assert found(records, article) == expected
    assert {key[1] for key, *_ in expected} == {"ny", "york", "nz", "nyt", "new", "li", "sofia",
                                                "trade"}


@given(st.lists(st.text(alphabet="aksiIK \u0130\u0131\u017f\u212a\u03a3\u03c3\u03c2'.", max_size=24),
                min_size=1, max_size=3))
def test_letters_that_fold_to_ascii_find_what_every_pattern_finds(paragraphs: list[str]) -> None:
    """'İ', 'ı', 'ſ' and the Kelvin sign match ASCII letters under `re.IGNORECASE`: a paragraph's
    words are folded as they are found (the whole paragraph at once)."""
    records: dict[str, dict[str, Any]] = {kind: {} for kind in named_kinds()}
    records["topics"] = {"ski": _record("ski", "ski"), "kiss": _record("kiss", "kiss", "is")}
    records["people"] = {"ask": _record("ask", "Ask", "Isak")}
    article = dataclasses.replace(build_model(MINI).article, paragraphs=tuple(paragraphs))
    assert found(records, article) == tried_everywhere(records, article)
