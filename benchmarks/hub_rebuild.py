"""A hub rebuilt after one index changed, this tree's engine against a git revision's, in turn.

`python -m benchmarks.hub_rebuild --briefings 200 --rounds 2 --before main` writes the hub
benchmark's network (hubcorpus.py), then, in a fresh process for each side and round (before,
after, after, before, ...), builds the hub with `build()` (as the MkDocs hook calls it), edits
one index (a quote's words, then the briefing's title) and builds again, as `mkdocs serve` does
after a save. It prints the CPU seconds of each build, the indexes checked against the format
again and the hub's units made again; both sides see the same machine load, so their ratio is
the change's. Not part of the test suite.
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
from typing import Any

from benchmarks.projects import ROOT

WORK = ROOT / "benchmarks" / "results" / "work" / "hub-rebuild"

# Run in the measured process, with `hooks` of one side first on sys.path.
PROBE = r'''
import json, sys, time
from pathlib import Path
from briefing.core.settings import Settings
from briefing.engine import build
from briefing.hub.reuse import MEMO
from briefing.web import imports

hub, sites = Path(sys.argv[1]), sorted(Path(sys.argv[2]).iterdir())
checked = []
validate = imports._validate
imports._validate = lambda data, where: checked.append(where) or validate(data, where)


def timed():
    checked.clear()
    start = time.process_time()
    build(Settings(hub))
    return {"cpu_s": time.process_time() - start, "checked": len(checked), "made": MEMO.made,
            "reused": MEMO.reused}


def edit(change):
    file = sites[0] / "briefing-index.json"
    index = json.loads(file.read_text(encoding="utf-8"))
    change(index)
    file.write_text(json.dumps(index), encoding="utf-8")


def words(index):
    next(r for r in index["records"] if r["kind"] == "quotes")["words"] = f"Said again {time.time_ns()}"


def title(index):
    index["briefing"]["title"] = f"Changed {time.time_ns()} {index['briefing']['title']}"


result = {"first": timed()}
edit(words)
result["words"] = timed()
edit(title)
result["title"] = timed()
print(json.dumps(result))
'''


def side(before: str) -> Path:
    """The `hooks` folder of revision `before`, written out once."""
    folder = WORK / "engine-before"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", before, "hooks"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder / "hooks"


def run(hooks: Path, briefings: int, name: str) -> dict[str, Any]:
    from tests.hubsites import network_hub

    folder = WORK / f"network-{name}"
    shutil.rmtree(folder, ignore_errors=True)
    hub = network_hub(folder, briefings)
    env = {**os.environ, "PYTHONPATH": str(hooks)}
    out = subprocess.run([sys.executable, "-c", PROBE, str(hub), str(folder / "sites")], env=env,
                         check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefings", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--before", default="main", help="git revision of the engine to compare")
    args = parser.parse_args()
    hooks = {"before": side(args.before), "after": ROOT / "hooks"}
    found: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    for round_ in range(args.rounds):
        for name in ("before", "after") if round_ % 2 == 0 else ("after", "before"):
            got = run(hooks[name], args.briefings, name)
            found[name].append(got)
            print(name, json.dumps(got), f"load {os.getloadavg()[0]:.1f}", flush=True)
    for edit in ("words", "title"):
        least = {name: min(run[edit]["cpu_s"] for run in runs) for name, runs in found.items()}
        first = {name: statistics.median(run["first"]["cpu_s"] for run in runs)
                 for name, runs in found.items()}
        print(f"{edit}: rebuild CPU before {least['before']:.2f} s, after {least['after']:.2f} s "
              f"({least['after'] / least['before']:.2f}x); of a first build: before "
              f"{least['before'] / first['before']:.0%}, after {least['after'] / first['after']:.0%}")


if __name__ == "__main__":
    main()
