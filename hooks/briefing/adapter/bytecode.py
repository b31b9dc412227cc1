"""Compiled theme templates, kept in the project's own cache folder.

Jinja's default cache folder is shared by every user and project of the machine (the system's
temporary folder), where anyone can plant a compiled template and any cleaner can remove it
mid-build: Jinja then failed with a traceback, and `mkdocs serve` failed every rebuild after.
Here the folder belongs to the project (mode 0700), is made again whenever it is missing, and a
cache that cannot be read or written only costs the speed-up.
"""

from __future__ import annotations

from pathlib import Path

from jinja2.bccache import Bucket, FileSystemBytecodeCache

FOLDER = Path(".briefing-cache") / "templates"


class ProjectBytecodeCache(FileSystemBytecodeCache):
    def __init__(self, project: Path) -> None:
        self.folder = project / FOLDER
        super().__init__(str(self.folder))

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError):
            bucket.reset()  # compiled again from the template

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass  # not kept: the next build compiles the template again
