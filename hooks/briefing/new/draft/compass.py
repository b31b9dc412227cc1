"""Two parts of the world sharing one name: 'East and Central Africa', 'North and South Korea',
'West and Southern Africa'. The first compass word stands for a place of its own ('East Africa'),
never for a place 'East' (round 11: 'the first woman in East and Central Africa' drafted one)."""

from __future__ import annotations

import re

from briefing.new.draft.lexicon import CITIES, COMPASS_WORDS, COUNTRIES, REGIONS
from briefing.new.draft.names import Run

_AND = re.compile(r"\s+(?:and|or|&)\s+")


_Places = dict[str, tuple[str, Run]]


def shared_heads(found: list[Run], paragraphs: tuple[str, ...]) -> tuple[list[Run], _Places]:
    """The runs without each lone compass word that shares the next run's name, and the places
    it stands for (name -> type and the lone word's run, where the article names it): 'East' of
    'East and Central Africa' -> 'East Africa', a region the lists know. A place the lists do not
    know ('North and South Carolina') is left out: the lone word is dropped, nothing guessed."""
    kept: list[Run] = []
    places: _Places = {}
    for index, run in enumerate(found):
        later = found[index + 1] if index + 1 < len(found) else None
        text = paragraphs[run.paragraph - 1] if 0 < run.paragraph <= len(paragraphs) else ""
        if later is None or later.paragraph != run.paragraph or len(run.tokens) != 1 \
                or run.tokens[0] not in COMPASS_WORDS or len(later.tokens) < 2 \
                or later.tokens[0] not in COMPASS_WORDS \
                or not _AND.fullmatch(text[run.end:later.start]):
            kept.append(run)
            continue
        rest = " ".join(later.tokens[1:])
        name = f"{run.tokens[0]} {rest}"
        kind = "region" if name in REGIONS else "country" if name in COUNTRIES \
            else "city or region" if name in CITIES else None
        if kind is not None and (rest in REGIONS or rest in COUNTRIES or later.text in REGIONS | COUNTRIES):
            places[name] = (kind, run)
    return kept, places
