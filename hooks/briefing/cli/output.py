"""`generate OUT` replaces OUT whole, and only a folder it made: never a folder it did not.

OUT must be new, empty, or hold the marker file an earlier `generate` wrote in it; never a
symlink, the project, one of its ancestors, the home folder or the root, nor anything inside the
data, seeds or docs folders. The pages are written to a staging folder beside OUT (the marker
first, so that a staging folder left by a killed run is known as ours), then two renames swap
it in. A run cleans what an interrupted one left beside OUT: its staging folder, and the old
copy set aside (put back if OUT itself is missing).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

MARKER = ".briefing-generated"
MARKER_TEXT = ("Written by `briefing generate`: the next run replaces this folder whole.\n"
               "Delete this file to keep generate from ever replacing the folder.\n")


class OutputRefused(ValueError):
    """OUT is a folder `generate` must not replace."""


def check_output(out: Path, project: Path, keep: list[Path]) -> Path:
    """The resolved OUT, or OutputRefused saying why generate may not replace it and what to
    do instead. `keep`: folders whose content generate never replaces (data, seeds, docs)."""
    if out.is_symlink():
        raise OutputRefused(f"{out} is a symbolic link: give the real folder, or a new path")
    resolved = out.resolve()
    project = project.resolve()
    home = Path.home().resolve()
    if resolved == Path(resolved.anchor):
        raise OutputRefused(f"{out} is the root of the file system: give a new folder")
    if resolved == home:
        raise OutputRefused(f"{out} is your home folder: give a new folder")
    if project.is_relative_to(resolved):
        what = "the project" if resolved == project else f"a folder holding the project {project}"
        raise OutputRefused(f"{out} is {what}: give a new folder, such as {project / 'pages'}")
    for folder in (path.resolve() for path in keep):
        if resolved.is_relative_to(folder) or folder.is_relative_to(resolved):
            raise OutputRefused(f"{out} is or holds {folder}, which holds the briefing's own "
                                "files: give a new folder outside it")
    if resolved.exists() and not resolved.is_dir():
        raise OutputRefused(f"{out} is a file, not a folder: give a new folder")
    if resolved.is_dir() and any(resolved.iterdir()) and not (resolved / MARKER).is_file():
        raise OutputRefused(f"{out} is not empty and was not written by `briefing generate` "
                            f"(no {MARKER} in it): give a new or empty folder")
    return resolved


def write_pages(pages: dict[str, str], out: Path) -> None:
    """Write pages to `out` (already checked), replacing it whole. A failure while writing
    leaves the old folder as it was and no staging folder; one between the renames says what
    it left where, and the next run puts things right."""
    out.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        (staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        _write_all(pages, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap(staging, out)


def clean_leftovers(out: Path) -> list[Path]:
    """Remove what a killed run left beside `out` (only folders holding the marker); an old
    copy set aside while `out` is missing is put back. The paths removed or restored."""
    done = []
    for left in sorted(out.parent.glob(f".{out.name}.[no][el][wd]-*")):
        if left.is_dir() and not left.is_symlink() and not any(left.iterdir()):
            left.rmdir()  # killed right after making it
            done.append(left)
    for old in sorted(out.parent.glob(f".{out.name}.old-*")):
        inside = old / out.name
        if old.is_symlink() or not (inside / MARKER).is_file():
            continue
        if not out.exists() and not out.is_symlink():
            inside.rename(out)
        shutil.rmtree(old)
        done.append(old)
    for staging in sorted(out.parent.glob(f".{out.name}.new-*")):
        if not staging.is_symlink() and (staging / MARKER).is_file():
            shutil.rmtree(staging)
            done.append(staging)
    return done


def _write_all(pages: dict[str, str], staging: Path) -> None:
    for path, markdown in pages.items():
        target = (staging / path).resolve()
        if not target.is_relative_to(staging) or target == staging / MARKER:
            raise ValueError(f"page path {path!r} leaves the output folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        staging.rename(out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    out.rename(old / out.name)  # aside, inside a folder of its own: one rename, no overwrite
    try:
        staging.rename(out)
    except OSError as error:
        (old / out.name).rename(out)
        old.rmdir()
        shutil.rmtree(staging, ignore_errors=True)
        raise OSError(f"could not put the new pages at {out} ({error}); the old ones are "
                      "back in place") from None
    shutil.rmtree(old)
