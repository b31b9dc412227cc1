"""core/escape.py escapes by one `str.replace` per character instead of one `str.translate`
(faster on long text): the result is the translation table's, character for character, for any
text, the characters each replacement writes (`&`, `#`, `;`, the backslash) included."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core import escape

MANY = settings(max_examples=int(os.environ.get("BRIEFING_EXAMPLES", "100")) * 10, deadline=None)
# Every character either table maps, what the replacements write, white space, and others.
TEXT = st.text(st.sampled_from(list("\\`*_{}[]()#+-.!|&<>\"';0123 a\u00e9\u2014\u4e60\x00\t\n")))


@MANY
@given(TEXT)
def test_markdown_escape_is_the_tables(text: str) -> None:
    escape._md.cache_clear()
    collapsed = escape._SPACE.sub(" ", text) if not text.isprintable() or "  " in text else text
    assert escape.md(text) == collapsed.translate(escape._ESCAPES)


@MANY
@given(TEXT)
def test_attribute_escape_is_the_tables(text: str) -> None:
    assert escape.md_attribute(text) == " ".join(text.split()).translate(escape._ATTRIBUTE_ESCAPES)


def test_entities_are_not_escaped_again() -> None:
    assert escape.md_attribute("&#38; #") == "&#38;&#35;38; &#35;"
    assert escape.md("\\& <x>") == "\\\\&amp; &lt;x&gt;"


@MANY
@given(st.text(st.sampled_from([*map(chr, escape._BIDI_CONTROLS), "a", " ", "\u00b6", "\u201c",
                                "\u202f", "\u2065", "\u206a"])))
def test_bidi_controls_are_removed_as_the_table_says(text: str) -> None:
    """Searched for first, then translated: every control goes, every other character stays
    (the neighbours of the table's ranges too)."""
    assert escape.without_bidi_controls(text) == text.translate(escape._BIDI_CONTROLS)
