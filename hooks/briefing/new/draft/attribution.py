"""Who a span of words belongs to, once the words before or after it are known: the person
or organisation named there (a title's organisation stands aside for the person it titles), an
unnamed spokesperson's organisation, or whom a pronoun or 'the official' points back to. The
records a quote's or statement's attribution is made of, and the tracker of who was named and
quoted last."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.new.draft import pronouns, window
from briefing.new.draft.entities import Entities, Mention
from briefing.new.draft.lexicon import (
    FIRM_TAILS,
    HONORIFICS,
    LEGAL_FORMS,
    ORG_HEADS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from briefing.new.draft.titles import TITLE_LEAD, is_address_abroad

Key = tuple[str, str]
_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_SPEAKS = re.compile(rf"\s+(?:also\s+|later\s+)?(?:{_VERBS})\b")
# Judges spoken of together: their words are their court's ('the judges wrote', 'the justices said').
_BENCH = frozenset("judges justices magistrates bench panel".split())
_NOMINAL = re.compile(r"\b(?:the|a|an|another|one)\s+(?:[\w\-]+\s+){0,2}?(?P<head>[\w\-]+)\b",
                      re.IGNORECASE)


@dataclass
class Attribution:
    speaker: Key | None
    how: str  # why we think so, for `inferred`; '' when the article names the speaker
    addressees: list[Key] = field(default_factory=list)
    reported_by: Key | None = None
    audience: str | None = None  # 'told reporters': who heard it, when not a named person
    doubt: str = ""  # another reading the text supports, for `uncertain`
    document: str = ""  # '"...," the report said': the words are a document's ('report')


@dataclass
class Tracker:
    """What pronouns point back to: the last person quoted, the last person named."""

    entities: Entities
    paragraphs: tuple[str, ...]
    last_speaker: Key | None = None
    answerer: Key | None = None  # whom an interview's 'A:' turns belong to

    def last_organisation(self, head: str | None, paragraph: int, position: int) -> Key | None:
        """'the ministry said': the last organisation named whose name holds 'Ministry';
        'it said' (no head): the organisation named last, in this paragraph or the one before."""
        for mention in reversed(self.entities.mentions):
            before = (mention.paragraph, mention.start) < (paragraph, position)
            if mention.key[0] != "organisations" or not before:
                continue
            if head is None:
                return mention.key if paragraph - mention.paragraph <= 1 else None
            if head in self.entities.get(mention.key).name.lower().split():
                return mention.key
        return None


def resolve(paragraph: int, start: int, end: int, text: str, tracker: Tracker,
            first: bool = False) -> Attribution | None:
    """The person or organisation named (or pointed to) in text[start:end]: the subject of a
    speech verb, for quotes and for reported statements (events.find_statements)."""
    named = _titled_first([m for m in tracker.entities.in_span(paragraph, start, end)
                           if m.key[0] != "places"], text)
    apposed = next((m for m in named if m.key[0] == "people" and _apposed(text, m, start, end)), None)
    if apposed:  # 'the agency's spokesperson, Jane Doe,': the person the title names
        return Attribution(apposed.key, "")
    held = _POSSESSED_ROLE.search(text, start, end)
    if held:  # 'his lawyer said', "Weber's lawyer said"
        found = _held_role(held, named, paragraph, text, tracker)
        if found is not None:
            return found
    spokes = _SPOKES.search(text, start, end)
    if spokes and not any(m.key[0] == "people" for m in named):
        return _spokesperson(spokes, named, paragraph, text, tracker)
    role = _UNNAMED_ROLE.search(text, start, end)
    if role:
        found = _role_for(role, named, paragraph, text, tracker)
        if found is not None:
            return found
    pointer = _pointer(text, start, end)
    if named and (pointer is None or named[0].start < pointer[0]
                  or _title_then_name(text, pointer[0], named[0].start)):
        return Attribution(named[0].key, "", doubt=_together(named, text))
    if pointer is None:
        return None
    return _point_back(pointer[1], paragraph, pointer[0], text, tracker)


_SPOKES = re.compile(r"\bspokes(?:person|man|woman)\b", re.IGNORECASE)
_FOR_HEAD = re.compile(r"\s+(?:for|of|at)\s+the\s+([a-z][\w\-]*)\b")
_WORD = re.compile(r"[\w\-]+")
_SPOKES_AFTER = re.compile(r"\s+spokes(?:person|man|woman)\b")
_OWNER_HEAD = re.compile(r"\b(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?([a-z][\w\-]*)(?:['’]s)?\s+$", re.I)


def _apposed(text: str, mention: Mention, start: int, end: int) -> bool:
    """'a spokesperson for the ministry, Jane Doe, said': a name set off by commas after a title; a
    style of address may stand before the name ('the parish priest of the Church of La Soledad, Padre
    Anselmo Jiménez Toledo, said', 'the chamber's president, Sr. Federico Matus Ortega,'; round 19:
    the church spoke)."""
    before = re.search(r"[a-z][\w\-]*\s*,\s*((?:[\w.\-]+\s+){0,2})$", text[start:mention.start])
    return before is not None and all(word.lower() in HONORIFICS or is_address_abroad(word)
                                      for word in before.group(1).split()) and (
        text[mention.end:end].lstrip().startswith(",") or mention.end >= end)


def _spokesperson(spokes: re.Match[str], named: list[Mention], paragraph: int, text: str,
                  tracker: Tracker) -> Attribution | None:
    """A spokesperson the article does not name speaks for an organisation: the one named
    ('a spokesperson for the Water Agency'), or the last of its kind ('the agency's
    spokesperson', 'a ministry spokesman'). The record says the words are a person's."""
    org = next((m.key for m in named if m.key[0] == "organisations"), None)
    if org is None:
        head = _FOR_HEAD.match(text, spokes.end()) or _OWNER_HEAD.search(window.before(text, spokes.start()))
        if head is None:  # 'a spokesperson said': the one organisation its paragraph names before, if one
            org = _sole_organisation(paragraph, spokes.start(), tracker)
        elif head.group(1).lower() not in ORG_HEADS:
            return Attribution(None, "")
        else:
            word = head.group(1).lower()
            org = tracker.last_organisation(word, paragraph, spokes.start()) \
                or (_the_firm(paragraph, spokes.start(), tracker) if word in ("company", "firm") else None)
        if org is None:
            return Attribution(None, "")
    name = tracker.entities.get(org).name
    said = text[spokes.start():spokes.end()].lower()
    return Attribution(org, "", doubt=f"The article gives the words of a {said} it does not name; taken as "
                       f"{name} speaking. Name the person if the article or another source does.")


# Someone the article does not name, by a role: 'an official at the ministry', 'a lawyer for
# Acme Corp', 'a senior police officer'.
_ROLE_NOUNS = ("official|officer|lawyer|attorney|solicitor|barrister|counsel|representative|aide|"
               "adviser|advisor|executive")
_UNNAMED_ROLE = re.compile(rf"\b(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){{0,2}}?"
                           rf"(?P<role>{_ROLE_NOUNS})|(?P<many>{_ROLE_NOUNS})s)\b")  # (or several: 'ministry
# officials said')
# A role someone holds for another: 'his lawyer', 'her spokesman', "Weber's lawyer", "the family's
# lawyer".
_POSSESSED_ROLE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+)?[\w\-]+['’]s?)\s+"
                             r"(?:[a-z][\w\-]*\s+){0,2}?"
                             rf"(?P<role>{_ROLE_NOUNS}|spokes(?:person|man|woman))\b")
_ROLE_OF = re.compile(r"\s+(?:for|at|of|with|from|representing)\s+(?:the\s+)?")


def _held_role(held: re.Match[str], named: list[Mention], paragraph: int, text: str,
               tracker: Tracker) -> Attribution | None:
    """'his lawyer said': the one holder of the role named before; "Weber's lawyer said": that
    holder too, else Weber, marked uncertain (the words are the lawyer's: round 15, they were
    Weber's, unmarked). None when something else is named ('his lawyer, Maria Stein,')."""
    said = text[held.start():held.end()]
    role = held.group("role").lower()
    owner = [m for m in named if held.start() <= m.start and m.end <= held.start("role")]
    if [m for m in named if m not in owner]:
        return None
    holder = role_holder(role, paragraph, held.start(), said, tracker)
    if holder is not None or not owner or owner[0].key[0] != "people":
        return holder
    name = tracker.entities.get(owner[0].key).name
    return Attribution(owner[0].key, "", doubt=f"The article gives the words of {said} it does not name, "
                                               f"speaking for {name}; taken as {name}. Name the person "
                                               "if the article or another source does.")


def role_holder(role: str, paragraph: int, position: int, said: str, tracker: Tracker) -> Attribution | None:
    """'his lawyer said': the one person named before with that role ('defence lawyer Maria
    Stein', 'lawyer for the family'); nobody when none or several are (round 15: the quote was
    dropped)."""
    holds = re.compile(rf"\b{re.escape(role)}(?:\s+(?:for|of|to|at|with)\b.*)?$")
    holders = list(dict.fromkeys(
        m.key for m in tracker.entities.mentions
        if m.key[0] == "people" and (m.paragraph, m.start) < (paragraph, position)
        and any(holds.search(title.lower()) for title in tracker.entities.get(m.key).titles)))
    if len(holders) != 1:
        return None
    name = tracker.entities.get(holders[0]).name
    return Attribution(holders[0], f"The article says '{said}'; taken as {name}, the one {role} it names.")


def _role_for(role: re.Match[str], named: list[Mention], paragraph: int, text: str,
              tracker: Tracker) -> Attribution | None:
    """'a lawyer for Acme Corp said', 'said an official at the ministry': someone the article does
    not name, speaking for a body or a person named after the role (or called back by its word:
    'the ministry'), or for the body of the word before it ('a ministry official'). Taken as the one
    spoken for, marked uncertain: the words are the unnamed person's (round 15: 'said an official
    at the ministry' was dropped; 'a lawyer for Karl Weber said' was Weber's, unmarked)."""
    said = text[role.start():role.end()]
    noun = (role.group("role") or role.group("many")).lower()
    after = _ROLE_OF.match(text, role.end())
    first = named[0] if named else None
    key: Key | None = None
    if first is not None and first.start < role.start():
        if first.key[0] != "organisations" or not role.group("many") \
                or not re.fullmatch(r"\s+(?:senior\s+)?", text[first.end:role.start()]):
            return None  # a name before the role is the subject ('Karl Weber, an official, said')
        key = first.key  # 'Ministry of Health officials said'
        said = text[first.start:role.end()]
    elif first is not None and after is not None and first.start == after.end():
        key = first.key
        if key[0] == "people":  # 'a lawyer for Karl Weber': the lawyer, if the article names one
            holder = role_holder(noun, paragraph, role.start(), said, tracker)
            if holder is not None:
                return holder
    elif first is None:  # 'an official at the ministry', 'a ministry official', 'ministry officials'
        head = _WORD.match(text, after.end()) if after is not None \
            else (_OWNER_WORD.search(text[max(0, role.start() - 40):role.start() + len(said)])
                  or _OWNERS_WORD.search(text[max(0, role.start() - 40):role.start() + len(said)]))
        word = (head.group() if after is not None else head.group(1)).lower() if head else ""
        key = tracker.last_organisation(word, paragraph, role.start()) if word in ORG_HEADS else None
    if key is None:
        return None
    name = tracker.entities.get(key).name
    said = said[:1].lower() + said[1:]  # ('An official', 'Ministry of Health officials')
    return Attribution(key, "", doubt=f"The article gives the words of {said} it does not name, "
                                      f"speaking for {name}; taken as {name}. Name the person if the "
                                      "article or another source does.")


# 'a ministry official': the body's word just before the role
_OWNER_WORD = re.compile(rf"\b(?:an?|one|another)\s+(?:[\w\-]+\s+)?([a-z][\w\-]*)\s+(?:senior\s+)?"
                         rf"(?:{_ROLE_NOUNS})$", re.IGNORECASE)
_OWNERS_WORD = re.compile(rf"\b([a-z][\w\-]*)\s+(?:senior\s+)?(?:{_ROLE_NOUNS})s$", re.IGNORECASE)


def _sole_organisation(paragraph: int, position: int, tracker: Tracker) -> Key | None:
    """The one organisation named in this paragraph before `position` ('The Red Cross sent teams
    on Monday. "...," a spokesman said.'); not one of the paragraph before, which a new paragraph
    may have left behind."""
    keys = {m.key for m in tracker.entities.in_span(paragraph, 0, position) if m.key[0] == "organisations"}
    return keys.pop() if len(keys) == 1 else None


def _the_one_body(word: str, paragraph: int, position: int, tracker: Tracker) -> Attribution | None:
    """'Mowi ASA cut 200 jobs. "...," the company said'; 'According to Sernapesca, ... The agency
    said ... "daily and permanent monitoring"' (round 15, lead: the quotes were dropped): no body
    named with the word, so the firm named before (for 'the company', 'the firm'), or the one body
    this paragraph names before the words, else the one the paragraph before names; marked, the
    name not holding the word."""
    found = _the_firm(paragraph, position, tracker) if word in ("company", "firm") else None
    found = found or _sole_organisation(paragraph, position, tracker) \
        or (_sole_organisation(paragraph - 1, 10 ** 9, tracker) if paragraph > 1 else None)
    if found is None:
        return None
    name = tracker.entities.get(found).name
    return Attribution(found, f"The article says 'the {word}'; taken as {name}, the one organisation "
                              "named just before.",
                       doubt=f"'the {word}' is taken as {name}, whose name does not say it is one: check.")


def _the_firm(paragraph: int, position: int, tracker: Tracker) -> Key | None:
    """'a company spokesman': the one organisation named before whose name ends in a legal form or
    a firm's word ('Acme Corp', 'Havbruk Nord ASA')."""
    keys = list(dict.fromkeys(
        m.key for m in tracker.entities.mentions if m.key[0] == "organisations"
        and (m.paragraph, m.start) < (paragraph, position)
        and tracker.entities.get(m.key).name.split()[-1].lower() in LEGAL_FORMS | FIRM_TAILS))
    return keys[0] if len(keys) == 1 else None


def _together(named: list[Mention], text: str) -> str:
    """'Anna Holm and Peter Berg said in a joint statement': the words are both people's; the first
    is taken, marked (round 15: hers alone, unmarked)."""
    first = named[0]
    joined = [m for m in named[1:] if m.key[0] == "people" and m.key != first.key
              and re.fullmatch(r",?\s+(?:and|&)\s+(?:[\w\-'’.]+\s+){0,4}?", text[first.end:m.start] + " ")]
    if first.key[0] != "people" or not joined:
        return ""
    return "The article gives the words as said together by several people; taken as the first named. " \
           "Name them all (`speakers`) if they spoke together."


def _titled_first(named: list[Mention], text: str) -> list[Mention]:
    """'AU Commission Chairperson Moussa Faki Mahamat said': the organisation is part of the
    person's title; the person is the speaker."""
    if len(named) >= 2 and named[0].key[0] == "organisations" and named[1].key[0] == "people":
        between = text[named[0].end:named[1].start].split()
        if between and all(w.lower() in TITLE_WORDS or w.lower() in TITLE_LEAD for w in between):
            return named[1:]
        # 'Türk Metal union leader Mustafa Özbek': lower-case words ending in a title
        if 1 < len(between) <= 3 and between[-1] in TITLE_WORDS \
                and all(w.isalpha() and w.islower() for w in between):
            return named[1:]
    # round 19 (develop set r19a): "said BTB's Antwerp secretary Walter Van Hoof": the body's
    # possessive, a place or a field, then the title
    person = next((i for i, m in enumerate(named) if m.key[0] == "people"), 0)
    if person and named[0].key[0] == "organisations":
        owned = text[named[0].end:named[person].start]
        words = owned[2:].split() if owned[:2] in ("'s", "’s") else []
        if 1 <= len(words) <= 4 and words[-1].lower() in TITLE_WORDS \
                and all(w.isalpha() for w in words) and sum(w[0].isupper() for w in words[:-1]) <= 2:
            return named[person:]
    return named


def _title_then_name(text: str, word_at: int, name_at: int) -> bool:
    """'The opposition energy spokesman, Mark Ellis, said': the title, then the name."""
    word = _WORD.match(text, word_at)
    if word is None:
        return False
    return re.fullmatch(r"[\s,]*", text[word_at + word.end():name_at]) is not None


def _pointer(text: str, start: int, end: int) -> tuple[int, str] | None:
    """A pronoun or a title noun ('the official', 'the ministry'): (where, the word).

    'a spokesperson', 'an official' name someone new: '' (nobody to point back to)."""
    for match in re.finditer(r"[\w\-]+", text[start:end]):
        word = match.group().lower()
        if word in PRONOUNS and word not in ("i", "we", "her", "him"):
            return start + match.start(), word
        if word == "it" and _SPEAKS.match(text, start + match.end()):
            return start + match.start(), word  # '"...," it said': the organisation just named
        nominal = _NOMINAL.search(text[start:start + match.end()])
        if (word in TITLE_WORDS or word in ORG_HEADS or word in _BENCH) and nominal:
            definite = nominal.group().split()[0].lower() == "the" \
                or _speaks_for(word, text, start + match.end())
            return start + match.start(), word if definite else ""
    return None


def _speaks_for(word: str, text: str, end: int) -> bool:
    """'a ministry spokesperson': someone unnamed, speaking for the ministry named before."""
    return word in ORG_HEADS and _SPOKES_AFTER.match(text, end) is not None


def _point_back(word: str, paragraph: int, position: int, text: str,
                tracker: Tracker) -> Attribution | None:
    if not word:
        return None
    if word == "it" or (word in ORG_HEADS and word not in TITLE_WORDS):
        found = tracker.last_organisation(None if word == "it" else word, paragraph, position)
        if found is None and word != "it":
            return _the_one_body(word, paragraph, position, tracker)
        if found is None:
            return None
        name = tracker.entities.get(found).name
        shown = "'it'" if word == "it" else f"'the {word}'"
        return Attribution(found, f"The article says {shown}; taken as {name}, the last "
                                  "organisation of that kind it names.")
    if word in _BENCH:  # '"...," the judges wrote': the court they sit on
        courts = list(dict.fromkeys(
            m.key for m in tracker.entities.mentions if m.key[0] == "organisations"
            and (m.paragraph, m.start) < (paragraph, position)
            and {"court", "tribunal"} & set(tracker.entities.get(m.key).name.lower().split())))
        if not courts:
            return None
        name = tracker.entities.get(courts[0]).name
        others = ", ".join(tracker.entities.get(key).name for key in courts[1:])
        return Attribution(courts[0], f"The article says 'the {word}'; taken as {name}, the first court "
                                      "it names: the bench's words are the court's.",
                           doubt=f"The article names other courts too ({others}): check whose bench "
                                 "this is." if others else "")
    if word in PRONOUNS:
        reading = pronouns.resolve(word, paragraph, position, tracker.entities, tracker.paragraphs,
                                   tracker.last_speaker)
        return Attribution(reading.key, reading.how, doubt=reading.doubt) if reading else None
    titled = [m.key for m in tracker.entities.mentions
              if m.key[0] == "people" and (m.paragraph, m.start) < (paragraph, position)
              and any(word in t.lower().split() for t in tracker.entities.get(m.key).titles)]
    key = titled[-1] if titled else None
    shown = f"'the {word}'"
    if key is None:
        return None
    name = tracker.entities.get(key).name
    # 'Foreign Minister Peter Berg met Interior Minister Karl Weber. "...," the minister said.': either
    # (round 15: the last one named was taken, unmarked)
    others = ", ".join(dict.fromkeys(tracker.entities.get(k).name for k in titled if k != key))
    return Attribution(key, f"The article says {shown}; taken as {name}, the last matching person.",
                       doubt=f"The article says {shown}: {name}, or {others}, could be meant. Check who said "
                             "it." if others else "")
