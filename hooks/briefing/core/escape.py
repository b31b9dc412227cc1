"""Text from YAML is data, never markup: escape it for each place it lands."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from markupsafe import Markup, escape

# Every character Python-Markdown (and the extensions we enable) gives a meaning to is
# backslashed; the three HTML ones become entities. The table says what `str.translate` would
# do; `_replaced` does the same with one `str.replace` per character, four to six times faster on
# a paragraph (`translate` maps a character at a time when it writes more than one).
_MARKDOWN_SPECIAL = "\\`*_{}[]()#+-.!|"
_ESCAPES = {ord(char): "\\" + char for char in _MARKDOWN_SPECIAL} | {
    ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}
# In this order, no replacement writes a character that a later one replaces: the backslash
# first, then `&` before the entities that contain it.
_MARKDOWN_STEPS = (("\\", "\\\\"), ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"),
                   *((char, "\\" + char) for char in _MARKDOWN_SPECIAL[1:]))
_SPACE = re.compile(r"\s+")


def md(text: Any) -> Markup:
    """Inline Markdown that shows `text` literally: HTML escaped, Markdown syntax backslashed,
    white space collapsed (so no line can start a list, heading or code block)."""
    if type(text) is str:  # most are: the same as below, a test and a call fewer
        return _md(text)
    if isinstance(text, Markup):
        return text
    return _md(str(text))


# Memoised: a large briefing escapes the same names and labels on page after page (53,000 calls
# for 10,000 distinct texts at 1,000 pages). Markup is immutable, so sharing one is safe.
@functools.lru_cache(maxsize=1 << 16)
def _md(text: str) -> Markup:
    if not text.isprintable() or "  " in text:  # any white space but a single plain space
        text = _SPACE.sub(" ", text)
    return Markup(_replaced(text, _MARKDOWN_STEPS))


def _replaced(text: str, steps: tuple[tuple[str, str], ...]) -> str:
    for old, new in steps:
        if old in text:  # most are absent, and a search costs half what `replace` does then
            text = text.replace(old, new)
    return text


def html(text: Any) -> Markup:
    """Text for HTML content or a quoted attribute value."""
    return escape(str(text))


def json_for_script(value: Any) -> Markup:
    """JSON that is safe inside <script>: no '<', '>' or '&' can close the element."""
    # Compact: json's C encoder only runs without indent (a fifth of render time at scale).
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# Markdown's inline patterns (links, emphasis, code) run before its raw-HTML pattern, so text in
# an attribute of raw HTML written into Markdown needs its Markdown characters as entities too.
# All numeric: pages/escaperuns.py reads a stretch of `&lt;`, `&gt;` and `&amp;` (what `md`
# writes) as text, and must never start one inside a tag.
_ATTRIBUTE_ESCAPES = {ord(char): f"&#{ord(char)};" for char in _MARKDOWN_SPECIAL + "&<>\"'"}
# The same by `str.replace` (see `_replaced`), `&` and `#` apart: each entity contains both.
_ATTRIBUTE_STEPS = tuple((chr(code), entity) for code, entity in _ATTRIBUTE_ESCAPES.items()
                         if chr(code) not in "&#")


def md_attribute(text: Any) -> Markup:
    """Text for a quoted attribute of raw HTML inside Markdown, on one line (a blank line
    would end the paragraph the HTML stands in)."""
    parts = " ".join(str(text).split()).split("&")
    text = "&#38;".join(part.replace("#", "&#35;") for part in parts)
    return Markup(_replaced(text, _ATTRIBUTE_STEPS))


# Directional formatting characters: ALM, LRM, RLM, the embeddings and overrides (U+202A-E) and
# the isolates (U+2066-9). Text a reader copies is pasted elsewhere, where they would reorder
# the words around them.
_BIDI_CONTROLS = dict.fromkeys([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                                *range(0x2066, 0x206A)])
# Looked for first: `translate` maps every character of a text that is not ASCII one by one.
_ANY_BIDI_CONTROL = re.compile("[" + "".join(map(chr, _BIDI_CONTROLS)) + "]")


def without_bidi_controls(text: str) -> str:
    return text.translate(_BIDI_CONTROLS) if _ANY_BIDI_CONTROL.search(text) else text
