"""The next build's answers to a page's recorded questions (`reads`), each question asked once
however many pages asked it: a page whose answers are all the same is the same page."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel

from briefing.model.reads import Reads, question
from briefing.model.shown import Listed, Raised, Shown, Step, Via, summary


class Replay:
    """`before`: the last build's records of a root (`model.records`), if kept: a read of one
    record alone (`Reads.of_record`) is not asked again when that record is the same."""

    def __init__(self, roots: Mapping[str, Any],
                 before: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None) -> None:
        self.roots, self.before = roots, before or {}
        self.same: dict[Any, bool] = {}
        self.records_same: dict[tuple[str, Any], bool] = {}
        # Answers of this build, the questions' beginnings included (a record's fields are read
        # after the same question that reached it: it is asked once).
        self.values: dict[Any, Any] = {}

    def unchanged(self, reads: Reads) -> bool:
        for record, keys in reads.of_record.items():
            same = self.records_same.get(record)
            if same is None:
                same = self.records_same[record] = self._record_same(*record)
            if not same and not self._answers_same(reads, keys):
                return False
        return self._answers_same(reads, reads.other)

    def _answers_same(self, reads: Reads, keys: list[Any]) -> bool:
        for key in keys:
            same = self.same.get(key)
            if same is None:
                root, steps, answer = reads.seen[key]
                new = self.value(root, steps)
                if type(answer) in (Shown, Listed):
                    new = summary(new, self.roots[root])
                same = self.same[key] = equal(new, answer)
            if not same:
                return False
        return True

    def _record_same(self, root: str, key: tuple[str, str]) -> bool:
        """Whether the record at `key` is the last build's, or equal to it field by field (each
        of the same type), or absent from both."""
        before = self.before.get(root)
        if before is None:
            return False
        old = before.get(key[0], {}).get(key[1], _ABSENT)
        new = self.roots[root].records.get(key[0], {}).get(key[1], _ABSENT)
        if old is new:
            return True
        if type(old) is not type(new) or old is _ABSENT or new is _ABSENT:
            return False
        return all(equal(getattr(new, name), getattr(old, name))
                   for name in type(new).model_fields)

    def value(self, root: str, steps: tuple[Step, ...]) -> Any:
        """This build's answer to a question; an exception is an answer too (`Raised`)."""
        key = question(root, steps)
        if key in self.values:
            return self.values[key]
        target = self.value(root, steps[:-1]) if len(steps) > 1 else self.roots[root]
        if type(target) is Raised:
            answer = target
        else:
            try:
                answer = self._step(target, steps[-1])
            except Exception as error:  # noqa: BLE001 - the answer was an exception, recorded as such
                answer = Raised(type(error))
        self.values[key] = answer
        return answer

    def _step(self, target: Any, step: Step) -> Any:
        kind, *rest = step
        if kind == "call":
            name, args, kwargs = rest
            return getattr(target, name)(*self._resolved(args), **dict(self._resolved(kwargs)))
        if kind == "derived":
            function, args = rest
            return function(target, *self._resolved(args))
        return _STEPS[kind](target, *rest)

    def _resolved(self, value: Any) -> Any:
        """Arguments with each record given as its question (`Via`) replaced by this build's
        record: gone, the question raises (LookupError), and so does the read that took it."""
        if type(value) is Via:
            record = self.value(value.root, value.steps)
            if type(record) is Raised:
                raise LookupError(value.steps)
            return record
        if type(value) in (tuple, list):
            return type(value)(self._resolved(item) for item in value)
        if type(value) is dict:
            return {key: self._resolved(item) for key, item in value.items()}
        return value


_ABSENT = object()
_STEPS: dict[str, Callable[..., Any]] = {
    "attr": getattr,
    "item": lambda target, key: target[key],
    "get": lambda target, key, default: target.get(key, default),
    "in": lambda target, key: key in target,
    "whole": lambda target: dict(target),
    "self": lambda target: target,
    "apply": lambda target, function, args: function(target, *args),
}


def equal(new: Any, old: Any) -> bool:
    """Equal, as `_same` says; what cannot be compared is taken as changed."""
    try:
        return _same(new, old)
    except Exception:  # noqa: BLE001 - what cannot be compared is taken as changed
        return False


def _same(new: Any, old: Any) -> bool:
    """Equal, and of the same type all the way down, in the same order: `1` is not `1.0` nor
    `True`, and a mapping in another order is another answer (a page may walk it)."""
    if new is old:
        return True
    if type(new) is not type(old):
        return False
    if type(new) in (tuple, list):
        return len(new) == len(old) and all(map(_same, new, old))
    if type(new) is dict:
        return len(new) == len(old) and _same(list(new.items()), list(old.items()))
    if isinstance(new, BaseModel):
        return _same(new.__dict__, old.__dict__)
    return bool(new == old)
