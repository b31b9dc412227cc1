"""Newspapers named where news copy quotes them: 'she told Dagens Nyheter in 1998', 'in an
interview with Le Monde', 'according to the Seoul Shinmun', 'Frankfurter Allgemeine reported': a
name of two to four words one of which is a newspaper's word (lexicon.NEWSPAPER_WORDS) is the
paper, a body, not a person ('Le Monde' was one) and not nothing."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import CITIES, COUNTRIES, NEWSPAPER_WORDS, NOT_NAME, TITLE_WORDS
from briefing.new.draft.names import Run

_BEFORE = re.compile(r"\b(?:told|tells|telling|interview\s+with|interviewed\s+by|according\s+to|wrote\s+in|"
                     r"writing\s+in|quoted\s+by|reported\s+by|published\s+by|op-ed\s+in|column\s+in)"
                     r"\s+(?:the\s+)?(?:(?:daily|newspaper|paper|weekly)\s+)?$")
# Articles of other languages that open a paper's name ('Le' is also a given name)
_ARTICLES = frozenset("Le La Les El Il Lo Die Der Das De Het".split())
_AFTER = re.compile(r",?\s+(?:reported|reports|said|says|quoted|wrote|writes|newspaper|daily)\b")


def quoted_paper(text: str, run: Run) -> bool:
    tokens = [t for t in run.tokens if t not in ("The", "the")]
    if not 2 <= len(tokens) <= 4 or not any(t in NEWSPAPER_WORDS for t in tokens) \
            or is_given_name(tokens[0]) and tokens[0] not in _ARTICLES:
        return False  # ('Emily Post said': a person; 'Le Monde' opens with an article)
    return _BEFORE.search(window.before(text, run.start)[-40:]) is not None \
        or _AFTER.match(text, run.end) is not None


_TOLD = re.compile(r"\btold\s+$")
_TOLD_END = re.compile(r"(?:[,.;:!?\"”]|\s+(?:on|in|at|after|before|that|last|this|during|when|about|from|"
                       r"by)\b)")


def told_outlet(text: str, run: Run, tokens: list[str], taken: set[str]) -> bool:
    """'Grubišić told HRT after the match', 'Kinnunen told Yle', 'told Agence France-Presse that the
    walkout could be extended': a name of one to three words, no person's (no given name opens it,
    no word of a person the article names), told something by a speaker right after 'told' and
    before the clause's end, is the broadcaster or the agency interviewing (round 18, geo-r18: the
    answers list HRT, Yle, AFP as organisations; nothing was drafted). Not after 'the' ('told the
    European Lunar Symposium': an audience); not an office ('told Minister X')."""
    if not 1 <= len(tokens) <= 3 or len(tokens) != len(run.tokens) or is_given_name(tokens[0]) \
            or any(t in taken or t in NOT_NAME or t.lower() in TITLE_WORDS for t in tokens) \
            or " ".join(tokens) in taken or " ".join(tokens) in COUNTRIES or " ".join(tokens) in CITIES:
        return False
    return _TOLD.search(window.before(text, run.start)) is not None \
        and _TOLD_END.match(text, run.end) is not None
