"""Places a ship or a convoy passes: 'the corridor for ships leaving Odesa', '60 vessels were
waiting to load at Odesa, Chornomorsk and Pivdennyi', 'until the first convoys had passed the
Bosphorus' (round 13: none was drafted). In a sentence about vessels, a name after a verb of
passage, or after 'at', 'from' or 'to', and each name listed with it, is a port, a strait or a
sea, not a body."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import NOT_NAME, NOT_PLACES_ON, ORG_HEADS
from briefing.new.draft.names import Run
from briefing.new.draft.sentences import sentence_at

_VESSELS = re.compile(r"\b(?:ships?|vessels?|boats?|tankers?|freighters?|barges?|ferry|ferries|convoys?|"
                      r"cargo\s+ships?|bulk\s+carriers?|container\s+ships?)\b", re.IGNORECASE)
_NAME = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}"
_PASSAGE = (r"\b(?:leaving|left|leave|leaves|passed|passing|pass|passes|crossed|crossing|cross|reached|"
            r"reaching|reach|entered|entering|enter|bound\s+for|sailed\s+from|sailed\s+for|"
            r"(?:load|loading|loaded|unload|unloading|docked|docking|berthed|called|calling|waiting|anchored)"
            r"\s+(?:at|in|off)|from|to)\s+(?:the\s+)?")
# The name right after the verb, or later in its list ('at Odesa, Chornomorsk and Pivdennyi').
_BEFORE = re.compile(rf"{_PASSAGE}(?:{_NAME}(?:,\s+|,?\s+(?:and|or)\s+(?:the\s+)?))*$")
_AFTER = re.compile(r"\s*(?:[.,;:)]|$|(?:and|or|in|on|at|to|for|with|until|before|after|since|where|"
                    r"when|while|from|into|through)\b)")


def passed_by_ships(paragraph: str, run: Run, tokens: list[str]) -> bool:
    if len(tokens) > 2 or run.text.isupper() or tokens[0] in NOT_PLACES_ON or tokens[0] in NOT_NAME \
            or any(t.lower() in ORG_HEADS for t in tokens) or len(tokens) == 2 and is_given_name(tokens[0]) \
            or not _BEFORE.search(window.before(paragraph, run.start)) \
            or not _AFTER.match(window.after(paragraph, run.end)):
        return False
    start, end = sentence_at(paragraph, run.start)
    return bool(_VESSELS.search(paragraph[start:end]))
