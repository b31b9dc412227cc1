"""A fixture's side told by the short name copy gives a club after its full one ('Rosario Central
beat ...', then 'Central, who have 21 points, play Boca Juniors next Sunday'): the one organisation
whose full name ends or begins with the short one is that side, and the match is named by it
(round 14, events r14b: the fixture had no sides). Not a country's side ('Cameroon play Argentina':
not the Cameroon Football Federation), nor a body's name ('... Federation', '... Association')."""

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
            names.append(side)
            continue
        key = ("organisations", keys[0])
        if key not in event.organisations:
            event.organisations.append(key)
        names.append(entities.organisations[keys[0]].name)
    event.name = " v ".join(names)
