"""Compiled templates (the engine's pages and the theme's), kept in the project's own cache folder.

Jinja's default cache folder is shared by every user and project of the machine (the system's
temporary folder), where anyone can plant a compiled template and any cleaner can remove it
mid-build: Jinja then failed with a traceback, and `mkdocs serve` failed every rebuild after.
Here the folder belongs to the project (mode 0700), is made again whenever it is missing, and a
cache that cannot be read or written only costs the speed-up.

Jinja keys a compiled template by its name and source only, yet the code it compiles depends on
the environment too (autoescaping, white-space control, finalize): a cache written by another
version of the engine would run the old code on the new source. So each environment's options
name its own files.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import jinja2
from jinja2 import Environment
from jinja2.bccache import Bucket, FileSystemBytecodeCache

FOLDER = Path(".briefing-cache") / "templates"


class ProjectBytecodeCache(FileSystemBytecodeCache):
    def __init__(self, project: Path, env: Environment) -> None:
        self.folder = project / FOLDER
        super().__init__(str(self.folder), f"__jinja2_{options_tag(env)}_%s.cache")

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


def options_tag(env: Environment) -> str:
    """A short name for what the compiled code of `env` depends on besides each template (take it
    once the environment's filters are set)."""
    options = (jinja2.__version__, _name(env.autoescape), env.trim_blocks, env.lstrip_blocks,
               env.keep_trailing_newline, env.block_start_string, env.variable_start_string,
               env.comment_start_string, env.line_statement_prefix, _name(env.finalize),
               _name(env.undefined), sorted(env.extensions), _name(env.code_generator_class),
               # A filter or test that takes the context is called with it by compiled code.
               [(key, _name(value), str(getattr(value, "jinja_pass_arg", "")))
                for key, value in sorted({**env.filters, **env.tests}.items())])
    return hashlib.sha256(repr(options).encode()).hexdigest()[:10]


def _name(value: object) -> object:
    """A function or class by its name (its repr names an address that differs every run)."""
    return getattr(value, "__qualname__", value) if callable(value) else value
