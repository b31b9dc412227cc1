"""The pip requirement a new briefing installs its engine with: one that resolves both here and
on GitHub's runners, or a refusal that says what to do.

The engine is not published on a package registry, so its bare name (`briefing-site==0.1.0`)
would not install, and whoever claimed that name would run code in every such deploy. The
requirement is therefore where this engine came from: the VCS address and commit pip recorded
(PEP 610 `direct_url.json`), or, for a local checkout, its git remote and commit, once that
remote has the commit.
"""

from __future__ import annotations

import json
import re
import subprocess
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlparse

DISTRIBUTION = "briefing-site"
HOW = "pass --engine REQUIREMENT (e.g. --engine 'briefing-site @ git+https://github.com/USER/REPO@COMMIT')"


class EngineError(ValueError):
    """No requirement that would install this engine elsewhere; the message says what to do."""


def engine_requirement() -> str:
    """How pip installed this engine, as a requirement another machine can install."""
    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        raise EngineError(f"the engine is not installed as {DISTRIBUTION}: {HOW}") from None
    direct = json.loads(dist.read_text("direct_url.json") or "{}")
    url = str(direct.get("url", ""))
    vcs = direct.get("vcs_info")
    if vcs and vcs.get("vcs") == "git" and vcs.get("commit_id"):
        subdirectory = direct.get("subdirectory")
        return _requirement(url, vcs["commit_id"], subdirectory)
    if url.startswith("file://"):
        return checkout_requirement(Path(unquote(urlparse(url).path)))
    raise EngineError(f"the engine was installed from a package ({dist.version}) that no "
                      f"registry publishes, so a new briefing could not install it: {HOW}")


def checkout_requirement(folder: Path) -> str:
    """The requirement for the engine in this git checkout: its remote's address at its commit,
    when the remote has that commit (else a briefing's deploy could not fetch it)."""
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top is None:
        raise EngineError(f"the engine runs from {folder}, which is not a git checkout: {HOW}")
    commit = _git(folder, "rev-parse", "HEAD") or ""
    remote = _remote(folder)
    if remote is None:
        raise EngineError(f"the engine's checkout {top} has no git remote that another machine "
                          f"could install from: push it somewhere, or {HOW}")
    name, address = remote
    if not _git(folder, "for-each-ref", "--contains", commit, f"refs/remotes/{name}/"):
        raise EngineError(f"the engine's commit {commit[:12]} is not on its remote '{name}' "
                          f"({address}) yet: push it first (git push {name}), or {HOW}")
    inside = Path(folder).resolve().relative_to(Path(top).resolve()).as_posix()
    return _requirement(_pip_url(address), commit, None if inside == "." else inside)


def _remote(folder: Path) -> tuple[str, str] | None:
    """The remote `origin`, or else the first one: (name, address)."""
    names = (_git(folder, "remote") or "").split()
    if not names:
        return None
    name = "origin" if "origin" in names else names[0]
    address = _git(folder, "remote", "get-url", name)
    return (name, address) if address else None


def _pip_url(address: str) -> str:
    """A git remote as pip reads it: `git@host:path` becomes an ssh URL, and GitHub's becomes
    https (a Pages runner has no ssh key, and a public repository needs none)."""
    scp = re.fullmatch(r"(?:[\w.-]+@)?([\w.-]+):(?!//)(.+)", address)
    if scp and scp.group(1) == "github.com":
        return f"https://github.com/{scp.group(2)}"
    if scp:
        return f"ssh://{address.replace(':', '/', 1)}"
    if re.match(r"[a-z][a-z0-9+.-]*://", address):
        return address
    return Path(address).resolve().as_uri()  # a remote that is a folder on this machine


def _requirement(url: str, commit: str, subdirectory: str | None) -> str:
    url = url.removeprefix("git+")
    fragment = f"#subdirectory={subdirectory}" if subdirectory else ""
    return f"{DISTRIBUTION} @ git+{url}@{commit}{fragment}"


def _git(folder: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                                text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() if result.returncode == 0 else None
