"""A fixture's side told by the short name copy gives a club after its full one ('Rosario Central
beat ...', then 'Central, who have 21 points, play Boca Juniors next Sunday'): the one organisation
whose full name ends or begins with the short one is that side, and the match is named by it
(round 14, events r14b: the fixture had no sides). Not a country's side ('Cameroon play Argentina':
not the Cameroon Football Federation), nor a body's name ('... Federation', '... Association').
A side that is a country the article names is that place: its national team plays ('Slovenia beat
Serbia 3-2 in the final': both countries are the match's sides, a meeting's `organisations` may
name places; round 14, issue-18e)."""

from __future__ import annotations

from typing import Any

from briefing.new.draft.entities import Entities
from briefing.new.draft.lexicon import BODY_WORDS, COUNTRIES


def full_sides(event: Any, entities: Entities) -> None:
    """Each side of a match 'A v B' that names no organisation as written: the one organisation
    whose name holds it as its first or last words."""
    if event.family != "sport" or " v " not in (event.name or ""):
        return
    names = []
    for side in event.name.split(" v "):
        keys = [key for key, org in entities.organisations.items() if org.name == side]
        if not keys and side not in COUNTRIES and not any(p.name == side for p in entities.places.values()):
            keys = [key for key, org in entities.organisations.items()
                    if (org.name.endswith(" " + side) or org.name.startswith(side + " "))
                    and not any(w.lower() in BODY_WORDS for w in org.name.split())]
        if len(keys) != 1:
            country = country_side(side, entities)
            if not keys and country is not None and country not in event.organisations:
                event.organisations.append(country)
            names.append(side)
            continue
        key = ("organisations", keys[0])
        if key not in event.organisations:
            event.organisations.append(key)
        names.append(entities.organisations[keys[0]].name)
    event.name = " v ".join(names)


def country_side(side: str, entities: Entities) -> tuple[str, str] | None:
    """The place key of a match's side that is a country the article names ('Slovenia'), else
    None (a city is no side: 'Toulouse' is its club)."""
    keys = [key for key, place in entities.places.items()
            if side in (place.name, *place.aliases) and (side in COUNTRIES or place.type == "country")]
    return ("places", keys[0]) if len(keys) == 1 else None
