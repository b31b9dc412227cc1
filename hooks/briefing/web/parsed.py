"""Indexes read before in this process, kept by where they were read and a digest of their text.

Under `mkdocs serve` a hub reads its thousand indexes again on every rebuild; one of them
changed. Parsing and checking an index against the format is most of reading it, so an index
whose text is the one read last time from the same place (a file, a URL, a cached copy) is
given back as the same object, and only a changed one is parsed again. The key is the text's
digest, never a file's time: an edit within one clock tick is still seen.

Bound: the indexes of `BOUND` places, the least recently read dropped first (a hub of a
thousand briefings fits four times over). Each is at most `import_max_bytes` of text.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable

from briefing.web.index_format import Index

BOUND = 4096


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class Parsed:
    """where -> (digest of the text read there, the index it gave)."""

    def __init__(self, bound: int = BOUND) -> None:
        self.bound = bound
        self.entries: OrderedDict[str, tuple[str, Index]] = OrderedDict()
        self.parsed = self.reused = 0  # since the last `cache_clear`: what the tests count

    def get(self, where: str, text: str, parse: Callable[[], Index]) -> tuple[Index, str]:
        """The index of `text` read at `where` (parsed by `parse` unless it is the text read
        there last time), and the text's digest."""
        key = digest(text)
        found = self.entries.get(where)
        if found is not None and found[0] == key:
            self.entries.move_to_end(where)
            self.reused += 1
            return found[1], key
        index = parse()  # raises ImportFailure: nothing is kept for a text that is no index
        self.entries[where] = (key, index)
        self.entries.move_to_end(where)
        while len(self.entries) > self.bound:
            self.entries.popitem(last=False)
        self.parsed += 1
        return index, key

    def cache_clear(self) -> None:
        self.entries.clear()
        self.parsed = self.reused = 0


PARSED = Parsed()
