"""Take the README's screenshots: `python tests/readme_screenshots.py SITE_DIR OUT_DIR`.

Serves a built site on localhost and photographs the home page and a person page with
Debian's Chromium, the way the browser tests drive it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from localserver import serving

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = {"home.png": "", "person.png": "people/wang-yi/"}


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with serving(site) as base, sync_playwright() as playwright, \
            tempfile.TemporaryDirectory() as profile:
        browser = playwright.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900})
        for name, url in SHOTS.items():
            tab = browser.new_page()
            tab.goto(base + url)
            tab.wait_for_load_state("networkidle")
            tab.screenshot(path=str(out / name))
            tab.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
