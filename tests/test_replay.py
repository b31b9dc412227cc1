"""The replay of a page's reads (model/replay.py): what counts as the same answer, and a record
that is the same as last build's is not asked about again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing.model.build import build_model
from briefing.model.reads import Reads, Traced
from briefing.model.replay import Replay
from conftest import ROOT


@dataclass(frozen=True)
class Box:
    value: Any


def read(box: Box, walk: bool = False) -> Reads:
    """One page's reads of `box.value`: walked (a mapping's items) or as it is."""
    reads = Reads()
    traced = Traced(box, reads, "box")
    if walk:
        list(traced.value.items())
    else:
        traced.value  # noqa: B018 - the read is the point
    return reads


def unchanged(before: Box, after: Box, walk: bool = False) -> bool:
    return Replay({"box": after}).unchanged(read(before, walk))


def test_an_equal_answer_is_the_same_answer() -> None:
    assert unchanged(Box((1, "a")), Box((1, "a")))
    assert unchanged(Box({"a": 1, "b": 2}), Box({"a": 1, "b": 2}), walk=True)


def test_an_equal_value_of_another_type_inside_is_another_answer() -> None:
    """`(1,) == (1.0,)` and `(True,)`, but a page writes them differently."""
    assert not unchanged(Box((1,)), Box((1.0,)))
    assert not unchanged(Box(("x", (1,))), Box(("x", (True,))))


def test_a_mapping_in_another_order_is_another_answer() -> None:
    """A page that walks a mapping writes its items in their order."""
    assert not unchanged(Box({"a": 1, "b": 2}), Box({"b": 2, "a": 1}), walk=True)


def test_a_record_that_is_the_same_is_not_asked_about_again() -> None:
    """Reads of one record alone (its fields, its name) are answered by comparing the record
    with last build's: the same record asks nothing; another one asks its reads again."""
    model = build_model(ROOT)
    reads = Reads()
    traced = Traced(model, reads, "model")
    wang_yi = traced.get(("people", "wang-yi"))
    assert (wang_yi.name, wang_yi.description) == ("Wang Yi", model.get(("people", "wang-yi")).description)
    assert reads.of_record and not reads.other
    same = Replay({"model": model}, {"model": model.records})
    assert same.unchanged(reads) and not same.values
    renamed = build_model(ROOT)
    person = renamed.records["people"]["wang-yi"]
    records = {**renamed.records, "people": {**renamed.records["people"],
                                             "wang-yi": person.model_copy(update={"name": "W"})}}
    other = Replay({"model": model.__class__(**{**vars(renamed), "records": records})},
                   {"model": model.records})
    assert not other.unchanged(reads) and other.values
