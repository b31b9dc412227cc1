"""Cold builds, this tree's hooks against a git revision's and against plain MkDocs, in turn.

`python -m benchmarks.cold_ab --before main --rounds 3` (`--pages 1000` for a synthetic corpus
instead of the seed) builds the same briefing with the hooks of `--before`, with this tree's,
and as plain Markdown without the hook (`projects.baseline_project`), rotating the order each
round, every build with its template cache removed first (`measure.timed_build`), and prints
the median CPU seconds of each, the ratios to plain MkDocs, and our share: the engine's own
phases (`run.engine_phases`, run in a process of each side's hooks, the sides in turn) over its
build's CPU. All three see the same machine load, so the differences between them are the
change's. One build of each generated side before the timed rounds draws the share cards into
its cache, as the first build of `run.py` does (the plain build draws none).

`--bytecode never` compiles the hooks' Python in every build (`PYTHONDONTWRITEBYTECODE=1`, their
`__pycache__` removed first: a fresh or read-only checkout's first build); `--bytecode kept` lets
the warm-up build write it and the timed builds use it (a checkout's later builds);
`--bytecode installed` compiles both sides' hooks before the timed builds as `make install`
does (`compileall`, checked by the source's hash) and writes none during them. `--bytecode
compare` builds a fourth side, this tree's hooks as installed, beside the three compiled in
every build: both ways in one run. The default does as the environment says. MkDocs' own
bytecode, in the virtual environment, is there in all.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks import measure
from benchmarks.projects import ENV, ROOT, baseline_project, generated_project, with_hooks_of

WORK = ROOT / "benchmarks" / "results" / "work" / "cold-ab"
SIDES = ("before", "after", "baseline")
# What `make install` runs after installing the engine (see the Makefile).
COMPILE = (("-m", "compileall", "-q", "--invalidation-mode", "checked-hash", "hooks"),
           ("-m", "briefing.pages.precompiled", "--bytecode"))


def projects(pages: int | None, before: str) -> dict[str, Path]:
    """The same briefing with this tree's hooks, with `before`'s, and as plain Markdown."""
    after = generated_project(WORK / "after", pages)
    old = with_hooks_of(after, WORK / "before", before)
    return {"before": old, "after": after, "baseline": baseline_project(after, WORK / "baseline")}


def installed(project: Path) -> Path:
    """`project` with its hooks' bytecode written as `make install` writes it."""
    env = {**ENV, "PYTHONPATH": str(project / "hooks")}  # its own engine, not this tree's
    for command in COMPILE:
        subprocess.run([sys.executable, *command], check=True, cwd=project, env=env,
                       stdout=subprocess.DEVNULL)
    return project


def engine_seconds(project: Path, repeats: int) -> dict[str, float]:
    """The engine's phases (CPU s, best of `repeats`) in a process that imports `project`'s hooks:
    `engine` as a build runs it, `engine_collector_on` with the cyclic collector running."""
    code = ("import json, sys; from pathlib import Path; from benchmarks.run import engine_phases; "
            "print(json.dumps(engine_phases(Path(sys.argv[1]), int(sys.argv[2]))))")
    env = {**ENV, "PYTHONPATH": os.pathsep.join([str(project / "hooks"), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", code, str(project), str(repeats)], env=env,
                         check=True, capture_output=True, text=True, cwd=project).stdout
    phases = json.loads(out.splitlines()[-1])
    return {name: float(phases[name]) for name in ("engine", "engine_collector_on")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=None, help="synthetic pages (default: the seed)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", default="main", help="git revision of the hooks to compare")
    parser.add_argument("--bytecode", choices=("env", "never", "kept", "installed", "compare"),
                        default="env", help="the hooks' bytecode: as the environment says, "
                        "never, kept, written at install, or never and installed side by side")
    args = parser.parse_args()
    if args.bytecode == "kept":
        ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    elif args.bytecode != "env":
        ENV["PYTHONDONTWRITEBYTECODE"] = "1"  # the dict measure.timed_build passes to mkdocs
    folders = projects(args.pages, args.before)
    sides: tuple[str, ...] = SIDES
    if args.bytecode == "compare":
        folders["installed"] = WORK / "installed"
        shutil.rmtree(folders["installed"], ignore_errors=True)
        shutil.copytree(folders["after"], folders["installed"])
        sides = ("before", "after", "installed", "baseline")
    for side in sides[:-1]:  # the share cards drawn once, as run.py's first build does
        measure.timed_build(folders[side], folders[side] / "site", folders[side] / "warm.log")
    for side in sides[:-1]:
        if args.bytecode == "installed" or side == "installed":
            for cache in list((folders[side] / "hooks").rglob("__pycache__")):
                shutil.rmtree(cache)
            installed(folders[side])
    cpu: dict[str, list[float]] = {side: [] for side in sides}
    for round_ in range(args.rounds):
        turn = round_ % len(sides)
        for side in sides[turn:] + sides[:turn]:
            project = folders[side]
            if args.bytecode in ("never", "compare") and side != "installed":
                for cache in list((project / "hooks").rglob("__pycache__")):
                    shutil.rmtree(cache)
            build = measure.timed_build(project, project / "site", project / f"build-{round_}.log")
            cpu[side].append(build.cpu_s)
        print(json.dumps({side: [round(s, 2) for s in runs] for side, runs in cpu.items()}),
              flush=True)
    median = {side: statistics.median(runs) for side, runs in cpu.items()}
    # The engine of each side in turn, one process a round: the same load for both.
    engines: dict[str, list[dict[str, float]]] = {side: [] for side in sides[:-1]}
    for _ in range(args.rounds):
        for side in sides[:-1]:
            engines[side].append(engine_seconds(folders[side], 1))
    for side in sides[:-1]:
        engine = min(run["engine"] for run in engines[side])
        collector_on = min(run["engine_collector_on"] for run in engines[side])
        print(f"{side}: build CPU median {median[side]:.2f} s ({min(cpu[side]):.2f}-"
              f"{max(cpu[side]):.2f}), plain MkDocs {median['baseline']:.2f} s, ratio "
              f"{median[side] / median['baseline']:.3f}; engine {engine:.3f} s, our share "
              f"{100 * engine / median[side]:.1f} % (collector on: {collector_on:.3f} s, "
              f"{100 * collector_on / median[side]:.1f} %)")


if __name__ == "__main__":
    main()
