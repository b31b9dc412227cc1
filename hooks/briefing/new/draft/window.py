"""The few hundred characters around a mention: what the drafter's rules read beside a name.

Every rule looks a few words before or after a mention ('the town of', ', the club's head
coach,'). Reading the whole text before it instead (`text[:start]`, searched to its end) made
drafting quadratic in a paragraph's length: a scraped page with no paragraph breaks took minutes.
"""

from __future__ import annotations

from briefing.new.draft.glottal import GLOTTAL_MARKS, mark_before

REACH = 300  # characters: more than any rule's words need


def before(text: str, at: int) -> str:
    """The text just before `at` (to it); before a name opened by a glottal stop ("said 'Ahio
    Fifita-Taufa", names.runs opening at 'Ahio), the text before the mark, which is the name's."""
    if at and text[at - 1] in GLOTTAL_MARKS and mark_before(text, at):
        at -= 1
    return text[max(0, at - REACH):at]


def after(text: str, at: int) -> str:
    """The text just after `at` (from it)."""
    return text[at:at + REACH]


def last_visible(text: str, at: int) -> str:
    """The last character before `at` that is not a space ('' when only spaces come before),
    read backwards from `at`."""
    while at and text[at - 1].isspace():
        at -= 1
    return text[at - 1] if at else ""
