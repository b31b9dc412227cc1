"""The benchmark: `python -m benchmarks.run` (or `make bench`). Not part of the test suite.

For each size it builds the synthetic briefing through the hook and the same pages as plain
Markdown without it, alternating the two, and writes benchmarks/results/ and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks import draft, measure, report, search
from benchmarks.projects import ROOT, baseline_project, generated_project
from briefing.link import link
from briefing.load import load
from briefing.render import render_site
from briefing.settings import Settings

WORK = ROOT / "benchmarks" / "results" / "work"
SIZES = (100, 1000, 10000)


def engine_phases(project: Path, repeats: int) -> dict[str, float]:
    """Seconds of our own phases, in this process: the best of `repeats` runs of each."""
    best: dict[str, float] = {}
    for _ in range(repeats):
        start = time.perf_counter()
        loaded, _ = load(project)
        loaded_at = time.perf_counter()
        model, problems = link(loaded)
        linked_at = time.perf_counter()
        assert model is not None, problems
        render_site(model, Settings(project).templates_path)
        done = time.perf_counter()
        for phase, seconds in (("load_validate", loaded_at - start), ("link", linked_at - loaded_at),
                               ("render", done - linked_at), ("engine", done - start)):
            best[phase] = min(best.get(phase, seconds), seconds)
    return best


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


def measure_size(pages: int, repeats: int, query: str) -> dict[str, Any]:
    folder = WORK / f"n{pages}"
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
        "ratio": gen_s / base_s, "engine": phases, "our_share": phases["engine"] / gen_s,
        "ms_per_page": 1000 * gen_s / built_pages, "baseline_ms_per_page": 1000 * base_s / built_pages,
        "peak_mb": max(b.peak_mb for b in builds["generated"]),
        "baseline_peak_mb": max(b.peak_mb for b in builds["baseline"]),
        "output_bytes": measure.folder_bytes(site),
        "baseline_output_bytes": measure.folder_bytes(baseline / "site"),
        "nav_links_per_page": measure.nav_links(next((site / "quotes").glob("*/index.html"))),
        "material_index": search.material_index(site),
    }
    result["pagefind_s"] = search.run_pagefind(site)
    result["pagefind_first_query"] = search.first_query(site, query)
    return result


def serve_rebuilds(sizes: list[int]) -> dict[str, Any]:
    rebuilds: dict[str, Any] = {}
    for pages in [None, *sizes]:
        name = "seed" if pages is None else str(pages)
        project = generated_project(WORK / f"serve-{name}", pages)
        rebuilds[name] = measure.serve_rebuild(project, project / "serve.log")
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
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    results: dict[str, Any] = {"machine": report.machine(), "sizes": {}}
    for pages in sizes:
        results["sizes"][str(pages)] = measure_size(pages, args.repeats, args.query)
        print(json.dumps(results["sizes"][str(pages)], indent=1), flush=True)
    serve = [int(size) for size in args.serve_sizes.split(",") if size]
    results["serve"] = serve_rebuilds(serve)
    results["draft"] = draft.measure()  # `briefing new`: a 2,000-word article drafted
    report.write_all(results, ROOT)


if __name__ == "__main__":
    main()
