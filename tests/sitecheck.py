"""Read built HTML pages with the standard library: their links, ids and visible text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self.tags: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append(tag)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        href = values.get("href", values.get("xlink:href"))  # SVG links use xlink:href
        if tag == "a" and href is not None:
            self.links.append(str(href))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


class Page:
    """A built page: `links` (hrefs), `ids`, `text` (visible text, spaces collapsed)."""

    def __init__(self, html: str) -> None:
        scan = _Scan()
        scan.feed(html)
        self.html = html
        self.links = scan.links
        self.ids = scan.ids
        self.tags = scan.tags
        self.text = " ".join("".join(scan.text).split())


def page(site: Path, url: str) -> Page:
    """The page at a site URL such as `people/wang-yi/`."""
    return Page((site / url / "index.html").read_text(encoding="utf-8"))


def main_text(site: Path, url: str) -> str:
    """Visible text of the article body only (no nav, header or footer)."""
    html = (site / url / "index.html").read_text(encoding="utf-8")
    start = html.index('<article class="md-content__inner')
    return Page(html[start: html.index("</article>", start)]).text
