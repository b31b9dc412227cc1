"""What a reader of a generated page would trip over: the page's Markdown rendered to HTML with
the site's own extensions, then read as text (Markdown syntax left as text, doubled marks and
punctuation, "on 2021", a line opening on " · ", an empty or repeated item in a list)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import yaml

from conftest import ROOT

_MKDOCS = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
EXTENSIONS = [name if isinstance(name, str) else next(iter(name))
              for name in _MKDOCS["markdown_extensions"]]
EXTENSIONS = [name for name in EXTENSIONS if not name.startswith("material.")]
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December")
# (what is wrong, pattern in the visible text)
TEXT_FAULTS = [
    ("Markdown left as text", re.compile(r"(?:^|\s)#{1,6} |\\[#*_`\[\]]|\*\*\S")),
    ("a mark doubled", re.compile(r"††")),
    ("punctuation doubled", re.compile(
        r"(?<!\.)\.\.(?!\.)|\.,|,,|;;|\.;|,\.|:\.|\s[,;.](?=\s)|[.!?…][”’\"')]+\.")),
    ("'on' before a year or a month", re.compile(rf"\bon (?:\d{{4}}\b|(?:{MONTHS}) \d{{4}})")),
    # An organisation named as a common noun's phrase reads with "the": "reports this of the
    # State Department", never "of State Department" (the engine's rule: model/names.needs_the).
    ("an organisation without 'the'", re.compile(
        r"\b(?:of|by|to|from|with|and|for) (?!the\b)(?:[A-Z][\w.]*\s){1,4}"
        r"(?:Department|Ministry|Agency|Office|Council|Commission|Committee|Bureau|[Dd]elegation)\b"
        r"(?! (?:official|spokes|staff|statement|source|press|head)\w*)")),
    # A row, not a sentence: "“words” to Wang Yi, Kerry meets Wang Yi (¶ 3)" (an event named
    # by its title after a comma) where "Kerry told Wang Yi in their meeting …: “words”" does.
    ("an event named by its title in a row", re.compile(r"”(?: — [^,(]+)? to [^,(:]+, [A-Z][^(:]* \(¶ \d")),
    # "about 7,800 tonnes: about 7,800 tonnes", a figure named by its own value shown twice.
    ("a number's words said twice in a row", re.compile(
        r"(?<!\w)((?:\w[\w,.]* ){0,3}\d[\d,.]*(?: \w[\w,.]*){0,3})(?::|†| \(draft\))* \1(?!\w)")),
    # "…California's Death Valley, Death Valley, 16 July": a place the text names, named again.
    ("a name said twice in a row", re.compile(
        r"(?<![\w'’])([A-Z][\w'’]+(?: [A-Z][\w'’]+){0,3}), \1(?![\w'’])")),
    # "met … on July 17, 17 July 2023": the text's own date, then the record's date again.
    ("a date said twice in a row", re.compile(
        rf"\b(?:({MONTHS}) (\d{{1,2}}), \2 \1|(\d{{1,2}}) ({MONTHS}), \4 \3)\b")),
    ("one of a plural", re.compile(
        r"(?<![\d,.])1 (?:events|people|persons|pairs|entries|quotes|meetings|figures|statements|"
        r"topics|places|organisations|things|mentions|paragraphs|records)\b")),
    ("a field label where a sentence does", re.compile(
        r"How it was reported:|\bKind:|said this(?: to [^.]*?)? at [A-Z]")),
]
_SKIP = {"script", "style", "svg", "code", "pre"}
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "th", "summary",
           "blockquote", "div", "details", "ul", "ol", "table", "tr"}


class _Reader(HTMLParser):
    """Blocks of visible text, and every list's items (their own text, nested lists apart)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.lists: list[tuple[str, list[str]]] = []  # (section heading, items)
        self._text: list[str] = []
        self._skip = 0
        self._items: list[list[str]] = []  # open <li>s: their own text
        self._open_lists: list[list[str]] = []
        self._heading = ""
        self._in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCKS:
            self._flush()
        if tag in ("ul", "ol"):
            self._open_lists.append([])
        elif tag == "li":
            self._items.append([])
        elif tag in ("h2", "h3"):
            self._in_heading, self._heading = True, ""

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip -= 1
        elif tag in _BLOCKS:
            self._flush()
        if tag == "li" and self._items:
            text = " ".join("".join(self._items.pop()).split())
            if self._open_lists:
                self._open_lists[-1].append(text)
        elif tag in ("ul", "ol") and self._open_lists:
            self.lists.append((self._heading, self._open_lists.pop()))
        elif tag in ("h2", "h3"):
            self._in_heading = False

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._text.append(data)
        if self._items:
            self._items[-1].append(data)
        if self._in_heading:
            self._heading += data

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self.blocks.append(text)
        self._text = []


def read(page_markdown: str) -> _Reader:
    body = page_markdown.split("\n---\n", 1)[1] if page_markdown.startswith("---\n") else page_markdown
    reader = _Reader()
    reader.feed(markdown.markdown(body, extensions=EXTENSIONS))
    reader.close()
    return reader


def faults(page_markdown: str) -> list[str]:
    """Every fault a reader would meet on the page, each with the text around it."""
    reader = read(page_markdown)
    found = []
    for block in reader.blocks:
        for what, pattern in TEXT_FAULTS:
            for match in pattern.finditer(block):
                found.append(f"{what}: …{block[max(0, match.start() - 40):match.end() + 40]}…")
        if block.startswith("·"):
            found.append(f"a line opening on ' · ': {block[:80]}")
    sections: dict[str, list[str]] = {}
    for heading, items in reader.lists:
        found += [f"an empty list item under {heading!r}" for item in items if not item]
        sections.setdefault(heading, []).extend(item for item in items if item)
    for heading, items in sections.items():
        found += [f"a list item repeated under {heading!r}: {item[:80]}"
                  for item in sorted(set(items)) if items.count(item) > 1]
    return found


def built_faults(page_html: str) -> list[str]:
    """The faults of a page as `mkdocs build` wrote it (its article, theme and scripts apart)."""
    start = page_html.find("<article")
    end = page_html.find("</article>", start)
    reader = _Reader()
    reader.feed(page_html[start:end] if start >= 0 else page_html)
    reader.close()
    return [f"{what}: …{block[max(0, match.start() - 40):match.end() + 40]}…"
            for block in reader.blocks for what, pattern in TEXT_FAULTS
            for match in pattern.finditer(block)]
