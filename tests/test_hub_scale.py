"""A hub's engine is linear in what it reads and writes: twice the briefings cost about twice
the CPU, not four times. A ratio in one run (no wall-clock limit): the synthetic network of the
hub benchmark (benchmarks/hubcorpus.py, a few people in most briefings) at N and 2N briefings."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.caches import clear_caches
from benchmarks.hubcorpus import write_network

from briefing.cli import main as briefing
from briefing.core.settings import Settings
from briefing.engine import build

SMALL = 60


def hub_of(folder: Path, size: int) -> Path:
    imports = write_network(folder / "sites", size)
    arguments = ["hub", str(folder / "hub"), "--title", f"A network of {size}", "--engine", "briefing-site"]
    for alias, location in imports.items():
        arguments += ["--import", f"{alias}={location}"]
    assert briefing(arguments) == 0
    return folder / "hub"


def engine_cost(hub: Path) -> tuple[float, int, int]:
    """The least CPU seconds of three builds (each with the engine's memo caches emptied), and
    the pages and bytes (Markdown and other files) one build writes."""
    costs = []
    for _ in range(3):
        clear_caches()
        start = time.process_time()
        site = build(Settings(hub))
        costs.append(time.process_time() - start)
    written = sum(len(text.encode()) for text in site.pages.values()) + sum(
        len(content if isinstance(content, bytes) else content.encode()) for content in site.files.values())
    return min(costs), len(site.pages), written


def test_twice_the_briefings_cost_about_twice_the_engine_cpu(tmp_path: Path) -> None:
    small_cost, small_pages, small_bytes = engine_cost(hub_of(tmp_path / "small", SMALL))
    large_cost, large_pages, large_bytes = engine_cost(hub_of(tmp_path / "large", 2 * SMALL))
    print(f"\n{SMALL} briefings: {small_cost:.2f} s CPU, {small_pages} pages, {small_bytes:,} bytes; "
          f"{2 * SMALL}: {large_cost:.2f} s, {large_pages} pages, {large_bytes:,} bytes")
    assert large_pages > 1.5 * small_pages
    # A briefing costs about the same in both (quadratic: twice as much); so does a byte written
    # (a scan of every record for each dossier or page would grow it with the hub).
    per_briefing = (large_cost / (2 * SMALL)) / (small_cost / SMALL)
    per_byte = (large_cost / large_bytes) / (small_cost / small_bytes)
    # Bounds: quadratic work gives 2, and an injected scan of every record per dossier measured
    # 2.1; an idle machine measures 1.0-1.2, a loaded one up to 1.4 (the CPU time of the same
    # work rises with the load), so 1.5 fails the one and not the other.
    assert per_briefing < 1.5, (small_cost, large_cost)
    assert per_byte < 1.5, (small_cost / small_bytes, large_cost / large_bytes)
