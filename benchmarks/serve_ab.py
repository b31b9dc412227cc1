"""Edit to preview under `mkdocs serve`, this tree's hooks against a git revision's, alternating.

`python -m benchmarks.serve_ab --pages 1000 --rounds 2 --edits 5 --before main` builds one
synthetic corpus, serves it with the hooks of `--before` and with this tree's, in turn (before,
after, after, before, ...), edits one person's description `--edits` times in each, and prints
the wall and server CPU seconds of each edit (`measure.serve_rebuild`): both sides see the same
machine load, so their difference is the change's.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path
from typing import Any

import yaml

from benchmarks import measure
from benchmarks.projects import ROOT, generated_project, with_hooks_of

WORK = ROOT / "benchmarks" / "results" / "work" / "serve-ab"


def projects(pages: int, before: str) -> dict[str, Path]:
    """The same corpus twice: with this tree's hooks, and with `before`'s."""
    after = generated_project(WORK / "after", pages)
    old = with_hooks_of(after, WORK / "before", before)
    return {"before": old, "after": after}


def person(project: Path, which: int) -> measure.Edit:
    """The description of the corpus's `which`-th person (0: the most named, -1: the last)."""
    edit = measure.person_edit(project)
    if which == 0:
        return edit
    people = yaml.safe_load(edit.path.read_text(encoding="utf-8"))
    chosen = people[which]
    description = chosen.get("description", "")

    def text(marker: str) -> str:
        chosen["description"] = f"{marker} {description}".strip()
        return yaml.safe_dump(people, sort_keys=False, allow_unicode=True)
    return measure.Edit(edit.path, f"people/{chosen['id']}/", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--before", default="main", help="git revision of the hooks to compare")
    parser.add_argument("--person", type=int, default=0, help="0: the most named; -1: the last")
    args = parser.parse_args()
    found: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    folders = projects(args.pages, args.before)
    for round_ in range(args.rounds):
        for name in ("before", "after") if round_ % 2 == 0 else ("after", "before"):
            project = folders[name]
            got = measure.serve_rebuild(project, project / f"serve-{round_}.log", args.edits,
                                        person(project, args.person))
            found[name].append(got)
            print(name, json.dumps(got), flush=True)
    for name, runs in found.items():
        wall = [seconds for run in runs for seconds in run["rebuild_s"]]
        cpu = [seconds for run in runs for seconds in run["rebuild_cpu_s"]]
        print(f"{name}: edit to preview median {statistics.median(wall):.2f} s "
              f"({min(wall):.2f}-{max(wall):.2f}), server CPU median {statistics.median(cpu):.2f} s "
              f"({min(cpu):.2f}-{max(cpu):.2f}), {len(wall)} edits")


if __name__ == "__main__":
    main()
