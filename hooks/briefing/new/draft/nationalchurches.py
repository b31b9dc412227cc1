"""A church named for the country it serves: 'the Methodist Church in Samoa', 'the Uniting Church in
Australia', 'the Evangelical Church in Germany' are each one body, whose name runs on through 'in'
and the country; the run of capitals stops at 'in', so the draft named 'Methodist Church', a
denomination rather than the body the article tells of (round 20: r19b samoa, whose three meetings'
participant is the 'Methodist Church in Samoa' and none was found)."""

from __future__ import annotations

import re

from briefing.new.draft.entity import Entity
from briefing.new.draft.lexicon import COUNTRIES
from briefing.new.draft.subdivisions import is_territory

_HEADS = frozenset({"Church", "Churches"})
_WORDS = r"(?P<land>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})(?![\w\-'’])"  # (up to three capitalised words)


def churches_of_countries(organisations: dict[str, Entity], paragraphs: tuple[str, ...]) -> dict[str, Entity]:
    """Each drafted church of two words or more ('Methodist Church', not 'Church') that the article
    writes right before 'in' and a country or territory takes that whole name, its own name kept as
    an alias (a reader may write either: 'the Catholic Church in Poland', 'the Catholic Church');
    a church whose name holds its place already ('Church of Scotland', 'Samoa Methodist Church') is
    left, as is one written before 'in' and a town ('the Methodist Church in Mbale': a church there)."""
    text = "\n".join(paragraphs)
    for org in list(organisations.values()):
        words = org.name.split()
        if len(words) < 2 or words[-1] not in _HEADS or any(_country(w) for w in words):
            continue
        match = re.search(rf"(?<![\w\-]){re.escape(org.name)} in (?P<the>the )?{_WORDS}", text)
        land = _land(match.group("land")) if match else None
        if match and land and match.group("the"):
            land = f"the {land}"  # ('the Anglican Church in the Philippines')
        if land is None or any(other.name == f"{org.name} in {land}" for other in organisations.values()):
            continue
        org.aliases.insert(0, org.name)
        org.name = f"{org.name} in {land}"
    return {org.id: org for org in organisations.values()}


def _country(word: str) -> bool:
    return word in COUNTRIES or is_territory(word)


def _land(words: str) -> str | None:
    """The longest leading part of `words` that is a country's or a territory's name ('Papua New
    Guinea', 'Samoa'), else None."""
    parts = words.split()
    leads = [" ".join(parts[:n]) for n in range(len(parts), 0, -1)]
    return next((lead for lead in leads if _country(lead)), None)
