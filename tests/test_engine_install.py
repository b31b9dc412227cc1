"""A new briefing installs its engine for real: this checkout is pushed to a local git remote
(a `file://` address standing in for https), installed from there into a fresh virtual
environment (not editable), and that engine's `briefing new` writes a requirement naming the
remote and commit, which installs and builds."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, allow_drafts, site_project
from test_publish import git

SEED = ROOT / "seeds" / "000_8b72f97d2236e7b8.txt"
TRANSCRIPT = ROOT / "tests/fixtures/articles/transcript.txt"  # Blinken meets Wang Yi
KERRY_URL = "https://example.org/kerry/"
BLINKEN_URL = "https://example.org/blinken/"
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


def workflow_build_steps(folder: Path) -> list[dict[str, Any]]:
    """The build job's shell steps, as written (the GitHub actions around them are GitHub's)."""
    workflow = yaml.safe_load((folder / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    return [step for step in workflow["jobs"]["build"]["steps"] if "run" in step]


def hrefs(page: str) -> set[str]:
    """Every link's address as a browser reads it (character references decoded)."""
    return {html.unescape(href) for href in re.findall(r'href="([^"]*)"', page)}


def github(text: str, site_url: str) -> str:
    """What GitHub puts for the workflow's expressions, for a project site at `site_url`."""
    return (text.replace("${{ steps.pages.outputs.base_url }}", site_url.rstrip("/"))
            .replace("${{ github.server_url }}", "https://github.com")
            .replace("${{ github.repository }}", "someone/blinken"))


def test_end_to_end_new_review_publish_and_link_both_ways(
        installed: tuple[Path, Path, str], tmp_path: Path) -> None:
    bin_dir, _, _ = installed
    work = tmp_path / "work"
    work.mkdir()
    kerry = site_project(work, ROOT, "kerry")
    first = run([bin_dir / "mkdocs", "build", "--strict", "-d", "site"], cwd=kerry,
                SITE_URL=KERRY_URL, NO_MKDOCS_2_WARNING="1")
    assert first.returncode == 0, first.stderr
    # 1. The new briefing, linked to the Kerry briefing's built site (a folder, from here).
    made = run([bin_dir / "briefing", "new", "blinken", "--article", TRANSCRIPT, "--title",
                "Blinken meets Wang", "--published", "2023-06-18",
                "--import", "kerry-beijing-2023=kerry/site"], cwd=work)
    assert made.returncode == 0, made.stderr
    blinken = work / "blinken"
    # 2. As its README says: `make check` makes the environment and refuses the drafts.
    readme = (blinken / "README.md").read_text(encoding="utf-8")
    assert "make check" in readme.split("```")[1]
    refused = run(["make", "check"], cwd=blinken)
    assert refused.returncode != 0 and "still a draft" in refused.stdout + refused.stderr
    assert (blinken / ".venv/bin/mkdocs").is_file() and "end of life" not in refused.stderr
    # 3. The review: the proposed match is listed; accept everything shown.
    listed = run([blinken / ".venv/bin/briefing", "review", "--list"], cwd=blinken)
    assert "Possible matches in imported briefings" in listed.stdout
    assert "people/wang-yi" in listed.stdout
    accepted = run([blinken / ".venv/bin/briefing", "review", "--accept", "all"], cwd=blinken)
    assert accepted.returncode == 0, accepted.stderr
    checked = run(["make", "check"], cwd=blinken)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # 4. The workflow's build steps as written, on a runner's Python (the fresh venv's).
    env = {"PATH": f"{blinken / '.venv/bin'}:{os.environ['PATH']}"}
    for step in workflow_build_steps(blinken):
        step_env = {name: github(str(value), BLINKEN_URL) for name, value in step.get("env", {}).items()}
        done = run(["bash", "-e", "-c", github(step["run"], BLINKEN_URL)], cwd=blinken,
                   **env, **step_env)
        assert done.returncode == 0, (step.get("name"), done.stdout + done.stderr)
    # 5. The Kerry briefing imports the new one with one command, and both link to each other.
    added = run([bin_dir / "briefing", "--root", kerry, "import", "blinken=blinken/site"], cwd=work)
    assert added.returncode == 0, added.stderr
    again = run([bin_dir / "mkdocs", "build", "--strict", "-d", "site"], cwd=kerry,
                SITE_URL=KERRY_URL, NO_MKDOCS_2_WARNING="1")
    assert again.returncode == 0, again.stderr
    theirs = (blinken / "site/people/wang-yi/index.html").read_text(encoding="utf-8")
    ours = (kerry / "site/people/wang-yi/index.html").read_text(encoding="utf-8")
    assert f"{KERRY_URL}people/wang-yi/" in hrefs(theirs)
    assert f"{BLINKEN_URL}people/wang-yi/" in hrefs(ours)
    assert "Draft briefing" not in theirs
