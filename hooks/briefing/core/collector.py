"""Python's cyclic garbage collector, paused for a stretch that makes many objects which live on
and frees few: a build (measured: a third of the engine's time at 10,000 pages went to rescans)
and the import of the engine. Reference counting still frees everything meanwhile. Standard
modules only: `briefing.mkdocs_hook` imports this before the engine, to pause the collector
while the engine is imported."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the stretch, back on after if it was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
