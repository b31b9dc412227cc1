"""The hub benchmark: `python -m benchmarks.hub --sizes 100,1000`. Not part of the test suite.

For each size it writes a synthetic network of briefing indexes (hubcorpus.py), scaffolds a
hub over them with `briefing hub`, builds it with `mkdocs build`, and builds the same pages as
a plain Material site without the hook. Then one briefing changes under `mkdocs serve`, and the
rebuild is timed until the changed page is served. Writes benchmarks/results/hub.json and
benchmarks/results/hub.md (a table for the hub section of docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

from tests.hubsites import network_hub
from tests.localserver import free_port

from benchmarks import measure
from benchmarks.projects import ENV, ROOT, baseline_project, mkdocs_command
from briefing.core.settings import Settings
from briefing.engine import build

WORK = ROOT / "benchmarks" / "results" / "work"
BUDGET = 200_000  # bytes: no page should pass it


def make(size: int) -> Path:
    folder = WORK / f"hub-{size}"
    if folder.exists():
        shutil.rmtree(folder)
    return network_hub(folder, size, f"A network of {size} briefings")


def pages_report(site: Path) -> dict[str, Any]:
    pages = [path for path in site.rglob("*.html") if "records" not in path.relative_to(site).parts
             and path.name != "404.html"]
    largest = max(pages, key=lambda path: path.stat().st_size)
    return {"pages": len(pages), "redirects": sum(1 for _ in (site / "records").rglob("*.html")),
            "largest_page_bytes": largest.stat().st_size,
            "largest_page": largest.relative_to(site).as_posix(),
            "pages_over_budget": sum(1 for path in pages if path.stat().st_size > BUDGET),
            "output_bytes": measure.folder_bytes(site)}


def incremental(hub: Path, sites: Path, timeout: float = 3600) -> dict[str, Any]:
    """`mkdocs serve`; then one briefing's index changes (its title) and the hub's list is
    touched: seconds and CPU until the changed briefing's page is served with the new title."""
    port = free_port()
    index_file = next(sorted(sites.iterdir()).__iter__()) / "briefing-index.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    url = f"http://127.0.0.1:{port}/briefings/{index['briefing']['id']}/"
    with (hub / "serve.log").open("w") as out:
        server = subprocess.Popen(mkdocs_command(hub, "serve", "-a", f"127.0.0.1:{port}"), env=ENV,
                                  stdout=out, stderr=subprocess.STDOUT, cwd=hub)
    try:
        first = measure._wait_for(url, "<h1", timeout)
        first_cpu, first_peak = measure._cpu_seconds(server.pid), measure.peak_mb(server.pid)
        time.sleep(3)
        marker = f"Changed {time.time_ns()}"
        index["briefing"]["title"] = f"{marker} {index['briefing']['title']}"
        edited, cpu_before = time.perf_counter(), measure._cpu_seconds(server.pid)
        index_file.write_text(json.dumps(index), encoding="utf-8")
        (hub / "data/hub.yml").touch()  # the watcher follows data/, not the other sites
        measure._wait_for(url, marker, timeout)
        seconds, cpu = time.perf_counter() - edited, measure._cpu_seconds(server.pid) - cpu_before
        peak = measure.peak_mb(server.pid)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=120)
        except subprocess.TimeoutExpired:  # a loaded machine: the figures are taken already
            server.kill()
            server.wait()
    log = (hub / "serve.log").read_text(encoding="utf-8")
    reused = re.findall(r"reused (\d+) of (\d+) pages", log)
    return {"first_build_s": first, "first_build_cpu_s": first_cpu, "first_build_peak_mb": first_peak,
            "rebuild_s": seconds, "rebuild_cpu_s": cpu, "peak_mb": peak,
            "reused": [int(n) for n in reused[-1]] if reused else None}


def measure_size(size: int, serve: bool, baseline_too: bool = True) -> dict[str, Any]:
    hub = make(size)
    timed = measure.timed_build(hub, hub / "site", hub / "build.log")
    result: dict[str, Any] = {"briefings": size, "build_s": timed.seconds, "build_cpu_s": timed.cpu_s,
                              "peak_mb": timed.peak_mb, **pages_report(hub / "site")}
    result["ms_per_page"] = 1000 * timed.seconds / result["pages"]
    result["cpu_ms_per_page"] = 1000 * timed.cpu_s / result["pages"]
    if baseline_too:
        result.update(plain_material(hub))
    if serve:
        result["incremental"] = incremental(hub, hub.parent / "sites")
    print(json.dumps(result, indent=1), flush=True)
    return result


def plain_material(hub: Path) -> dict[str, Any]:
    baseline = baseline_project(hub, hub.parent / "baseline")
    # The same site files too (feeds, redirects, assets): the pages link to them.
    for path, content in build(Settings(hub)).files.items():
        target = baseline / "pages" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    plain = measure.timed_build(baseline, baseline / "site", baseline / "build.log")
    return {"baseline_s": plain.seconds, "baseline_cpu_s": plain.cpu_s,
            "baseline_peak_mb": plain.peak_mb,
            "baseline_largest_page_bytes": pages_report(baseline / "site")["largest_page_bytes"]}


