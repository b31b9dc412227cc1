"""What one page read of the model, recorded, so that the next build can tell, without rendering
the page again, whether it would come out the same.

`Traced(model, reads)` stands in for the model (or any read-only object) while one page renders:
every method call, attribute and mapping look-up goes to the real object and is written down
with its answer. `Replay` asks the same questions of the next build's objects: when every answer
equals the recorded one, the page (a pure function of its answers) is the same page. This is a
verifying trace, as build systems keep them: nothing guesses which records a page shows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")
Step = tuple[Any, ...]  # ("attr", name) | ("call", name, args, kwargs) | ("item", key) | ...
Read = tuple[str, tuple[Step, ...], Any]  # (root, steps, answer)


@dataclass(frozen=True)
class Raised:
    """A read that raised: the same exception type again is the same answer."""

    kind: type


class Reads:
    """One page's reads, each question once, in the order first asked."""

    def __init__(self) -> None:
        self.seen: dict[Any, Read] = {}

    def add(self, root: str, steps: tuple[Step, ...], answer: Any) -> None:
        self.seen.setdefault(question(root, steps), (root, steps, answer))

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


def ask(target: Any, steps: tuple[Step, ...]) -> Any:
    """The answer of `target` to a recorded question; an exception is an answer too."""
    try:
        for step in steps:
            target = _STEPS[step[0]](target, *step[1:])
    except Exception as error:  # noqa: BLE001 - the answer was an exception, recorded as such
        return Raised(type(error))
    return target


_STEPS: dict[str, Callable[..., Any]] = {
    "attr": getattr,
    "call": lambda target, name, args, kwargs: getattr(target, name)(*args, **dict(kwargs)),
    "item": lambda target, key: target[key],
    "get": lambda target, key, default: target.get(key, default),
    "in": lambda target, key: key in target,
    "whole": lambda target: dict(target),
    "derived": lambda target, function, args: function(target, *args),
}


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
        step = ("call", name, args, tuple(sorted(kwargs.items())))
        return _recorded(self._reads, self._root, (step,),
                         lambda: getattr(self._target, name)(*args, **kwargs))

    def derived(self, function: Callable[..., T], *args: Any) -> T:
        """`function(target, *args)`, recorded as one read: a fact computed from one or many
        records, whose answer is all the page depends on."""
        return _recorded(self._reads, self._root,  # type: ignore[no-any-return]
                         (("derived", function, args),), lambda: function(self._target, *args))


def derived(target: Any, function: Callable[..., T], *args: Any) -> T:
    """`function(target, *args)`: one recorded read when `target` is traced, a plain call if
    not. A page that names a record reads its name this way, not the whole record."""
    if isinstance(target, Traced):
        return target.derived(function, *args)
    return function(target, *args)


_ABSENT = object()


class TracedMapping(Mapping[Any, Any]):
    """A mapping of the traced object: each key looked up is a read; walking it reads it whole."""

    def __init__(self, mapping: Mapping[Any, Any], reads: Reads, root: str,
                 steps: tuple[Step, ...]) -> None:
        self._mapping, self._reads, self._root, self._steps = mapping, reads, root, steps

    def __getitem__(self, key: Any) -> Any:
        steps = (*self._steps, ("item", key))
        return _recorded(self._reads, self._root, steps, lambda: self._mapping[key], wrap=True)

    def get(self, key: Any, default: Any = None) -> Any:
        value = self._mapping.get(key, _ABSENT)
        if isinstance(value, Mapping):  # a mapping in a mapping: read key by key, as with []
            self._reads.add(self._root, (*self._steps, ("in", key)), True)
            return TracedMapping(value, self._reads, self._root, (*self._steps, ("item", key)))
        steps = (*self._steps, ("get", key, default))
        return _plain(self._reads, self._root, steps, default if value is _ABSENT else value)

    def __contains__(self, key: object) -> bool:
        steps = (*self._steps, ("in", key))
        return bool(_recorded(self._reads, self._root, steps, lambda: key in self._mapping))

    def _whole(self) -> Mapping[Any, Any]:
        self._reads.add(self._root, (*self._steps, ("whole",)), dict(self._mapping))
        return self._mapping

    def __iter__(self) -> Iterator[Any]:
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())


def _recorded(reads: Reads, root: str, steps: tuple[Step, ...], read: Callable[[], Any],
              wrap: bool = False) -> Any:
    try:
        value = read()
    except Exception as error:
        reads.add(root, steps, Raised(type(error)))
        raise
    return _answer(reads, root, steps, value) if wrap else _plain(reads, root, steps, value)


def _answer(reads: Reads, root: str, steps: tuple[Step, ...], value: Any) -> Any:
    """A mapping is traced further (its keys are the questions); anything else is an answer."""
    if isinstance(value, Mapping):
        return TracedMapping(value, reads, root, steps)
    return _plain(reads, root, steps, value)


def _plain(reads: Reads, root: str, steps: tuple[Step, ...], value: Any) -> Any:
    reads.add(root, steps, value)
    return value


class Replay:
    """The next build's answers, each question asked once however many pages asked it."""

    def __init__(self, roots: Mapping[str, Any]) -> None:
        self.roots = roots
        self.same: dict[Any, bool] = {}

    def unchanged(self, reads: Reads) -> bool:
        for (root, key), (_, steps, answer) in reads.seen.items():
            same = self.same.get((root, key))
            if same is None:
                same = self.same[(root, key)] = _equal(ask(self.roots[root], steps), answer)
            if not same:
                return False
        return True


def _equal(new: Any, old: Any) -> bool:
    try:
        return bool(new is old or (type(new) is type(old) and new == old))
    except Exception:  # noqa: BLE001 - what cannot be compared is taken as changed
        return False
