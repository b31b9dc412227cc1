"""Where an event is: a place in its word's clause ('a news conference in Lilongwe'); and a
summit that is a mountain's top, not a meeting ('near the summit of Mount Ruapehu')."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.entities import Entities

Key = tuple[str, str]
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_PEAK = re.compile(r"(?:Mount|Mt\.?|Mont|Monte|Cerro|Pico|Pic|Gunung)\s")


def clause_place(entities: Entities, text: str, number: int, start: int, end: int, at: int) -> Key | None:
    """A place in the event word's clause: 'a news conference in Lilongwe'."""
    for mention in entities.in_span(number, start, end):
        between = text[min(at, mention.start):max(at, mention.start)]
        if mention.key[0] == "places" \
                and re.search(r"\b(?:at|in)\s+(?:the\s+)?$", window.before(text, mention.start)) \
                and not re.match(r"['’]s\b", window.after(text, mention.end)) \
                and not re.search(r"[,;]", between):
            return mention.key
    return None


def mountain_top(entities: Entities, text: str, number: int, match: re.Match[str]) -> bool:
    """'the summit of Mount Ruapehu': a summit of a place is its top, not a meeting."""
    of = _OF.match(text, match.end("noun"))
    return match.group("noun").lower() == "summit" and of is not None and (
        _PEAK.match(text, of.end()) is not None or any(
            m.start == of.end() and m.key[0] == "places"
            for m in entities.in_span(number, of.end(), of.end() + 1)))
