"""The two sides of a result with its score: 'Aalborg Håndbold won the Cup on Sunday, beating GOG
33-29', 'Vardar beat Metalurg 31-27'. A side named only there ('GOG', a club's initials; 'Aalborg
Håndbold', no 'FC') is a club: an organisation, so the match has its sides. A country, a person
or a name already drafted is left as it is ('Argentina beat France 17-12': two places)."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.gists import dateline_end
from briefing.new.draft.lexicon import COUNTRIES, DEMONYMS, RESULT_VERBS
from briefing.new.draft.names import RUN
from briefing.new.draft.sentences import sentence_at
from briefing.new.draft.wins import wins

# (a score may close its sentence: 'beating Valley Owls 61-48.'; not '1-2.5')
_SCORE = re.compile(r"(?<![\d,.])\d{1,3}\s*[-–]\s*\d{1,3}(?![\d,]|\.\d)")
# (anchored at the end of the words before the score: one search per score, in a bounded window)
_VERB_SIDES = re.compile(rf"(?P<a>{RUN.pattern})\s+(?:{'|'.join(RESULT_VERBS)})\s+(?P<b>{RUN.pattern})"
                         r"\s+(?:by\s+)?$")
# (the side maybe told by what it is first: 'beating the defending champions St Catherine Stars
# 58-51', 'edging the hosts Aalborg 30-29')
_BEATING = re.compile(rf"\b(?:beating|defeating|edging|overcoming|thrashing|routing)\s+"
                      rf"(?:the\s+(?:[a-z][\w\-]*\s+){{1,3}})?(?P<b>{RUN.pattern})"
                      r"\s+(?:by\s+)?$")
_OPENS = re.compile(rf"\s*(?P<a>{RUN.pattern})")
# A result told by its margin, with no score: 'The Red Force beat the Jamaica Scorpions by 6 wickets',
# 'Kenya beat Oman by 41 runs', 'won by an innings and 12 runs' (round 21, r20b tt-cricket: the
# beaten side was drafted nothing).
_BY_MARGIN = re.compile(rf"(?P<a>{RUN.pattern})\s+(?:{'|'.join(RESULT_VERBS)})\s+"
                        rf"(?:the\s+)?(?P<b>{RUN.pattern})"
                        r"\s+by\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|an?\s+innings)"
                        r"(?:\s+and\s+\d{1,3})?\s+(?:wickets?|runs?)\b")
_RESULT = re.compile(rf"\b(?:{'|'.join(RESULT_VERBS)}|win|defeat|victory|draw)\b")


def result_sides(paragraphs: tuple[str, ...], known: set[str]) -> list[str]:
    """The names of the sides of each scored result, not in `known` (names drafted already) and
    no country or nationality."""
    found: list[str] = []
    for text in paragraphs:
        for score in _SCORE.finditer(text) if "-" in text or "–" in text else ():
            before = window.before(text, score.start())
            pair = _VERB_SIDES.search(before)
            names = [pair.group("a"), pair.group("b")] if pair else []
            beating = None if pair else _BEATING.search(before)
            if beating:
                start = sentence_at(text, score.start())[0]
                opening = _OPENS.match(text, start or dateline_end(text))
                names = [opening.group("a"), beating.group("b")] if opening else []
            if not names:  # 'gave Al Ahly a 1-0 win over Wydad Casablanca'
                won = [(first, second) for at, first, second in wins(text, max(0, score.start() - 120),
                                                                      len(text))
                       if at < score.start() < text.find(second, at)]
                names = list(won[0]) if won else []
            found += [n for n in names if _side(n, known) and n not in found
                      and not _ends_a_country(n, text)]
    for text in paragraphs:
        for margin in _BY_MARGIN.finditer(text) if " by " in text else ():
            found += [n for n in (margin.group("a"), margin.group("b")) if _side(n, known) and n not in found
                      and not _ends_a_country(n, text)]
    if any(_RESULT.search(text, max(0, m.start() - 80), m.end() + 12)
           for text in paragraphs for m in _SCORE.finditer(text)):
        found += [n for n in fixture_sides(paragraphs) if _side(n, known) and n not in found]
    return found


# A side's next game, told with its day: 'AEL travel to Paralimni to face Enosis Neon Paralimni next
# Sunday, while Apollon host Ermis Aradippou on Saturday' (round 19, develop set r19a: neither
# opponent was drafted, so neither fixture had its sides)
_DAY_WORD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_FIXTURE = re.compile(rf"\b(?:face|faces|host|hosts|visit|visits|take\s+on|takes\s+on|play|plays)\s+"
                      rf"(?P<b>{RUN.pattern})(?=\s+(?:(?:at|in)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+)?"
                      rf"(?:(?:on\s+|next\s+|this\s+)?{_DAY_WORD}\b|on\s+the\s+same\s+day\b))")


def fixture_sides(paragraphs: tuple[str, ...]) -> list[str]:
    """The side a team plays next, named right after the verb and before the day, in a report of a
    scored result."""
    return list(dict.fromkeys(m.group("b") for text in paragraphs for m in _FIXTURE.finditer(text)))


def _ends_a_country(name: str, text: str) -> bool:
    """The name is the last word of a country the text writes whole: 'Tobago' of 'Trinidad and
    Tobago beat Jamaica 2-1' (a name read as capitals after 'and' is only the country's tail)."""
    return any(country.endswith(" " + name) and country in text for country in _AND_COUNTRIES)


# Countries whose name holds a small word a run of capitals stops at ('Trinidad and Tobago').
_AND_COUNTRIES = tuple(sorted(c for c in COUNTRIES if re.search(r"\s[a-z]", c)))


def _side(name: str, known: set[str]) -> bool:
    if len(name.split()) >= 2 and all(w.isupper() for w in name.split()):
        return False  # 'NAKHON RATCHASIMA: Thailand won ..., beating Japan 3-2': a dateline
    of = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?(.+)", name)
    if of and of.group(1) in known and of.group(2) in COUNTRIES:
        return False  # 'lost to Iga Swiatek of Poland 6-4': a player drafted, and her country
    return name not in known and name not in COUNTRIES and name not in DEMONYMS \
        and not name.startswith(("The ", "A ", "An ")) and not any(k.endswith(" " + name) for k in known)
