"""Firms named with the city they are based in: 'Golden Steppe Resources of Vancouver',
'Normandy Mining of Adelaide', 'Rodopa Trans of Smolyan', "shares in Bakkafrost of Glyvrar".

The run 'X of Y' splits into the firm X (an organisation) and its seat Y (a place) when X ends in
a firm's or an industry's word, or, a single word no list knows as anything else, stands where
the sentence speaks of a firm (shares, a company noun, ', which', ', whose'). Never a body whose
name holds 'of' ('Bank of England', 'University of Tokyo', 'Duke of Edinburgh', 'Gulf of
Mexico'): their words are organisation, title or place words."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.entity import Entity
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import (
    CASED_LEGAL_FORMS,
    CITIES,
    COUNTRIES,
    DEMONYMS,
    FIRM_TAILS,
    FOREIGN_ORG_LEADS,
    LEGAL_FORMS,
    NOT_NAME,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_HEADS,
    PLACE_LEAD_WORDS,
    TITLE_WORDS,
)
from briefing.new.draft.names import Run

# Last words of firms' names that name a trade: 'Normandy Mining', 'Rodopa Trans'.
INDUSTRY_TAILS = frozenset("mining mines minerals metals resources energy oil gas petroleum trans "
                           "transport shipping logistics foods textiles cement gold copper power "
                           "construction engineering investments pharma airways".split())
_OF = re.compile(r"^(?P<firm>\S+(?: \S+){0,3}) of (?P<seat>[A-Z]\S*(?: [A-Z]\S*)?)$")
_FIRM_WORDS = "|".join(sorted({*ORG_NOUNS, "shares", "stake", "subsidiary", "takeover"}))
_FIRM_NEAR = re.compile(rf"\b(?:{_FIRM_WORDS})\b")
_OWN_CLAUSE = re.compile(r",\s+(?:which|whose)\s")
# Single words before 'of' that open a title, a feature of the land or an event, not a firm.
_NOT_FIRMS = frozenset("treaty battle siege order book isle cape duke duchess earl prince princess "
                       "king queen bishop archbishop lord lady mayor governor emir sultan "
                       "republic kingdom state city port gulf bay sea strait "
                       # round 19: a country's parts named by their kind ('the Canton of Valais
                       # today signed an agreement to build a network' was a firm 'Canton' of
                       # Valais, 'network' near it)
                       "canton province region county district prefecture commune municipality "
                       "oblast krai voivodeship governorate".split())


def firm_and_seat(run: Run, text: str) -> tuple[Run, Run] | None:
    """The firm's run and its seat's run, or None when `run` is no 'firm of city'."""
    match = _OF.match(run.text)
    if match is None:
        return None
    firm, seat = match.group("firm").split(), match.group("seat").split()
    if firm[0] in NOT_NAME or any(w.lower() in TITLE_WORDS | ORG_HEADS | PLACE_HEADS for w in firm[:-1]) \
            or any(w.lower() in ORG_HEADS | PLACE_HEADS for w in seat) \
            or firm[-1].lower() in ORG_HEADS - FIRM_TAILS \
            or firm[-1].lower() in ORG_HEADS and match.group("seat") in COUNTRIES:
        return None  # (round 13: 'the Power Trading Corporation of India', a national body's whole
        # name, as 'Reserve Bank of India'; 'Nordvik Shipping of Norway' is a firm and its country)
    trade = firm[-1].lower() in FIRM_TAILS | INDUSTRY_TAILS \
        or len(firm) >= 2 and firm[0] in FOREIGN_ORG_LEADS  # ('the Atelier Lefèvre-Quoirin of
    # Sélestat': a name in another language, then English 'of' and its seat; round 18, geo-r18)
    if not (trade or len(firm) == 1 and _lone_firm(firm[0], run, text)):
        return None
    seat_at = run.start + match.start("seat")
    return (Run(run.paragraph, run.start, run.start + match.end("firm"), match.group("firm")),
            Run(run.paragraph, seat_at, run.end, match.group("seat")))


def _lone_firm(word: str, run: Run, text: str) -> bool:
    lowered = word.lower()
    if lowered in _NOT_FIRMS | TITLE_WORDS | ORG_HEADS | PLACE_HEADS | PLACE_LEAD_WORDS \
            or word in COUNTRIES or word in CITIES or is_given_name(word):
        return False
    before = window.before(text, run.start)
    if not before.strip() or re.search(r"[.!?:]\s*$", before):
        return False  # 'Factories of Ford Otosan, Tofaş and Arçelik are ...': a sentence's noun
    near = before[-80:] + " " + window.after(text, run.end)[:100]
    return bool(_OWN_CLAUSE.match(text, run.end) or _FIRM_NEAR.search(near.lower()))


def split_firms(found: list[Run], paragraphs: tuple[str, ...]) -> tuple[list[Run], set[str], set[str]]:
    """The runs with each 'firm of city' split in two; the firms' names and their seats'."""
    result: list[Run] = []
    firms: set[str] = set()
    seats: set[str] = set()
    for run in found:
        inside = 0 < run.paragraph <= len(paragraphs)
        parts = firm_and_seat(run, paragraphs[run.paragraph - 1]) if inside else None
        if parts is None:
            result.append(run)
            continue
        result.extend(parts)
        firms.add(parts[0].text)
        seats.add(parts[1].text)
    return result, firms, seats


def short_firm_names(organisations: dict[str, Entity], places: dict[str, Entity],
                     people: dict[str, Entity]) -> None:
    """"Golden Steppe's chairman" after 'Golden Steppe Resources of Vancouver': a name of two or
    more words that opens a firm's name, the rest of which is a firm's or trade's word, is the
    firm (an alias), not a place or a person; and a firm's seat is no person ('Kazakhmys of
    Karaganda, whose chief ecologist, X,')."""
    by_short: dict[str, Entity] = {}
    for org in organisations.values():
        words = org.name.split()
        if len(words) >= 3 and words[-1].lower() in FIRM_TAILS | INDUSTRY_TAILS:
            by_short[" ".join(words[:-1])] = org
    for found in (places, people):
        for key, entity in list(found.items()):
            owner = by_short.get(entity.name)
            if owner is not None and entity.name not in COUNTRIES and entity.name not in CITIES:
                del found[key]
                if entity.name not in owner.aliases:
                    owner.aliases.append(entity.name)
    _without_legal_forms(organisations)


