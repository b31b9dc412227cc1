"""Problems found in the data: collected, never raised one at a time."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Data can carry escape sequences ("\e]0;..." in a double-quoted YAML string) that would drive
# the terminal a message is printed on: every control character but the line break is shown
# as its code instead.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}"
                        if ord(match.group()) < 0x100 else f"\\u{ord(match.group()):04x}", text)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the data, located as precisely as we can."""

    file: str
    line: int
    record: str
    field: str
    message: str
    hint: str = ""
    warning: bool = False  # fails a strict build; does not stop a build

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        parts = [where]
        if self.record:
            parts.append(f"record '{self.record}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        text = ": ".join([", ".join(parts), self.message])
        return terminal_safe(f"{text}\n    hint: {self.hint}" if self.hint else text)


class DataError(Exception):
    """Raised with every problem of a run, so that all are reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        count = len(self.problems)
        lines = "\n".join(str(problem) for problem in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the briefing data:\n{lines}")
