"""An organisation's short name in brackets after its full one, or after 'known as': 'the
Directorate General of Health Services (DGHS)' is also 'DGHS'; 'the Coordinating Office for Control of
Trypanosomiasis in Uganda (COCTU)' runs on to 'Uganda', the last word the initials hold."""

from __future__ import annotations

import re

from briefing.new.draft.calendarwords import MONTH_ANY
from briefing.new.draft.entity import Entity
from briefing.new.draft.lexicon import PLACE_HEADS
from briefing.new.draft.names import UPPER, Run

_SHORT = re.compile(rf"\s\((?P<short>[{UPPER}][A-Za-z{UPPER}&]{{1,11}})\)"  # ('(SPÖ)', '(BASİSEN)': round 20)
                    # round 13 (2): 'the State Committee for National Security, known as the GKNB,',
                    # 'the International Potato Center, known by its Spanish initials CIP,'
                    r"|,\s+known\s+(?:as|by\s+its\s+(?:[A-Z][a-z]+\s+)?(?:initials|acronym))\s+(?:the\s+)?"
                    r"(?P<known>[A-Z][A-Z&]{1,9})\b(?![\w\-'’])")
_INITIALS = re.compile(r"(?<![\w.\-'’])[A-Z]{2,6}(?![\w.\-'’])")
_SMALL = frozenset("of for in the and on de du des la le del do da di".split())


def add_acronyms(organisations: dict[str, Entity], paragraphs: tuple[str, ...]) -> dict[str, Entity]:
    """Each short name in brackets joins the organisation written right before it; when the
    initials reach past that name ('... in Uganda (COCTU)'), the name takes the words they hold."""
    by_name = {org.name: org for org in organisations.values()}
    longest_first = sorted(by_name.items(), key=lambda item: -len(item[0]))  # (sorted once)
    absorbed: dict[str, Entity] = {}  # short name -> the organisation it now belongs to
    for text in paragraphs:
        for match in _SHORT.finditer(text):
            short = match.group("short") or match.group("known")
            head = text[max(0, match.start() - 160):match.start()]
            owner = next((org for name, org in longest_first if head.endswith(name)), None)
            owner = _inner_body(owner, short, by_name) if owner is not None else None
            full = _spelled(head, short)
            if owner is None and full is None:
                full = _through_a_place(head, short, by_name)
            if owner is None and full:
                owner = next((org for name, org in by_name.items() if full.startswith(name + " ")), None)
                if owner is not None:
                    owner.aliases.append(owner.name)
                    owner.name = full
            if owner is not None and short not in owner.forms():
                owner.aliases.append(short)
                absorbed[short] = owner
    # initials never put in brackets ('the WHO representative', 'The ANC said'), drafted on their
    # own or not at all
    written = {word for text in paragraphs for word in _INITIALS.findall(text)}
    for short in sorted(written | {org.name for org in organisations.values()}):
        owner = _spelled_out(short, by_name) if short not in absorbed else None
        if owner is not None and short not in owner.forms():
            owner.aliases.append(short)
            absorbed[short] = owner
    # the short name drafted on its own as well ('MESS') is that organisation: one record
    return {org.id: org for org in organisations.values()  # (a name that ran on has a new id)
            if absorbed.get(org.name, org) is org}


# A body's name, 'in' and a place's name of one to three words right before the brackets.
_IN_A_PLACE = re.compile(r"(?P<body>[A-Z][\w'’\-]*(?:\s+(?:of|for|and|[A-Z][\w'’\-]*))*)\s+in\s+"
                         r"(?P<place>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})$")


