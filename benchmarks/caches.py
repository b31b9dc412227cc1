"""Cold builds in one process: the engine's memo caches emptied between them.

Shared by the benchmark (benchmarks/run.py) and the ratio tests that time the engine in their
own process (tests/test_hub_scale.py); it imports nothing from the tests.
"""

from __future__ import annotations

import sys


def clear_caches() -> None:
    """Empty the engine's memo caches (sentence spans, escaped text, links), so that the next
    build starts as cold as a build in a fresh process."""
    for name, module in list(sys.modules.items()):
        if name.startswith("briefing"):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
