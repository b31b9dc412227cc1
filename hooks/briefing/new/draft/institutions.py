"""Organisations the article names in lower case where they speak: "Ethiopia's foreign
ministry said", "the state news agency reported", "police said", "according to the weather
office". Each becomes an organisation named in capitals ('Ethiopian Foreign Ministry'), the
words as written kept as an alias so that the speaker rules find it.

A bare 'the ministry' or 'the company' names nobody new: it points back to an organisation
named before (see `speakers`), so it is not drafted here. Heads that are institutions by
themselves ('police', 'the government', 'the military') are.
"""

from __future__ import annotations

import re

from briefing.new.draft.lexicon import CITIES, COUNTRIES, DEMONYMS, NOT_NAME, SPEECH_VERBS, TITLE_WORDS
from briefing.new.draft.names import UPPER

# Heads that name, in lower case, only a body named before in full ('"We will raise fees," the harbour
# board said' after 'the Port of Lyttelton Harbour Board': round 15, the lower-case name was no form
# of it); alone they draft no new body ('the regional transport federation says' may be one named).
ALIAS_ONLY_HEADS = frozenset("board trust association federation cooperative co-operative".split())
_HEADS = ("ministry|department|agency|news agency|office|government|police|military|army|"
          "embassy|council|commission|committee|court|company|firm|union|party|bank|"
          "regulator|palace|prosecutors|prosecutor's office|authorities|spokesperson's office|"
          "assembly|authority|" + "|".join(sorted(ALIAS_ONLY_HEADS)))
_ON_THEIR_OWN = frozenset("government police military army authorities prosecutors".split())
_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# (a lower-case possessive serves as 'the': "Rio de Janeiro state's military police said")
_PHRASE = (r"(?:(?P<owner>[A-Z][\w\-]+)['’]s\s+|(?P<article>\b[Tt]he|\b[a-z]+['’]s)\s+|(?<![\w\-'’]))"
           rf"(?P<words>(?:[A-Z][a-z\-]+\s+)?(?:[a-z][a-z\-]+\s+){{0,2}}?(?P<head>{_HEADS}))\b")
# What a body does by itself, besides speaking: "Kraków's city council voted".
# (round 10: a deal's side, "Uzbekistan's state power company signed a $1.2 billion deal")
_ACTS = ("voted|approved|rejected|ruled|decided|passed|adopted|ordered|banned|fined|suspended|postponed|"
         "signed|agreed|awarded|bought|acquired|sold")
_SUBJECT = re.compile(rf"{_PHRASE}(?=\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?:{_VERBS}|{_ACTS})\b)")
# '..., said the state news agency.'; not 'said the government would ...' (what was said).
_AFTER = re.compile(rf"\b(?:{_VERBS}|according\s+to)\s+{_PHRASE}(?=\s*(?:[,.;:]|$))")
# "won 41 of the 60 seats on Saint-Louis's municipal council": a place's local body, wherever
# the sentence names it (a place's possessive and a local word say it is one body).
# (round 18, geo-r18: a town's general assembly, as Hungary's and other towns' councils are called:
# "Szeged's general assembly on Thursday approved" drafted nothing)
_LOCAL = re.compile(r"(?P<owner>[A-Z][\w\-]+)['’]s\s+(?P<words>(?:city|town|borough|municipal|metropolitan|"
                    rf"village|county|district|regional|provincial|general)\s+(?:[a-z][a-z\-]+\s+)?"
                    rf"(?P<head>{_HEADS})"
                    # round 14: a town's port or airport and who runs it ("Gdańsk's port authority",
                    # "Bornholm's harbour board": no body was drafted, or 'Gdańsk's Port Authority')
                    r"|(?:port|harbour|harbor|airport)\s+(?P<port>authority|board|trust|company|"
                    r"commission|corporation))\b")
# 'Llanelli borough council called a meeting', 'on Bălți city council': the place's name right
# before a local word and the body, no possessive (the place must stand elsewhere in the article
# too, or be one the lists know: 'Angry town councillors' names no town).
# (round 18, geo-r18: and its municipality or its hospital: 'The Vilnius city municipality, which
# owns the land', 'the Žirmūnai district hospital' drafted nothing; a named hospital is a body)
_LOCAL_PLAIN = re.compile(rf"(?<![\w'’\-])(?P<owner>[{UPPER}][\w\-]+(?:\s+[{UPPER}][\w\-]+){{0,2}})\s+"
                          r"(?P<words>(?:city|town|borough|municipal|metropolitan|village|county|district)"
                          r"\s+(?P<head>council|assembly|municipality|hospital))\b")


