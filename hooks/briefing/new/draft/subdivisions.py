"""The states, provinces, regions and counties of every country, by name (ISO 3166-2, from
pycountry): 'Nova Scotia', 'Kerala', 'Gauteng', 'Nakuru', 'Sarawak'. A first-level part of a
country is a place however the sentence names it ('from the Adirondacks to Nova Scotia' drafted
a person, 'Nova' being a given name).

Left out: a name that is a given name ('Victoria', 'Georgia', 'Aurora': the sentence decides),
a compass word or a common noun alone ('Central', 'Coast', 'Lakes'), and the lower levels
(districts, municipalities, communes), whose names are too many and too often words."""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import lru_cache

import pycountry

from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import COUNTRIES

_TYPES = frozenset({"State", "Province", "Territory", "Union territory", "Autonomous region",
                    "Autonomous province", "Autonomous republic", "Autonomous community", "Region",
                    "Administrative region", "Prefecture", "County", "Capital territory",
                    "Federal district", "Federal territory", "Governorate", "Emirate", "Republic",
                    "Department", "Canton", "Land", "Oblast", "Krai", "Country", "Nation"})
# Words no name of a place is alone: 'Central' (Ghana, Paraguay), 'Coast' (Kenya's old province).
_COMMON = frozenset("central northern southern eastern western north south east west capital centre "
                    "center coast coastal lakes upper lower islands island federal national river "
                    "mountain mountains plateau plateaux valley highlands lowlands littoral maritime "
                    "savanes oriental occidental orientale occidentale interior border frontier "
                    "north-east north-west south-east south-west northeast northwest southeast "
                    "southwest midlands greater metropolitan".split())
# Suffixes some countries' ISO names carry that news copy leaves out ('Anhui Sheng' is Anhui).
_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|"
                     r"Tebiexingzhengqu|Oblast['’]?|Oblysy|Province|Region|State)$")


def _plain(name: str) -> str:
    """'Arunāchal Pradesh' -> 'Arunachal Pradesh': the accents news copy leaves out."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _forms(name: str) -> set[str]:
    name = re.sub(r"\s*\([^()]*\)", "", name).strip()  # 'Ilocos (Region I)'
    name = _SUFFIX.sub("", name)
    forms = {name, _plain(name)}
    return {f for f in forms if f and not (" " not in f and (f.lower() in _COMMON or is_given_name(f)))
            and not all(w.lower() in _COMMON for w in f.split())}


@lru_cache(maxsize=1)
def subdivisions() -> frozenset[str]:
    """Every name and plain-letter form of a first-level part of a country."""
    english = _english()
    names: set[str] = set()
    for subdivision in pycountry.subdivisions:
        if subdivision.type in _TYPES and subdivision.parent_code is None:
            names |= _forms(subdivision.name)
            if "/" not in english.get(subdivision.name, "/"):  # ('Fribourg / Freiburg / ...')
                names |= _forms(english[subdivision.name])
    return frozenset(names)


def _english() -> dict[str, str]:
    """The English names pycountry's own English catalogue gives some parts ('Bayern' -> 'Bavaria',
    'Lappi' -> 'Lapland', 'Pohjanmaa' -> 'Ostrobothnia', 'Occitanie' -> 'Occitania')."""
    try:
        catalogue = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:
        return {}
    return {name: catalogue.gettext(name) for subdivision in pycountry.subdivisions
            for name in [subdivision.name] if catalogue.gettext(name) != name}


def is_subdivision(name: str) -> bool:
    return name in subdivisions()


@lru_cache(maxsize=1)
def territories() -> frozenset[str]:
    """The ISO 3166-1 entries the lexicon's countries leave out: territories ('Greenland', 'Bermuda',
    'Guam', 'New Caledonia', 'Réunion', 'Faroe Islands') and a country's other form ('Türkiye',
    'Russian Federation'); a bracket's words dropped ('Falkland Islands (Malvinas)'), the names
    written inside out ('Virgin Islands, British') left out."""
    names: set[str] = set()
    for country in pycountry.countries:
        for name in {getattr(country, "common_name", None) or country.name, country.name}:
            name = re.sub(r"\s*\([^()]*\)", "", name).strip()
            if "," not in name and name not in COUNTRIES and not (" " not in name and is_given_name(name)):
                names |= {name, _plain(name)}
    return frozenset(names)


def is_territory(name: str) -> bool:
    return name in territories()
