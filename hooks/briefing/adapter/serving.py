"""`mkdocs serve` keeps serving whatever goes wrong in a rebuild. No engine logic here.

MkDocs 1.6's server marks a new site version as wanted before each rebuild and holds every page
request until that version is built: a rebuild that raises (a config check failing because the
watched `data/` is gone, a file turned into a folder, a RecursionError from the engine) leaves
every request hanging until a later rebuild succeeds. And watchdog's polling emitter stops for
good when its watched folder disappears, so a restored `data/` is never noticed.

The guard below catches the failure, prints it once, and lets the server go on with the last
good site (builds go to a staging folder, see `sitedir.py`, so a failed one never touched it).
A small thread watches the watched paths themselves: one that vanishes or comes back asks for a
rebuild (the first is reported, the second brings the fix in).

MkDocs' file watcher polls every watched folder every half second, so an edit waits 0.25 s on
average before its rebuild starts (a quarter of the edit-to-preview time at 1,000 pages once the
rebuild is fast). A small folder (the briefing's `data/` and `seeds/`: a dozen files) is polled
every 0.1 s instead: a snapshot of it costs well under a millisecond. Large folders (the hooks,
a theme) keep MkDocs' interval.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

POLL_SECONDS = 0.5
QUICK_POLL_SECONDS = 0.1  # the watcher's interval for a small folder
SMALL_FOLDER = 64  # files and folders inside, at most


class RebuildGuard:
    """Wraps the server's builder: a failed rebuild is reported, never raised."""

    def __init__(self, build: Callable[..., None]) -> None:
        self.build = build
        self.last_problem = ""

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        try:
            self.build(*args, **kwargs)
        except (Exception, SystemExit) as error:  # MkDocs' Abort is a SystemExit
            self.report(describe(error))
        else:
            if self.last_problem:
                _say("INFO    -  The rebuild works again; serving the new build.")
            self.last_problem = ""

    def report(self, problem: str) -> None:
        if problem == self.last_problem:
            _say("ERROR   -  The rebuild still fails with the problem above; "
                 "still serving the last good build.")
            return
        self.last_problem = problem
        _say(f"ERROR   -  The rebuild failed: {problem}\n"
             "  Still serving the last good build; fix the problem and save again.")


def describe(error: BaseException) -> str:
    """One line a person can act on; no traceback."""
    text = str(error).strip() or "no message"
    if isinstance(error, SystemExit):  # MkDocs already logged the details above it
        return text
    return f"{type(error).__name__}: {text}"


def _say(text: str) -> None:
    # Not through MkDocs' logger: under `strict`, a logged error would count against the next
    # build's warning counter.
    print(text, file=sys.stderr, flush=True)


class Rewatcher:
    """Watches the watched paths themselves: one that vanished and came back is watched again
    (its old watchdog emitter has stopped) and a rebuild is asked for."""

    def __init__(self, server: Any, paths: list[str]) -> None:
        self.server, self.paths = server, sorted(set(paths))
        self.missing: set[str] = set()
        self.small = {path for path in self.paths if is_small_folder(path)}

    def start(self) -> None:
        threading.Thread(target=self._run, name="briefing-rewatch", daemon=True).start()

    def _run(self) -> None:
        while True:
            time.sleep(POLL_SECONDS)
            self.poll()

    def poll(self) -> None:
        hurry(self.server, self.small)
        for path in self.paths:
            if not Path(path).exists():
                if path not in self.missing:
                    # Its emitter stops without an event: a rebuild now says what is wrong.
                    self.missing.add(path)
                    request_rebuild(self.server)
            elif path in self.missing:
                self.missing.discard(path)
                self._watch_again(path)

    def _watch_again(self, path: str) -> None:
        if path in getattr(self.server, "_watched_paths", {}):
            self.server.unwatch(path)
        self.server.watch(path)
        request_rebuild(self.server)


def is_small_folder(path: str) -> bool:
    if not os.path.isdir(path):
        return False
    inside = 0
    for _, folders, files in os.walk(path):
        inside += len(folders) + len(files)
        if inside > SMALL_FOLDER:
            return False
    return True


def hurry(server: Any, folders: set[str]) -> None:
    """The watcher's emitters of `folders` poll every QUICK_POLL_SECONDS (watchdog's polling
    emitter reads its interval before every snapshot; MkDocs 1.6 has no setting for it). Asked
    again at every poll of the Rewatcher: a folder watched again has a new emitter."""
    for emitter in getattr(getattr(server, "observer", None), "emitters", ()):
        if getattr(emitter.watch, "path", None) in folders and emitter.timeout > QUICK_POLL_SECONDS:
            emitter._timeout = QUICK_POLL_SECONDS


def request_rebuild(server: Any) -> None:
    """What MkDocs' own watch callback does on a file event (MkDocs 1.6 has no public call)."""
    with server._rebuild_cond:
        server._want_rebuild = True
        server._rebuild_cond.notify_all()


def keep_serving(server: Any, watched: list[str]) -> None:
    server.builder = RebuildGuard(server.builder)
    Rewatcher(server, [os.path.abspath(path) for path in watched]).start()
