"""The name every briefing's hook file imports (`from briefing.mkdocs_hook import *`); the
events live in `briefing.adapter.hook`."""

from briefing.adapter.hook import *  # noqa: F403
from briefing.adapter.hook import __all__  # noqa: F401
