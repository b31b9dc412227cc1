"""The name every briefing's hook file imports (`from briefing.mkdocs_hook import *`); the
events live in `briefing.adapter.hook`.

The engine's modules are imported with the cyclic garbage collector paused, and what they made
is frozen after (`collect.frozen_after`): importing them (pydantic's models among some 170
modules) makes some 60,000 objects that live as long as the process, and the collector scanned
them as they came and again after (34 young collections and a full one during the import). A
cold seed build spent 0.15-0.23 s in the collector before, 0.07-0.10 s since."""

from briefing.adapter.collect import frozen_after

with frozen_after():
    from briefing.adapter.hook import *  # noqa: F403
    from briefing.adapter.hook import __all__  # noqa: F401
