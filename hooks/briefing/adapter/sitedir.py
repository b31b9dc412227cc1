"""A built site replaces the old one in one step: a killed build never leaves half a site.

MkDocs writes straight into `site_dir`, after emptying it. The adapter points MkDocs at a
staging folder beside the target instead, and once everything is written swaps it in with
`core/swap.py` (two renames; a kill between them leaves the old site aside, and the next build
puts it back).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.core import swap


def staging(target: Path) -> Path:
    return target.with_name(f".{target.name}.building")


def prepare(target: Path, make: bool = True) -> Path:
    """The staging folder for a build of `target`, after undoing an interrupted swap (made
    here unless `make` is false: `sitereuse.py` puts its own in place later)."""
    swap.restore(target)
    if make:
        staging(target).mkdir(parents=True, exist_ok=True)
    return staging(target)


def swap_in(target: Path, remove_later: bool = False) -> None:
    """Replace `target` by its finished staging folder (the old site removed in the background
    with `remove_later`, for a long-running server)."""
    swap.swap_in(staging(target), target, remove_later)


def discard(target: Path) -> None:
    """Remove what a failed or interrupted build left in the staging folder."""
    shutil.rmtree(staging(target), ignore_errors=True)
