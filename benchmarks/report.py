"""Results out: JSON, a Markdown table, an SVG chart and docs/benchmarks.md."""

from __future__ import annotations

import json
import os
import platform
import re
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks.draft import table as draft_table

TARGETS = ("the seed within 1.10 × of the same pages as plain Markdown; our share ≤ 5 % at 1,000 "
           "and 10,000 pages; load + link linear from 1,000 to 10,000; ms per page at 10,000 "
           "≤ 1.2 × at 1,000; edit to preview ≤ 1.2 s for the seed and ≤ 3 s at 1,000 pages; "
           "`briefing new` drafts a 3,000-word article in ≤ 2 s")


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


def _spread(values: list[float], digits: int = 2) -> str:
    """Median, and the lowest and highest value of the runs."""
    return f"{_median(values):.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def _label(name: str, size: dict[str, Any]) -> str:
    return "the seed (Kerry)" if name == "seed" else f"synthetic, {size['pages']:,} pages"


def table(results: dict[str, Any]) -> str:
    head = ("| Briefing | Pages | Generated build, wall s | Baseline build, wall s | "
            "Wall ratio | Generated / baseline, CPU s | CPU ratio | Our share (CPU) | "
            "ms / page (generated / baseline) | Peak memory (generated / baseline) | Output | "
            "Material search index (gzip) | Pagefind first query |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    rows = []
    for name, size in results["sizes"].items():
        index, first = size["material_index"], size.get("pagefind_first_query")
        pagefind = f"{_mb(first['bytes'])} in {first['requests']} files" if first else "not run"
        rows.append(
            f"| {_label(name, size)} | {size['pages']:,} | {_spread(size['generated_s'])} | "
            f"{_spread(size['baseline_s'])} | {size['ratio']:.2f} | "
            f"{_median(size['generated_cpu_s']):.2f} / {_median(size['baseline_cpu_s']):.2f} | "
            f"**{size['cpu_ratio']:.2f}** | {100 * size['our_share']:.1f} % | "
            f"{size['ms_per_page']:.1f} / {size['baseline_ms_per_page']:.1f} | "
            f"{size['peak_mb']:.0f} / {size['baseline_peak_mb']:.0f} MB | "
            f"{_mb(size['output_bytes'])} | {_mb(index['bytes'])} ({_mb(index['gzip_bytes'])}) | "
            f"{pagefind} |")
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
    lines = ["| Briefing | First build (s) | Edit to preview, median (min–max) (s) | "
             "Server CPU per edit (s) | Edits |", "|---|---:|---:|---:|---:|"]
    for name, times in results["serve"].items():
        label = "the seed (Kerry)" if name == "seed" else f"synthetic, {int(name):,} pages"
        rebuilds = times["rebuild_s"] if isinstance(times["rebuild_s"], list) else [
            times["rebuild_s"]]
        cpu = times.get("rebuild_cpu_s")
        lines.append(f"| {label} | {times['first_build_s']:.1f} | **{_spread(rebuilds)}** | "
                     f"{_spread(cpu) if cpu else 'not measured'} | {len(rebuilds)} |")
    return "\n".join(lines) + "\n"


WARM_UP = 5  # edits before memory is compared: caches and allocator arenas fill up once


def memory_table(results: dict[str, Any]) -> str:
    """Resident memory of `mkdocs serve` over the edits, beside plain MkDocs serving the same
    pages (one page edited as often)."""
    lines = ["| Briefing | Edits | Served by | Resident memory: first build / after "
             f"{WARM_UP} edits / at the end (MB) | Growth after the warm-up (MB) | MB per edit | "
             "Edit to preview, median (min–max) (s) |", "|---|---:|---|---:|---:|---:|---:|"]
    for name, times in results["serve"].items():
        label = "the seed (Kerry)" if name == "seed" else f"synthetic, {int(name):,} pages"
        for served_by, run in (("the hook", times), ("plain MkDocs", times.get("baseline"))):
            memory = run.get("resident_mb") if run else None
            if not memory or len(memory) <= WARM_UP + 1:
                continue
            growth = memory[-1] - memory[WARM_UP]
            lines.append(f"| {label} | {len(memory) - 1} | {served_by} | {memory[0]:.0f} / "
                         f"{memory[WARM_UP]:.0f} / {memory[-1]:.0f} | {growth:+.1f} | "
                         f"{growth / (len(memory) - 1 - WARM_UP):+.2f} | "
                         f"{_spread(run['rebuild_s'])} |")
    return "\n".join(lines) + "\n" if len(lines) > 2 else ""  # no run kept memory: no table


def write_serve(results: dict[str, Any], root: Path) -> None:
    """The serve measurements alone (`--serve-only`), into benchmarks/results/serve.*."""
    out = root / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "serve.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (out / "serve.md").write_text(f"{serve_table(results)}\n{memory_table(results)}",
                                  encoding="utf-8")


