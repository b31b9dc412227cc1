"""Where a `mkdocs serve` rebuild spends its time: cProfile of one rebuild, in this process.

`python -m benchmarks.serve_profile --pages 1000` builds the synthetic corpus the way `mkdocs
serve` does (its startup event, the serve address, a temporary site folder; no server and no
file watcher), edits one person's description, profiles the rebuild and prints the functions
with the most cumulative and own time. `--builds N` times N rebuilds instead (CPU seconds of
this process, each after an edit), for a quick before/after in one process.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import statistics
import time
from pathlib import Path

from benchmarks import measure
from benchmarks.inprocess import Server
from benchmarks.projects import ROOT, generated_project

WORK = ROOT / "benchmarks" / "results" / "work" / "serve-profile"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--builds", type=int, default=0, help="time this many rebuilds instead")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--keep", action="store_true", help="reuse the corpus already written")
    parser.add_argument("--out", type=Path, help="write the profile there (pstats format)")
    args = parser.parse_args()
    project = WORK / f"n{args.pages}"
    if not (args.keep and project.exists()):
        generated_project(project, args.pages)
    server = Server(project)
    try:
        run(server, project, args)
    finally:
        shutil.rmtree(server.site, ignore_errors=True)


def run(server: Server, project: Path, args: argparse.Namespace) -> None:
    edit = measure.person_edit(project)
    if args.builds:
        seconds = []
        for number in range(args.builds):
            edit.path.write_text(edit.text(f"Edited-{number}"), encoding="utf-8")
            start = time.process_time()
            server.rebuild()
            seconds.append(time.process_time() - start)
        print(f"rebuild CPU s: median {statistics.median(seconds):.2f} "
              f"({min(seconds):.2f}-{max(seconds):.2f}), {args.builds} rebuilds")
        return
    # One rebuild first: the first after startup has no spare site to reuse (sitereuse.py).
    edit.path.write_text(edit.text("Edited-warm"), encoding="utf-8")
    server.rebuild()
    edit.path.write_text(edit.text("Edited-profile"), encoding="utf-8")
    profile = cProfile.Profile()
    profile.runcall(server.rebuild)
    if args.out:
        profile.dump_stats(args.out)
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
