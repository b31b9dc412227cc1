"""MkDocs hook file named in mkdocs.yml. The engine lives in the `briefing` package beside it."""

from briefing.mkdocs_hook import on_config, on_files

__all__ = ["on_config", "on_files"]
