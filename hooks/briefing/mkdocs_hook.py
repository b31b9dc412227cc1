"""The name every briefing's hook file imports (`from briefing.mkdocs_hook import *`); the
events live in `briefing.adapter.hook`.

The engine's modules are imported with the cyclic garbage collector paused: importing them
makes hundreds of thousands of objects (pydantic's models, compiled expressions, classes) and
frees almost none, so the collections the allocations set off find nothing to free (measured:
about a fifth of the import's CPU time). Reference counting still frees what it can; the
collector runs again as soon as the import is done, and the adapter collects before it freezes
the engine's objects at the start of every build (`adapter/hook.py`, `_freeze`).
"""

import gc

_collecting = gc.isenabled()
gc.disable()
try:
    from briefing.adapter.hook import *  # noqa: F403
    from briefing.adapter.hook import __all__  # noqa: F401
finally:
    if _collecting:
        gc.enable()
