"""The next build's answers to a page's recorded questions (`reads`), each question asked once
however many pages asked it: a page whose answers are all the same is the same page."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from briefing.model.reads import Reads, question
from briefing.model.shown import Listed, Raised, Shown, Step, Via, summary


class Replay:
    def __init__(self, roots: Mapping[str, Any]) -> None:
        self.roots = roots
        self.same: dict[Any, bool] = {}
        # Answers of this build, the questions' beginnings included (a record's fields are read
        # after the same question that reached it: it is asked once).
        self.values: dict[Any, Any] = {}

    def unchanged(self, reads: Reads) -> bool:
        for key, (root, steps, answer) in reads.seen.items():
            same = self.same.get(key)
            if same is None:
                new = self.value(root, steps)
                if type(answer) in (Shown, Listed):
                    new = summary(new, self.roots[root])
                same = self.same[key] = _equal(new, answer)
            if not same:
                return False
        return True

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


_STEPS: dict[str, Callable[..., Any]] = {
    "attr": getattr,
    "item": lambda target, key: target[key],
    "get": lambda target, key, default: target.get(key, default),
    "in": lambda target, key: key in target,
    "whole": lambda target: dict(target),
    "self": lambda target: target,
}


def _equal(new: Any, old: Any) -> bool:
    try:
        return bool(new is old or (type(new) is type(old) and new == old))
    except Exception:  # noqa: BLE001 - what cannot be compared is taken as changed
        return False
