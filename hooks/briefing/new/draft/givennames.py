"""Given names and the gender they usually mark, read from gender-guesser's name dictionary
(about 45,000 given names of 54 countries, offline, shipped with the package).

Two uses in the draft: a capitalised run that opens with a given name ('Ignacio Corleto
scored') is a person's name even with no title or speech verb beside it; and a pronoun ('she
said') points back only to someone whose name, title or honorific does not say otherwise.
A name the dictionary gives both genders ('Kim', 'Jan', 'Andrea') marks none.
"""

from __future__ import annotations

import importlib.resources
import unicodedata
from functools import lru_cache

# The dictionary's codes: M male, 1M / ?M mostly male, F female, 1F / ?F mostly female,
# ? either.
_CODES = {"M": "male", "1M": "male", "?M": "male", "F": "female", "1F": "female",
          "?F": "female", "?": ""}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """lower-case given name -> 'male', 'female' or '' (either)."""
    path = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in "#=" or len(line) < 4:
                continue
            gender = _CODES.get(line[:2].strip())
            if gender is None:
                continue
            name = line[3:29].strip().lower()
            # 'Abdel+Aziz': written 'Abdelaziz', 'Abdel Aziz' or 'Abdel-Aziz'
            forms = (name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")) \
                if "+" in name else (name,)
            for form in forms:
                seen = table.setdefault(form, gender)
                if seen != gender:
                    table[form] = ""
    return table


def _key(word: str) -> str:
    """The dictionary's form of a name: as written, lower-case; else without its accents ('Xóchitl'
    is 'xochitl': the dictionary writes most names' accents in its own code, or not at all)."""
    lowered = word.lower()
    if lowered in _table() or lowered.isascii():
        return lowered
    return unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()


def is_given_name(word: str) -> bool:
    """'Jean-Pierre', 'Marie-Claire': a hyphenated given name whose parts are both given names."""
    lowered = _key(word)
    return lowered in _table() or "-" in lowered and all(p in _table() for p in lowered.split("-"))


def gender_of(word: str) -> str | None:
    """'male' or 'female' when the dictionary gives the name one gender only, else None."""
    return _table().get(_key(word)) or None
