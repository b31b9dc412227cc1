"""What a name's own clause says about it: 'Muttiah Muralitharan took four wickets ..., his
best figures' is a person's (and a man's), 'Morgan Stanley cut its forecast' a firm's; and
firms named like people ('Smith & Sons', 'Goldman Sachs')."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.lexicon import (
    CASED_LEGAL_FORMS,
    CITIES,
    COUNTRIES,
    DEMONYMS,
    FIRM_TAILS,
    FIRMS_NAMED_LIKE_PEOPLE,
    REGIONS,
)
from briefing.new.draft.names import Run

# 'Muttiah Muralitharan took four wickets for 29 runs, his best figures': a name that acts,
# then 'his' or 'her' in the same clause with no other name between, is a person's (a firm
# or a team is 'its' or 'their').
# (round 19: 'Pov Sreymom came from Kandal province with her son' drafted nobody: verbs of coming and
# going, and a place's name after a preposition of place, between the verb and 'her')
# (round 21: or in a relative clause after it: 'and Sjúrður Hentze, who came on for his first league
# appearance since his knee operation, equalised' drafted nobody)
_ACTS_HIS = re.compile(r"(?:,\s+who)?\s+(?:was|is|had|has|took|won|lost|hit|scored|finished|made|gave|"
                       r"kept|led|ran|set|came|went|fled|brought|left|spent|sold|bought|grew|became|[a-z]+ed)\b"
                       r"(?:(?!\b(?:its|their|it|they)\b)(?:\b(?:from|to|in|at|near)\s+[A-Z][\w'’\-]*"
                       r"|[^.;:!?\"“”A-Z])){0,80}?"
                       r"\b(?:his|her|himself|herself)\b")


def acts_as_his(text: str, run: Run) -> bool:
    return _ACTS_HIS.match(window.after(text, run.end)) is not None


# 'Ndlovu had tried to contact two witnesses since his arrest', 'Khumalo, argued that his
# client': a name that acts, then 'his' (or 'herself', or 'her' after a preposition: 'since
# her arrest', not 'told her') in its clause with no other name between says its gender.
_OWN = re.compile(r",?\s+(?:also\s+|then\s+)?(?:was|is|had|has|took|won|lost|hit|scored|finished|made|gave|"
                  r"kept|led|ran|set|said|told|came|went|fled|brought|left|spent|sold|bought|grew|became|"
                  r"[a-z]+ed|[a-z]+s)\b(?:(?!\b(?:its|their|it|they|him|her|his|he|"
                  r"she)\b)(?:\b(?:from|to|in|at|near)\s+[A-Z][\w'’\-]*|[^.;:!?\"“”A-Z])){0,80}?"
                  r"\b(?P<own>his|himself|herself|(?:of|in|with|from|since|"
                  r"during|after|before|to|for|on|at|about)\s+her)\b")
# (round 19: 'Pov Sreymom came from Kandal province with her son': hers, as _ACTS_HIS reads it)


def own_gender(text: str, run: Run) -> str | None:
    """'male' or 'female' when the name's own clause says so (see _OWN), else None."""
    found = _OWN.match(window.after(text, run.end))
    if found is None:
        return None
    return "male" if found.group("own") in ("his", "himself") else "female"


# 'Morgan Stanley cut its forecast': a name that acts and is then 'its' is a firm's or a body's.
_ACTS_ITS = re.compile(r"\s+(?:has\s+|had\s+|will\s+)?(?:[a-z]+ed|[a-z]+s|cut|set|put|kept|made|"
                       r"took|won|lost|led|held|sold|bought|shut|grew|gave)\b"
                       r"(?:(?!\b(?:his|her|he|she)\b)[^.;:!?\"“”A-Z]){0,60}?\bits\b")


def acts_as_its(text: str, run: Run) -> bool:
    """Only a subject that is no place ('Iceland cut its catch' is a country's; 'the telescope
    on Cerro Armazones had recorded its first images' is the telescope's)."""
    subject = re.search(r"(?:^|[.;:!?]\s+|,\s+|\b(?:and|but)\s+)$", window.before(text, run.start))
    return subject is not None and _ACTS_ITS.match(window.after(text, run.end)) is not None \
        and not any(t in COUNTRIES or t in CITIES or t in REGIONS or t in DEMONYMS
                    for t in [run.text, *run.tokens])


def firm_named_like_a_person(tokens: list[str]) -> bool:
    """'Smith & Sons', 'Lehman Brothers', 'Goldman Sachs': a firm, whatever its first word."""
    text = " ".join(tokens)
    return len(tokens) >= 2 and ("&" in tokens or tokens[-1].lower().rstrip(".") in FIRM_TAILS
                                 or tokens[-1] in CASED_LEGAL_FORMS or tokens[0] in CASED_LEGAL_FORMS
                                 or text in FIRMS_NAMED_LIKE_PEOPLE) \
        and not {text, text.replace("&", "and")} & (COUNTRIES | CITIES) \
        and not ("&" in tokens and set(tokens) & (COUNTRIES | CITIES))  # 'Bosnia & Herzegovina'; not
    # 'Kenya Airways', 'Pakistan Steel' (round 14, lead: 'said Kenya Airways would recover' was a person)


def line_firm(text: str, run: Run) -> bool:
    """'Ferries operated by Tallink and Viking Line': a shipping line's name, 'Line' after a name and
    no 'the' before it (round 13, stint 2: a person 'Viking Line'); a line on a map or a railway's
    takes 'the' ('the Durand Line', 'the Green Line'); 'Lines' names a town's quarter ('Civil Lines')."""
    return 2 <= len(run.tokens) <= 3 and run.tokens[-1] == "Line" \
        and not re.search(r"\b[Tt]he\s+$", window.before(text, run.start)) \
        and not any(t in COUNTRIES or t in CITIES for t in run.tokens)


# '"...," said Havsbrún, which runs the largest fishmeal plant': a speaker named after a speech
# verb and followed by ', which' (a person is 'who') is a body, a firm or a club.
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|announced|warned|stated|according\s+to)\s+(?:the\s+)?$")
_WHICH_AFTER = re.compile(r",\s+which\s+(?!is\s+why|was\s+why|means)")


# 'Tallinna Sadam, which is majority-owned by the state, said': a sentence's subject, a clause
# on 'which', then the verb of speech (round 13, stint 2: drafted nothing).
_WHICH_THEN_SAID = re.compile(r",\s+which\s+(?:[^\"“”.;,]|(?<=\d)[.,](?=\d)){1,80},\s+"
                              r"(?:said|says|told|announced|added)\b")  # ('employs 4,000 people')
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")


def speaks_with_which(text: str, run: Run) -> bool:
    return _WHICH_AFTER.match(text, run.end) is not None \
        and (_SAID_BEFORE.search(window.before(text, run.start)[-40:]) is not None
             or _WHICH_THEN_SAID.match(text, run.end) is not None
             and _OPENS_SENTENCE.search(window.before(text, run.start)) is not None) \
        and not any(t in COUNTRIES or t in CITIES or t in REGIONS or t in DEMONYMS
                    for t in [run.text, *run.tokens])
