"""A person's roles as records: the title, and the organisation or country it belongs to where
the article names one the draft has ('chief executive of Bank Pekao' -> title 'chief executive',
organisation bank-pekao; 'an analyst at Dom Maklerski BZ WBK'; "the Accra Metropolitan
Assembly's chief executive"; 'Polish Finance Minister' -> country poland). Two roles joined by
'and' are two ('chief executive of X and a former prime minister')."""

from __future__ import annotations

import re
from typing import Any

from briefing.new.draft.entity import Entity
from briefing.new.draft.lexicon import DEMONYMS, TITLE_WORDS
from briefing.new.draft.titles import TITLE_LEAD, placed_initials

_OF_AT = re.compile(r"^(?P<title>.+?)\s+(?:of|at|with|for)\s+(?:the\s+)?"
                    r"(?P<owner>(?:[a-z\-]+\s+){0,3}[A-Z].*)$")
# (the owner is one name, or one lower-case word: not 'head of the glaciology unit at Chile',
# which made "head of the glaciology unit at Chile's water agency" a 'water agency' of Chile)
_OWNED = re.compile(r"^(?:[Tt]he\s+)?(?P<owner>[A-Za-z][\w.&\-]*(?:\s+(?:[A-Z][\w.&'’\-]*|of|and|for|de|del|"
                    r"the))*?)['’]s\s+(?P<title>.+)$")


# words after a name's comma that open a verb phrase, not a role in apposition (round 16, lead)
_A_VERB = re.compile(r"(?:will|would|has|have|had|is|was|are|were|can|could|should|must|may|might|did|"
                     r"does|said|says|told|added)\b", re.IGNORECASE)


def roles(titles: list[str], organisations: dict[str, Entity],
          places: dict[str, Entity]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for written in titles:
        if _A_VERB.match(written):
            continue  # ('A senior official, D. Tsogtbayar, will chair a meeting': what he will do)
        for part in re.split(r"\s+and\s+(?:a|an|the)\s+", written):
            role = _role(part.strip(), organisations, places)
            if role["title"] and role not in found:
                found.append(role)
    linked = {r["title"].lower() for r in found if len(r) > 1}
    return [r for r in found if len(r) > 1 or r["title"].lower() not in linked]  # 'Chancellor'
    # once with Germany and once alone is one role


def _role(title: str, organisations: dict[str, Entity], places: dict[str, Entity]) -> dict[str, Any]:
    for pattern in (_OF_AT, _OWNED):
        match = pattern.match(title)
        if match is None or pattern is _OF_AT and _PREPOSITION.search(match.group("title")):
            continue  # ('livestock trader in the town of Moyale': no role of Moyale)
        owner = match.group("owner").strip()
        if owner[:1].islower():  # 'head of the federal fisheries agency Rosrybolovstvo'
            owner = re.sub(r"^(?:[a-z\-]+\s+)+", "", owner)
        org = _named(owner, organisations)
        if org is not None:
            return {"title": match.group("title"), "organisation": org.id}
        place = _named(owner, places)
        if place is not None:
            return {"title": match.group("title"), "country": place.id}
        if pattern is _OF_AT and _OWNED.match(owner) and not _OWNED.match(match.group("title")):
            return {"title": title}  # "spokesman for Gaza's Civil Defence": its owner is the body's
            # owner, not the person's country
        if pattern is _OWNED:
            title = match.group("title")  # "the group's chief", "Whitfield's lawyer": no body named
    words = title.split()
    for size in (3, 2, 1):  # 'Greater Accra Regional Minister': the place, then the office
        named = len(words) > size and words[0][:1].isupper()
        place = _named(" ".join(words[:size]), places) if named else None
        if place is not None and words[-1].lower() in _OFFICES:
            return {"title": " ".join(words[size:]), "country": place.id}
    size = placed_initials(words) if len(words) > 2 else 0  # 'Africa CDC Director General': a
    org = _named(" ".join(words[:size]), organisations) if size else None  # body named by a place
    if org is not None:  # and its initials, then the office (round 12, stint 2)
        return {"title": " ".join(words[size:]), "organisation": org.id}
    for size in range(min(5, len(words) - 1), 0, -1):  # 'Toyota Motor Corp Chairman', 'Kenya Airways
        # chief executive': a body's name, then its office (round 14, lead: the whole was the title)
        org = _named(" ".join(words[:size]), organisations) \
            if words[0][:1].isupper() and (size >= 2 or words[0].isupper()
                                           or words[0].lower() not in TITLE_LEAD | TITLE_WORDS) \
            else None  # ('Codelco Chairman'; not 'Managing director')
        if org is not None and any(w.lower() in TITLE_WORDS for w in words[size:]):
            return {"title": " ".join(words[size:]), "organisation": org.id}
    if len(words) >= 2 and words[0] in DEMONYMS and words[-1].lower() in _OFFICES:
        place = _named(DEMONYMS[words[0]], places)
        if place is not None:  # 'Polish Finance Minister'
            return {"title": " ".join(words[1:]), "country": place.id}
    return {"title": title}


_PREPOSITION = re.compile(r"\s(?:in|on|from|to|near|outside)\s")
# Offices that serve a country: 'Polish Finance Minister' serves Poland; a 'Dutch defender'
# plays for a club, not for the Netherlands.
STATE_OFFICES = frozenset("minister president chancellor envoy ambassador secretary official premier "
                     "governor diplomat negotiator spokesman spokeswoman spokesperson commissioner "
                     "general king queen "
                     # round 15: "his Iranian counterpart Abbas Araghchi" (a role of no country)
                     "counterpart".split())
_OFFICES = STATE_OFFICES


def _named(name: str, entities: dict[str, Entity]) -> Entity | None:
    """The entity named `name`; for a lower-case head ("the directorate's director general"),
    the only one whose name holds that word ('Directorate General of Health Services')."""
    name = re.sub(r"^(?:[Tt]he)\s+", "", name)
    if name.islower():
        holders = [e for e in entities.values() if name.capitalize() in e.name.split()]
        return holders[0] if len(holders) == 1 else None
    return next((e for e in entities.values() if name in e.forms()), None)
