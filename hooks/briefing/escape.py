"""Text from YAML is data, never markup: escape it for each place it lands."""

from __future__ import annotations

import json
import re
from typing import Any

from markupsafe import Markup, escape

# Every character Python-Markdown (and the extensions we enable) gives a meaning to.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_SPACE = re.compile(r"\s+")


def md(text: Any) -> Markup:
    """Inline Markdown that shows `text` literally: HTML escaped, Markdown syntax backslashed,
    white space collapsed (so no line can start a list, heading or code block)."""
    if isinstance(text, Markup):
        return text
    flat = _SPACE.sub(" ", str(text))
    html_safe = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Markup(_MARKDOWN_SPECIAL.sub(r"\\\1", html_safe))


def html(text: Any) -> Markup:
    """Text for HTML content or a quoted attribute value."""
    return escape(str(text))


def json_for_script(value: Any) -> Markup:
    """JSON that is safe inside <script>: no '<', '>' or '&' can close the element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
