"""The offline copy (`mkdocs build -f mkdocs.offline.yml`, Material's offline plugin): a site
that works opened from disk, with nothing fetched from the network.

Its search worker runs in an iframe (browsers start no Web Worker from file://), through the
iframe-worker shim that the copy carries (`theme/offline/iframe-worker.js`) instead of loading
it from a CDN as the plugin would.

MkDocs rewrites the links of Markdown, but not those inside raw HTML (the diagrams' SVG and
tables, the timeline's drawing), which the engine writes for the published, directory-style
addresses (`../people/wang-yi/`). Opened from disk, such a link shows a folder listing or
nothing; here it becomes the page's file (`../people/wang-yi.html`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefing.model import urls

SHIM = "javascripts/iframe-worker.js"
SHIM_SOURCE = Path(__file__).parent / "theme" / "offline" / "iframe-worker.js"


def wanted(plugins: Any) -> bool:
    """Whether Material's offline plugin is on in this build."""
    plugin = plugins.get("material/offline") or plugins.get("offline")
    return bool(plugin is not None and plugin.config.enabled)


def polyfills(current: list[str]) -> list[str]:
    """The page's polyfills with the carried shim in place of the plugin's CDN address."""
    return [script for script in current if "iframe-worker" not in script] + [SHIM]

# href="..." and xlink:href="..." whose value is relative (no scheme, no leading / or #).
_HREF = re.compile(r'((?:xlink:)?href=")(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^"#?]*)([^"]*)"')


def page_files(pages: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Directory-style address -> file address, from (source path, built URL) pairs."""
    return {urls.page_url(source): url for source, url in pages if source.endswith(".md")}


def to_files(html: str, source: str, url: str, files: dict[str, str]) -> str:
    """`html` of the page built from `source` at `url`, its directory-style links to pages
    turned into links to their files; every other link is left as it is."""
    folder = urls.page_url(source)
    here = posixpath.dirname(url)

    def replace(match: re.Match[str]) -> str:
        start, path, rest = match.groups()
        if not path.endswith("/") and path not in ("", "."):
            return match.group(0)
        target = posixpath.normpath(posixpath.join(folder, path)) if path else folder.rstrip("/")
        target = "" if target == "." else target + "/"
        if target not in files:
            return match.group(0)
        return f'{start}{posixpath.relpath(files[target], here or ".")}{rest}"'

    return _HREF.sub(replace, html)
