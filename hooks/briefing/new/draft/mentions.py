"""Where each name is mentioned: the longest form first, each span of a paragraph given once."""

from __future__ import annotations

import bisect

from briefing.new.draft.entity import Entity, Mention
from briefing.new.draft.names import whole_words


class _Taken:
    """Spans of a paragraph already given to a mention (disjoint, kept sorted): whether a new
    one is free is a bisection, not a look at every span taken (quadratic in a long paragraph)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def take(self, start: int, end: int) -> bool:
        """Take [start, end) if no taken span overlaps it; whether it was free."""
        at = bisect.bisect_left(self.starts, end)  # spans from `at` on start at or after `end`
        if at and self.ends[at - 1] > start:
            return False
        self.starts.insert(at, start)
        self.ends.insert(at, end)
        return True


def find_mentions(paragraphs: tuple[str, ...], entities: list[Entity]) -> list[Mention]:
    forms = sorted(((form, (e.kind, e.id)) for e in entities for form in e.forms()),
                   key=lambda item: -len(item[0]))
    found: list[Mention] = []
    for number, text in enumerate(paragraphs, 1):
        used = _Taken()
        for form, key in forms:
            for start in whole_words(text, form):
                end = start + len(form)
                if used.take(start, end):
                    found.append(Mention(number, start, end, key))
    return sorted(found, key=lambda m: (m.paragraph, m.start))
