"""The benchmark: `python -m benchmarks.run` (or `make bench`). Not part of the test suite.

For each size it builds the synthetic briefing through the hook and the same pages as plain
Markdown without it, alternating the two, and writes benchmarks/results/ and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks import cards, draft, measure, report, search
from benchmarks.caches import clear_caches
from benchmarks.projects import ROOT, baseline_project, generated_project
from briefing.core.settings import Settings
from briefing.data.load import load
from briefing.model.link import link
from briefing.pages.render import render_site

WORK = ROOT / "benchmarks" / "results" / "work"
SIZES = (100, 1000, 10000)


def engine_phases(project: Path, repeats: int) -> dict[str, float]:
    """Seconds of our own phases, in this process: the best of `repeats` runs of each.

    Each run as a build runs them: the cyclic collector paused (`engine.build` runs the engine
    inside `core.collector.paused`), then the collection of the young generations the build makes
    before it freezes what the engine made (`adapter/collect.py`), counted as the engine's
    ("collect"). `engine_collector_on` is the same phases with the collector running, as this
    measured them before (collections the build never makes there: 0.07-0.15 s at 1,000 pages).
    """
    best: dict[str, float] = {}
    for _ in range(repeats):
        for phase, seconds in (*_phases(project, paused=True).items(),
                               ("engine_collector_on", _phases(project, paused=False)["engine"])):
            best[phase] = min(best.get(phase, seconds), seconds)
    return best


def _phases(project: Path, paused: bool) -> dict[str, float]:
    """One cold run of load, link and render (CPU s of this process: the builds it is compared
    with are measured in CPU too)."""
    clear_caches()  # each run as cold as the build's own process
    gc.collect()  # the last run's model freed first, not scanned during this one
    was_enabled = gc.isenabled()
    if paused:
        gc.disable()
    try:
        start = time.process_time()
        loaded, _ = load(project)
        loaded_at = time.process_time()
        model, problems = link(loaded)
        linked_at = time.process_time()
        assert model is not None, problems
        render_site(model, Settings(project).templates_path)
        rendered_at = time.process_time()
    finally:
        if was_enabled:
            gc.enable()
    if paused:
        gc.collect(1)  # Collector.freeze, a process's first build
    done = time.process_time()
    return {"load_validate": loaded_at - start, "link": linked_at - loaded_at,
            "render": rendered_at - linked_at, "collect": done - rendered_at,
            "engine": done - start}


def alternate_builds(generated: Path, baseline: Path, repeats: int) -> dict[str, list[Any]]:
    """Build both sites `repeats` times each, alternating which goes first."""
    builds: dict[str, list[Any]] = {"generated": [], "baseline": []}
    for round_ in range(repeats):
        order = ("generated", "baseline") if round_ % 2 == 0 else ("baseline", "generated")
        for name in order:
            project = generated if name == "generated" else baseline
            builds[name].append(measure.timed_build(project, project / "site",
                                                    project / f"build-{round_}.log"))
    return builds


def measure_size(pages: int | None, repeats: int, query: str,
                 quick: bool = False) -> dict[str, Any]:
    """One size (None: the seed briefing): both builds, alternating, and what they made."""
    folder = WORK / (f"n{pages}" if pages else "seed")
    generated = generated_project(folder / "generated", pages)
    baseline = baseline_project(generated, folder / "baseline")
    builds = alternate_builds(generated, baseline, repeats)
    gen_s = statistics.median(b.seconds for b in builds["generated"])
    base_s = statistics.median(b.seconds for b in builds["baseline"])
    phases = engine_phases(generated, repeats)
    site = generated / "site"
    built_pages = measure.html_pages(site)
    result = {
        "pages": built_pages, "repeats": repeats,
        "generated_s": [round(b.seconds, 3) for b in builds["generated"]],
        "baseline_s": [round(b.seconds, 3) for b in builds["baseline"]],
        "ratio": gen_s / base_s, "engine": phases,
        "generated_cpu_s": [round(b.cpu_s, 3) for b in builds["generated"]],
        "baseline_cpu_s": [round(b.cpu_s, 3) for b in builds["baseline"]],
        "cpu_ratio": _median_of(builds["generated"]) / _median_of(builds["baseline"]),
        "our_share": phases["engine"] / _median_of(builds["generated"]),
        "ms_per_page": 1000 * gen_s / built_pages, "baseline_ms_per_page": 1000 * base_s / built_pages,
        "peak_mb": max(b.peak_mb for b in builds["generated"]),
        "baseline_peak_mb": max(b.peak_mb for b in builds["baseline"]),
        "output_bytes": measure.folder_bytes(site),
        "baseline_output_bytes": measure.folder_bytes(baseline / "site"),
        "nav_links_per_page": measure.nav_links(next((site / "quotes").glob("*/index.html"))),
        "material_index": search.material_index(site),
        "cards": cards.cost(generated, built_pages),
    }
    if not quick:
        result["pagefind_s"] = search.run_pagefind(site)
        result["pagefind_first_query"] = search.first_query(site, query)
    return result


def _median_of(builds: list[measure.Build]) -> float:
    return statistics.median(b.cpu_s for b in builds)


def serve_rebuilds(sizes: list[int], edits: int) -> dict[str, Any]:
    """Edits under `mkdocs serve`: through the hook, and the same pages under plain MkDocs."""
    rebuilds: dict[str, Any] = {}
    for pages in [None, *sizes]:
        name = "seed" if pages is None else str(pages)
        project = generated_project(WORK / f"serve-{name}", pages)
        edit = measure.person_edit(project)
        baseline = baseline_project(project, WORK / f"serve-{name}-baseline")
        rebuilds[name] = measure.serve_rebuild(project, project / "serve.log", edits, edit)
        rebuilds[name]["baseline"] = measure.serve_rebuild(
            baseline, baseline / "serve.log", edits,
            measure.page_edit(baseline, edit.url_path.split("/")[1]))
        print(f"serve rebuild {name}: {rebuilds[name]}", flush=True)
    return rebuilds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="generated pages per run, comma-separated (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=3, help="builds of each site per size")
    parser.add_argument("--serve-sizes", default="1000",
                        help="corpus sizes for the serve rebuild, besides the seed")
    parser.add_argument("--query", default="coal", help="the word searched for in the browser")
    parser.add_argument("--edits", type=int, default=25,
                        help="timed edits under `mkdocs serve`, memory read after each")
    parser.add_argument("--serve-only", action="store_true",
                        help="only the edits under `mkdocs serve`: writes benchmarks/results/"
                             "serve.* and leaves docs/ alone")
    parser.add_argument("--quick", action="store_true",
                        help="the inner loop, about a minute: the seed only, no Pagefind; "
                             "writes benchmarks/results/quick.* and leaves docs/ alone")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.serve_sizes, args.repeats, args.edits = "", "", 3, 3
    sizes = [None, *(int(size) for size in args.sizes.split(",") if size)]
    results: dict[str, Any] = {"machine": report.machine(), "sizes": {}}
    if args.serve_only:
        results["serve"] = serve_rebuilds([int(size) for size in args.serve_sizes.split(",")
                                           if size], args.edits)
        report.write_serve(results, ROOT)
        return
    for pages in sizes:
        name = str(pages or "seed")
        results["sizes"][name] = measure_size(pages, args.repeats, args.query, args.quick)
        print(json.dumps(results["sizes"][name], indent=1), flush=True)
        print(report.cards_line(name, results["sizes"][name]), flush=True)
    serve = [int(size) for size in args.serve_sizes.split(",") if size]
    results["serve"] = serve_rebuilds(serve, args.edits)
    results["draft"] = draft.measure()  # `briefing new`: a 3,000-word article drafted
    report.write_all(results, ROOT, quick=args.quick)


if __name__ == "__main__":
    main()
