"""The ministry a minister's portfolio names: 'Agriculture Minister Vladimir Bolea said the ministry
would lend growers ...' -> the 'Agriculture Ministry', which the article calls 'the ministry' and
nothing else. Drafted with its name marked a guess: the article never writes it."""

from __future__ import annotations

import re

from briefing.new.draft.entity import Entity

# 'Agriculture Minister X', 'Natural Resources Minister X', 'Deputy Mines Minister X': one to three
# capitalised words of a field, then 'Minister' and a capitalised name.
_MINISTER = re.compile(r"(?<![\w'’\-])(?P<field>(?:[A-Z][a-z]+\s+){1,3})Minister\s+[A-Z]")
_MINISTRY = re.compile(r"\b[Tt]he\s+ministry\b")
# Ministers whose title names no ministry of a field.
_NO_FIELD = frozenset("prime chief first cabinet shadow opposition junior senior state the a an".split())

DOUBT = ("The article names only the minister ('{title} Minister') and 'the ministry': this name is "
         "drafted from the minister's title. Check the ministry's own name.")


def ministries_of_ministers(paragraphs: tuple[str, ...]) -> list[Entity]:
    """The 'Agriculture Ministry' of 'Agriculture Minister X', where exactly one portfolio is
    named, the article writes 'the ministry' and names no ministry itself."""
    whole = "\n".join(paragraphs)
    if not _MINISTRY.search(whole) or re.search(r"\bMinistry\b", whole):
        return []
    fields = {field for match in _MINISTER.finditer(whole) if (field := _field(match.group("field")))}
    return [Entity("organisations", f"{field} Ministry", aliases=["ministry"],
                   doubt={"name": DOUBT.format(title=field)}) for field in fields] if len(fields) == 1 else []


def _field(words: str) -> str | None:
    kept = words.split()
    while kept and kept[0].lower() in _RANKS:
        kept = kept[1:]  # 'Deputy Mines Minister': the mines
    if not kept or any(word.lower() in _NO_FIELD for word in kept):
        return None
    return " ".join(kept)


_RANKS = frozenset("former acting deputy vice assistant".split())
