"""Under `mkdocs serve`, a rebuild reuses the work of unchanged pages; what it serves must
equal a clean `mkdocs build` of the same data, page for page, index for index."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import BIN, site_project
from test_serve import Server, wait_for

# The live-reload script `mkdocs serve` injects into every HTML page it serves.
_LIVERELOAD = re.compile(rb"<script>\s*var livereload = .*?</script>", re.S)
# Built from the same data but not compared: gzip stamps the build time into the sitemap.
_SKIPPED = {"sitemap.xml.gz"}

NEW_PERSON = """
- id: {id}
  paragraphs:
    - 1
  name: Ada Tester
  aliases:
    - senior Chinese officials
  description: A person added while the server runs.
{former}"""


def served(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, _LIVERELOAD.sub(b"", response.read())
    except urllib.error.HTTPError as error:
        return error.code, b""


def clean_build(project: Path, out: Path, site_url: str) -> Path:
    copy = out / "project"
    shutil.rmtree(out, ignore_errors=True)
    copy.mkdir(parents=True)
    for part in ("mkdocs.yml", "docs", "hooks", "data", "seeds"):
        source = project / part
        (shutil.copytree if source.is_dir() else shutil.copy)(source, copy / part)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    result = subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "-d", str(out / "site")],
                            cwd=copy, env=env, text=True, capture_output=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return out / "site"


def assert_serves(running: Server, site: Path, gone: list[str],
                  folder: Path | None = None) -> None:
    """Every file of the clean build `site` is served as it is; with `folder` (the server's
    site folder), that folder holds those files and no others (nothing left from an earlier
    build), and no empty folder."""
    base = f"http://127.0.0.1:{running.port}/"
    files = [path for path in sorted(site.rglob("*"))
             if path.is_file() and path.name not in _SKIPPED]
    if folder is not None:
        assert _tree(folder) == _tree(site), f"{folder} holds other files than a clean build"
    assert any(path.name == "search_index.json" for path in files)
    assert any(path.name == "objects.inv" for path in files)
    for path in files:
        address = path.relative_to(site).as_posix()
        status, body = served(base + address)
        assert status == 200, address
        assert body == path.read_bytes(), f"served {address} differs from a clean build"
    for address in gone:
        assert not (site / address).exists()
        assert served(base + address)[0] == 404, f"{address} is still served"


def _tree(folder: Path) -> list[tuple[str, bytes]]:
    """Every file and folder under `folder`, with each file's bytes (folders: b"/")."""
    return sorted((path.relative_to(folder).as_posix(),
                   b"/" if path.is_dir() else path.read_bytes() if path.name not in _SKIPPED
                   else b"") for path in folder.rglob("*"))


def server_folder(tmp: Path) -> Path:
    """The site folder of the one `mkdocs serve` whose temporary folder is `tmp`."""
    found = [path for path in tmp.iterdir() if path.name.startswith("mkdocs_")]
    assert len(found) == 1, found
    return found[0]


def rebuilt_with(running: Server, after: int, page: str, needle: str) -> Callable[[], bool]:
    """A rebuild finished after log line `after`, and `page` shows `needle`."""
    return lambda: (any("Reloading browsers" in line for line in running.log[after:])
                    and needle in running.page(page))


def _reused(log: list[str], since: int = 0) -> list[tuple[int, int]]:
    """(reused, pages) of each rebuild's 'reused N of M pages' line after line `since` of the log.
    The watcher may see one write twice on a loaded machine and rebuild again with nothing changed
    (all pages reused: the CI run of f471e23 failed so, 'reused 97 of 97 pages'); the edit's own
    rebuild is among them."""
    found = [re.search(r"reused (\d+) of (\d+) pages", line) for line in log[since:]
             if "pages from the last build" in line]
    assert found and all(found), log[since:]
    return [(int(match[1]), int(match[2])) for match in found if match]


@pytest.fixture
def project_and_server(tmp_path: Path) -> Iterator[tuple[Path, Server]]:
    project = site_project(tmp_path)
    (tmp_path / "tmp").mkdir()  # where the server's site folder is made, to be compared
    running = Server(project, env={"TMPDIR": str(tmp_path / "tmp")})
    try:
        yield project, running
    finally:
        running.stop()


def test_served_site_equals_a_clean_build_after_each_edit(
        project_and_server: tuple[Path, Server], tmp_path: Path) -> None:
    project, running = project_and_server
    site_url = f"http://127.0.0.1:{running.port}/"
    wait_for(lambda: "Wang Yi" in running.page("people/wang-yi/"), "the first build")
    people = project / "data/people.yml"
    original = people.read_text(encoding="utf-8")
    edits = [
        ("a changed field", original.replace("name: Wang Yi\n", "name: Wang Yi (edited)\n", 1),
         "people/wang-yi/", "Wang Yi (edited)", []),
        ("an added record", original + NEW_PERSON.format(id="ada-tester", former=""),
         "people/ada-tester/", "Ada Tester", []),
        ("a renamed record", original + NEW_PERSON.format(
            id="ada-renamed", former="  former_ids:\n    - ada-tester\n"),
         "people/ada-renamed/", "Ada Tester", []),
        ("a deleted record", original, "people/", "Wang Yi",
         ["people/ada-renamed/index.html", "people/ada-tester/index.html"]),
    ]
    for number, (what, text, page, needle, gone) in enumerate(edits):
        since = len(running.log)
        rebuilt = rebuilt_with(running, since, page, needle)
        people.write_text(text, encoding="utf-8")
        wait_for(rebuilt, f"the rebuild after {what}")
        site = clean_build(project, tmp_path / f"clean-{number}", site_url)
        assert_serves(running, site, gone, server_folder(tmp_path / "tmp"))
        reused = _reused(running.log, since)
        assert any(0 < kept < pages for kept, pages in reused), f"after {what}, reused (of pages): {reused}"
        kept = _kept_pages(server_folder(tmp_path / "tmp"), people)
        assert number or kept[0] > kept[1] // 2, f"after {what}, kept {kept[0]} of {kept[1]} pages"


def _kept_pages(folder: Path, edited: Path) -> tuple[int, int]:
    """(pages not written since `edited` was, pages) in the served folder: the first edit
    after the server started too (its spare folder is copied after the first build)."""
    since = edited.stat().st_mtime_ns
    pages = [path.stat().st_mtime_ns for path in folder.rglob("index.html")]
    return len([written for written in pages if written < since]), len(pages)
