"""`generate OUT` replaces OUT whole, and only a folder it made: never a folder it did not.

OUT must be new, empty, or hold the marker file an earlier `generate` wrote in it; never a
symlink, the project, one of its ancestors, the home folder or the root, nor anything inside the
data, seeds or docs folders. The pages are written to a staging folder beside OUT (the marker
first, so that a staging folder left by a killed run is known as ours), then swapped in whole
(`core/swap.py`). A run cleans what an interrupted one left beside OUT: its staging folder, and the old
copy set aside (put back if OUT itself is missing).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.core import swap

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
    """Write pages to `out` (already checked), replacing it whole (`core/swap.py`). A failure
    while writing leaves the old folder as it was and no staging folder; one between the
    renames leaves the old folder aside, and the next run puts it back."""
    clean_leftovers(out)
    staging = swap.staging_beside(out)
    try:
        (staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        _write_all(pages, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap.swap_in(staging, out)


def clean_leftovers(out: Path) -> list[Path]:
    """Remove what a killed run left beside `out` (only folders holding the marker, or empty);
    an old copy set aside while `out` is missing is put back. The paths removed or restored."""
    return swap.restore(out, ours=lambda folder: (folder / MARKER).is_file())


def _write_all(pages: dict[str, str], staging: Path) -> None:
    for path, markdown in pages.items():
        target = (staging / path).resolve()
        if not target.is_relative_to(staging) or target == staging / MARKER:
            raise ValueError(f"page path {path!r} leaves the output folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")
