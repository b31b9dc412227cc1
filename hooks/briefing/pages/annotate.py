"""The article's paragraphs as Markdown, with names linked and quotes marked."""

from __future__ import annotations

from typing import NamedTuple

from markupsafe import Markup

from briefing.core.escape import md
from briefing.data.article import locate
from briefing.model.model import Model
from briefing.pages.page import PageContext


class Span(NamedTuple):
    """Characters `start:end` of a paragraph link to `href`."""

    start: int
    end: int
    href: str
    css_class: str


def annotated_paragraph(model: Model, page: PageContext, number: int) -> Markup:
    text = model.article.paragraph(number)
    spans = sorted(_quote_spans(model, page, number, text) + _mention_spans(model, page, number),
                   key=lambda span: (span.start, -span.end))
    out: list[str] = []  # markup, made `Markup` once
    cursor = 0
    for span in spans:
        if span.start < cursor:
            continue  # inside a quote already marked: the quote wins
        out.append(md(text[cursor:span.start]))
        attributes = f"{{ .{span.css_class} }}" if span.css_class else ""
        out.append(f"[{md(text[span.start:span.end])}]({span.href}){attributes}")
        cursor = span.end
    out.append(md(text[cursor:]))
    return Markup("".join(out))


def _quote_spans(model: Model, page: PageContext, number: int, text: str) -> list[Span]:
    spans = []
    for kind, quote_id in model.paragraph_records.get(number, ()):
        where = locate(text, model.records[kind][quote_id].text) if kind == "quotes" else None
        if where:
            spans.append(Span(*where, page.href((kind, quote_id)), "briefing-quote"))
    return spans


def _mention_spans(model: Model, page: PageContext, number: int) -> list[Span]:
    """A link at the first mention of each record in the paragraph only: a paragraph that
    names Kerry four times links him once, and reads as text, not as a list of links."""
    first: dict[object, Span] = {}
    for mention in sorted(model.paragraph_mentions.get(number, ()), key=lambda m: m.start):
        first.setdefault(mention.key, Span(mention.start, mention.end, page.href(mention.key), ""))
    return list(first.values())
