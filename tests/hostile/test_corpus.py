"""The corpus covers every text field of the data format and every kind of hostile input."""

from __future__ import annotations

from pydantic import BaseModel

from briefing.core.kinds import MODELS as KINDS
from briefing.core.schema import Briefing, Role, Source
from hostile.fields import FIELDS, NOT_PROSE
from hostile.sites import rows

MODEL_OF: dict[str, type[BaseModel]] = {f"data/{kind}.yml": model for kind, model in KINDS.items()}
MODEL_OF.update({"data/briefing.yml": Briefing, "seeds/mini.yml": Source})


def is_text(model: type[BaseModel], name: str) -> bool:
    """A free-text field: `Text` in the schema (a string of up to 200,000 characters)."""
    info = model.model_fields[name]
    return "max_length=200000" in repr(info.annotation) + repr(info.metadata)


def covered() -> set[tuple[str, str]]:
    fields = set()
    for file, _, path in FIELDS:
        parts = path.split(".")
        model, name = (Role, parts[2]) if parts[0] == "roles" else (MODEL_OF[file], parts[0])
        fields.add((model.__name__, name))
    return fields


def test_every_text_field_of_the_schema_is_in_the_corpus() -> None:
    models: list[type[BaseModel]] = [Briefing, Source, Role, *KINDS.values()]
    text_fields = {(model.__name__, name) for model in models for name in model.model_fields
                   if is_text(model, name) and name not in NOT_PROSE}
    assert len(text_fields) >= 40
    assert text_fields - covered() == set()


def test_every_kind_of_hostile_input_is_in_the_corpus() -> None:
    corpus = {row.id: row.payload for row in rows().values()}
    assert {"script", "script-close", "onerror", "attribute-quotes", "javascript-link", "entities",
            "markdown-injection", "template-syntax", "references", "long", "markup-run",
            "alternating", "rtl", "bidi-controls", "cjk", "zero-width", "emoji",
            "terminal-escapes"} <= set(corpus)
    assert len(corpus["long"]) == 100_000 and corpus["markup-run"] == "<" * 20_000
    template = corpus["template-syntax"]
    assert "{{ 7*7 }}" in template and "{% raw %}" in template
    assert "\u200b" in corpus["zero-width"] and "\u202e" in corpus["rtl"]
    assert "AT&amp;T" in corpus["entities"] and "</script>" in corpus["script-close"]
    assert "\x1b" in corpus["terminal-escapes"] and "[[" in corpus["references"]
