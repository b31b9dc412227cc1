"""A rank or an honorific between a person's office and name: 'Managing director Captain Sipho
Ndlovu', 'chief executive Dr Ana Lima'. The office is the role the article gives; the rank only
addresses the person (the role was drafted as 'Captain' alone, the office lost)."""

from __future__ import annotations

import re

from briefing.new.draft.lexicon import TITLE_WORDS

_RANKS = frozenset("captain capt capt. colonel col col. general gen gen. major maj maj. commander cmdr "
                   "cmdr. lieutenant lt lt. admiral adm adm. brigadier brig brig. commodore dr dr. "
                   "prof prof. professor engineer eng eng.".split())
# Words before the office that are no part of it.
_NOT_IN_OFFICE = frozenset("the a an and or of to by for with from as at in on its his her their our said "
                           "says told met when after before while that who which was is has had will".split())


def office_before_rank(title: list[str], before: list[str]) -> str | None:
    """['Captain'] after 'Managing director' -> 'managing director'; None without a rank alone as
    the title, or without an office in lower case right before it."""
    if len(title) != 1 or title[0].lower() not in _RANKS or not before \
            or not before[-1].islower() or before[-1] not in TITLE_WORDS:
        return None
    words = [before[-1]]
    for word in reversed(before[:-1]):
        if not re.fullmatch(r"[A-Za-z][a-z\-]*", word) or word.lower() in _NOT_IN_OFFICE:
            break
        words.insert(0, word.lower())
        if word[:1].isupper():
            break  # ('Managing director': the sentence's first word)
    return " ".join(words[-4:])
