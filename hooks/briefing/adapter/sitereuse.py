"""Under `mkdocs serve`, a rebuild writes only the files whose bytes changed.

A one-off build writes every file into an empty staging folder and swaps it in (`sitedir.py`).
Under `serve`, at 1,000 pages, making two thousand folders and writing three thousand files
again cost more CPU than the rest of a rebuild after an edit of one record. So a server keeps
the folder each swap puts aside (the build before last: the *spare*) and the next build is
written into it instead of into an empty folder:

- the spare becomes the staging folder only after MkDocs has emptied the (missing) staging
  folder (`start`, from `on_files`);
- a page or share card whose bytes equal what the spare holds at its path is not written
  (`unchanged`): the spare's files are known by a digest of the bytes this process wrote there
  and by their size and modification time when that build ended, so a file changed since by
  anything else is written again;
- after the last writer, every file this build neither wrote nor kept (its change time is
  older than the build's start) is removed, and the folders left empty (`finish`): the folder
  then holds exactly what a clean build holds;
- the swap puts the served folder aside as the next spare (`swap_in`).

A server's first build has no build before last: the folder its swap puts aside is the empty
one MkDocs made, so the first edit would write every file (at 1,000 pages, 1,000 folders and
2,000 files made: 0.5-1.2 s of its CPU). So after that swap the served folder is copied as the
spare, in a thread while the server answers (`SpareCopy`; a copy keeps each file's size and
modification time, so what the served folder's files hold is what the copy's hold), and the
next build waits for the copy before it starts writing.

A failed build discards the staging folder (`sitedir.discard`) and with it the spare: the next
build writes everything. No MkDocs import.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

from briefing.adapter import sitedir
from briefing.core import swap

# The marker `start` writes to read the file system's clock (file times come from the kernel's
# coarse clock, which can lag Python's by a tick).
CLOCK = ".briefing-build-started"
MKDOCS_BUILD_LOG = "mkdocs.commands.build"


def spare(target: Path) -> Path:
    return target.with_name(f".{target.name}.spare")


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def page_digest(html: str) -> str:
    """The digest of the bytes MkDocs writes for a page's HTML."""
    return digest(html.encode("utf-8", "xmlcharrefreplace"))


@dataclass(frozen=True)
class Known:
    """What a file holds: the digest of the bytes written, and its size and time after the
    build that wrote or kept it."""

    digest: str
    size: int
    mtime_ns: int


