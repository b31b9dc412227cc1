"""Measurements: a timed build in its own process, sizes of a built site, a serve rebuild."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from tests.localserver import free_port

from benchmarks.projects import ENV, mkdocs_command


@dataclass(frozen=True)
class Build:
    seconds: float
    peak_mb: float  # maximum resident set size of the build process
    cpu_s: float = 0.0  # user + system time of the build process: steadier than wall time
                        # when other work shares the machine


# Compiled templates the hook keeps in the project (pages/bytecode.py): removed before each build,
# so that every build is as cold as the first in a fresh clone (plain MkDocs keeps none).
TEMPLATE_CACHE = Path(".briefing-cache") / "templates"


def timed_build(project: Path, site: Path, log: Path) -> Build:
    """`mkdocs build` into `site`, with no compiled templates kept from an earlier build: wall
    time and the peak memory of that one process."""
    shutil.rmtree(project / TEMPLATE_CACHE, ignore_errors=True)
    with log.open("w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(mkdocs_command(project, "build", "-d", str(site)), env=ENV,
                                   stdout=out, stderr=subprocess.STDOUT, cwd=project)
        # os.wait4 gives this child's own rusage; getrusage(RUSAGE_CHILDREN) would give the
        # largest of all children so far.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"mkdocs build failed in {project}: see {log}")
    return Build(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def html_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html")) - (1 if (site / "404.html").exists() else 0)


def gzip_bytes(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


_NAV_LINK = re.compile(r'class="md-nav__link')


def nav_links(page: Path) -> int:
    """Navigation links Material wrote into one page: stays flat if entity pages are not in nav."""
    return len(_NAV_LINK.findall(page.read_text(encoding="utf-8")))


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


def _wait_for(url: str, needle: str, timeout: float) -> float:
    """Seconds until the page at `url` holds `needle`, polling every 50 ms."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        body = _fetch(url)
        if body is not None and needle in body:
            return time.perf_counter() - start
        time.sleep(0.05)
    raise TimeoutError(f"{url} never showed {needle!r} within {timeout} s")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time a running process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def resident_mb(pid: int) -> float:
    """Resident memory of a running process (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise ValueError(f"no VmRSS for process {pid}")


def peak_mb(pid: int) -> float:
    """The largest resident memory a running process has had so far (Linux /proc, VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise ValueError(f"no VmHWM for process {pid}")


@dataclass(frozen=True)
class Edit:
    """What an edit rewrites, and where the server shows it."""

    path: Path
    url_path: str
    text: Any  # marker -> the file's new text


def person_edit(project: Path) -> Edit:
    """The first person's description, in the briefing's data."""
    people_file = project / "data" / "people.yml"
    people = yaml.safe_load(people_file.read_text(encoding="utf-8"))
    person, description = people[0], people[0].get("description", "")

    def text(marker: str) -> str:
        person["description"] = f"{marker} {description}".strip()
        return yaml.safe_dump(people, sort_keys=False, allow_unicode=True)

    return Edit(people_file, f"people/{person['id']}/", text)


def page_edit(project: Path, person_id: str) -> Edit:
    """The same person's page, written out as Markdown (the plain MkDocs baseline)."""
    page = project / "pages" / "people" / f"{person_id}.md"
    original = page.read_text(encoding="utf-8")
    heading = next(line for line in original.splitlines() if line.startswith("# "))
    return Edit(page, f"people/{person_id}/",
                lambda marker: original.replace(heading, f"{heading} {marker}", 1))


def serve_rebuild(project: Path, log: Path, edits: int = 5, edit: Edit | None = None,
                  timeout: float = 900) -> dict[str, Any]:
    """Start `mkdocs serve`, wait for the first build, then make `edits` edits (by default of
    one person's description), timing each from the file write to the edited page being
    served, and reading the server's resident memory after each."""
    edit = edit or person_edit(project)
    port = free_port()
    url = f"http://127.0.0.1:{port}/{edit.url_path}"
    with log.open("w") as out:
        server = subprocess.Popen(mkdocs_command(project, "serve", "-a", f"127.0.0.1:{port}"),
                                  env=ENV, stdout=out, stderr=subprocess.STDOUT, cwd=project)
    try:
        first = _wait_for(url, "<h1", timeout)
        times, cpu, memory = [], [], [resident_mb(server.pid)]
        for _ in range(edits):
            time.sleep(2)  # let the watcher settle after the last build
            marker = f"Edited-{time.time_ns()}"
            edited, cpu_before = time.perf_counter(), _cpu_seconds(server.pid)
            edit.path.write_text(edit.text(marker), encoding="utf-8")
            _wait_for(url, marker, timeout)
            times.append(time.perf_counter() - edited)
            cpu.append(_cpu_seconds(server.pid) - cpu_before)
            memory.append(resident_mb(server.pid))
        return {"first_build_s": first, "rebuild_s": times, "rebuild_cpu_s": cpu,
                "resident_mb": [round(mb, 1) for mb in memory]}
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
