"""The two sites the benchmark builds: the briefing through the hook, and the same pages as files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# The hook, and the folders `mkdocs serve` watches for it: the baseline has neither.
_HOOK_BLOCKS = re.compile(r"^(?:hooks|watch):\n(?:[ \t]+-.*\n)+", re.MULTILINE)


def generated_project(folder: Path, pages: int | None) -> Path:
    """This repository's mkdocs.yml, docs and hooks over a synthetic corpus (None: the seed)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    for part in ("docs", "hooks"):
        shutil.copytree(ROOT / part, folder / part, ignore=shutil.ignore_patterns("__pycache__"))
    if pages is None:
        for part in ("data", "seeds"):
            shutil.copytree(ROOT / part, folder / part)
    else:
        write_corpus(folder, pages)
    return folder


def baseline_project(generated: Path, folder: Path) -> Path:
    """The generated pages written out as Markdown files, with the same mkdocs.yml minus the hook.

    The hand-written pages of docs/ sit beside them, so both sites hold the same pages, built
    with the same theme, plugins and extensions.
    """
    if folder.exists():
        shutil.rmtree(folder)
    pages = folder / "pages"
    subprocess.run([sys.executable, "-m", "briefing", "--root", str(generated), "generate",
                    str(pages)], check=True, env=ENV)
    shutil.copytree(generated / "docs", pages, dirs_exist_ok=True)
    config = (generated / "mkdocs.yml").read_text(encoding="utf-8")
    without_hooks, removed = _HOOK_BLOCKS.subn("", config)
    if removed != 2:
        raise ValueError("expected a hooks: and a watch: block in mkdocs.yml")
    (folder / "mkdocs.yml").write_text(without_hooks + "\ndocs_dir: pages\n", encoding="utf-8")
    return folder


def with_hooks_of(project: Path, folder: Path, revision: str) -> Path:
    """A copy of `project` in `folder` whose hooks are `revision`'s (`git archive`): the same
    briefing built by an older engine, for a before/after comparison in one run."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(project, folder, ignore=shutil.ignore_patterns("hooks"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "hooks"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def mkdocs_command(project: Path, *args: str) -> list[str]:
    return [str(BIN / "mkdocs"), *args, "-f", str(project / "mkdocs.yml")]
