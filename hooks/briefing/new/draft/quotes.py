"""Every quoted span with its speaker (see `spans` for the spans, `speakers` for the rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.new.draft import window
from briefing.new.draft.attribution import Attribution, Tracker
from briefing.new.draft.entities import Entities
from briefing.new.draft.sentences import sentence_at
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
        if who.speaker is None and _stands_alone(span, paragraphs):
            who = _named_after(span, paragraphs, entities) or who
        quote = FoundQuote(span, who, _partial(span, paragraphs[span.paragraph - 1]))
        found.append(quote)
        previous = quote
    return _backfill(found)


# the words of a paragraph after a quote that stands alone and that tell whose it was: 'Dr. X made
# the statement after ...', 'That was Nadroga coach X after ...', 'X was speaking after ...'
_TOLD_AFTER = re.compile(r"(?:That\s+was|Those\s+were|Such\s+was)\b|.{0,80}?\b(?:made\s+the\s+"
                         r"(?:statement|remarks?|comments?)|was\s+speaking|spoke|said\s+this|said\s+so|added|"
                         r"told)\b")


def _stands_alone(span: Span, paragraphs: tuple[str, ...]) -> bool:
    """The quote is its paragraph, whole, and a paragraph follows it."""
    text = paragraphs[span.paragraph - 1].strip()
    return span.label is None and span.paragraph < len(paragraphs) and len(text) > 0 \
        and text[0] in "\"“" and text[-1] in "\"”" and text.count("\"") + text.count("“") <= 2


def _named_after(span: Span, paragraphs: tuple[str, ...], entities: Entities) -> Attribution | None:
    """A quote standing alone as its paragraph, with no speaker: the person the next paragraph
    names first, when its first sentence tells that the words were theirs ('"For too long
    patients ... That ends in April." / Dr. Owusu-Ansah made the statement after speaking with
    relatives'; 'That was Nadroga coach Saimoni Vuetaki after ...'). Round 15's outside set: two
    such quotes were dropped. Marked uncertain."""
    number = span.paragraph + 1
    text = paragraphs[number - 1]
    end = sentence_at(text, 0)[1]
    told = _TOLD_AFTER.match(text)
    first = next((m for m in entities.in_span(number, 0, end) if m.key[0] == "people"), None)
    if told is None or told.end() > end or first is None or first.start > max(told.end(), 80):
        return None
    name = entities.get(first.key).name
    return Attribution(first.key, f"The quote is a paragraph of its own; taken as {name}, whom the "
                                  f"paragraph after it names as having said it.",
                       doubt=f"The quote stands alone; {name} is named in the paragraph after it "
                             "(paragraph {number}). Check who said it.".replace("{number}", str(number)))


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
