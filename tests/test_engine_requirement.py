"""The engine requirement `briefing new` writes: where this engine came from (a VCS address and
commit, or a checkout's remote once it has the commit), never a bare name no registry has."""

from __future__ import annotations

import json
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from briefing.new import scaffold
from briefing.new.scaffold import engine_requirement
from test_publish import git


class FakeDistribution:
    """What importlib.metadata says about an installed briefing-site."""

    def __init__(self, direct_url: dict[str, Any] | None) -> None:
        self.direct_url = direct_url
        self.version = "0.1.0"

    def read_text(self, name: str) -> str | None:
        return json.dumps(self.direct_url) if name == "direct_url.json" and self.direct_url else None


def installed(monkeypatch: pytest.MonkeyPatch, direct_url: dict[str, Any] | None) -> None:
    real = metadata.distribution
    monkeypatch.setattr(metadata, "distribution", lambda name: FakeDistribution(direct_url)
                        if name == "briefing-site" else real(name))


def refusal() -> str:
    """What asking for the requirement says when there is none (any refusal counts)."""
    try:
        found = engine_requirement()
    except ValueError as error:
        return str(error)
    raise AssertionError(f"expected a refusal, got the requirement {found!r}")


@pytest.fixture
def checkout(tmp_path: Path) -> tuple[Path, Path, str]:
    """An engine checkout cloned from a bare remote that has its commit: (clone, remote, commit)."""
    source = tmp_path / "source"
    source.mkdir()
    (source / "pyproject.toml").write_text("[project]\nname = 'briefing-site'\n")
    git("init", "-q", "-b", "main", cwd=source)
    git("add", ".", cwd=source)
    git("commit", "-q", "-m", "engine", cwd=source)
    remote = tmp_path / "engine.git"
    git("clone", "-q", "--bare", source, remote)
    clone = tmp_path / "clone"
    git("clone", "-q", remote.as_uri(), clone)
    return clone, remote, git("rev-parse", "HEAD", cwd=clone).strip()


def test_a_vcs_install_gives_its_address_and_commit(monkeypatch: pytest.MonkeyPatch) -> None:
    installed(monkeypatch, {"url": "https://github.com/someone/briefing-site.git",
                            "vcs_info": {"vcs": "git", "commit_id": "a" * 40}})
    assert engine_requirement() == ("briefing-site @ git+https://github.com/someone/"
                                    "briefing-site.git@" + "a" * 40)


def test_a_checkout_gives_its_remote_and_commit_once_pushed(
        monkeypatch: pytest.MonkeyPatch, checkout: tuple[Path, Path, str]) -> None:
    clone, remote, commit = checkout
    installed(monkeypatch, {"url": clone.as_uri(), "dir_info": {"editable": True}})
    assert engine_requirement() == f"briefing-site @ git+{remote.as_uri()}@{commit}"
    (clone / "fix.py").write_text("x = 1\n")
    git("add", ".", cwd=clone)
    git("commit", "-q", "-m", "not pushed", cwd=clone)
    said = refusal()
    assert "push it first (git push origin)" in said and "--engine" in said
    git("push", "-q", "origin", "HEAD", cwd=clone)
    assert engine_requirement().endswith("@" + git("rev-parse", "HEAD", cwd=clone).strip())


def test_a_github_ssh_remote_becomes_https(monkeypatch: pytest.MonkeyPatch,
                                           checkout: tuple[Path, Path, str]) -> None:
    clone, _, commit = checkout
    git("remote", "set-url", "origin", "git@github.com:someone/engine.git", cwd=clone)
    installed(monkeypatch, {"url": clone.as_uri(), "dir_info": {}})
    assert engine_requirement() == f"briefing-site @ git+https://github.com/someone/engine.git@{commit}"


@pytest.mark.parametrize("case", ["no remote", "not git", "registry", "not installed"])
def test_otherwise_it_refuses_naming_engine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                            case: str) -> None:
    folder = tmp_path / "engine"
    folder.mkdir()
    if case == "no remote":
        git("init", "-q", cwd=folder)
        (folder / "a").write_text("a")
        git("add", ".", cwd=folder)
        git("commit", "-q", "-m", "a", cwd=folder)
    if case == "registry":
        installed(monkeypatch, {"url": "https://files.example.org/briefing_site-0.1.0.whl",
                                "archive_info": {}})
    elif case == "not installed":
        def missing(name: str) -> Any:
            raise metadata.PackageNotFoundError(name)
        monkeypatch.setattr(metadata, "distribution", missing)
    else:
        installed(monkeypatch, {"url": folder.as_uri(), "dir_info": {"editable": True}})
    said = refusal()
    assert "--engine" in said and "briefing-site==" not in said


def test_briefing_new_refuses_in_one_line_and_leaves_no_folder(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    installed(monkeypatch, {"url": "https://files.example.org/briefing_site-0.1.0.whl",
                            "archive_info": {}})
    article = tmp_path / "a.txt"
    article.write_text('Jane Doe met John Roe in Paris.\n\n"We agree," Doe said.\n')
    options = scaffold.NewBriefing("A visit", __import__("datetime").date(2024, 1, 2))
    with pytest.raises(scaffold.ScaffoldError, match="--engine"):
        scaffold.create(tmp_path / "new", article.read_text(), options)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_git_is_asked_nothing_that_needs_the_network(checkout: tuple[Path, Path, str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The remote's refs as last fetched decide: an unreachable remote address still works."""
    clone, _, commit = checkout
    git("remote", "set-url", "origin", "https://unreachable.invalid/engine.git", cwd=clone)
    installed(monkeypatch, {"url": clone.as_uri(), "dir_info": {}})
    calls: list[list[str]] = []
    real = subprocess.run

    def recorded(args: list[str], **kwargs: Any) -> Any:
        calls.append(args)
        return real(args, **kwargs)
    monkeypatch.setattr(subprocess, "run", recorded)
    assert engine_requirement().endswith(f"unreachable.invalid/engine.git@{commit}")
    assert not any({"fetch", "ls-remote", "pull"} & set(call) for call in calls)
