"""Sentence boundaries, by pySBD: it knows 'U.S.', 'Mr.' and '52.2C' do not end a sentence,
which a full-stop rule gets wrong in nearly every wire report."""

from __future__ import annotations

import bisect
import functools
import re

from briefing.data.article import raw_sentence_spans
from briefing.new.draft.calendarwords import MONTH, WEEKDAY
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import SENOR, SHORTENED


@functools.lru_cache(maxsize=4096)
def sentence_spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of a paragraph."""
    spans: list[tuple[int, int]] = []
    for start, end in _split_before_accented(paragraph, raw_sentence_spans(paragraph)):
        if spans and (_TITLE_END.search(paragraph, spans[-1][0], spans[-1][1])
                      or _CLOCK_END.search(paragraph, spans[-1][0], spans[-1][1])
                      and _DAY_NEXT.match(paragraph, start)
                      or _STYLE_END.search(paragraph, spans[-1][0], spans[-1][1])
                      and _named_next(paragraph, start)
                      or _COMMA_NEXT.match(paragraph, start)):
            spans[-1] = (spans[-1][0], end)  # 'said Dr. | Isabel Contreras', 'at 6 p.m. | Monday':
            # one sentence
        else:
            spans.append((start, end))
    return tuple(spans) or ((0, len(paragraph)),)


# No sentence opens with a comma: a full stop before one closes a shortened word ('Ing. Peter Hrnčiar,
# PhD., who leads the borough's group, said the study had been "..."'; round 21: 'who leads ...' was a
# sentence of its own, and the quote went to the group).
_COMMA_NEXT = re.compile(r"\s*[,;]")


# pySBD ends no sentence before a capital outside ASCII ('... in ten years." Önen said', '...
# the vote. Þorsteinsson said'): a full stop, '?' or '!' (and a closing quotation mark) before
# one ends a sentence too, unless it closes an initial ('Ruth P. Östlund') or a title ('Dr.').
_ACCENTED_START = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)[\"”’]?\s+(?=[^\x00-\x7f])")


def _split_before_accented(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if paragraph.isascii():
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for match in _ACCENTED_START.finditer(paragraph, start, end):
            titled = _TITLE_END.search(paragraph, start, match.start() + 1)
            if paragraph[match.end()].isupper() and not titled:
                out.append((start, match.end()))
                start = match.end()
        out.append((start, end))
    return out


# A title's abbreviation ends no sentence, though pySBD sometimes ends one there; nor does a
# two-letter initial of a Cyrillic name ('Ts. Batbayar').
_TITLE_END = re.compile(rf"(?:{SHORTENED}|\b(?:Ch|Kh|Sh|Ts|Zh|Yu|Ya|Yo|Dzh)\.|{SENOR})\s*$")  # ('said Sr. X')


# Portuguese 'Eng.' and Spanish 'Sr.' after a capitalised word ('Minister of Water and Irrigation
# Eng. Lina Abu Hammour'; round 19: the sentence ended there and the minister lost her office) end no
# sentence before a given name and another capitalised word; 'said Lim Guan Eng. The ...' still ends.
_STYLE_END = re.compile(r"\b(?:Eng|Sr)\.\s*$")
_NAMED = re.compile(r"\s*([A-Z][\w'’\-]*)\s+[A-Z]")


def _named_next(paragraph: str, start: int) -> bool:
    named = _NAMED.match(paragraph, start)
    return named is not None and is_given_name(named.group(1))


# A clock time's 'p.m.' before a day or a zone ends no sentence: 'a public hearing at 6 p.m. Monday
# at City Hall' (American copy writes the weekday with no 'on').
_CLOCK_END = re.compile(r"\b[ap]\.m\.\s*$", re.IGNORECASE)
_DAY_NEXT = re.compile(rf"(?:{WEEKDAY}|{MONTH}|(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|"
                       r"GMT|UTC|local|today|tonight|tomorrow)\b)")


def sentence_at(paragraph: str, offset: int) -> tuple[int, int]:
    spans = sentence_spans(paragraph)  # in order, disjoint
    at = bisect.bisect_right(spans, offset, key=lambda span: span[0]) - 1
    if at >= 0 and spans[at][0] <= offset < spans[at][1]:
        return spans[at]
    return 0, len(paragraph)
