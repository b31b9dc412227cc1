"""Small pieces of hub pages: escaped text, dates with their doubts, links, and pages cut to
a size a browser opens quickly."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import quote

from briefing.core.dates import reader_date
from briefing.core.escape import html, md, md_attribute
from briefing.web.index_format import IndexRecord

# A page's Markdown is cut before this many bytes: no page may pass about 200 KB. Measured on
# the 1,000-briefing benchmark hub: a dossier of 80 KB of Markdown (228 sections, each a heading
# in the table of contents) was 207 KB of HTML with Material's frame, 2.6 times; 70 KB keeps
# such a page near 180 KB.
PAGE_BUDGET = 70_000
_URL_SAFE = ":/?#[]@!$&'*+,;=%~-._"


def link(text: str, url: str) -> str:
    """A Markdown link to an outside address (from an index: already checked), shown literally.
    No title: the theme's tooltips render a title as HTML."""
    return f"[{md(text)}]({quote(url, safe=_URL_SAFE)})"


def when(record: IndexRecord, fallback: str = "") -> str:
    """A record's date as a reader reads it, marked † with its reason when it is inferred."""
    date = record.date or fallback
    if not date:
        return ""
    reason = record.inferred.get("date")
    # The reason as the text-only tooltip of accessibility.js, never a `title` (which the theme's
    # tooltips render as HTML): the same mark a briefing's own pages write.
    mark = (f' <abbr class="briefing-inferred" tabindex="0" data-briefing-tip="{md_attribute(reason)}">'
            "†</abbr>") if reason else ""
    return str(md(reader_date(date))) + mark  # a plain str: Markup + str would escape the mark


def draft_mark(record: IndexRecord) -> str:
    return " *(unreviewed draft)*" if record.draft else ""


def front_matter(title: str, description: str, boost: float = 0) -> str:
    """The page's title and description, HTML-escaped: the theme prints both as they are (in
    <title>, the header and meta tags), as it does the title MkDocs takes from a page's H1."""
    lines = ["---", f"title: {json.dumps(str(html(' '.join(title.split()))), ensure_ascii=False)}",
             f"description: {json.dumps(str(html(' '.join(description.split())[:300])), ensure_ascii=False)}"]
    if boost:
        lines.append(f"search:\n  boost: {boost}")
    return "\n".join([*lines, "---", ""]) + "\n"


@dataclass(frozen=True)
class Paged:
    """A list too long for one page: its folder, title, and what page 1 opens with."""

    folder: str
    title: str
    description: str
    intro: str = ""
    boost: float = 0
    section_a_page: bool = False  # each section on a page of its own (a set number of items)


def paginate(paged: Paged, sections: list[str]) -> dict[str, str]:
    """`{folder}/index.md` and `{folder}/page-N.md`: as many sections as fit the budget on
    each page (or one, with `section_a_page`), with links between the pages. A section larger
    than the budget is cut at its lines."""
    pages: list[list[str]] = [[]]
    size = len(paged.intro.encode())
    for chunk in (piece for section in sections for piece in _cut(section)):
        chunk_size = len(chunk.encode())
        if pages[-1] and (paged.section_a_page or size + chunk_size > PAGE_BUDGET):
            pages.append([])
            size = 0
        pages[-1].append(chunk)
        size += chunk_size
    names = ["index.md"] + [f"page-{number}.md" for number in range(2, len(pages) + 1)]
    result = {}
    for number, (name, body) in enumerate(zip(names, pages, strict=True)):
        title = paged.title if number == 0 else f"{paged.title}, page {number + 1}"
        pager = _pager(names, number) if len(pages) > 1 else ""
        top = front_matter(title, paged.description, paged.boost) + f"# {md(title)}\n\n"
        result[f"{paged.folder}/{name}"] = (top + (paged.intro if number == 0 else "") + pager
                                            + "".join(body) + pager)
    return result


def _cut(section: str) -> list[str]:
    if len(section.encode()) <= PAGE_BUDGET:
        return [section]
    pieces, current = [], ""
    for line in section.splitlines(keepends=True):
        if current and len((current + line).encode()) > PAGE_BUDGET:
            pieces.append(current + "\n")
            current = ""
        current += line
    return [*pieces, current]


def _pager(names: list[str], number: int) -> str:
    """Links to the first, last and nearby pages (a list of thousands of pages stays short)."""
    shown = sorted({0, len(names) - 1, *range(max(0, number - 2), min(len(names), number + 3))})
    links, last = [], -1
    for index in shown:
        if index > last + 1:
            links.append("…")
        links.append(f"**{index + 1}**" if index == number else f"[{index + 1}]({names[index]})")
        last = index
    return "\n\nPages: " + " · ".join(links) + "\n\n"
