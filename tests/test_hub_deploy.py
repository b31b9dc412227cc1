"""The hub's deployment: its Pages workflow is a valid workflow that refetches the indexes
before an honest (strict) build, on a schedule and on a member's dispatch; and `briefing refetch`
asks conditionally, keeps a copy when a briefing is down, and never caches junk (local servers)."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml

from briefing.cli import main
from briefing.core.settings import Settings
from briefing.engine import build
from briefing.web.imports import cache_file
from briefing.web.refetch import refetch
from hubsites import make_hub, publish_indexes
from localserver import running, serving


class IndexServer(BaseHTTPRequestHandler):
    """Serves `/<alias>/briefing-index.json` with an ETag, answering 304 to a matching
    If-None-Match; records what each request asked."""

    bodies: ClassVar[dict[str, bytes]] = {}
    status: ClassVar[int] = 200
    asked: ClassVar[list[str | None]] = []

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
        pass

    def do_GET(self) -> None:  # noqa: N802 (the base's name)
        body = self.bodies.get(self.path.split("/")[1], b"")
        etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
        self.asked.append(self.headers.get("If-None-Match"))
        if self.status != 200:
            self.send_response(self.status)
            self.end_headers()
        elif self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    IndexServer.bodies, IndexServer.status, IndexServer.asked = {}, 200, []
    with running(ThreadingHTTPServer(("127.0.0.1", 0), IndexServer)) as url:
        yield url


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    sites = publish_indexes(tmp_path_factory.mktemp("indexes"))
    return {alias: (site / "briefing-index.json").read_bytes() for alias, site in sites.items()}


def workflow(hub: Path) -> dict[Any, Any]:
    text = (hub / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    assert "$${{" not in text and "$engine" not in text  # every template value filled in
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def test_the_workflow_refetches_then_builds_strictly_on_schedule_and_dispatch(tmp_path: Path) -> None:
    hub = make_hub(tmp_path, {"kerry-beijing-2023": "https://example.org/kerry-beijing-2023/"})
    data = workflow(hub)
    triggers = data[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"push", "schedule", "repository_dispatch", "workflow_dispatch"}
    assert all(re.fullmatch(r"(\S+ ){4}\S+", entry["cron"]) for entry in triggers["schedule"])
    assert triggers["repository_dispatch"]["types"] == ["briefing-published"]
    assert data["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = data["jobs"]["build"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    runs = [step.get("run", "") for step in steps]
    cache = steps[next(n for n, use in enumerate(uses) if use.startswith("actions/cache@"))]
    assert cache["with"]["path"] == ".briefing-cache" and cache["with"]["restore-keys"]
    refetching = next(n for n, run in enumerate(runs) if run.strip() == "briefing refetch")
    building = next(n for n, run in enumerate(runs) if run.startswith("mkdocs build --strict"))
    assert uses.index(cache_use := cache["uses"]) < refetching < building, cache_use
    assert "-q" not in runs[building].split()  # `-q --strict` would pass on warnings
    assert "SITE_URL" in steps[building]["env"]
    assert any(use.startswith("actions/upload-pages-artifact@") for use in uses)
    deploy = data["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_refetch_asks_conditionally_and_a_304_keeps_the_copy_fresh(
        tmp_path: Path, server: str, indexes: dict[str, bytes]) -> None:
    IndexServer.bodies = dict(indexes)
    settings = Settings(tmp_path)
    location = server + "kerry-cop28-2023/"
    assert refetch("cop28", location, settings).outcome == "updated"
    cached = json.loads(cache_file(settings, "cop28").read_text(encoding="utf-8"))
    assert cached["etag"] and cached["index"]["briefing"]["id"] == "kerry-cop28-2023"
    old = time.time() - 10 * 3600
    os.utime(cache_file(settings, "cop28"), (old, old))
    assert refetch("cop28", location, settings).outcome == "unchanged"
    assert IndexServer.asked == [None, cached["etag"]]
    assert cache_file(settings, "cop28").stat().st_mtime > old + 3600  # fresh again
    IndexServer.bodies["kerry-cop28-2023"] = indexes["kerry-sunnylands-2023"]  # it changed
    assert refetch("cop28", location, settings).outcome == "updated"
    assert "kerry-sunnylands-2023" in cache_file(settings, "cop28").read_text(encoding="utf-8")


@pytest.mark.parametrize(("status", "body"), [(503, b""), (200, b"<html>captive portal</html>")])
def test_a_briefing_that_is_down_or_broken_keeps_its_copy(
        tmp_path: Path, server: str, indexes: dict[str, bytes], status: int, body: bytes) -> None:
    IndexServer.bodies = dict(indexes)
    settings = Settings(tmp_path)
    location = server + "kerry-cop28-2023/"
    refetch("cop28", location, settings)
    before = cache_file(settings, "cop28").read_bytes()
    IndexServer.status = status
    IndexServer.bodies["kerry-cop28-2023"] = body
    result = refetch("cop28", location, settings)
    assert result.outcome == "kept" and "keeping the cached copy" in result.message
    assert cache_file(settings, "cop28").read_bytes() == before


def test_with_no_copy_a_failed_refetch_fails_the_command(tmp_path: Path, server: str) -> None:
    IndexServer.status = 503
    hub = make_hub(tmp_path, {"gone": server + "gone/"})
    assert main(["--root", str(hub), "refetch"]) == 1


def test_the_workflow_steps_refetch_then_build_the_hub_from_the_cache(
        tmp_path: Path, indexes: dict[str, bytes]) -> None:
    """Last-Modified too: Python's own file server answers If-Modified-Since with 304."""
    sites = tmp_path / "served"
    for alias, body in indexes.items():
        (sites / alias).mkdir(parents=True)
        (sites / alias / "briefing-index.json").write_bytes(body)
    with serving(sites) as base:
        hub = make_hub(tmp_path, {alias: base + alias + "/" for alias in indexes})
        assert main(["--root", str(hub), "refetch"]) == 0
        stored = json.loads(cache_file(Settings(hub, import_cache=".briefing-cache"),
                                       "kerry-beijing-2023").read_text(encoding="utf-8"))
        assert stored["last_modified"]
        again = refetch("kerry-beijing-2023", base + "kerry-beijing-2023/", Settings(hub))
        assert again.outcome == "unchanged"
    site = build(Settings(hub, offline=True))  # the server is gone: the cache is enough
    assert "dossiers/people/john-kerry/index.md" in site.pages
