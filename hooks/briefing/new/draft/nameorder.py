"""Names written family name first ('Yamashita Kazuko', 'Nakao Hiroshi'): Japanese, Hungarian,
Chinese and Korean names as much English copy now prints them, the given name last.

Such a name is a person's when its given name closes it and its first word stands alone for
someone elsewhere ('Nakao said', 'Nakao, who'), or when a relative clause about someone follows
it ('Ishikawa Tetsuo, who grows yuzu'). A given name closing a place's or a firm's name ('Port
Elizabeth', 'Smith Barney') has no such company: the first word names nobody alone.
"""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.evidence import surname_used_alone
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import (
    CITIES,
    COUNTRIES,
    NOT_NAME,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_LEAD_WORDS,
    TITLE_WORDS,
)
from briefing.new.draft.names import Run

_WHO = re.compile(r",\s+who\s")


def family_name_first(run: Run, name: list[str], text: str, whole: str) -> bool:
    """`name`: the run's name without its title; `text`: its paragraph; `whole`: the article
    without this name's own occurrences."""
    if len(name) != 2 or run.tokens[-2:] != name or not is_given_name(name[1]) or is_given_name(name[0]):
        return False
    if any(t in COUNTRIES or t in CITIES or t in NOT_NAME
           or t.lower() in ORG_HEADS | PLACE_HEADS | PLACE_LEAD_WORDS | TITLE_WORDS
           for t in name):
        return False
    if _THING_AFTER.match(text, run.end):
        return False  # (round 20: 'at the Prague Spring festival', 'Prague' alone elsewhere, was a person)
    return bool(_WHO.match(window.after(text, run.end))) or surname_used_alone(whole, name[0])


# A lower-case noun of an event or a prize right after a name: the name is the thing's ('the Prague
# Spring festival', 'the Booker Prize ceremony'), not a person's.
_THING_AFTER = re.compile(r"\s+(?:festival|prize|award|cup|games|marathon|fair|carnival|conference|summit|"
                          r"uprising|offensive|season|exhibition|biennale|ceremony)\b")
