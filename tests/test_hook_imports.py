"""What loading the hook imports: a briefing's `mkdocs build` pays for every module the hook
imports, compiled and run again in a fresh checkout (the deploy workflow's only build), so
what only some builds need is imported when they need it. Checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

# Needed by no build of a briefing without mistakes: the drafter and the scaffold (`briefing
# new`), the command line, a hub's modules (a hub is built from `data/hub.yml`), and RapidFuzz
# (the "did you mean" of an error message).
NOT_NEEDED = ("briefing.new", "briefing.cli", "briefing.hub.", "rapidfuzz")


def _modules_after(code: str) -> list[str]:
    """sys.modules' names after `code`, in a new process."""
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                         text=True).stdout
    modules: list[str] = json.loads(out.splitlines()[-1])
    return modules


def test_loading_the_hook_imports_only_what_a_briefing_build_needs() -> None:
    modules = _modules_after("import briefing.mkdocs_hook")
    assert "briefing.adapter.hook" in modules and "briefing.engine" in modules
    unneeded = sorted(name for name in modules if name.startswith(NOT_NEEDED))
    assert unneeded == []


def test_a_misspelt_name_still_gets_its_suggestion() -> None:
    from briefing.core.suggest import did_you_mean

    assert did_you_mean("wnag-yi", ["wang-yi", "li-qiang"]) == "Did you mean 'wang-yi'?"


def test_the_engine_is_imported_with_the_collector_paused_then_frozen() -> None:
    """Importing the engine makes some 60,000 objects that live as long as the process: the
    cyclic collector is paused meanwhile (it made 34 young collections and a full one), and
    what lives is frozen after, out of reach of the collections that follow (which scanned it
    again); the collector runs again afterwards."""
    probe = ("import gc, json\n"
             "import briefing.adapter.collect\n"  # what pauses it (and the standard modules
             "started = []\n"                      # it imports, which MkDocs has imported)
             "gc.callbacks.append(lambda phase, info: started.append(info['generation'])"
             " if phase == 'start' else None)\n"
             "import briefing.mkdocs_hook\n"
             "print(json.dumps([started, gc.isenabled(), gc.get_freeze_count()]))\n")
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                         text=True).stdout
    during, enabled, frozen = json.loads(out.splitlines()[-1])
    assert during == [] and enabled
    assert frozen > 30_000
