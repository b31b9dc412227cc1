"""The article's paragraphs as Markdown, with names linked and quotes marked."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from briefing.article import locate
from briefing.escape import md
from briefing.model import Key, Model
from briefing.page import PageContext

Span = tuple[int, int, Callable[[str], Markup]]


def annotated_paragraph(model: Model, page: PageContext, number: int) -> Markup:
    text = model.article.paragraph(number)
    spans = _quote_spans(model, page, number, text) + _mention_spans(model, page, number)
    spans.sort(key=lambda span: (span[0], -span[1]))
    out, cursor = [], 0
    for start, end, make in spans:
        if start < cursor:
            continue  # inside a quote already marked: the quote wins
        out.append(md(text[cursor:start]) if start > cursor else "")
        out.append(make(text[start:end]))
        cursor = end
    out.append(md(text[cursor:]))
    return Markup("".join(out))


def _quote_spans(model: Model, page: PageContext, number: int, text: str) -> list[Span]:
    spans = []
    for kind, quote_id in model.paragraph_records.get(number, ()):
        where = locate(text, model.records[kind][quote_id].text) if kind == "quotes" else None
        if where:
            def make(words: str, key: Key = (kind, quote_id)) -> Markup:
                return Markup(f"[{md(words)}]({page.href(key)}){{ .briefing-quote }}")
            spans.append((where[0], where[1], make))
    return spans


def _mention_spans(model: Model, page: PageContext, number: int) -> list[Span]:
    spans = []
    for mention in model.paragraph_mentions.get(number, ()):
        def make(words: str, key: Key = mention.key) -> Markup:
            return Markup(f"[{md(words)}]({page.href(key)})")
        spans.append((mention.start, mention.end, make))
    return spans
