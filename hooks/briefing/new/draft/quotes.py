"""Every quoted span with its speaker (see `spans` for the spans, `speakers` for the rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.new.draft import window
from briefing.new.draft.attribution import Attribution, Tracker
from briefing.new.draft.entities import Entities
from briefing.new.draft.spans import Span, quote_spans
from briefing.new.draft.speakers import attribute, interviewee


@dataclass(frozen=True)
class FoundQuote:
    span: Span
    who: Attribution
    partial: bool


def find_quotes(paragraphs: tuple[str, ...], entities: Entities,
                labels: dict[int, str]) -> list[FoundQuote]:
    tracker = Tracker(entities, paragraphs, answerer=interviewee(entities, labels))
    found: list[FoundQuote] = []
    previous: FoundQuote | None = None
    for span in quote_spans(paragraphs, labels):
        carried = previous if previous and _continues(previous.span, span) else None
        who = attribute(span, paragraphs, tracker, previous.span if previous else None,
                        previous.who if previous else None)
        if carried and (who.speaker is None or who.how):
            # The paragraph goes on with the quote the last one left open: same speaker.
            who = Attribution(carried.who.speaker, carried.who.how, carried.who.addressees,
                              doubt=carried.who.doubt)
        quote = FoundQuote(span, who, _partial(span, paragraphs[span.paragraph - 1]))
        found.append(quote)
        previous = quote
    return _backfill(found)


def _continues(before: Span, span: Span) -> bool:
    return before.runs_on and span.paragraph == before.paragraph + 1 and span.open == 0


def _backfill(found: list[FoundQuote]) -> list[FoundQuote]:
    """A quote running over paragraphs is attributed where it closes: carry that back."""
    result = list(found)
    for index in range(len(result) - 2, -1, -1):
        here, after = result[index], result[index + 1]
        if here.span.runs_on and _continues(here.span, after.span) and after.who.speaker:
            result[index] = FoundQuote(here.span, after.who, here.partial)
    return result


def _partial(span: Span, text: str) -> bool:
    if span.label or span.runs_on:
        return False
    last = window.last_visible(text, span.open)
    opens_sentence = not last or last in ".!?:,\"”" \
        or re.search(r"\b(?:said|says|added)$", window.before(text, span.open).rstrip())
    return not (span.text[:1].isupper() or span.text[:1].isdigit()) or not opens_sentence