def _through_a_place(head: str, short: str, by_name: dict[str, Entity]) -> str | None:
    """'the University Centre in Svalbard (UNIS)', 'the American University in Cairo (AUC)': the
    initials open with the body's first letter and close on the place's, so the name runs on
    through 'in' and the place (round 16: a body 'University Centre', its initials lost). So too
    where the initials open with no letter of the body's words nor the place's, an opaque short
    name (another language's, an old one): 'the Special Economic Zone Authority in Duqm (OPAZ)'
    brackets the name the writer gave, place and all (round 20: r19b oman drafted 'Special Economic
    Zone Authority', without the place or 'OPAZ', and its ceremony's participant was not found).
    The whole name, when the body before 'in' is drafted (and the place is no body or month), else
    None."""
    match = _IN_A_PLACE.search(head)
    if match is None:
        return None
    body = next((name for name in by_name if match.group("body").endswith(name)), None)
    letters = [c for c in short if c.isupper()]
    place = match.group("place")
    if body is None or len(letters) < 2 or place in by_name or re.fullmatch(MONTH_ANY, place):
        return None
    if letters[0] == body[0] and letters[-1] == place.split()[-1][0]:
        return f"{body} in {place}"
    if letters[0] in {word[0] for word in body.split()} | {place[0]}:
        return None  # ('the Ministry of Health in Kenya (MoH)': the body's own initials, or a word's)
    return f"{body} in {place}"  # (opaque initials: below)


def _inner_body(owner: Entity, short: str, by_name: dict[str, Entity]) -> Entity:
    """'the Disciplinary Tribunal of the Uruguayan Football Association (AUF)', 'the Executive Board
    of the World Health Organization (WHO)': the initials right after a body named within another
    ('X of the Y', Y drafted on its own) are Y's, the name they follow, unless they spell the whole
    ('the Integrity Committee of the House of Representatives (ICHR)'). (Round 16: the tribunal took
    'AUF', and 'the association' of the next sentence had no short name.)"""
    inner = by_name.get(owner.name.rpartition(" of the ")[2]) if " of the " in owner.name else None
    letters = "".join(w[0] for w in owner.name.split() if w not in _SMALL)
    return inner if inner is not None and inner is not owner and letters != short else owner


def _spelled_out(short: str, by_name: dict[str, Entity]) -> Entity | None:
    """The one other organisation whose words' capitals are exactly `short`'s letters, small words
    aside ('WHO' -> 'World Health Organization'), where the article never brackets the initials
    (round 14, lead: 'the World Health Organization said ...', then 'the WHO representative' and
    'according to the WHO' drafted two bodies); None for no such name or two."""
    if not re.fullmatch(r"[A-Z]{2,6}", short):
        return None
    spelled = [org for name, org in by_name.items() if name != short
               and "".join(w[0] for w in name.split() if w not in _SMALL) == short
               and all(w[:1].isupper() for w in name.split() if w not in _SMALL)]
    return spelled[0] if len(spelled) == 1 else None


def _spelled(head: str, short: str) -> str | None:
    """The words before the bracket whose capitals spell `short`, small words inside allowed."""
    words = head.split()
    letters = [c for c in short if c.isupper()]
    taken: list[str] = []
    for word in reversed(words):
        if word in _SMALL and taken:
            taken.append(word)
            continue
        if not word[:1].isupper():
            return None
        taken.append(word)
        capitals = [w[0] for w in reversed(taken) if w[:1].isupper()]
        if capitals == letters:
            return " ".join(reversed(taken))
        if len(capitals) > len(letters):
            return None
    return None


# Names spelled by initials that are no body: a country or a document ('the Democratic Republic
# of Congo (DRC)', 'the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)').
_NOT_A_BODY = frozenset("Treaty Agreement Accord Convention Protocol Act Charter Pact Plan Strategy "
                        "Declaration Republic Kingdom Emirates States Islands Territory".split())


def spelled_by_initials(text: str, run: Run, places: frozenset[str]) -> bool:
    """'the International Centre for Settlement of Investment Disputes (ICSID)': a name of three
    words or more, joined by a small word ('for', 'of'), followed by initials in brackets that its
    capitals spell, is a body's (the initials are its short name); not a place's (its last word a
    place's: 'the Kenyatta International Conference Centre (KICC)' unless a body's field follows
    it, as in 'Centre for ...'), a country's or a document's."""
    short = _SHORT.match(text, run.end)
    if short is None or len(run.tokens) < 3 or not any(t in _SMALL for t in run.tokens[1:-1]):
        return False
    if run.text in places or any(t in _NOT_A_BODY for t in run.tokens):
        return False
    if run.tokens[-1].lower() in PLACE_HEADS:
        return False
    return _spelled(text[:run.end], short.group(1)) == run.text
