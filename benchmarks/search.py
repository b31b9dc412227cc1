"""Search at scale: Material's one index file against Pagefind's first-query download."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.localserver import serving

from benchmarks.measure import folder_bytes, gzip_bytes

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# The first search a reader makes: Pagefind loads its entry file, script, wasm, the index chunk
# of the word, and the fragments of the results it shows.
FIRST_QUERY_JS = """async (query) => {
  const pagefind = await import("/pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const shown = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
  return {results: search.results.length, shown: shown.length};
}"""


def material_index(site: Path) -> dict[str, int]:
    index = site / "search" / "search_index.json"
    return {"bytes": index.stat().st_size, "gzip_bytes": gzip_bytes(index)}


def run_pagefind(site: Path) -> float:
    """Index a built site as `extra.briefing.search: pagefind` does; returns the seconds taken."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefing.adapter.pagefind", str(site)], check=True)
    return time.perf_counter() - start


def first_query(site: Path, query: str) -> dict[str, int]:
    """Bytes a browser downloads from /pagefind/ for one query and its first five results."""
    from playwright.sync_api import sync_playwright

    sizes: dict[str, int] = {}
    with serving(site) as base, sync_playwright() as playwright, \
            tempfile.TemporaryDirectory() as profile:
        browser = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(base + "404.html")
        page.on("response", lambda response: sizes.__setitem__(response.url, len(response.body()))
                if "/pagefind/" in response.url else None)
        found = page.evaluate(FIRST_QUERY_JS, query)
        browser.close()
    return {"bytes": sum(sizes.values()), "requests": len(sizes), "results": found["results"],
            "bundle_bytes": folder_bytes(site / "pagefind")}
