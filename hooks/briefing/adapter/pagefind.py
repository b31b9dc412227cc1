"""Pagefind search for large briefings: a chunked static index instead of one big JSON file.

Material's search loads `search/search_index.json` whole on the first search; past a few
megabytes that is slow on a phone. With `extra.briefing.search: pagefind` in mkdocs.yml the
built site is indexed by Pagefind (PyPI `pagefind[bin]`), which downloads only the chunks a
query needs, and the search box (theme override `partials/search.html`) asks Pagefind.

    python -m briefing.adapter.pagefind SITE_DIR
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader

# Index the page body Material renders, not the navigation, header or footer around it.
ROOT_SELECTOR = "article.md-content__inner"
EXCLUDE_SELECTORS = ".headerlink, .md-content__button, script, style"
MATERIAL_INDEX = Path("search") / "search_index.json"
TITLE_WORDS = "briefing-words.json"
# The other words of the pages' text (four letters or more), fetched only when a query holds a
# word that no title holds: the vocabulary for a typo of a word of the text.
TEXT_WORDS = "briefing-text-words.json"
THEME = Path(__file__).parent / "theme"


def wanted(extra: dict[str, Any] | None) -> bool:
    return ((extra or {}).get("briefing") or {}).get("search") == "pagefind"


def index_site(site_dir: Path) -> None:
    """Write `pagefind/` into a built site; raise CalledProcessError if Pagefind fails."""
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_dir), "--root-selector",
                    ROOT_SELECTOR, "--exclude-selectors", EXCLUDE_SELECTORS, "--quiet"],
                   check=True)


def replace_material_index(site_dir: Path) -> None:
    """Index with Pagefind, and drop Material's index: the search box no longer loads it. The
    words of the pages' titles are kept beside Pagefind's index (`briefing-words.json`): the
    search box reads a typo of a name as that name (theme/partials/pagefind-search.js)."""
    index_site(site_dir)
    material = site_dir / MATERIAL_INDEX
    if material.is_file():
        index = json.loads(material.read_text(encoding="utf-8"))
        words = title_words(index)
        for name, listed in ((TITLE_WORDS, words), (TEXT_WORDS, text_words(index, words))):
            (site_dir / "pagefind" / name).write_text(
                json.dumps(listed, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    material.unlink(missing_ok=True)


def title_words(index: dict[str, Any]) -> list[str]:
    """Every word of the pages' titles (not their sections'), lower case, once, sorted."""
    words: set[str] = set()
    for doc in index.get("docs", ()):
        if "#" not in str(doc.get("location", "")):
            text = html.unescape(re.sub(r"<[^>]*>", " ", str(doc.get("title", ""))))
            words.update(word for word in re.split(r"[\W_]+", text.casefold()) if word)
    return sorted(words)


def text_words(index: dict[str, Any], titles: list[str]) -> list[str]:
    """Every word of four letters or more in the pages' text that no title holds, once, sorted."""
    words: set[str] = set()
    for doc in index.get("docs", ()):
        text = html.unescape(re.sub(r"<[^>]*>", " ", str(doc.get("text", ""))))
        words.update(word for word in re.split(r"[\W\d_]+", text.casefold()) if len(word) >= 4)
    return sorted(words.difference(titles))


def on_env(env: Any, config: Any) -> Any:
    """The MkDocs event: the theme override of the search box comes first, when asked for."""
    if wanted(config.extra):
        env.loader = ChoiceLoader([FileSystemLoader(str(THEME)), env.loader])
    return env


def on_post_build(config: Any) -> None:
    """The MkDocs event, called from the adapter: does nothing unless the site asks for it."""
    if wanted(config.extra):
        replace_material_index(Path(config.site_dir))


if __name__ == "__main__":
    index_site(Path(sys.argv[1]))