def engine_only(size: int) -> dict[str, Any]:
    """The engine alone (`build()` in this process) over the network of `size` briefings: CPU
    seconds, pages, other files, Markdown bytes; run each size in a fresh process (peak memory
    is the process's)."""
    hub = WORK / f"hub-{size}" / "hub"
    if not (hub / "data/hub.yml").exists():
        hub = make(size)
    start = time.process_time()
    site = build(Settings(hub))
    cpu = time.process_time() - start
    markdown = sum(len(text.encode()) for text in site.pages.values())
    return {"briefings": size, "pages": len(site.pages), "files": len(site.files),
            "markdown_mb": markdown / 1e6, "engine_cpu_s": cpu,
            "cpu_ms_per_page": 1000 * cpu / len(site.pages), "cpu_ms_per_briefing": 1000 * cpu / size,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "load_average": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--serve", default="1000", help="sizes whose serve rebuild is timed")
    parser.add_argument("--baseline", default="100,1000", help="sizes also built as plain Material")
    parser.add_argument("--engine", type=int, help="only time the engine in process at this size")
    args = parser.parse_args(argv)
    if args.engine:
        print(json.dumps(engine_only(args.engine)))
        return
    serve = {int(size) for size in args.serve.split(",") if size}
    plain = {int(size) for size in args.baseline.split(",") if size}
    out = ROOT / "benchmarks/results/hub.json"
    results = json.loads(out.read_text()) if out.exists() else {"sizes": {}}
    results["machine"] = _machine()
    for size in args.sizes.split(","):  # each size written as soon as it is measured
        results["sizes"][size] = measure_size(int(size), int(size) in serve, int(size) in plain)
        out.write_text(json.dumps(results, indent=1) + "\n")
        write_docs(results)


def _machine() -> dict[str, Any]:
    from benchmarks.report import machine
    return machine()


HUB_SECTION = "## A hub of many briefings"


def docs_section(results: dict[str, Any]) -> str:
    """The hub's section of docs/benchmarks.md, from benchmarks/results/hub.json."""
    rows = ["| Briefings | Pages (+ redirect files) | Build (s) | CPU (s) | Peak memory (MB) "
            "| Largest page (KB) | Pages over 200 KB | Plain Material: build (s) / CPU (s) / peak (MB) "
            "| CPU ms per page |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size in results["sizes"].values():
        size = {"baseline_s": float("nan"), "baseline_cpu_s": float("nan"),
                "baseline_peak_mb": float("nan"), **size}
        rows.append(f"| {size['briefings']:,} | {size['pages']:,} (+ {size['redirects']:,}) "
                    f"| {size['build_s']:.0f} | {size['build_cpu_s']:.0f} | {size['peak_mb']:.0f} "
                    f"| {size['largest_page_bytes'] / 1000:.0f} ({size['largest_page']}) "
                    f"| {size['pages_over_budget']} | {size['baseline_s']:.0f} / "
                    f"{size['baseline_cpu_s']:.0f} / {size['baseline_peak_mb']:.0f} "
                    f"| {size['cpu_ms_per_page']:.0f} |")
    text = [HUB_SECTION, "",
            "A hub built from a synthetic network of briefing indexes (`benchmarks/hubcorpus.py`: "
            "about 100 records a briefing; names drawn with weight 1/rank from pools of 4,000 "
            "people, 600 organisations, 800 places and 300 topics, so that a few people are in "
            "hundreds of briefings and most in one or two; two thirds carry a Wikidata id). "
            "*Plain Material* builds the same pages and files, written out, without the hook. "
            "One build of each, on the shared machine (CPU time is the steadier figure).", "",
            *rows, ""]
    sizes = list(results["sizes"].values())
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        ratio = large["cpu_ms_per_page"] / small["cpu_ms_per_page"]
        text.append(f"Per-page CPU at {large['briefings']:,} briefings is {ratio:.2f}× that at "
                    f"{small['briefings']:,}.")
    for size in sizes:
        change = size.get("incremental")
        if change:
            reused = change.get("reused")
            text.append(f"One changed briefing under `mkdocs serve` at {size['briefings']:,} "
                        f"briefings: served {change['rebuild_s']:.0f} s after the change "
                        f"({change['rebuild_cpu_s']:.0f} s of server CPU; the first build took "
                        f"{change['first_build_s']:.0f} s)"
                        + (f", {reused[0]:,} of {reused[1]:,} pages reused from the last build."
                           if reused else "."))
    return "\n".join(text) + "\n\n"


def write_docs(results: dict[str, Any]) -> None:
    """The table in benchmarks/results/hub.md: docs/benchmarks.md's hub section is written by
    hand from it (writing over that section lost what the rounds found)."""
    (ROOT / "benchmarks" / "results" / "hub.md").write_text(docs_section(results), encoding="utf-8")


if __name__ == "__main__":
    main()