def linearity(results: dict[str, Any]) -> str:
    """Load + link, and ms per page, at 10,000 pages against 1,000."""
    small, large = results["sizes"].get("1000"), results["sizes"].get("10000")
    if not (small and large):
        return ""
    def load_link(size: dict[str, Any]) -> float:
        return float(size["engine"]["load_validate"] + size["engine"]["link"])
    pages = large["pages"] / small["pages"]
    return (f"From 1,000 to 10,000 pages ({pages:.1f} × the pages): load + link take "
            f"{load_link(large) / load_link(small):.1f} × the time; ms per page (CPU) is "
            f"{_ms_cpu(large) / _ms_cpu(small):.2f} × that of 1,000.\n")


def _ms_cpu(size: dict[str, Any]) -> float:
    return float(1000 * _median(size["generated_cpu_s"]) / size["pages"])


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


def cards_line(name: str, size: dict[str, Any]) -> str:
    """The share cards' cost as one line of the benchmark's printed output, apart from the
    build's: what drawing them adds to a first build, and to a later one (from the cache)."""
    card = size.get("cards")
    if not card:
        return f"share cards ({name}): none drawn"
    return (f"share cards ({name}, {size['pages']:,} pages): {card['ms_per_card_drawn']:.1f} ms "
            f"per card drawn, {card['ms_per_card_cached']:.2f} ms from the cache; "
            f"+{card['first_build_s']:.2f} s CPU on a first build, "
            f"+{card['next_builds_s']:.2f} s on later builds (sample of {card['sample']})")


def cards_table(results: dict[str, Any]) -> str:
    """The share cards' cost on a line of its own per size: drawn once, then cached."""
    lines = ["The share cards (`og:image`), measured apart from the builds above "
             "(`benchmarks/cards.py`, CPU of a sample of pages): each is drawn once, on the first "
             "build that shows its page, then taken from the project's cache.", "",
             "| Pages | Share cards: ms per card drawn | ms per card from the cache | "
             "First build (s) | Later builds (s) | Share of a build |",
             "|---:|---:|---:|---:|---:|---:|"]
    for size in results["sizes"].values():
        card = size.get("cards")
        if card:
            build = _median(size["generated_cpu_s"])
            lines.append(f"| {size['pages']:,} | {card['ms_per_card_drawn']:.1f} | "
                         f"{card['ms_per_card_cached']:.2f} | {card['first_build_s']:.2f} | "
                         f"{card['next_builds_s']:.2f} | {100 * card['next_builds_s'] / build:.1f} % |")
    return "\n".join(lines) + "\n"


