"""Work a one-off `mkdocs build` does not do: what only `mkdocs serve` needs, what only an error
message reads, a scan of what only an earlier build in the same process could have left."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from briefing.core import settings
from briefing.core.problems import DataError
from briefing.core.settings import Settings, read_mkdocs_yml
from conftest import MINI, site_project

ROOT = Path(__file__).resolve().parent.parent
SERVE_ONLY = ("briefing.adapter.pagecache", "briefing.adapter.serving",
              "briefing.adapter.sitereuse")

# Two builds in one process, as `mkdocs build` runs them; the explicit collections' generations.
_TWO_BUILDS = """
import gc, json, sys
from mkdocs.__main__ import cli
real, generations, modules = gc.collect, [], []
gc.collect = lambda generation=2: generations.append(generation) or real(generation)
for _ in range(2):
    cli(["build", "-d", "site"], standalone_mode=False)
    modules.append(sorted(sys.modules))
print(json.dumps({"generations": generations, "modules": modules[0]}))
"""


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Any]]:
    project = site_project(tmp_path_factory.mktemp("cold"), MINI)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    out = subprocess.run([sys.executable, "-c", _TWO_BUILDS], cwd=project, env=env, check=True,
                         capture_output=True, text=True, timeout=600).stdout
    assert (project / "site" / "index.html").is_file()
    result: dict[str, list[Any]] = json.loads(out.splitlines()[-1])
    return result


def test_a_build_imports_none_of_the_servers_modules(two_builds: dict[str, list[Any]]) -> None:
    assert "briefing.adapter.hook" in two_builds["modules"]
    assert [name for name in two_builds["modules"] if name in SERVE_ONLY] == []


def test_only_a_later_build_of_the_process_scans_the_oldest_generation(
        two_builds: dict[str, list[Any]]) -> None:
    """The first build has no earlier build's garbage to free: it collects the young
    generations only (a full scan cost 0.05 s of a cold seed build). The second build thaws
    the first one's objects, so it collects everything, as `mkdocs serve` does."""
    assert two_builds["generations"] == [1, 2]


def test_valid_settings_do_not_read_where_each_setting_stands(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def located(config_file: Path) -> dict[str, int]:
        raise AssertionError("composed mkdocs.yml for settings without a mistake")

    monkeypatch.setattr(settings, "_setting_lines", located)
    config = ROOT / "mkdocs.yml"
    found = Settings.from_extra(ROOT, read_mkdocs_yml(config).get("extra"), "", config)
    assert found.data_dir == "data"


def test_a_wrong_setting_still_names_its_line(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nextra:\n  briefing:\n    data_dir: data\n    ofline: true\n",
                      encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Settings.from_extra(tmp_path, read_mkdocs_yml(config).get("extra"), "", config)
    assert [(problem.file, problem.line, problem.field) for problem in caught.value.problems] \
        == [("mkdocs.yml", 5, "extra.briefing.ofline")]
