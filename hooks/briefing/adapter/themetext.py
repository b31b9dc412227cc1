"""Text the theme prints as it is: escaped once, here, so that it shows as typed.

Material prints `config.site_name` (which `briefing new --title` writes), the description and
author, a page's front-matter `title` and `description`, raw in `<title>`, the header and meta
tags, and through `| e` elsewhere. A `Markup` holding the escaped text reads right in both: raw
it is the escaped text, and `| e` leaves a `Markup` alone. So "Why <script> tags" shows those
words and "AT&amp;T" shows as typed. The copyright line is left as it is: Material documents it
as HTML that the site's author writes.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

CONFIG_TEXT = ("site_name", "site_description", "site_author", "repo_name")
PAGE_TEXT = ("title", "description")


def as_text(value: Any) -> Any:
    """A string as escaped `Markup`, once (a `Markup` is already escaped); anything else as is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return escape(value)
    return value


def escape_config(config: Any) -> None:
    for name in CONFIG_TEXT:
        value = config.get(name)
        if value is not None:
            config[name] = as_text(value)


def escape_page_meta(meta: dict[str, Any]) -> None:
    """A hand-written page's front matter: its author's text, shown as typed."""
    for name in PAGE_TEXT:
        if name in meta:
            meta[name] = as_text(meta[name])
