"""Compiled theme templates are the project's own (not the machine's shared temp folder, where
anyone can plant or remove them), and a cache folder removed mid-build or between the builds
of `mkdocs serve` is made again: never a traceback."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from jinja2.bccache import Bucket

from briefing.pages.bytecode import ProjectBytecodeCache, options_tag
from briefing.pages.render import environment
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
    cache = ProjectBytecodeCache(tmp_path, Environment())
    bucket = Bucket(Environment(), "key", "checksum")
    cache.load_bytecode(bucket)  # no folder yet: a miss
    bucket.code = compile("1", "<template>", "exec")
    cache.dump_bytecode(bucket)
    shutil.rmtree(tmp_path / FOLDER)  # a cleaner ran between two templates
    cache.load_bytecode(bucket)
    cache.dump_bytecode(bucket)
    assert len(list((tmp_path / FOLDER).iterdir())) == 1


def test_a_briefings_own_page_template_is_kept_in_the_project_too(tmp_path: Path) -> None:
    """The built-in page templates ship compiled (tests/test_precompiled.py); a briefing's own
    override is compiled once and kept with the theme's."""
    project = site_project(tmp_path, MINI)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "    seeds_dir: seeds\n", "    seeds_dir: seeds\n    templates_dir: overrides\n"),
        encoding="utf-8")
    (project / "overrides").mkdir()
    (project / "overrides" / "place.md.j2").write_text("# {{ record.name }}\n", "utf-8")
    assert mkdocs(project, "build", "--strict", "-d", "site").returncode == 0
    tag = options_tag(environment(project / "overrides", project))
    assert len(list((project / FOLDER).glob(f"__jinja2_{tag}_*.cache"))) == 1  # the override


def test_a_template_compiled_with_other_options_is_never_reused(tmp_path: Path) -> None:
    """Jinja keys compiled code by template name and source; the options that shaped the code
    (autoescaping here) must name it too, or an engine upgrade runs the old code."""
    (tmp_path / "t.j2").write_text("{{ x }}", "utf-8")
    for autoescape, shown in ((False, "<b>"), (True, "&lt;b&gt;")):
        env = Environment(loader=FileSystemLoader(str(tmp_path)), autoescape=autoescape)
        env.bytecode_cache = ProjectBytecodeCache(tmp_path, env)
        assert env.get_template("t.j2").render(x="<b>") == shown


def test_a_template_compiled_for_other_filters_is_never_reused(tmp_path: Path) -> None:
    """Compiled code passes the context to a filter that takes it (Jinja's `join`): replaced by
    one that does not (the engine's own `join`), the old code would call it wrongly."""
    (tmp_path / "t.j2").write_text('{{ x | join(",") }}', "utf-8")
    for own_join in (False, True):
        env = Environment(loader=FileSystemLoader(str(tmp_path)))
        if own_join:
            env.filters["join"] = lambda items, separator="": separator.join(items)
        env.bytecode_cache = ProjectBytecodeCache(tmp_path, env)
        assert env.get_template("t.j2").render(x=["a", "b"]) == "a,b"
