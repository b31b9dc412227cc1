"""Replace a folder whole, in two renames: a reader sees the old folder or the new, never half.

Used wherever the engine writes a folder for people to use: the built site (the MkDocs adapter),
`briefing generate OUT` and `briefing new DIR`. The new content is written beside the target
first (a staging folder in the same parent, so renames are atomic); then the target is renamed
aside into a folder of its own (`.NAME.old-XXXX/NAME`: one rename, never over anything) and the
staging folder renamed in. A kill between the two renames leaves the old folder aside and no
target: `restore` puts it back before the next run. If the second rename fails, the old folder
is put back, the staging folder removed, and the error says so.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

# Old folders this process is removing in the background: `restore` leaves them to it.
_REMOVING: set[Path] = set()


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    _REMOVING.discard(folder)


class SwapError(OSError):
    """The new folder could not be put in place; the old one is back where it was."""


def staging_beside(target: Path, label: str = "new") -> Path:
    """A new, empty, uniquely named folder beside `target` (same file system) to write into."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.{label}-", dir=target.parent))


def swap_in(staging: Path, target: Path, remove_later: bool = False) -> None:
    """Put the finished folder `staging` at `target`, replacing what was there whole.

    With `remove_later` (a long-running server), the old folder is removed in the background:
    removing a thousand folders can take seconds, and nothing waits for it.
    """
    if not target.exists() and not target.is_symlink():
        staging.rename(target)
        return
    old = staging_beside(target, "old")
    target.rename(old / target.name)
    try:
        staging.rename(target)
    except OSError as error:
        (old / target.name).rename(target)
        old.rmdir()
        shutil.rmtree(staging, ignore_errors=True)
        raise SwapError(f"could not put the new folder at {target} ({error}); the old one is "
                        "back in place") from None
    if remove_later:
        # Out of `restore`'s sight first: the next build's `restore` must not remove (or put
        # back) what this thread is removing.
        trash = old.rename(old.with_name(old.name.replace(".old-", ".trash-", 1)))
        _REMOVING.add(trash)
        threading.Thread(target=_remove, args=(trash,), daemon=True).start()
    else:
        shutil.rmtree(old, ignore_errors=True)


def restore(target: Path, ours: Callable[[Path], bool] = Path.is_dir) -> list[Path]:
    """Undo what a killed run left beside `target`: an old copy set aside while `target` is
    missing is put back; other old copies and staging folders are removed. Only folders `ours`
    accepts are touched (never a symlink). Returns the paths restored or removed."""
    done: list[Path] = []
    for old in sorted(target.parent.glob(f".{target.name}.old-*")):
        inside = old / target.name
        if old.is_symlink() or inside.is_symlink() or not (inside.is_dir() and ours(inside)):
            if old.is_dir() and not old.is_symlink() and not any(old.iterdir()):
                old.rmdir()  # killed right after making it
                done.append(old)
            continue
        if not target.exists() and not target.is_symlink():
            inside.rename(target)
        shutil.rmtree(old)
        done.append(old)
    for trash in sorted(target.parent.glob(f".{target.name}.trash-*")):
        if (trash not in _REMOVING and trash.is_dir() and not trash.is_symlink()
                and (trash / target.name).is_dir()):
            shutil.rmtree(trash, ignore_errors=True)  # a server stopped while removing it
            done.append(trash)
    for staging in sorted(target.parent.glob(f".{target.name}.new-*")):
        if staging.is_symlink() or not staging.is_dir():
            continue
        if not any(staging.iterdir()) or ours(staging):
            shutil.rmtree(staging)
            done.append(staging)
    return done
