"""Cold builds in one process: the engine's memo caches emptied between them.

Shared by the benchmark (benchmarks/run.py) and the ratio tests that time the engine in their
own process (tests/test_hub_scale.py); it imports nothing from the tests.
"""

from __future__ import annotations

import sys

# Memos kept in a plain dict, which has no `cache_clear`: module, name. The data files' records
# (data/load.py): left full, every repeat after the first read no data file again, and the
# benchmark's "load + validate" (so our share) came out near zero.
MEMO_DICTS = (("briefing.data.load", "_LAST"),)


def clear_caches() -> None:
    """Empty the engine's memo caches (sentence spans, escaped text, links, the hub's pages:
    hub/reuse.py, the data files' records), so that the next build starts as cold as a build in
    a fresh process."""
    for name, module in list(sys.modules.items()):
        if name.startswith("briefing"):
            for value in list(vars(module).values()):
                # Memo objects, not their classes (a class's cache_clear wants an instance).
                if not isinstance(value, type) and callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    for module_name, memo in MEMO_DICTS:
        if module_name in sys.modules:
            getattr(sys.modules[module_name], memo).clear()
