"""A town's council or court named in small letters after the town: 'the Ovar council', 'the Prato
court'. The article names the body no other way, so the draft had no body at all (round 20: r18b
portugal's 'Ovar council' and r19a italy's 'Prato court', whose hearing is a main event, were lost)."""

from __future__ import annotations

import re

from briefing.new.draft.entity import Entity
from briefing.new.draft.lexicon import COUNTRIES

_NOUNS = ("council", "court", "municipality")
_TOWN_BODY = re.compile(r"(?<![\w\-])the\s+(?P<town>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s+"
                        rf"(?P<noun>{'|'.join(_NOUNS)})(?![\w\-'’])(?!\s+of\b)")


def town_bodies(paragraphs: tuple[str, ...], organisations: dict[str, Entity],
                places: dict[str, Entity]) -> list[Entity]:
    """Each 'the X council' (court, municipality) whose X is a drafted place and no country ('the
    Kenya court' is any court there), where no drafted body's name holds X and the noun already
    ('Ovar Municipal Council' written elsewhere is that body; 'Cassa di Risparmio di Prato' is
    another); named as written, 'Ovar council'. Not 'a Nairobi
    court' (any court in the town), nor a headline's 'Sibu council votes' (no 'the'), nor 'the
    Ovar council of ministers' (more name follows)."""
    towns = {form: place for place in places.values() for form in place.forms()}
    found: dict[str, Entity] = {}
    for text in paragraphs:
        for match in _TOWN_BODY.finditer(text):
            town = match.group("town")
            if town not in towns or town in COUNTRIES or towns[town].name in COUNTRIES:
                continue
            noun = match.group("noun")
            if any(town in form and noun in form.lower()
                   for org in organisations.values() for form in org.forms()):
                continue
            name = f"{town} {noun}"
            found.setdefault(name, Entity("organisations", name))
    return list(found.values())
