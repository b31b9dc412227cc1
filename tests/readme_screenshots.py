"""Take the README's screenshots: `python tests/readme_screenshots.py SITE_DIR OUT_DIR`.

Serves a built site on localhost and photographs the home page, a person, a quote and the
timeline at 1280 px (desktop) and 390 px (phone) with Debian's Chromium, the way the browser
tests drive it. Chinese names need a CJK font (`fonts-noto-cjk`, installed by
`make install-test`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from localserver import serving

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = {"home": "", "person": "people/wang-yi/",
         "quote": "quotes/kerry-new-definition-of-cooperation/", "timeline": "timeline/"}
SIZES = {"": {"width": 1280, "height": 800}, "-phone": {"width": 390, "height": 844}}


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with serving(site) as base, sync_playwright() as playwright, \
            tempfile.TemporaryDirectory() as profile:
        browser = playwright.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        for suffix, viewport in SIZES.items():
            for name, url in PAGES.items():
                tab = browser.new_page()
                tab.set_viewport_size(viewport)  # type: ignore[arg-type]
                tab.goto(base + url)
                tab.wait_for_load_state("networkidle")
                tab.screenshot(path=str(out / f"{name}{suffix}.png"))
                tab.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
