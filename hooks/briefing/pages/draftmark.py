"""How a draft says so: every record `briefing new` drafted and nobody has checked yet is
marked wherever it is named, and while any remains every page says how many, and how to
review them. Readers never take an unchecked draft for a checked briefing."""

from __future__ import annotations

from typing import Any

from briefing.model.model import Model

SUFFIX = " (draft)"
DESCRIPTION = "Draft, not yet checked against the article: "


def is_draft(record: Any) -> bool:
    return bool(getattr(record, "draft", False))


def suffix(record: Any) -> str:
    """What follows a draft record's name in a list, a table, a title or a drawing."""
    return SUFFIX if is_draft(record) else ""


def home_title(model: Model) -> str:
    """The home page's own title (its tab, share title) while any record is a draft; "" once
    none is (then the navigation's "Home" and the site's name say enough)."""
    return f"Draft: {model.briefing.title}" if unchecked(model) else ""


def unchecked(model: Model) -> int:
    """How many records (the briefing itself included) are still drafts."""
    return model.drafts


def banner(model: Model, review_link: str | None = None) -> str:
    """The note under every page's title while any record is a draft; "" once none is. Under
    `mkdocs serve`, `review_link` leads to the review page."""
    count = unchecked(model)
    if not count:
        return ""
    records = "record is" if count == 1 else "records are"
    return (f'!!! danger "Draft briefing: {count} {records} not yet checked"\n'
            "    Drafted from the article by the program, each draft is marked *(draft)*. "
            "To review them, run **briefing review** in the briefing's folder"
            + (f", or see the [review page]({review_link})" if review_link else "") + ".\n")


def under_title(body: str, note: str) -> str:
    """`note` right under the page's first line when that is its title, else on top."""
    text = body.lstrip("\n")
    if not text.startswith("# "):
        return f"{note}\n{text}"
    title, newline, rest = text.partition("\n")
    return f"{title}{newline}\n{note}\n{rest}"
