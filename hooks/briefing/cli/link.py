"""`briefing import NAME=ADDRESS`: add another briefing to this one's `imports`, read at once
(a local folder relative to where the command runs), so the next build links to it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from briefing.core.settings import Settings
from briefing.data.add_import import AddImportError, add_import
from briefing.web.imports import ImportFailure, is_url, read_import


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser], 
               import_type: Callable[[str], tuple[str, str]]) -> None:
    link = commands.add_parser("import", help="add another briefing (its published address, or "
                               "a folder holding its built site) to this briefing's imports")
    link.add_argument("link", type=import_type, metavar="NAME=ADDRESS")


def run(args: argparse.Namespace, settings: Settings) -> int:
    alias, location = args.link
    if not is_url(location):
        location = str(Path(location).resolve())
    try:
        other = read_import(alias, location, settings)
        written = location if is_url(location) else os.path.relpath(location, settings.root)
        add_import(settings.root / settings.data_dir / "briefing.yml", alias, written)
    except (ImportFailure, AddImportError) as error:
        print(f"briefing import: {alias}: {error}", file=sys.stderr)
        return 1
    print(f"imports {alias}: {other.title} ({len(other.index.records)} records); "
          "rebuild this briefing to link to it")
    return 0
