"""Works named by the place they stand in: "Hanwha Ocean's Okpo shipyard" (the firm that owns it
is an organisation, Okpo a place), 'the Uljanik shipyard', 'the Skála shipyard' (a yard that
builds, hires and goes bankrupt: an organisation)."""

from __future__ import annotations

import re

from briefing.new.draft.lexicon import CITIES, COUNTRIES, DEMONYMS, NOT_NAME

_NAME = r"[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}"
_NOUNS = "shipyard|shipyards|dockyard|yard|plant|factory|refinery|smelter|mill|works|steelworks|mine"
_OWNED = re.compile(rf"(?<![\w'’])(?P<owner>{_NAME})['’]s\s+(?P<site>[A-Z][\w\-]*)\s+(?:{_NOUNS})\b")
_YARD = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?)\s+(?P<noun>shipyard|dockyard)\b")


def facilities(paragraphs: tuple[str, ...]) -> tuple[set[str], set[str], dict[str, list[str]]]:
    """The owners (organisations), the sites (places) and the yards (name -> forms as written)."""
    owners: set[str] = set()
    sites: set[str] = set()
    yards: dict[str, list[str]] = {}
    for text in paragraphs:
        for match in _OWNED.finditer(text):
            owner, site = match.group("owner"), match.group("site")
            if not {owner, site} & (COUNTRIES | CITIES) and owner not in DEMONYMS \
                    and owner.split()[0] not in NOT_NAME and site not in NOT_NAME:
                owners.add(owner)
                sites.add(site)
        for match in _YARD.finditer(text):
            name = match.group("name")
            if name in COUNTRIES or name in DEMONYMS or name.split()[0] in NOT_NAME:
                continue
            written = f"{name} {match.group('noun')}"
            forms = yards.setdefault(f"{name} {match.group('noun').capitalize()}", [written])
            if name not in forms and any(_alone(other, name, match.group('noun')) for other in paragraphs):
                forms.append(name)  # "The Uljanik shipyard launched ...", then "Uljanik's chief
                # executive": the yard named without its noun as well, one body
    return owners, sites, yards


def _alone(text: str, name: str, noun: str) -> bool:
    """`name` written without its noun after it: "Uljanik's chief executive", 'said Uljanik'."""
    return re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])(?!\s+{re.escape(noun)}\b)", text) is not None
