"""The matches a match report tells of ahead: 'They travel to Rivera on Saturday to face Frontera
Rivera Chico, while Defensor ... host Liverpool in Montevideo on Sunday.'

A report of a match often closes on each side's next game. Those are events of the article,
scheduled, between two named sides, on the day the clause gives (round 16's develop set: two such
games drafted nothing). Read only in the report of a match (the article's main event is one), in
the sentences after its own: a side's verb of playing ('face', 'play', 'meet', 'host', 'visit',
'take on'), the side named right after it, a day in the same clause. The side that plays is the
body named last before the verb in the sentence ('Defensor, who remain on 10 points, host
Liverpool'), or, for 'They' or 'The side', the body the sentence before opens with ('The win lifts
Paso Molino to fourth. They travel ...'). The home side is named first: the host, or the side
travelled to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from briefing.new.draft.dates import FoundDate
from briefing.new.draft.entities import Entities
from briefing.new.draft.sentences import sentence_spans

Key = tuple[str, str]
# (round 21, r21a: 'KÍ travel to NSÍ Runavík on Thursday evening, while HB are at home to B36
# Tórshavn at Gundadalur on the same night': the side travelled to, and the one a side is at home to)
_PLAYS = re.compile(r"\b(?P<verb>face|faces|play|plays|meet|meets|host|hosts|visit|visits|take\s+on|"
                    r"takes\s+on|welcome|welcomes|entertain|entertains|(?P<away>travel\s+to|travels\s+to|"
                    r"(?:are|is)\s+away\s+to|go\s+to|goes\s+to)|(?:are|is)\s+at\s+home\s+to)\s+$")
_AWAY = frozenset("visit visits".split())
_HOME = frozenset("host hosts".split())
_TRAVEL = re.compile(r"\btravel(?:s)?\s+to\b")
_THEY = re.compile(r"\s*(?:They|The\s+(?:side|team|club|champions|hosts|visitors|leaders|winners))\b")
_SHORT_SIDE = re.compile(r"\s*([A-Z][\w\-]+)\s+(?:now\s+|next\s+|then\s+)?"
                         r"(?:travel|host|face|play|visit|meet|welcome|entertain|go|are\s+at\s+home|is\s+at\s+home|"
                         r"are\s+away|is\s+away)")
_SAME_DAY = re.compile(r"\bon\s+the\s+same\s+(?:day|night|evening|afternoon)\b")
_CLAUSE_END = re.compile(r"[;,]\s+(?:while|and\s+then|but|whereas)\b|;")


def next_matches(paragraphs: tuple[str, ...], entities: Entities, dates: Iterable[FoundDate],
                 first: int, published: str) -> list[dict[str, Any]]:
    """The fields of each match ahead told from paragraph `first` on (the match report's own)."""
    days = list(dates)
    found: list[dict[str, Any]] = []
    same_day: FoundDate | None = None
    for number in range(first, len(paragraphs) + 1):
        text = paragraphs[number - 1]
        spans = sentence_spans(text)
        for index, (start, end) in enumerate(spans):
            for mention in entities.in_span(number, start, end):
                verb = _PLAYS.search(text, max(start, mention.start - 24), mention.start)
                if not _team(entities, mention.key) or verb is None:
                    continue
                breaks = [m.end() for m in _CLAUSE_END.finditer(text, start, verb.start())]
                clause_start = max([start, *breaks])
                clause_end = next((m.start() for m in _CLAUSE_END.finditer(text, mention.start, end)), end)
                day = next((d for d in days if d.paragraph == number and clause_start <= d.start < clause_end
                            and len(d.value) == 10), None)
                if day is None and found and found[-1]["paragraphs"] == [number] \
                        and _SAME_DAY.search(text, mention.end, clause_end):
                    day = same_day  # ('while Dynamos host Kabwe Warriors ... on the same day')
                side = _side(entities, text, number, clause_start, verb.start(), spans[:index], mention.key)
                if day is None or side is None:
                    continue
                value, how, doubt = _ahead(day, published)
                away = verb.group("verb") in _AWAY or verb.group("away") is not None \
                    or _TRAVEL.search(text, clause_start, verb.start())
                home, visitor = (mention.key, side) if away else (side, mention.key)
                if value is None:
                    continue
                same_day = day
                fields: dict[str, Any] = {
                    "name": f"{entities.get(home).name} v {entities.get(visitor).name}", "type": "other",
                    "status": "scheduled", "date": value, "organisations": [home[1], visitor[1]],
                    "paragraphs": [number], "summary": text[start:end].strip()}
                if how:
                    fields["inferred"] = {"date": how}
                if doubt:
                    fields["uncertain"] = {"date": doubt}
                found.append(fields)
    return found


_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def _ahead(day: FoundDate, published: str) -> tuple[str | None, str, str]:
    """(date, how, doubt) of a match ahead on `day`: a weekday the dates read as the one before
    publication ('They travel to Rivera on Saturday', present tense) is the one after it, marked;
    any other day before publication is no match ahead."""
    if day.value > published:
        return day.value, day.how, day.doubt
    if not _WEEKDAY.fullmatch(day.as_written):
        return None, "", ""
    after = (dt.date.fromisoformat(day.value) + dt.timedelta(days=7)).isoformat()
    if after <= published:
        return None, "", ""
    why = (f"'{day.as_written}' of a match ahead: taken as the {day.as_written} after publication "
           f"({published}), not the one before it. Check the date.")
    return after, why, why


def _team(entities: Entities, key: Key) -> bool:
    """A body that can play: an organisation, or a country, which in a match report is its team
    ('Namibia ... meet Algeria at the same venue next Saturday'; round 20, r19b seen: a national
    side's next game had no sides)."""
    return key[0] == "organisations" or key[0] == "places" and entities.get(key).type == "country"


def _side(entities: Entities, text: str, number: int, start: int, at: int,
          before: Sequence[tuple[int, int]], opponent: Key) -> Key | None:
    """The body that plays: named last before the verb in its clause, or the one the sentence
    before opens with where the clause opens on 'They' or 'The side'."""
    named = [m.key for m in entities.in_span(number, start, at)
             if _team(entities, m.key) and m.key != opponent]
    if named:
        return named[-1]
    short = _SHORT_SIDE.match(text, start)  # ('Nkana now travel to Mufulira': the club named in
    # full before, 'NKANA Football Club', by its first word, or 'Dynamos' by its last; round 19)
    if short is not None:
        word = short.group(1).lower()
        clubs = [("organisations", key) for key, org in entities.organisations.items()
                 if len(words := org.name.lower().split()) > 1 and word in (words[0], words[-1])
                 and ("organisations", key) != opponent]
        if len(clubs) == 1:
            return clubs[0]
    if not _THEY.match(text, start) or not before:
        return None
    last_start, last_end = before[-1]
    opening = [m.key for m in entities.in_span(number, last_start, last_end)
               if _team(entities, m.key) and m.key != opponent]
    return opening[0] if opening else None
