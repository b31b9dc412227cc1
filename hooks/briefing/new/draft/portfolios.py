"""The ministry a minister's portfolio names: 'Agriculture Minister Vladimir Bolea said the ministry
would lend growers ...' -> the 'Agriculture Ministry', which the article calls 'the ministry' and
nothing else. Drafted with its name marked a guess: the article never writes it."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.entity import Entity
from briefing.new.draft.lexicon import COUNTRIES

# 'Agriculture Minister X', 'Natural Resources Minister X', 'Energy and Mines Minister X': one to
# three capitalised words of a field, then 'Minister' and a capitalised name; or a list of fields
# that 'and' closes ('Tourism, Culture and the Arts Minister X'; round 13: was the 'Arts Ministry').
_MINISTER = re.compile(r"(?<![\w'’\-])(?P<field>(?:[A-Z][a-z]+,\s+){1,4}[A-Z][a-z]+\s+and\s+(?:the\s+)?"
                       r"[A-Z][a-z]+\s+|(?:[A-Z][a-z]+\s+(?:and\s+)?){1,3})Minister\s+[A-Z]")
# 'the Minister of Public Health, Dr. X,', 'Vice-Minister for Energy Y', 'the Deputy Minister of Mines':
# the title, 'of' or 'for', and one to three capitalised words of a field (not 'Prime Minister of
# Japan', 'Minister of State').
_MINISTER_OF = re.compile(r"(?<![\w'’\-])(?P<rank>(?:Vice|Deputy|Assistant)[\s\-])?Minister\s+"
                          r"(?P<of>of|for)\s+(?:the\s+)?"
                          r"(?P<field>(?:[A-Z][a-z]+\s+(?:and\s+)?){0,2}[A-Z][a-z]+)(?=\s*[,.;:)]|\s+[a-z])")
_MINISTRY = re.compile(r"\b[Tt]he\s+ministry\b")
# Ministers whose title names no ministry of a field.
_NO_FIELD = frozenset("prime chief first cabinet shadow opposition junior senior state the a an".split())

DOUBT = ("The article names only the minister ('{title} Minister') and 'the ministry': this name is "
         "drafted from the minister's title. Check the ministry's own name.")
_DOUBT_OF = ("The article names only the minister ('{title}') and 'the ministry': this name is drafted "
             "from the minister's title. Check the ministry's own name.")


def ministries_of_ministers(paragraphs: tuple[str, ...], bodies: list[str]) -> list[Entity]:
    """The 'Agriculture Ministry' of 'Agriculture Minister X', where exactly one portfolio is
    named, the article writes 'the ministry' and neither it nor `bodies` (the organisations
    drafted) names a ministry. The field in lower case is an alias where the article writes it
    so ("Peru's energy and mines ministry")."""
    whole = "\n".join(paragraphs)
    if not _MINISTRY.search(whole) or re.search(r"\bMinistry\b", whole) \
            or any("Ministry" in body.split() for body in bodies):
        return []
    fields = {field for match in _MINISTER.finditer(whole) if (field := _field(match.group("field")))}
    written = {(field, match.group("of")) for match in _MINISTER_OF.finditer(whole)
               if (field := _field(match.group("field"))) and field not in COUNTRIES
               and (match.group("rank") or window.before(whole, match.start()).split()[-1:] == []
                    or window.before(whole, match.start()).split()[-1].lower() not in _NO_FIELD)}
    if len(fields | {field for field, _of in written}) != 1:
        return []
    if not fields:  # 'the Vice-Minister of Public Health, Dr. X,': the 'Ministry of Public Health', as
        # the minister's title writes it (round 16: only 'Health Minister X' named a ministry)
        field, of = sorted(written)[0]
        aliases = [form for form in (f"ministry {of} {field.lower()}", "ministry")
                   if re.search(rf"\b{form}\b", whole)]
        return [Entity("organisations", f"Ministry {of} {field}", aliases=aliases,
                       doubt={"name": _DOUBT_OF.format(title=f"Minister {of} {field}")})]
    field = fields.pop()
    aliases = [form for form in (f"{field.lower()} ministry", f"ministry of {field.lower()}", "ministry")
               if re.search(rf"\b{form}\b", whole)]
    return [Entity("organisations", f"{field} Ministry", aliases=aliases,
                   doubt={"name": DOUBT.format(title=field)})]


def _field(words: str) -> str | None:
    kept = words.split()
    while kept and kept[0].lower() in _RANKS:
        kept = kept[1:]  # 'Deputy Mines Minister': the mines
    if not kept or any(word.lower() in _NO_FIELD for word in kept if word[:1].isupper()):
        return None  # ('and the Arts' of a list of fields)
    return " ".join(kept)



_RANKS = frozenset("former acting deputy vice assistant".split())
