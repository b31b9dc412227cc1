"""What one page read of the model, recorded, so that the next build can tell, without rendering
the page again, whether it would come out the same.

`Traced(model, reads)` stands in for the model (or any read-only object) while one page renders:
every method call, attribute and mapping look-up goes to the real object and is written down
with its answer. A record is read field by field (`TracedRecord`): a page that shows a person's
name asked for the name, not for the whole person. `replay.Replay` asks the same questions of the
next build's objects: when every answer equals the recorded one, the page (a pure function of
its answers) is the same page. This is a verifying trace, as build systems keep them: nothing
guesses which records a page shows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel

from briefing.model.shown import RECORDS, Raised, Shown, Step, Via, listed, record_key, token

T = TypeVar("T")
Read = tuple[str, tuple[Step, ...], Any]  # (root, steps, answer)


class Reads:
    """One page's reads, each question once, in the order first asked; those that read one
    record alone (a field of `model.get(key)`) grouped by that record, the others apart."""

    def __init__(self) -> None:
        self.seen: dict[Any, Read] = {}
        self.of_record: dict[tuple[str, Any], list[Any]] = {}  # (root, key) -> questions
        self.other: list[Any] = []

    def add(self, root: str, steps: tuple[Step, ...], answer: Any) -> None:
        key = question(root, steps)
        if key in self.seen:
            return
        self.seen[key] = (root, steps, answer)
        record = record_key(steps)
        if record is None:
            self.other.append(key)
        else:
            self.of_record.setdefault((root, record), []).append(key)

    def __iter__(self) -> Iterator[Read]:
        return iter(self.seen.values())


def question(root: str, steps: tuple[Step, ...]) -> Any:
    """A read's question as a key: its steps themselves when they hash (arguments equal in value
    ask the same question), else with each argument that does not hash taken by identity."""
    try:
        hash(steps)
    except TypeError:
        return root, token(steps)
    return root, steps


class Traced:
    """Stands in for `target` while a page renders, writing each read into `reads`. Methods
    named in `composite` run with this stand-in as `self`, so that what they read is written
    down question by question (a composite's own answer could be a whole page's text)."""

    def __init__(self, target: Any, reads: Reads, root: str,
                 composite: frozenset[str] = frozenset(), **own: Any) -> None:
        self._target, self._reads, self._root = target, reads, root
        self._composite, self._own = composite, own

    def __getattr__(self, name: str) -> Any:
        if name in self._own:
            return self._own[name]
        if name in self._composite:
            return functools.partial(getattr(type(self._target), name), self)
        value = getattr(self._target, name)
        if callable(value):
            return functools.partial(self._call, name)
        return _answer(self._reads, self._root, (("attr", name),), value)

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        step = ("call", name, asked(args), asked(tuple(sorted(kwargs.items()))))
        return _recorded(self._reads, self._root, (step,), self._target,
                         lambda: getattr(self._target, name)(*real(args), **real(kwargs)))

    def derived(self, function: Callable[..., T], *args: Any) -> T:
        """`function(target, *args)`, recorded as one read: a fact computed from one or many
        records, whose answer is all the page depends on."""
        return _recorded(self._reads, self._root,  # type: ignore[no-any-return]
                         (("derived", function, asked(args)),), self._target,
                         lambda: function(self._target, *real(args)))


    def of_record(self, key: Any, function: Callable[..., T], *args: Any) -> T:
        """`function(record at key, *args)`, recorded as a read of that record alone."""
        record = self._call("get", key)
        if type(record) is not TracedRecord:
            return function(record, *args)
        steps = (*record._steps, ("apply", function, args))
        return _recorded(self._reads, self._root, steps, None,  # type: ignore[no-any-return]
                         lambda: function(record._record, *args))


def of_record(model: Any, key: Any, function: Callable[..., T], *args: Any) -> T:
    """`function(model.get(key), *args)`: to a traced page, a read of that one record (a page
    that names a person reads their name, not the whole person, and not the model)."""
    if isinstance(model, Traced):
        return model.of_record(key, function, *args)
    return function(model.get(key), *args)


def derived(target: Any, function: Callable[..., T], *args: Any) -> T:
    """`function(target, *args)`: one recorded read when `target` is traced, a plain call if
    not. A page that names a record reads its name this way, not the whole record."""
    if isinstance(target, Traced):
        return target.derived(function, *args)
    return function(target, *args)


class TracedRecord:
    """A record as one page reads it: each field a question of its own (the question that
    reached the record, then the field), so that a page showing a person's name is not rendered
    again when their description changes. What reads more than a field (a method, `str`, a hash)
    reads the whole record; `isinstance` and `kind_of` see the record's class."""

    __slots__ = ("_record", "_reads", "_root", "_steps")

    def __init__(self, record: Any, reads: Reads, root: str, steps: tuple[Step, ...]) -> None:
        self._record, self._reads, self._root, self._steps = record, reads, root, steps

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # noqa: D105 - isinstance() falls back to it
        return type(self._record)

    def __getattr__(self, name: str) -> Any:
        record = self._record
        if name == "id":  # written down with the record itself (`Shown`, `Listed`)
            return record.id
        if name in type(record).model_fields:
            return _answer(self._reads, self._root, (*self._steps, ("attr", name)),
                           getattr(record, name))
        if not hasattr(type(record), name):  # no such field: its class says so, nothing read
            raise AttributeError(name)
        found = getattr(type(record), name)
        if isinstance(found, property) and not hasattr(BaseModel, name) and found.fget:
            return found.fget(self)  # a property of the schema's own: reads fields, as a page
        return getattr(self._whole(), name)

    def _whole(self) -> Any:
        self._reads.add(self._root, (*self._steps, ("self",)), self._record)
        return self._record

    def __eq__(self, other: object) -> bool:
        """Equal records are one record (same class, same id): identical, or equal in full."""
        theirs = real(other)
        if theirs is self._record:
            return True
        if not isinstance(theirs, RECORDS):
            return NotImplemented
        if theirs.__class__ is not self._record.__class__ or self.id != other.id:  # type: ignore[attr-defined]
            return False
        return bool(self._whole() == whole(other))

    def __hash__(self) -> int:
        return hash(self._whole())

    def __iter__(self) -> Iterator[Any]:
        return iter(self._whole())

    def __str__(self) -> str:
        return str(self._whole())

    def __repr__(self) -> str:
        return repr(self._whole())


