"""What loading the hook imports: a briefing's `mkdocs build` pays for every module the hook
imports, compiled and run again in a fresh checkout (the deploy workflow's only build), so
what only some builds need is imported when they need it. Checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# Needed by no build of a briefing without mistakes: the drafter and the scaffold (`briefing
# new`), the command line, a hub's modules (a hub is built from `data/hub.yml`), and RapidFuzz
# (the "did you mean" of an error message).
NOT_NEEDED = ("briefing.new", "briefing.cli", "briefing.hub.", "rapidfuzz")


def _after(code: str) -> dict[str, object]:
    """sys.modules' names and whether the cyclic collector runs, after `code`, in a new process."""
    probe = code + textwrap.dedent("""
        import gc, json, sys
        print(json.dumps({"modules": sorted(sys.modules), "collecting": gc.isenabled()}))
    """)
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                         text=True).stdout
    found: dict[str, object] = json.loads(out.splitlines()[-1])
    return found


def test_loading_the_hook_imports_only_what_a_briefing_build_needs() -> None:
    found = _after("import briefing.mkdocs_hook")
    modules = found["modules"]
    assert isinstance(modules, list)
    assert "briefing.adapter.hook" in modules and "briefing.engine" in modules
    unneeded = sorted(name for name in modules if name.startswith(NOT_NEEDED))
    assert unneeded == []


def test_the_collector_runs_again_after_the_hook_is_loaded() -> None:
    assert _after("import briefing.mkdocs_hook")["collecting"] is True
    # An application that had paused it itself keeps it paused.
    assert _after("import gc; gc.disable(); import briefing.mkdocs_hook")["collecting"] is False


def test_a_misspelt_name_still_gets_its_suggestion() -> None:
    from briefing.core.suggest import did_you_mean

    assert did_you_mean("wnag-yi", ["wang-yi", "li-qiang"]) == "Did you mean 'wang-yi'?"
