"""A speaker the article names by one word only, right after a quote: '"We have been patient," said
Mathunjwa, addressing 4,000 workers', '"The herds will not come back," Conombo told reporters'. Wire
copy does this for people known by one name or by the surname alone, and the quote was lost with
the name. A one-word firm speaks the same way ('"...," said Molslinjen'), so the word must stand
nowhere as a body does (after 'the', before 'which' or a firm's tail, as a known body or agency)."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.lexicon import (
    COUNTRIES,
    DEMONYMS,
    FIRM_TAILS,
    KNOWN_ORGS,
    NOT_NAME,
    SHORTENED_BEFORE_NAMES,
    TITLE_WORDS,
    WIRE_SERVICES,
)
from briefing.new.draft.names import Run
from briefing.new.draft.orgwords import ORG_NOUNS
from briefing.new.draft.titles import is_address_abroad

# The quote has just closed ('...," said X', '...?" X asked'); the verbs wire copy puts there.
_VERBS = r"(?:said|says|added|asked|told|declared|insisted|warned|wrote|replied|recalled)"
_AFTER_QUOTE = r"[,!?][\"”]\s+"
_SAID_BEFORE = re.compile(_AFTER_QUOTE + _VERBS + r"\s+$")
_QUOTE_BEFORE = re.compile(_AFTER_QUOTE + r"$")
_SAID_AFTER = re.compile(r"\s+" + _VERBS + r"\b")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;]|$)")
_NAME_AFTER_STOP = re.compile(r"\.\s+([A-Z][\w'’\-]*)")


def quoted_by_one_name(text: str, whole: str, run: Run) -> bool:
    """`run` is one capitalised word that speaks the quote just closed before it, and the article
    never uses the word as a body's or a place's name."""
    if len(run.tokens) != 1:
        return False
    word = run.tokens[0]
    if not _plain_name(word):
        return False
    before, after = window.before(text, run.start), window.after(text, run.end)
    named = _NAME_AFTER_STOP.match(after)
    if (word in SHORTENED_BEFORE_NAMES or is_address_abroad(f"{word}.")) and named is not None \
            and named.group(1) not in NOT_NAME:  # (round 19: 'said Eng. João Pereira da Silva')
        return False  # '"...," said Sen. Ronald dela Rosa': a title shortened before the name, no
        # name of one word (round 17: a person 'Sen' took the quote; 'said Sen. The ...' may be one)
    speaks = _SAID_BEFORE.search(before) and _CLAUSE_ENDS.match(after) \
        or _QUOTE_BEFORE.search(before) and _SAID_AFTER.match(after)
    return bool(speaks) and not _a_body(word, whole)


def _plain_name(word: str) -> bool:
    return len(word) >= 3 and word[0].isupper() and not word.isupper() \
        and re.fullmatch(r"[^\W\d_][\w'’\-]*", word) is not None \
        and not any(word in words for words in (COUNTRIES, DEMONYMS, KNOWN_ORGS, WIRE_SERVICES, NOT_NAME)) \
        and word.lower() not in TITLE_WORDS


def _a_body(word: str, whole: str) -> bool:
    """'the Tsaradia ...', 'the airline Tsaradia', 'Tsaradia, which flies', 'Tsaradia Ltd': a body's
    name."""
    for mention in re.finditer(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", whole):
        if _BODY_BEFORE.search(whole, max(0, mention.start() - 40), mention.start()) \
                or _BODY_AFTER.match(whole, mention.end()):
            return True
    return False


_NOUNS = "|".join(sorted(ORG_NOUNS, key=len, reverse=True))
_TAILS = "|".join(sorted((re.escape(t) for t in FIRM_TAILS), key=len, reverse=True))
_BODY_BEFORE = re.compile(rf"\b(?:[Tt]he|{_NOUNS})\s+$")
_BODY_AFTER = re.compile(rf",?\s+(?:which|whose)\b|\s+(?i:{_TAILS})\b")


# The record says why it holds a person on so little.
DOUBT = ("The article names this speaker by one word only, after the quote: taken as a person "
         "(a surname, or a name used alone); it may be a body. Check.")
