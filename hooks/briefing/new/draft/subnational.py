"""A country's part named by its kind and 'of': 'the Canton of Vaud', 'the Province of Trento', 'the
Region of Sardinia'. As a place it was nothing (a kind of place opens the name, and only a closing
one counted); as the subject of what a government does ('the Region of Sardinia would buy 5,000
tonnes') it is that part's government, a body."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.lexicon import NOT_NAME, PLACE_NOUNS
from briefing.new.draft.names import Run

# The kinds of a country's parts that open a name with 'of'; and a town's port ('the Port of Durban',
# 'landed at the Port of Tema' drafted nothing; round 15, lead), not a city's own name ('Port of
# Spain').
_KINDS = (PLACE_NOUNS & frozenset("canton province region county state prefecture commune district".split())
          | frozenset("oblast krai voivodeship governorate emirate port harbour harbor".split()))
_CITY_NAMES = frozenset({"Port of Spain"})
# What a government does, right after its name, maybe after a word of when or how ('the Canton of
# Valais today signed'), or after 'and' and a partner's name of up to six words ('Canton of Valais
# and SIAW sign agreement', a headline's present).
_ACTS = (r"(?:said|says|would|will|has|had|is\s+to|announced|approved|voted|decided|bought|buys|paid|pays|"
         r"plans|wants|asked|agreed|agree|agrees|signed|sign|signs|ordered|banned|contributed|"
         r"contributes|met|meet|meets|launched|launch|launches|joined|join|joins|adopted)\b")
_WHEN_OR_HOW = r"(?:(?:today|yesterday|tonight|also|jointly|formally|officially|recently|now|then|" \
    r"finally|last\s+week|on\s+[A-Z][a-z]+day)\s+)?"
_GOVERNS = re.compile(rf"\s+{_WHEN_OR_HOW}{_ACTS}"
                      rf"|\s+and\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|for|and|the)){{0,6}}"
                      rf"(?:\s+\([A-Z]{{2,8}}\))?\s+{_WHEN_OR_HOW}{_ACTS}")


def part_of_a_country(tokens: list[str]) -> str | None:
    """'Canton of Vaud' -> 'Vaud' (the part's own name), 'Port of Durban' -> 'Durban', None for
    other names."""
    while tokens and tokens[0] in NOT_NAME:
        tokens = tokens[1:]
    if len(tokens) < 3 or tokens[0].lower() not in _KINDS or tokens[1] != "of" \
            or not all(t[:1].isupper() for t in tokens[2:]) or " ".join(tokens) in _CITY_NAMES:
        return None
    return " ".join(tokens[2:])


def governs(tokens: list[str], paragraph: str, run: Run) -> bool:
    """'the Region of Sardinia would buy', 'the Canton of Valais today signed', 'Canton of Valais
    and SIAW sign agreement': a part of a country acting as its government, alone or with a
    partner (round 19: 'the Canton of Valais today signed' was only a place)."""
    return part_of_a_country(tokens) is not None \
        and _GOVERNS.match(window.after(paragraph, run.end)) is not None