@dataclass
class SiteReuse:
    known: dict[str, Known] = field(default_factory=dict)  # the spare's files, by site path
    served: dict[str, Known] = field(default_factory=dict)  # the served folder's files
    fresh: dict[str, Known] = field(default_factory=dict)  # the staging folder's, when finished
    made: dict[str, str] = field(default_factory=dict)  # this build's pages and cards: digest
    kept: set[str] = field(default_factory=set)  # this build's files left as they were
    quiet: set[str] = field(default_factory=set)  # MkDocs' log lines for the pages not written
    since: int = 0  # the build's start, by the site folder's clock (ns)
    folder: Path | None = None  # this build's staging folder
    target: Path | None = None  # the site folder it replaces
    copying: SpareCopy | None = None  # the spare being made (after a server's first build)

    def start(self, staging: Path, target: Path) -> None:
        """Before anything is written: the spare becomes the staging folder, or, if there is
        none (first build, after a failed one) or something already wrote into the staging
        folder, this build writes everything."""
        self.made, self.kept, self.quiet = {}, set(), set()
        self._spare_made()
        old = spare(target)
        if staging.exists() or not old.is_dir():
            self.known = {}
            shutil.rmtree(old, ignore_errors=True)
            staging.mkdir(parents=True, exist_ok=True)
        else:
            old.rename(staging)
        self.folder, self.target = staging, target
        clock = staging / CLOCK
        clock.write_bytes(b"")
        self.since = clock.stat().st_ctime_ns
        clock.unlink()

    def unchanged(self, path: str, identity: str) -> bool:
        """Whether the staging folder already holds, at site path `path`, the bytes `identity`
        stands for (a digest): then the file is kept, and the caller writes nothing."""
        self.made[path] = identity
        known = self.known.get(path)
        if known is None or known.digest != identity or self.folder is None:
            return False
        try:  # a string, not a Path: this runs for every page and card of a build
            stat = os.stat(f"{self.folder}/{path}")
        except OSError:
            return False
        if (stat.st_size, stat.st_mtime_ns) != (known.size, known.mtime_ns):
            return False
        self.kept.add(path)
        return True

    def finish(self) -> tuple[int, int]:
        """After the last writer: remove what this build neither wrote nor kept, and the
        folders left empty, and note what each page and card now holds. Returns (files kept,
        files removed)."""
        assert self.folder is not None, "start was not called"
        self.fresh = {}
        removed = self._sweep(str(self.folder), "")[0]
        return len(self.kept), removed

    def _sweep(self, folder: str, prefix: str) -> tuple[int, int]:
        """`finish` in `folder` (site path `prefix`): (files removed, entries left)."""
        removed = left = 0
        with os.scandir(folder) as listing:
            entries = list(listing)
        for entry in entries:
            path = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                gone, inside = self._sweep(entry.path, path + "/")
                removed += gone
                if inside:
                    left += 1
                else:
                    os.rmdir(entry.path)
                continue
            stat = entry.stat(follow_symlinks=False)
            if path not in self.kept and stat.st_ctime_ns < self.since:
                os.unlink(entry.path)
                removed += 1
                continue
            left += 1
            if path in self.made:
                self.fresh[path] = Known(self.made[path], stat.st_size, stat.st_mtime_ns)
        return removed, left

    def skip_page(self, source: str) -> None:
        """The page built from `source` is kept: MkDocs, handed an empty page, says it skipped
        it (mkdocs/commands/build.py); that line is not shown."""
        self.quiet.add(f"Page skipped: '{source}'. Generated empty output.")

    def swap_in(self) -> None:
        """Put the finished staging folder in place; the folder served until now becomes the
        spare, and what it holds is known."""
        assert self.target is not None, "start was not called"
        self.known = {}
        swap_in(self.target)
        self.known, self.served, self.fresh = self.served, self.fresh, {}
        self.folder = None
        if not self.known and self.served:  # put aside: a folder this process did not write
            self.copying = SpareCopy(self.target, spare(self.target))
            self.known = dict(self.served)

    def _spare_made(self) -> None:
        """Wait for the spare being copied, if it is; a failed copy is not used."""
        if self.copying is not None and not self.copying.wait():
            self.known = {}
        self.copying = None

    def forget(self) -> None:
        """The staging folder is gone (a failed build): the next build writes everything."""
        self.known, self.folder = {}, None

    def close(self) -> None:
        """The server stops: its spare folder goes (MkDocs removes the site folder itself)."""
        self._spare_made()
        if self.target is not None:
            shutil.rmtree(spare(self.target), ignore_errors=True)
        quieten(None)


class SpareCopy:
    """The served folder copied into `into`, in a thread of its own: each file with its
    modification time (`shutil.copy2`), so the copy's files match what `SiteReuse.served`
    knows of the served folder's until either is changed."""

    def __init__(self, served: Path, into: Path) -> None:
        self.failed: OSError | None = None
        self.thread = threading.Thread(target=self._copy, args=(served, into),
                                       name="briefing-spare-copy")
        self.thread.start()

    def _copy(self, served: Path, into: Path) -> None:
        try:
            shutil.rmtree(into, ignore_errors=True)
            shutil.copytree(served, into, symlinks=True)
        except OSError as error:  # the next build writes everything, as without a spare
            self.failed = error
            shutil.rmtree(into, ignore_errors=True)

    def wait(self) -> bool:
        """Whether the copy is complete (after waiting for it)."""
        self.thread.join()
        return self.failed is None


def swap_in(target: Path) -> None:
    """Put the finished staging folder at `target`; the folder served until now becomes the
    spare. If the second rename fails, the old folder is put back and the error raised."""
    old = spare(target)
    shutil.rmtree(old, ignore_errors=True)
    if not target.exists():
        sitedir.staging(target).rename(target)
        return
    target.rename(old)
    try:
        sitedir.staging(target).rename(target)
    except OSError as error:
        old.rename(target)
        raise swap.SwapError(f"could not put the new site at {target} ({error}); the old one "
                             "is back in place") from None


class QuietSkips(logging.Filter):
    """MkDocs logs every page whose output is empty as skipped: a kept page is not news."""

    def __init__(self, reuse: SiteReuse) -> None:
        super().__init__()
        self.reuse = reuse

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() not in self.reuse.quiet


def quieten(reuse: SiteReuse | None) -> None:
    """Hide MkDocs' skipped-page lines for `reuse`'s kept pages (None: stop hiding them)."""
    logger = logging.getLogger(MKDOCS_BUILD_LOG)
    for old in [item for item in logger.filters if isinstance(item, QuietSkips)]:
        logger.removeFilter(old)
    if reuse is not None:
        logger.addFilter(QuietSkips(reuse))
