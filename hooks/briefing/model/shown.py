"""How a recorded read writes its answer down (`reads`) and how a replay compares the next
build's answer with it (`replay`): a record as which record it is (`Shown`), its fields being
reads of their own; a list of the model's records as which records, in which order (`Listed`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing.core.kinds import kind_of
from briefing.core.schema import Briefing, Record
from briefing.model.model import Key, Model

Step = tuple[Any, ...]  # ("attr", name) | ("call", name, args, kwargs) | ("item", key) | ...
RECORDS = (Record, Briefing)  # read field by field; anything else (a role, a figure) as a whole


@dataclass(frozen=True)
class Raised:
    """A read that raised: the same exception type again is the same answer."""

    kind: type


@dataclass(frozen=True)
class Shown:
    """The answer "this record": its class and id. What the page read of it are reads of their own
    (the question that reached it, then a field)."""

    kind: type
    id: str


@dataclass(frozen=True)
class Listed:
    """A list (or tuple) of the model's records: each as `Shown`, read through `model.get`."""

    kind: type
    items: tuple[Any, ...]


@dataclass(frozen=True)
class Via:
    """A traced record given as an argument: the question that reached it, asked again on
    replay, so that the next build's answer is about the next build's record."""

    root: str
    steps: tuple[Step, ...]


def token(value: Any) -> Any:
    """A hashable stand-in for a question's arguments: plain values as they are, any other
    object by identity (the reads hold it, so the identity is not reused while they live)."""
    if value is None or isinstance(value, (str, int, float, type)):
        return value
    if isinstance(value, tuple):
        return tuple(token(item) for item in value)
    try:
        hash(value)
    except TypeError:
        return ("id", id(value))
    return value


def record_key(steps: tuple[Step, ...]) -> Key | None:
    """The record a read reads alone: one that starts at `model.get(key)` or at
    `model.records[kind][id]` (or asks whether it is there) and reads on from it; its answer
    depends on that record (or its absence) alone. None for any other read."""
    first = steps[0]
    if first[0] == "call" and first[1] == "get" and not first[3] and len(first[2]) == 1:
        key = first[2][0]
    elif first == ("attr", "records") and len(steps) >= 3 and steps[1][0] == "item" and (
            steps[2][0] in ("item", "in", "get")):
        key = (steps[1][1], steps[2][1])
    else:
        return None
    if type(key) is tuple and len(key) == 2 and type(key[0]) is str and type(key[1]) is str:
        return key
    return None


def listed(target: Any, value: Any) -> tuple[Listed, list[Key | None]] | None:
    """For a list of records that `target` (a model) answered: the answer to write down, and the
    key each record is read through (None for one that is not the model's record at its key,
    written down whole). None when `value` is no such list."""
    if type(value) not in (list, tuple) or not isinstance(target, Model) or not any(
            isinstance(item, Record) for item in value):
        return None
    keys = [_key_in(target, item) for item in value]
    return (Listed(type(value), tuple(item if key is None else Shown(type(item), key[1])
                                      for item, key in zip(value, keys, strict=True))), keys)


def _key_in(model: Model, item: Any) -> Key | None:
    if not isinstance(item, Record):
        return None
    try:
        key = (kind_of(item), item.id)
        return key if model.get(key) is item else None
    except KeyError:
        return None


def summary(answer: Any, target: Any) -> Any:
    """The next build's answer as `reads` would write it down, to compare with a `Shown` or a
    `Listed` answer."""
    if isinstance(answer, RECORDS):
        return Shown(type(answer), answer.id)
    marked = listed(target, answer)
    return answer if marked is None else marked[0]