# 'Colombian cycling federation president Jorge Ovidio González', 'Egyptian foreign ministry
# spokesman Tamim Khallaf': a country's body in lower case (a demonym first), then the title of
# the one who speaks for it and a capitalised name. ('The regional transport federation says'
# may be a federation named before: left to the speaker rules.)
_TITLED = re.compile(rf"(?<![\w'’\-])(?P<words>(?P<demonym>[A-Z][a-z]+)\s+(?:[a-z][a-z\-]+\s+){{1,2}}?"
                     rf"(?P<head>{_HEADS}|federation|confederation|association))\s+"
                     r"(?:president|chairman|chairwoman|chair|head|chief|secretary|secretary-general|director|spokesman|spokeswoman|spokesperson)\s+[A-Z]")


def speaking_institutions(paragraphs: tuple[str, ...]) -> dict[str, list[str]]:
    """Name ('Ethiopian Foreign Ministry') -> the forms the article writes it in."""
    found: dict[str, list[str]] = {}
    whole = "\n".join(paragraphs).lower()
    for text in paragraphs:
        for match in _LOCAL_PLAIN.finditer(text):
            owner = _local_owner(match.group("owner"), whole)
            if owner:
                forms = found.setdefault(_name(owner, match.group("words")), [])
                forms.extend(f for f in (f"{owner} {match.group('words')}", match.group("words"))
                             if f not in forms)
        for match in _TITLED.finditer(text):
            if match.group("demonym") in DEMONYMS:
                forms = found.setdefault(_name(None, match.group("words")), [])
                if match.group("words") not in forms:
                    forms.append(match.group("words"))
        for match in [*_SUBJECT.finditer(text), *_AFTER.finditer(text), *_LOCAL.finditer(text)]:
            words, owner = match.group("words"), match.group("owner")
            if words == match.group("head") and not owner and words not in _ON_THEIR_OWN:
                continue  # 'the ministry': someone named before
            if match.re is not _LOCAL and match.group("article") is None and owner is None \
                    and words not in _ON_THEIR_OWN:
                continue  # 'said a ministry ...' without 'the': not one institution
            written = f"{owner}'s {words}" if owner else words
            forms = found.setdefault(_name(owner, words), [])
            if written not in forms:
                forms.append(written)
    return found


def _local_owner(written: str, whole: str) -> str | None:
    """The place of 'Bălți city council' ('Since 2029 Bălți' -> 'Bălți'), when the article names
    it elsewhere too (in any case: a dateline's capitals) or the lists know it."""
    words = written.split()
    while words and words[0] in NOT_NAME:
        words = words[1:]
    owner = " ".join(words)
    if not owner or any(w in DEMONYMS or w.lower() in TITLE_WORDS for w in words):
        return None
    known = owner in COUNTRIES or owner in CITIES
    return owner if known or whole.count(owner.lower()) >= 2 else None


def _name(owner: str | None, words: str) -> str:
    """("Ethiopia", "foreign ministry") -> 'Ethiopian Foreign Ministry'."""
    titled = " ".join(w.capitalize() for w in words.split())
    if owner is None:
        return titled
    demonym = next((d for d, country in DEMONYMS.items() if country == owner
                    and d.isalpha() and not d.isupper()), None)
    if demonym is None and (words.split()[0] in _LOCAL_BODY or owner not in COUNTRIES
                            and words.split()[-1] != "office"):
        return f"{owner} {titled}"  # "Kraków's city council" -> 'Kraków City Council', "Kerala's
        # fisheries department" -> 'Kerala Fisheries Department' (not "Lee's office": a person's)
    return f"{demonym} {titled}" if demonym else f"{owner}'s {titled}"


_LOCAL_BODY = frozenset("city town borough municipal metropolitan village county district regional "
                        "provincial".split())


# A body a country's possessive and common nouns name, whose heads say it has a name of its own
# the article leaves out ("Uzbekistan's state power company": drafted, its name a guess).
_UNNAMED = re.compile(r"^[A-Z][\w\-]+['’]s\s+(?:[a-z][a-z\-]+\s+){0,3}(?:company|firm|bank|union|party)$")


def name_guessed(forms: list[str]) -> bool:
    return bool(forms) and all(_UNNAMED.match(form) for form in forms)
