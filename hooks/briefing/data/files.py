"""Files of a briefing are untrusted: a clone can carry a symlink to /dev/zero or to a secret.

Data and seed files are read only when they are regular files inside the project, under a size
cap; anything else is a problem saying what the file is and how to fix it. Editor temporaries
and hidden files are skipped.
"""

from __future__ import annotations

import stat
from pathlib import Path

from briefing.core.problems import Problem

# Far above any real briefing (the 10,000-page benchmark's largest data file is 1 MB, its
# article 1.7 MB); what a file may cost in memory is bounded by yamlfile.MAX_NODES too.
MAX_FILE_BYTES = 20_000_000


def ignored(name: str) -> bool:
    """Hidden files and editor temporaries: `.#people.yml` (Emacs lock), `._people.yml`
    (macOS), `#people.yml#`, `people.yml~`, `.people.yml.swp` (Vim)."""
    return name.startswith((".", "#", "~")) or name.endswith(("~", "#", ".swp", ".swx", ".tmp"))


def read_checked(path: Path, root: Path, shown: str) -> bytes | Problem:
    """The bytes of a regular file inside its own folder (`data/`, `seeds/`), that folder inside
    the project `root`, or the problem that stops it being read: a link from `seeds/` to
    `.git/config` would publish it, though it is inside the project."""
    problem = _outside(path.parent, root, shown) or _problem(path, path.parent, root, shown)
    if problem is not None:
        return problem
    with path.open("rb") as stream:
        raw = stream.read(MAX_FILE_BYTES + 1)
    return _too_big(shown) if len(raw) > MAX_FILE_BYTES else raw


def _outside(folder: Path, root: Path, shown: str) -> Problem | None:
    """The folder itself (`data/` a link to /etc) must stay inside the project."""
    try:
        target = folder.resolve(strict=True)
    except (OSError, RuntimeError):
        return None  # the file's own check says what is wrong
    if target.is_relative_to(root.resolve()):
        return None
    return Problem(shown, 0, "", "", f"is in {folder.name}/, a symbolic link to {target}, "
                   "outside the project", f"Make {folder.name}/ a real folder of the project "
                   "(copy the files in) instead of a link.")


def _problem(path: Path, folder: Path, root: Path, shown: str) -> Problem | None:
    try:
        target = path.resolve(strict=True)
        info = target.stat()
    except (OSError, RuntimeError) as error:  # RuntimeError: a symlink loop
        return Problem(shown, 0, "", "", f"cannot be read ({error.__class__.__name__}: "
                       f"{getattr(error, 'strerror', None) or error})",
                       "Replace it with a plain file, or remove it.")
    if not target.is_relative_to(folder.resolve()):
        where = (f"its folder {folder.name}/" if target.is_relative_to(root.resolve())
                 else "the project")
        return Problem(shown, 0, "", "", f"leads through a symbolic link to {target}, outside "
                       f"{where}", f"Copy the file into {folder.name}/ instead of linking to it.")
    if stat.S_ISDIR(info.st_mode):
        return Problem(shown, 0, "", "", "is a folder, not a file",
                       "Move the folder away: this name is for a data file.")
    if not stat.S_ISREG(info.st_mode):
        return Problem(shown, 0, "", "", f"is not a regular file but a {_kind(info.st_mode)}",
                       "Replace it with a plain text file.")
    if info.st_size > MAX_FILE_BYTES:
        return _too_big(shown)
    return None


def _too_big(shown: str) -> Problem:
    return Problem(shown, 0, "", "", f"is larger than {MAX_FILE_BYTES // 1_000_000} MB",
                   "Split the data, or check that this is the file you meant.")


def _kind(mode: int) -> str:
    kinds = {stat.S_ISCHR: "character device", stat.S_ISBLK: "block device",
             stat.S_ISFIFO: "named pipe (FIFO)", stat.S_ISSOCK: "socket"}
    return next((name for test, name in kinds.items() if test(mode)), "special file")
