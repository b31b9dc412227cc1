"""Compiled theme templates are the project's own (not the machine's shared temp folder, where
anyone can plant or remove them), and a cache folder removed mid-build or between the builds
of `mkdocs serve` is made again: never a traceback."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

from jinja2 import Environment
from jinja2.bccache import Bucket

from briefing.adapter.bytecode import ProjectBytecodeCache
from conftest import MINI, mkdocs, site_project

FOLDER = Path(".briefing-cache/templates")


def test_the_template_cache_is_the_projects_and_comes_back(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    assert mkdocs(project, "build", "--strict", "-d", "site").returncode == 0
    cache = project / FOLDER
    assert cache.is_dir() and len(list(cache.iterdir())) > 10  # Material's templates, compiled
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    shutil.rmtree(cache)
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert list(cache.iterdir())


def test_a_cache_folder_removed_mid_build_costs_only_the_speed_up(tmp_path: Path) -> None:
    cache = ProjectBytecodeCache(tmp_path)
    bucket = Bucket(Environment(), "key", "checksum")
    cache.load_bytecode(bucket)  # no folder yet: a miss
    bucket.code = compile("1", "<template>", "exec")
    cache.dump_bytecode(bucket)
    shutil.rmtree(tmp_path / FOLDER)  # a cleaner ran between two templates
    cache.load_bytecode(bucket)
    cache.dump_bytecode(bucket)
    assert len(list((tmp_path / FOLDER).iterdir())) == 1
