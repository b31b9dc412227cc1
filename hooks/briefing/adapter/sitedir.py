"""A built site replaces the old one in one step: a killed build never leaves half a site.

MkDocs writes straight into `site_dir`, after emptying it. The adapter points MkDocs at a
staging folder beside the target instead, and once everything is written swaps it in: the old
site is renamed aside, the new one renamed in, the old one removed. Renames within one folder
are atomic, so at any moment the target is either the whole old site or the whole new one
(a kill between the two renames leaves the old site aside, and the next build puts it back).
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path


def staging(target: Path) -> Path:
    return target.with_name(f".{target.name}.building")


def aside(target: Path) -> Path:
    return target.with_name(f".{target.name}.old")


def prepare(target: Path) -> Path:
    """The staging folder for a build of `target`, after undoing an interrupted swap."""
    old = aside(target)
    if old.is_dir() and not target.exists():
        old.rename(target)
    staging(target).mkdir(parents=True, exist_ok=True)
    return staging(target)


def swap_in(target: Path, remove_later: bool = False) -> None:
    """Replace `target` by its finished staging folder.

    With `remove_later` (a long-running server), the old site is removed in the background:
    removing a thousand folders can take seconds, and nothing waits for it.
    """
    old = aside(target)
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    staging(target).rename(target)
    if remove_later:
        trash = old.rename(old.with_name(f"{old.name}.{time.monotonic_ns()}")) if old.exists() else old
        threading.Thread(target=shutil.rmtree, args=(trash, True), daemon=True).start()
    else:
        shutil.rmtree(old, ignore_errors=True)


def discard(target: Path) -> None:
    """Remove what a failed or interrupted build left in the staging folder."""
    shutil.rmtree(staging(target), ignore_errors=True)
