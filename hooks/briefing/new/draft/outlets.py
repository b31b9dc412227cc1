"""The news outlets that pass the article's news on ('state news agency ONA reported', '..., the
Ghana News Agency reported', 'according to Xinhua'): they report an event and take no part in it,
so a signing's organisations are its sides, not the wire that told of it."""

from __future__ import annotations

import re

from briefing.new.draft.entities import Entities
from briefing.new.draft.lexicon import OUTLET_NOUNS, WIRE_SERVICES

Key = tuple[str, str]
_NOUNS = "|".join(noun.replace(" ", r"\s+") for noun in OUTLET_NOUNS)
# 'state news agency ONA', 'the national news agency, Bernama,': the name after an outlet's noun
_CALLED = re.compile(rf"\b(?:{_NOUNS}),?\s+$", re.IGNORECASE)
# 'the Ghana News Agency', 'Xinhua news agency' (the noun in or right after the name)
_NAMED = re.compile(rf"\b(?:{_NOUNS})\b", re.IGNORECASE)
# '..., the Algerie Presse Service reported.': a report closing the sentence is an outlet's
_CLOSES = re.compile(r"\s+reported\s*(?:[.;]|$|,\s+(?:citing|quoting)\b)")
_AFTER_COMMA = re.compile(r",\s+(?:the\s+)?(?:[\w\-'’]+\s+){0,3}$")
# the outlet as the one who says or reports the sentence ('..., ONA said', 'Bernama reported')
_REPORTS = re.compile(rf"(?:\s+(?:{_NOUNS}))?\s+(?:reported|reports|said|says|added|quoted|cited)\b",
                      re.IGNORECASE)
# ... or as its source ('according to Xinhua', 'in a statement carried by WAM')
_SOURCE = re.compile(r"\b(?:according\s+to|carried\s+by|(?:reported|quoted|cited|published|broadcast)\s+by)"
                     r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)


def news_outlets(paragraphs: tuple[str, ...], entities: Entities) -> frozenset[Key]:
    """The organisations the article tells as news outlets: by an outlet's noun before the name
    or in it, a wire service's own name, or a report closing a sentence ('..., X reported.')."""
    found = {("organisations", key) for key, org in entities.organisations.items()
             if org.type == "news agency" or org.name in WIRE_SERVICES or _NAMED.search(org.name)}
    for mention in entities.mentions:
        text = paragraphs[mention.paragraph - 1]
        if mention.key[0] != "organisations" or mention.key in found:
            continue
        if _CALLED.search(text, max(0, mention.start - 30), mention.start) \
                or _CLOSES.match(text, mention.end) and _AFTER_COMMA.search(text, max(0, mention.start - 40),
                                                                            mention.start):
            found.add(mention.key)
    return frozenset(found)


def reports(text: str, start: int, end: int) -> bool:
    """The outlet named at text[start:end] tells the sentence or is its source, not a part of it."""
    return _REPORTS.match(text, end) is not None \
        or _SOURCE.search(text, max(0, start - 60), start) is not None
