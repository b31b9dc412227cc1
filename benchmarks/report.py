"""Results out: JSON, a Markdown table, an SVG chart and docs/benchmarks.md."""

from __future__ import annotations

import json
import os
import platform
from importlib import metadata
from pathlib import Path
from typing import Any

TARGETS = "our share ≤ 5 %; generated / baseline ≤ 1.05; ms per page at 10,000 ≤ 1.2 × at 1,000"


def machine() -> dict[str, Any]:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor())
    memory_kb = int(Path("/proc/meminfo").read_text().split()[1])
    versions = {name: metadata.version(name) for name in
                ("mkdocs", "mkdocs-material", "Markdown", "Jinja2", "pydantic", "PyYAML", "pagefind")}
    return {"cpu": cpu, "cpus": os.cpu_count(), "memory_gb": round(memory_kb / 2**20, 1),
            "system": f"{platform.system()} {platform.release()}",
            "python": platform.python_version(), "versions": versions}


def _mb(value: float) -> str:
    return f"{value / 1e6:.1f} MB" if value >= 1e5 else f"{value / 1e3:.0f} kB"


def table(results: dict[str, Any]) -> str:
    head = ("| Pages | Generated build (s) | Baseline build (s) | Generated / baseline | "
            "Our share | ms / page (generated / baseline) | Peak memory (generated / baseline) | "
            "Output | Material search index (gzip) | Pagefind first query |\n"
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    rows = []
    for size in results["sizes"].values():
        gen, base = min(size["generated_s"]), min(size["baseline_s"])
        index, first = size["material_index"], size["pagefind_first_query"]
        rows.append(
            f"| {size['pages']:,} | {_median(size['generated_s']):.2f} (best {gen:.2f}) | "
            f"{_median(size['baseline_s']):.2f} (best {base:.2f}) | {size['ratio']:.2f} "
            f"(best {gen / base:.2f}) | {100 * size['our_share']:.1f} % "
            f"(best {100 * size['engine']['engine'] / gen:.1f} %) | {size['ms_per_page']:.1f} / "
            f"{size['baseline_ms_per_page']:.1f} | {size['peak_mb']:.0f} / "
            f"{size['baseline_peak_mb']:.0f} MB | {_mb(size['output_bytes'])} | "
            f"{_mb(index['bytes'])} ({_mb(index['gzip_bytes'])}) | "
            f"{_mb(first['bytes'])} in {first['requests']} files |")
    return head + "\n".join(rows) + "\n"


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def phases_table(results: dict[str, Any]) -> str:
    lines = ["| Pages | Load + validate (s) | Link (s) | Render (s) | Engine total (s) | "
             "Nav links per page |", "|---:|---:|---:|---:|---:|---:|"]
    for size in results["sizes"].values():
        engine = size["engine"]
        lines.append(f"| {size['pages']:,} | {engine['load_validate']:.2f} | {engine['link']:.2f} | "
                     f"{engine['render']:.2f} | {engine['engine']:.2f} | "
                     f"{size['nav_links_per_page']} |")
    return "\n".join(lines) + "\n"


def serve_table(results: dict[str, Any]) -> str:
    lines = ["| Briefing | First build (s) | Rebuild after one data edit (s) |", "|---|---:|---:|"]
    for name, times in results["serve"].items():
        label = "the seed (Kerry)" if name == "seed" else f"synthetic, {int(name):,} pages"
        lines.append(f"| {label} | {times['first_build_s']:.1f} | {times['rebuild_s']:.1f} |")
    return "\n".join(lines) + "\n"


def chart(results: dict[str, Any]) -> str:
    """Milliseconds per page, generated and baseline, one pair of bars per size (inline SVG)."""
    sizes = list(results["sizes"].values())
    top = max(max(s["ms_per_page"], s["baseline_ms_per_page"]) for s in sizes) * 1.15
    width, height, left, bottom = 560, 260, 60, 220
    step = (width - left - 20) / len(sizes)
    bars = []
    for index, size in enumerate(sizes):
        x = left + index * step + step * 0.2
        for offset, (key, css) in enumerate((("ms_per_page", "#3f51b5"),
                                             ("baseline_ms_per_page", "#9e9e9e"))):
            value = size[key]
            bar = (bottom - 20) * value / top
            bars.append(f'<rect x="{x + offset * step * 0.3:.0f}" y="{bottom - bar:.0f}" '
                        f'width="{step * 0.28:.0f}" height="{bar:.0f}" fill="{css}">'
                        f"<title>{value:.1f} ms per page</title></rect>"
                        f'<text x="{x + offset * step * 0.3 + step * 0.14:.0f}" y="{bottom - bar - 4:.0f}" '
                        f'text-anchor="middle" font-size="11">{value:.1f}</text>')
        bars.append(f'<text x="{x + step * 0.29:.0f}" y="{bottom + 16}" text-anchor="middle" '
                    f'font-size="12">{size["pages"]:,} pages</text>')
    legend = ('<rect x="70" y="8" width="12" height="12" fill="#3f51b5"/><text x="88" y="19" '
              'font-size="12">generated (hook)</text><rect x="210" y="8" width="12" height="12" '
              'fill="#9e9e9e"/><text x="228" y="19" font-size="12">baseline (plain Markdown)</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="Milliseconds per page by site size" style="max-width:{width}px">'
            f'<line x1="{left}" y1="{bottom}" x2="{width - 10}" y2="{bottom}" stroke="#666"/>'
            f'<text x="10" y="{bottom / 2}" font-size="12" transform="rotate(-90 16 {bottom / 2})">'
            f"ms per page</text>{legend}{''.join(bars)}</svg>")


def write_all(results: dict[str, Any], root: Path) -> None:
    out = root / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    tables = f"{table(results)}\n{phases_table(results)}\n{serve_table(results)}"
    (out / "results.md").write_text(tables, encoding="utf-8")
    (root / "docs" / "benchmarks.md").write_text(docs_page(results, tables), encoding="utf-8")



def docs_page(results: dict[str, Any], tables: str) -> str:
    info = results["machine"]
    versions = ", ".join(f"{name} {version}" for name, version in info["versions"].items())
    return (
        "# Benchmarks\n\n"
        "How much the briefing hook adds to a plain MkDocs build, measured on synthetic "
        "briefings of about 100, 1,000 and 10,000 generated pages (`benchmarks/corpus.py`, "
        "seeded, so every run builds the same data). *Generated* builds the briefing through "
        "the hook; *baseline* builds the same pages, written out as Markdown files, with the "
        "same `mkdocs.yml` minus the hook. The two alternate, "
        f"{next(iter(results['sizes'].values()))['repeats']} builds each; times are medians. "
        "*Our share* is the engine's own time (load, validate, link, render, measured in "
        "process) over the generated build. Times are wall-clock; where the machine was busy "
        "with other work the medians spread, and the *best* figures show the least disturbed "
        "builds.\n\n"
        f"Targets: {TARGETS}.\n\n"
        f"{chart(results)}\n\n{tables}\n"
        "Material downloads its whole search index on the first search; Pagefind downloads "
        "only its entry file, script, the index chunk of the query and the results shown. "
        "For large briefings, set `extra.briefing.search: pagefind` in `mkdocs.yml` "
        "(see the README).\n\n"
        "## Machine and versions\n\n"
        f"{info['cpu']}, {info['cpus']} CPUs, {info['memory_gb']} GB; {info['system']}; "
        f"Python {info['python']}; {versions}.\n\n"
        "## Rerun\n\n"
        "```sh\nmake bench   # or: .venv/bin/python -m benchmarks.run --sizes 100,1000\n```\n")


if __name__ == "__main__":
    # Redraw the tables and the page from the last results, without measuring again.
    here = Path(__file__).resolve().parent.parent
    write_all(json.loads((here / "benchmarks" / "results" / "results.json").read_text()), here)
