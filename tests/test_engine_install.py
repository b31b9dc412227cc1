"""A new briefing installs its engine for real: this checkout is pushed to a local git remote
(a `file://` address standing in for https), installed from there into a fresh virtual
environment (not editable), and that engine's `briefing new` writes a requirement naming the
remote and commit, which installs and builds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, allow_drafts
from test_publish import git

SEED = ROOT / "seeds" / "000_8b72f97d2236e7b8.txt"
pytestmark = [pytest.mark.build, pytest.mark.slow]


def run(args: list[str | Path], cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """A command as a person would type it: without the banner switch `make test` exports."""
    plain = {name: value for name, value in os.environ.items() if name != "NO_MKDOCS_2_WARNING"}
    return subprocess.run([str(arg) for arg in args], cwd=cwd, text=True, capture_output=True,
                          timeout=900, env={**plain, **env})


def engine_remote(folder: Path) -> tuple[Path, str]:
    """This checkout's files as they are now (committed or not), one commit on a bare remote."""
    source = folder / "engine-source"
    listed = run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT).stdout
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    git("init", "-q", "-b", "main", cwd=source)
    git("add", ".", cwd=source)
    git("commit", "-q", "-m", "engine", cwd=source)
    remote = folder / "engine.git"
    git("clone", "-q", "--bare", source, remote)
    return remote, git("rev-parse", "HEAD", cwd=source).strip()


def fresh_venv(folder: Path) -> Path:
    run([sys.executable, "-m", "venv", folder]).check_returncode()
    # Python 3.11's bundled pip cannot install `name @ git+file://` requirements.
    run([folder / "bin/python", "-m", "pip", "install", "-q", "pip==26.3"]).check_returncode()
    return folder / "bin"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """(bin folder of a fresh venv with the engine installed from its remote, remote, commit)."""
    folder = tmp_path_factory.mktemp("engine")
    remote, commit = engine_remote(folder)
    bin_dir = fresh_venv(folder / "venv")
    requirement = f"briefing-site @ git+{remote.as_uri()}@{commit}"
    result = run([bin_dir / "python", "-m", "pip", "install", "-q", "-c", ROOT / "constraints.txt",
                  requirement])
    assert result.returncode == 0, result.stderr
    return bin_dir, remote, commit


def test_the_installed_engine_names_its_remote_and_the_briefing_builds(
        installed: tuple[Path, Path, str], tmp_path: Path) -> None:
    bin_dir, remote, commit = installed
    assert "site-packages" in run([bin_dir / "python", "-c", "import briefing; print(briefing.__file__)"],
                                  cwd=tmp_path).stdout  # not this checkout: the installed copy
    target = tmp_path / "kerry"
    made = run([bin_dir / "briefing", "new", target, "--article", SEED, "--title", "Kerry in Beijing",
                "--published", "2023-07-18"], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    requirement = f"briefing-site @ git+{remote.as_uri()}@{commit}"
    assert (target / "requirements.txt").read_text(encoding="utf-8") == requirement + "\n"
    written = "".join(path.read_text(encoding="utf-8") for path in target.rglob("*")
                      if path.is_file() and "seeds" not in path.parts)
    assert "briefing-site==" not in written
    checked = run(["make", "check", f"VENV={bin_dir.parent}"], cwd=target)
    output = checked.stdout + checked.stderr
    assert checked.returncode != 0 and "still a draft" in output
    built = run(["make", "check", f"VENV={bin_dir.parent}"], cwd=allow_drafts(target))
    output = built.stdout + built.stderr
    assert built.returncode == 0, output
    assert "end of life" not in output and "prefix dict" not in output  # quiet: no banner, no jieba
    home = (target / "site/index.html").read_text(encoding="utf-8")
    assert '<meta property="og:title"' in home  # the theme override ships in the package