def _without_legal_forms(organisations: dict[str, Entity]) -> None:
    """'Kobe Steel Ltd' then 'Kobe Steel': one firm, named in full once and without its legal
    form after; the short name is an alias."""
    for org in list(organisations.values()):
        words = org.name.split()
        if len(words) < 2 or words[-1].lower() not in LEGAL_FORMS and words[-1] not in CASED_LEGAL_FORMS:
            continue
        short = " ".join(words[:-1]).rstrip(",")
        for key, other in list(organisations.items()):
            if other is not org and other.name == short:
                del organisations[key]
                org.aliases.extend(form for form in other.forms() if form not in org.forms())
                org.titles.extend(title for title in other.titles if title not in org.titles)


# A capital inside a word after a lower-case start: 'PeruRail', 'BioNTech', 'MetsäLinna',
# 'NordKyst'. Names of people and places written so open with a particle ('McDonald', 'DiCaprio',
# 'LeBron', 'MacArthur', 'DeSantis', 'FitzGerald', 'DeKalb', 'KwaZulu-Natal', 'KwaMashu'), which
# makes them no firm.
_CAMEL = re.compile(r"^(?P<lead>[A-Z][^\W\d_A-Z]+)[A-Z]\w*[^\W\d_A-Z]")
_NAME_PARTICLES = frozenset("mc mac mak di de da du del della le la van von fitz st san el al ben abu "
                            "ibn bin kwa ka".split())


def camel_case_firm(tokens: list[str]) -> bool:
    """'PeruRail', 'TransCordillera', 'NordKyst Kraft': a name with a word in camel case."""
    return any((match := _CAMEL.match(token)) is not None
               and match.group("lead").lower() not in _NAME_PARTICLES for token in tokens)



# 'Shares in Salmar rose', 'a 5% stake in Lerøy', 'shareholders of Telenor': a firm's name after
# what its owners hold (round 14, lead: 'Shares in Salmar rose 6.4%' drafted the place 'Salmar').
_HELD_IN = re.compile(r"\b(?:[Ss]hares|[Ss]take|[Ss]takes|[Ss]hareholders|[Ss]hareholding|"
                      r"[Ss]tock)\s+(?:in|of)\s+$")


def shares_in(text: str, run: Run) -> bool:
    """A name no list knows as a place, straight after 'shares in', 'a stake in' and the like."""
    return run.text not in COUNTRIES and run.text not in CITIES \
        and _HELD_IN.search(window.before(text, run.start)) is not None


# 'the new group, to be called Nordlaks Havbruk', 'a company named Zeta Foods', 'the bank, renamed
# Banca Nordica in 2019' (round 14, lead: the merged group's new name was drafted a person).
_CALLED = re.compile(rf"\b(?:{'|'.join(sorted(ORG_NOUNS))}|business|entity|venture)\b,?\s+"
                     r"(?:(?:to\s+be|will\s+be|would\s+be|was|is|now|later|since|to\s+be\s+known)\s+)?"
                     r"(?:called|named|renamed|rebranded(?:\s+as)?|known\s+as|branded)\s+$")


def called_as_a_body(text: str, run: Run) -> bool:
    """A name given to a firm or a body by its noun and 'called', 'named', 'renamed'."""
    return _CALLED.search(window.before(text, run.start)) is not None


# 'Chile's state-owned Codelco', 'the London-listed Antofagasta', 'privately held Zeta Foods': what
# a firm's owners or its market are, written before its name (round 14, lead: Codelco drafted
# nothing, its chairman's role read 'Codelco Chairman').
_OWNED_AS = re.compile(r"\b(?:state-owned|state-run|government-owned|privately[ -](?:owned|held)|"
                       r"family-owned|publicly[ -]listed|[A-Za-z]+-listed|[A-Z][a-z]+-based)\s+$")


def owned_as_a_firm(text: str, run: Run) -> bool:
    """A name straight after 'state-owned', 'privately held', 'Nasdaq-listed' and the like."""
    return run.text not in COUNTRIES and run.text not in CITIES and run.text not in DEMONYMS \
        and _OWNED_AS.search(window.before(text, run.start)) is not None  # (not 'the state-owned Czech
    # brewer': a demonym)


# A name, then the works it names: 'its El Teniente copper mine', 'the Escondida mine', 'the
# Kashagan oil field' (round 14, lead: 'El Teniente' was a person).
_WORKS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:mine|mines|oilfield|field|gasfield|refinery|smelter|dam|"
                          r"plant|reservoir|concession)\b")


def names_works(text: str, run: Run) -> bool:
    """Whether the words after the name are the works it names."""
    return _WORKS_AFTER.match(text, run.end) is not None