def whole(value: Any) -> Any:
    """The record itself, read whole if traced."""
    return value._whole() if type(value) is TracedRecord else value


def real(value: Any) -> Any:
    """An argument as the real object takes it: records themselves, not their stand-ins."""
    if type(value) is TracedRecord:
        return value._record
    if type(value) in (tuple, list):
        return type(value)(real(item) for item in value)
    if type(value) is dict:
        return {key: real(item) for key, item in value.items()}
    return value


def asked(value: Any) -> Any:
    """An argument as a question holds it: a traced record as the question that reached it
    (`Via`, asked again on replay: the next build's record, not this one)."""
    if type(value) is TracedRecord:
        return Via(value._root, value._steps)
    if type(value) in (tuple, list):
        return type(value)(asked(item) for item in value)
    if type(value) is dict:
        return {key: asked(item) for key, item in value.items()}
    return value


_ABSENT = object()


class TracedMapping(Mapping[Any, Any]):
    """A mapping of the traced object: each key looked up is a read; walking it reads it whole."""

    def __init__(self, mapping: Mapping[Any, Any], reads: Reads, root: str,
                 steps: tuple[Step, ...]) -> None:
        self._mapping, self._reads, self._root, self._steps = mapping, reads, root, steps

    def __getitem__(self, key: Any) -> Any:
        steps = (*self._steps, ("item", key))
        return _recorded(self._reads, self._root, steps, None, lambda: self._mapping[key],
                         wrap=True)

    def get(self, key: Any, default: Any = None) -> Any:
        value = self._mapping.get(key, _ABSENT)
        if isinstance(value, Mapping):  # a mapping in a mapping: read key by key, as with []
            self._reads.add(self._root, (*self._steps, ("in", key)), True)
            return TracedMapping(value, self._reads, self._root, (*self._steps, ("item", key)))
        steps = (*self._steps, ("get", key, default))
        return _plain(self._reads, self._root, steps, default if value is _ABSENT else value)

    def __contains__(self, key: object) -> bool:
        steps = (*self._steps, ("in", key))
        return bool(_recorded(self._reads, self._root, steps, None, lambda: key in self._mapping))

    def _whole(self) -> Mapping[Any, Any]:
        self._reads.add(self._root, (*self._steps, ("whole",)), dict(self._mapping))
        return self._mapping

    def __iter__(self) -> Iterator[Any]:
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())


def _recorded(reads: Reads, root: str, steps: tuple[Step, ...], target: Any,
              read: Callable[[], Any], wrap: bool = False) -> Any:
    try:
        value = read()
    except Exception as error:
        reads.add(root, steps, Raised(type(error)))
        raise
    if wrap:
        return _answer(reads, root, steps, value)
    marked = listed(target, value)
    if marked is None:
        return _plain(reads, root, steps, value)
    # A list of the model's records: each read field by field, through `model.get(key)`.
    answer, keys = marked
    reads.add(root, steps, answer)
    return type(value)(item if key is None else
                       TracedRecord(item, reads, root, (("call", "get", (key,), ()),))
                       for item, key in zip(value, keys, strict=True))


def _answer(reads: Reads, root: str, steps: tuple[Step, ...], value: Any) -> Any:
    """A mapping is traced further (its keys are the questions); anything else is an answer."""
    if isinstance(value, Mapping):
        return TracedMapping(value, reads, root, steps)
    return _plain(reads, root, steps, value)


def _plain(reads: Reads, root: str, steps: tuple[Step, ...], value: Any) -> Any:
    if type(value) is not TracedRecord and isinstance(value, RECORDS):
        reads.add(root, steps, Shown(type(value), value.id))
        return TracedRecord(value, reads, root, steps)
    reads.add(root, steps, value)
    return value
