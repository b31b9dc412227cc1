"""What a "Copy citation" button knows: the facts of a quote, statement, figure or article
paragraph, as data for the script (assets/cite.js), which writes them as plain text and as
CSL-JSON when the reader copies (with the day they copy it: the build stays the same).

A citation links to the published page: `page` is its address from the site's root, which the
script joins to the site's `site_url` (the theme writes it into every page) when there is one.

An inferred value is said to be inferred in words ("(inferred)"): a copied citation cannot
carry the page's † mark.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from briefing.core import dates
from briefing.core.escape import md_attribute, without_bidi_controls
from briefing.model import urls
from briefing.model.model import Model
from briefing.model.names import figure_value, kind_of, name_of, names_value
from briefing.pages import draftmark


def source_facts(model: Model) -> dict[str, Any]:
    """The article's part of every citation: title, authors, publisher, date, language."""
    source: Any = model.article.source
    return {"title": str(source.title), "authors": [str(name) for name in source.authors],
            "publisher": str(source.publisher or ""),
            "published": str(source.published or ""),
            "published_text": _date(source, "published"), "language": str(source.language)}


def record_facts(model: Model, path: str, record: Any) -> dict[str, Any]:
    """A record's citation: who said what to whom and when, and the paragraph that says it."""
    kind = kind_of(record)
    if kind == "figures":
        said = f"(“{' '.join(record.as_written.split())}”)"
        words = f"{figure_value(record)} {said}" if names_value(record) \
            else f"{record.name}: {figure_value(record)} {said}"
        speakers: list[str] = []
    else:
        words = " ".join((record.text if kind == "quotes" else record.gist).split())
        speakers = [name_of(model, key) for key in model.speakers(record)]
    paragraph = record.paragraphs[0]
    return {**source_facts(model), "id": f"{kind}-{record.id}", "kind": kind,
            "quoted": kind == "quotes", "speakers": speakers, "words": words,
            "to": [name_of(model, ("people", person))
                   for person in getattr(record, "addressees", ())]
            + ([str(record.audience)] if getattr(record, "audience", None) else []),
            "date": str(getattr(record, "date", None) or ""), "date_text": _date(record, "date"),
            "paragraph": paragraph, "draft": draftmark.is_draft(record),
            "href": f"{urls.relative_url(path, urls.ARTICLE)}#p{paragraph}",
            "page": f"{urls.page_url(urls.ARTICLE)}#p{paragraph}"}


def button(facts: dict[str, Any]) -> Markup:
    """The place of the citation buttons, filled by the script when a clipboard is there."""
    # The facts are copied as they stand (the script strips the same controls again, for the
    # words it reads off the page).
    data = without_bidi_controls(json.dumps(facts, ensure_ascii=False, sort_keys=True))
    return Markup(f'<div class="briefing-cite" hidden data-cite="{md_attribute(data)}"></div>')


def _date(record: Any, field: str) -> str:
    value = getattr(record, field, None)
    if not value:
        return ""
    inferred = field in getattr(record, "inferred", {}) or (
        field == "date" and getattr(record, "date_basis", None))
    return dates.reader_date(str(value)) + (" (inferred)" if inferred else "")
