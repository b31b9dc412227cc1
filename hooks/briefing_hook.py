"""MkDocs hook file named in mkdocs.yml. The events live in `briefing.adapter.hook`.

MkDocs puts this folder on sys.path only while it loads this file, so the import is at the top.
"""

from briefing.mkdocs_hook import *  # noqa: F403  (every on_* event the adapter defines)
