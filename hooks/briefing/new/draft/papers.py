"""Newspapers named where news copy quotes them: 'she told Dagens Nyheter in 1998', 'in an
interview with Le Monde', 'according to the Seoul Shinmun', 'Frankfurter Allgemeine reported': a
name of two to four words one of which is a newspaper's word (lexicon.NEWSPAPER_WORDS) is the
paper, a body, not a person ('Le Monde' was one) and not nothing."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import NEWSPAPER_WORDS
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
