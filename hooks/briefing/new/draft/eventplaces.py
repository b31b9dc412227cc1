"""Where an event is and whose: a place in its word's clause ('a news conference in Lilongwe'); a
summit that is a mountain's top, not a meeting ('near the summit of Mount Ruapehu'); a body's
event named after its word ('the annual session of the Joint Fisheries Commission')."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.entities import Entities
from briefing.new.draft.names import RUN

Key = tuple[str, str]
_OF_BODY = re.compile(r"[\w\-]{1,40}\s+of\s+(?:the\s+)?")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_PEAK = re.compile(r"(?:Mount|Mt\.?|Mont|Monte|Cerro|Pico|Pic|Gunung)\s")


def clause_place(entities: Entities, text: str, number: int, start: int, end: int, at: int) -> Key | None:
    """A place in the event word's clause: 'a news conference in Lilongwe'."""
    for mention in entities.in_span(number, start, end):
        between = text[min(at, mention.start):max(at, mention.start)]
        if mention.key[0] == "places" \
                and (re.search(r"\b(?:at|in)\s+(?:the\s+)?$", window.before(text, mention.start))
                     or mention.start > at and re.search(r"\bvisit(?:s|ed|ing)?\s+$",
                                                         window.before(text, mention.start))) \
                and not re.match(r"['’]s\b", window.after(text, mention.end)) \
                and not _ANOTHER_THINGS.search(window.before(text, mention.start)) \
                and not (mention.start > at and re.search(r"\binto\b", between)) \
                and not (mention.start > at and TOPIC_IN.search(window.before(text, mention.start))) \
                and (not re.search(r"[,;]", between)
                     or mention.start > at and _ACROSS_ASIDE.fullmatch(between)) \
                and not in_quoted_words(text[start:mention.start]):
            return mention.key
    return None


def in_quoted_words(before: str) -> bool:
    """Whether the words after `before` (from the sentence's start) are inside quotation marks: a
    place someone speaks of is not where the event is ('"Security in the Gulf is ...," Araghchi
    told reporters before leaving for Doha, where he is due to meet ...': round 14, lead)."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# Where a thing someone owns is, not the event: 'for taking over its concession in the Amazon'; nor
# what an inquiry is into ('An inquest into the death of a miner at the Gleision colliery heard'):
# round 13, once those places were drafted. (Not 'talks at his office in Nairobi': a venue.)
_ANOTHER_THINGS = re.compile(r"(?<!\bat )\b(?:its|his|her|their)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+"
                             r"\s+(?:at|in)\s+(?:the\s+)?$")


# What a meeting is about, not where it is: 'met behind closed doors on Thursday to discuss the
# fighting in Sudan' (round 14, events r14b: Sudan was the meeting's place)
# (the verb, not the noun: 'after a six-hour debate at the city hall in Adabraka' is where it was)
TOPIC_IN = re.compile(r"\b(?:discuss|discussed|discussing|to\s+(?:consider|review|debate|examine)|considered|"
                      r"reviewed|debated|examined)\s+(?:[\w'’\-]+\s+){1,5}?in\s+(?:the\s+)?$")


# 'is due to sign the agreement with her counterpart, Luis Ortega, in Badajoz': the event's place
# right after one aside
_ACROSS_ASIDE = re.compile(r"[^,;.]{0,60}?,[^,;.\"“”]{1,90},\s*(?:in|at)\s+(?:the\s+)?")


def mountain_top(entities: Entities, text: str, number: int, match: re.Match[str]) -> bool:
    """'the summit of Mount Ruapehu': a summit of a place is its top, not a meeting."""
    of = _OF.match(text, match.end("noun"))
    return match.group("noun").lower() == "summit" and of is not None and (
        _PEAK.match(text, of.end()) is not None or any(
            m.start == of.end() and m.key[0] == "places"
            for m in entities.in_span(number, of.end(), of.end() + 1)))


def of_a_body(entities: Entities, text: str, number: int, at: int) -> bool:
    """'the annual session of the Joint Fisheries Commission': a definite event word whose body
    is named after it introduces that body's event; it points back to nothing."""
    of = _OF_BODY.match(text, at)
    return of is not None and any(m.start == of.end() and m.key[0] == "organisations"
                                  for m in entities.in_span(number, of.end(), of.end() + 1))


def named_in(text: str, noun_start: int, noun_end: int) -> str | None:
    """'the Pan-African Malaria Conference' -> its name; 'a news conference' -> None."""
    if not text[noun_start].isupper():
        return None
    for match in RUN.finditer(text, max(0, noun_start - 80), noun_end):
        if match.start() <= noun_start and match.end() == noun_end:
            name = re.sub(r"^(?:The|A|An)\s+", "", match.group())
            return None if name.lower() == text[noun_start:noun_end].lower() else name
    return None  # ('Expedition leader Ingrid Aasen': a capital opening the sentence, no name)