def write_all(results: dict[str, Any], root: Path, quick: bool = False) -> None:
    out = root / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    name = "quick" if quick else "results"
    (out / f"{name}.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    tables = (f"{table(results)}\n{phases_table(results)}\n{cards_table(results)}\n"
              f"{linearity(results)}\n{serve_table(results)}\n{memory_table(results)}")
    if "draft" in results:  # `briefing new` on a 3,000-word article (benchmarks/draft.py)
        tables += f"\n{draft_table(results['draft'])}"
    (out / f"{name}.md").write_text(tables, encoding="utf-8")
    if not quick:
        page = root / "docs" / "benchmarks.md"
        old = page.read_text(encoding="utf-8") if page.is_file() else ""
        page.write_text(keep_written(old, docs_page(results, tables)), encoding="utf-8")


def keep_written(old: str, new: str) -> str:
    """The new page with the sections of the old one that the report does not make (findings
    written by hand: where the time went, the hub, memory) kept, in their order, before
    "Machine and versions"."""
    made = set(re.findall(r"(?m)^## .*$", new))
    kept = [part for part in re.split(r"(?m)^(?=## )", old)[1:] if part.splitlines()[0] not in made]
    at = new.find(MACHINE)
    if not kept or at < 0:
        return new
    return new[:at] + "".join(part.rstrip("\n") + "\n\n" for part in kept) + new[at:]



MACHINE = "## Machine and versions"
# The page is the developers', in the briefing's own site: out of its search index, which readers
# use to find people and meetings (its tables were a quarter of the index, and Material's search
# for a meeting's full name outlasted the browser test's 10 s under load, round 13).
SEARCH_EXCLUDED = "---\nsearch:\n  exclude: true\n---\n\n"


def docs_page(results: dict[str, Any], tables: str) -> str:
    info = results["machine"]
    versions = ", ".join(f"{name} {version}" for name, version in info["versions"].items())
    return (
        f"{SEARCH_EXCLUDED}# Benchmarks\n\n"
        "How much the briefing hook adds to a plain MkDocs build, measured on the seed briefing "
        "and on synthetic briefings of about 100, 1,000 and 10,000 generated pages "
        "(`benchmarks/corpus.py`, seeded, so every run builds the same data). *Generated* "
        "builds the briefing through the hook; *baseline* builds the same pages, written out "
        "as Markdown files, with the same `mkdocs.yml` minus the hook. The two alternate, "
        f"{next(iter(results['sizes'].values()))['repeats']} builds each; figures are medians, "
        "with the lowest and highest run in brackets. Wall time swings when other work shares "
        "the machine, so each build's CPU time (user + system, from `wait4`) is reported too, "
        "and the ratios and *our share* (the engine's own load, validate, link and render, "
        "measured in process) are computed from CPU time. *Edit to preview* runs "
        "`mkdocs serve`, edits one person several times and measures from the file write to "
        "the edited page being served.\n\n"
        f"Targets: {TARGETS}.\n\n"
        f"{chart(results)}\n\n{tables}\n"
        "Material downloads its whole search index on the first search; Pagefind downloads "
        "only its entry file, script, the index chunk of the query and the results shown. "
        "For large briefings, set `extra.briefing.search: pagefind` in `mkdocs.yml` "
        "(see the README).\n\n"
        f"{MACHINE}\n\n"
        f"{info['cpu']}, {info['cpus']} CPUs, {info['memory_gb']} GB; {info['system']}; "
        f"Python {info['python']}; {versions}.\n\n"
        "## Rerun\n\n"
        "```sh\nmake bench   # or: .venv/bin/python -m benchmarks.run --sizes 100,1000\n"
        ".venv/bin/python -m benchmarks.run --quick   # about a minute: the seed only, "
        "into benchmarks/results/quick.md\n"
        ".venv/bin/python -m benchmarks.cold_ab --before main --rounds 5   # cold builds: "
        "main's hooks, this tree's and plain MkDocs, in turn\n```\n")


if __name__ == "__main__":
    # Redraw the tables and the page from the last results, without measuring again.
    here = Path(__file__).resolve().parent.parent
    write_all(json.loads((here / "benchmarks" / "results" / "results.json").read_text()), here)
