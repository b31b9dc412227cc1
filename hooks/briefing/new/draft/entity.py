"""One drafted name (a person, an organisation or a place), and where the article mentions it."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from slugify import slugify

from briefing.core.kinds import RESERVED_ID


@dataclass
class Entity:
    kind: str  # people | organisations | places
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    type: str | None = None
    gender: str | None = None  # people: 'male' or 'female' when the text or the name says so
    native: str | None = None  # the name in its own script, where the article gives it
    doubt: dict[str, str] = field(default_factory=dict)  # field -> another reading, for `uncertain`

    @property
    def id(self) -> str:
        """The name's key (`key_of`): 'U.S. State Department' -> 'us-state-department', "Conor
        O'Brien" -> 'conor-obrien', "Côte d'Ivoire" -> 'cote-divoire'."""
        return key_of(self.name)

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


def key_of(name: str) -> str:
    """The id of a drafted person, organisation or place named `name`, and its key in the
    drafter's tables: lower case, accents dropped, words joined by hyphens, initials kept together
    ('U.S. State Department' -> 'us-state-department', "Lanificio Dell'Orto S.p.A." ->
    'lanificio-dellorto-spa': full stops inside a word dropped) and apostrophes dropped, not made a word of
    their own ("Conor O'Brien" -> 'conor-obrien', "Côte d'Ivoire" -> 'cote-divoire', "Women's
    Institute" -> 'womens-institute'), as the answers and the site's writers write ids. Round 19
    dropped them for people only (an organisation's or a place's id kept 'cote-d-ivoire'); round 20:
    one rule for every name, and every table keyed by it (a key made otherwise, 'cote-d-ivoire', was
    not the id its entity gave)."""
    return _slug(_INNER_STOPS.sub("", _APOSTROPHES.sub("", name)))


def record_id(text: str, size: int = 60) -> str:
    """A drafted record's id from its words (a quote's, a meeting's, a timeline entry's), by the
    same rule as a name's (`key_of`): "Zimbabwe v Côte d'Ivoire" -> 'zimbabwe-v-cote-divoire', not
    '-d-ivoire', so the record's id reads as the place's it names; '' where no word is left."""
    return slugify(_APOSTROPHES.sub("", text))[:size].strip("-")


@functools.lru_cache(maxsize=4096)  # an id is read hundreds of times per article
def _slug(name: str) -> str:
    slug = slugify(_INITIALS.sub(r"\1", name))[:80].strip("-") or "unnamed"
    return f"{slug}-1" if slug == RESERVED_ID else slug


_INITIALS = re.compile(r"\b([A-Z])\.")
_APOSTROPHES = re.compile(r"['’ʼʻ]")  # (round 21: and the ʻokina, 'Nukuʻalofa' -> 'nukualofa')
_INNER_STOPS = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")  # 'S.p.A.' -> 'SpA.' ('spa', not 'sp-a')


@dataclass(frozen=True)
class Mention:
    paragraph: int
    start: int
    end: int
    key: tuple[str, str]

