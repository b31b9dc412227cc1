"""Bodies named by how they own, lead or make up another body, with no word of their own name
saying so: 'the Motala paper mill, owned by Holmen,', 'The losing group, led by Equinor,',
'NordKyst Kraft is led by Statkraft', 'a consortium of Havfrost Energi and NordKyst Kraft',
'estates owned by Guthrie and a group led by Golden Hope'.

A name there is a person only with a person's marks: a given name first ('owned by Anders
Bratvold'), a title or a job before it ('led by ecologist Henrik Sjöberg-Ahl'), or a person
the article names elsewhere (checked by the caller: these names are taken from people, not
given to them, only where no person's rule found them).
"""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import CITIES, COUNTRIES, DEMONYMS, NOT_NAME, REGIONS, TITLE_WORDS
from briefing.new.draft.names import Run

# 'owned by', 'majority-owned by', 'controlled by', 'operated by': an owner or an operator.
_OWNED_BY = re.compile(r"\b(?:(?:majority|wholly|jointly|partly|state)[- ])?(?:owned|controlled|operated)"
                       r"\s+by\s+$")
# 'a consortium led by', 'The losing group, led by', 'NordKyst Kraft is led by': a body led by
# another (a group of bodies, or a body named by its own name before 'is led by').
_LED_BY = re.compile(r"(?:\b(?:consortium|consortia|venture|group|groups|bidders?|partnership|syndicate)"
                     r"|\b[A-Z][\w\-]*[a-z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:is|was))"
                     r",?\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:led|headed)\s+by\s+$")
# 'a consortium of', 'a joint venture between': the bodies that make it up, joined by 'and'.
_MADE_OF = re.compile(r"\b(?:consortium|joint venture|venture|partnership)\s+(?:of|between|formed by)\s+$")


def bodies_by_relation(found: list[Run], paragraphs: tuple[str, ...]) -> set[str]:
    """The names the article gives as a body's owner, leader or member, that are no person's."""
    bodies: set[str] = set()
    made_of: Run | None = None
    for run in found:
        text = paragraphs[run.paragraph - 1]
        before = window.before(text, run.start)
        listed = made_of is not None and made_of.paragraph == run.paragraph \
            and re.fullmatch(r",?\s+and\s+", text[made_of.end:run.start]) is not None
        made_of = run if _MADE_OF.search(before) or listed else None
        if (made_of is not None or _OWNED_BY.search(before) or _LED_BY.search(before)) \
                and _not_a_person(run.tokens, run.text):
            bodies.add(run.text)
    return bodies


def _not_a_person(tokens: list[str], text: str) -> bool:
    first = tokens[0]
    return first not in NOT_NAME and not is_given_name(first) and first.lower() not in TITLE_WORDS \
        and text not in COUNTRIES and text not in CITIES and text not in REGIONS and text not in DEMONYMS
