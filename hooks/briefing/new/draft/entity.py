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
        """'U.S. State Department' -> 'us-state-department' (initials kept together); a person's id
        drops the apostrophes of the name ("Conor O'Brien" -> 'conor-obrien', "Abdallah Kassimu
        Ng'wanakilala" -> 'abdallah-kassimu-ngwanakilala'; round 19: the apostrophe made a hyphen, a
        word of its own, where the answers and the site's writers drop it)."""
        return _slug(_APOSTROPHES.sub("", self.name) if self.kind == "people" else self.name)

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


@functools.lru_cache(maxsize=4096)  # an id is read hundreds of times per article
def _slug(name: str) -> str:
    slug = slugify(_INITIALS.sub(r"\1", name))[:80].strip("-") or "unnamed"
    return f"{slug}-1" if slug == RESERVED_ID else slug


_INITIALS = re.compile(r"\b([A-Z])\.")
_APOSTROPHES = re.compile(r"['’ʼ]")


@dataclass(frozen=True)
class Mention:
    paragraph: int
    start: int
    end: int
    key: tuple[str, str]

