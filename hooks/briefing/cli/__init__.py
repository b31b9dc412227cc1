"""The `briefing` command: validate, generate, schema-doc, new."""

from briefing.cli.commands import main

__all__ = ["main"]
