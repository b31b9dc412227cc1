"""The seed briefing's data: every quote verbatim in its paragraph, every reference resolved."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pytest
import yaml

from briefing.core.kinds import MODELS as KINDS
from briefing.data.article import normalise, split_paragraphs
from briefing.model.build import build_model
from briefing.model.link import ref_fields
from conftest import ROOT

MODEL = build_model(ROOT)
SEED = ROOT / "seeds/000_8b72f97d2236e7b8.txt"


def test_seed_article_is_the_original_byte_for_byte() -> None:
    # The digest of ../shared/seeds/000_8b72f97d2236e7b8.txt, the file we were given.
    digest = hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert digest == "df0aa9ffe2a413b0392d15124a95cddbe0b9d6eb8aa144a352ed6eb6a5ecc328"


def test_article_has_21_paragraphs() -> None:
    assert len(split_paragraphs(SEED.read_text(encoding="utf-8"))) == 21
    assert normalise(MODEL.article.paragraph(16)).startswith("Kerry met his counterpart Xie Zhenhua")


def _raw(kind: str) -> list[dict[str, Any]]:
    """The seed's records as its YAML file has them: these tests check the data itself, not
    through the engine (whose own checks, run by `build_model` above, they do not rely on)."""
    path = ROOT / f"data/{kind}.yml"
    return list(yaml.safe_load(path.read_text(encoding="utf-8")) or []) if path.is_file() else []


def _plain(text: str) -> str:
    """Compared as a reader would: curly quotes and apostrophes as straight ones, white space
    as one space."""
    for curly, straight in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, straight)
    return " ".join(text.split())


@pytest.mark.parametrize("quote", _raw("quotes"), ids=lambda quote: str(quote["id"]))
def test_quote_is_verbatim_in_its_paragraph(quote: dict[str, Any]) -> None:
    paragraphs = [part for part in SEED.read_text(encoding="utf-8").split("\n\n") if part.strip()]
    assert any(_plain(quote["text"]) in _plain(paragraphs[number - 1])
               for number in quote.get("paragraphs") or [quote["paragraph"]])


def test_every_quoted_passage_of_the_article_has_a_quote() -> None:
    quoted = [(number, match.group(1)) for number, text in enumerate(MODEL.article.paragraphs, 1)
              for match in re.finditer(r'"([^"]+)"', text)]
    assert len(quoted) == 12
    for number, words in quoted:
        assert any(q.paragraph == number and normalise(q.text).rstrip(".,") in normalise(words)
                   for q in MODEL.all("quotes")), (number, words)


def test_every_reference_resolves() -> None:
    ids = {kind: {str(record["id"]) for record in _raw(kind)} for kind in KINDS}
    checked = 0
    for kind, model in KINDS.items():
        for record in _raw(kind):
            for field, target in ref_fields(model).items():
                value = record.get(field)
                for target_id in value if isinstance(value, list) else [value]:
                    if target_id is not None:
                        assert any(target_id in ids[one] for one in target.split("|")), (
                            kind, record["id"], field, target_id)
                        checked += 1
    assert checked > 150


def test_every_inferred_value_says_where_it_came_from() -> None:
    for kind in KINDS:
        for record in MODEL.all(kind):
            for field, how in record.inferred.items():
                assert len(how) > 15, (kind, record.id, field)
    assert "published" in MODEL.article.source.inferred
