"""People placed behind a winner in a race: 'finished almost four minutes ahead of Lema Gobena and
Genet Abebe', 'crossed the line 38 seconds ahead of Amanuel Berhe'. A margin of time or a race's
verb before 'ahead of' or 'behind' says the names after it are runners, riders or swimmers; a
league's margin ('two points ahead of Real Madrid') names clubs, and is left alone."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.lexicon import CITIES, CLUB_WORDS, COUNTRIES, KNOWN_ORGS
from briefing.new.draft.names import Run
from briefing.new.draft.plurals import list_after
from briefing.new.draft.titles import is_name

_AHEAD = re.compile(r"\b(?:ahead\s+of|behind)\s+$")
_RACE = re.compile(r"\b(?:seconds?|minutes?|hours?|finished|crossed\s+the\s+line|clocked|sprinted|"
                   r"pulled\s+away|outsprinted|held\s+off)\b")
_LEAGUE = re.compile(r"\b(?:points?|goals?|games?|matches|wins|places?|lengths?|strokes?|shots?|votes?)\b")


def placed_people(found: list[Run], paragraphs: tuple[str, ...]) -> set[int]:
    """Indices in `found` of the runs named after a race's margin, and the rest of their list."""
    placed: set[int] = set()
    for index, run in enumerate(found):
        text = paragraphs[run.paragraph - 1]
        before = window.before(text, run.start)
        if not _AHEAD.search(before) or not _runner(run.tokens):
            continue
        sentence = re.split(r"[.!?]\s", before)[-1]
        if _RACE.search(sentence) and not _LEAGUE.search(sentence):
            placed |= {index, *(member for member in list_after(found, index, paragraphs)
                                if _runner(found[member].tokens))}
    return placed


def _runner(tokens: list[str]) -> bool:
    """Two to four words of a person's name, none a country's, a city's, a club's or a body's."""
    return 2 <= len(tokens) <= 4 and is_name(tokens) and " ".join(tokens) not in KNOWN_ORGS \
        and not any(t in COUNTRIES or t in CITIES or t in CLUB_WORDS for t in tokens)
