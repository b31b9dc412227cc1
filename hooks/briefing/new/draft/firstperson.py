"""Meetings a speaker tells of in the first person: 'We met the company on Tuesday, for the fourth
time since December' (a union leader's recorded words in a radio transcript), '"I met the minister
on Monday," Smith said'.

The rules that find 'X met Y' read the article's own sentences, never what someone said: a
speaker's words are theirs, not the article's report. But a first-person meeting with a day is a
report of an event the speaker took part in, and in a transcript it is often the only report of
it (round 15's probe and round 16's develop set: each drafted no meeting from 'We met ...'). So
a quote or a transcript turn whose speaker is known gives a meeting between the speaker and whom
they met, on the day the same sentence gives: a person or body named right after 'met', or a
body's word ('the company', 'the union', 'the ministry') that names the one organisation of the
article it fits. Marked uncertain on `participants`: 'we' may be the speaker's side, not the
speaker, and a reviewer checks who was there. Only past meetings ('met'), only with a day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefing.new.draft.dates import FoundDate
from briefing.new.draft.entities import Entities
from briefing.new.draft.lexicon import FIRM_TAILS, LEGAL_FORMS
from briefing.new.draft.sentences import sentence_spans

Key = tuple[str, str]
_WE_MET = re.compile(r"\b(?:[Ww]e|I)\s+(?:have\s+|had\s+|also\s+|already\s+|finally\s+)?met\s+(?:with\s+)?")
# a body's word after 'met (with) the': 'the company', 'the union's leaders', 'the ministry'
_BODY_WORD = re.compile(r"(?:the|their|our)\s+(?:[a-z\-]+\s+)?(?P<word>company|firm|union|ministry|"
                        r"government|council|management|employers|authority|association|federation|"
                        r"board|committee|commission|department|agency|operator)\b")


@dataclass(frozen=True)
class Said:
    """Words of a known speaker: a quote or a transcript turn."""

    paragraph: int
    open: int
    close: int
    speaker: Key


def first_person_meetings(paragraphs: tuple[str, ...], said: Iterable[Said], entities: Entities,
                          dates: Iterable[FoundDate],
                          sides_of: dict[str, list[str]]) -> list[dict[str, Any]]:
    """The fields of each meeting a speaker says they had, with its day. `sides_of`: person id ->
    the organisations their roles name ('Its local chairman is X': the union), the side 'we'
    means."""
    found: list[dict[str, Any]] = []
    days = list(dates)
    for words in said:
        text = paragraphs[words.paragraph - 1]
        for match in _WE_MET.finditer(text, words.open, words.close):
            start, end = next(((s, e) for s, e in sentence_spans(text) if s <= match.start() < e),
                              (words.open, words.close))
            other = _met(entities, text, words.paragraph, match.end())
            day = next((d for d in days if d.paragraph == words.paragraph and start <= d.start < end
                        and len(d.value) == 10 and not d.planned), None)
            if other is None or day is None or other == words.speaker:
                continue
            bodies = [("organisations", org) for org in sides_of.get(words.speaker[1], ())] \
                or _introduced_with(entities, words.speaker)
            ours = [key for key in bodies if match.group().lstrip()[0] in "Ww" and key != other]
            sides = [words.speaker, *ours, other]
            name = entities.get(words.speaker).name
            why = (f"{name} says '{text[match.start():match.end()].strip()} ...' in paragraph "
                   f"{words.paragraph}: the meeting of {name}'s side; check who took part.")
            found.append({
                "name": f"{name} meets {entities.get(other).name}", "type": "meeting",
                "summary": text[start:end].strip(), "paragraphs": [words.paragraph],
                "participants": [key[1] for key in sides if key[0] == "people"],
                "organisations": [key[1] for key in sides if key[0] == "organisations"],
                "date": day.value, "inferred": {"participants": why}, "uncertain": {"participants": why}})
            if day.how:
                found[-1]["inferred"]["date"] = day.how
    return found


def _introduced_with(entities: Entities, person: Key) -> list[Key]:
    """The body named last before a person's first mention, in the same paragraph ('The Mongolian
    Mining and Energy Workers' Union ... represents 2,300 of the 3,100 people employed at the mine.
    Its local chairman is Batbayaryn Oyuntsetseg'): the side a speaker's 'we' is, where no role
    of theirs names one."""
    first = min((m for m in entities.mentions if m.key == person), key=lambda m: (m.paragraph, m.start),
                default=None)
    if first is None:
        return []
    before = [m for m in entities.in_span(first.paragraph, 0, first.start) if m.key[0] == "organisations"]
    return [before[-1].key] if before else []


def _met(entities: Entities, text: str, number: int, at: int) -> Key | None:
    """Whom 'met' names: a person or body named right after it, or the one organisation of the
    article a body's word fits ('the company': the one firm named by its legal form)."""
    named = next((m.key for m in entities.in_span(number, at, at + 5) if m.key[0] != "places"), None)
    if named is not None:
        return named
    word = _BODY_WORD.match(text, at)
    if word is None:
        return None
    noun = word.group("word")
    fits = [("organisations", key) for key, org in entities.organisations.items()
            if (org.name.split()[-1].lower() in LEGAL_FORMS | FIRM_TAILS if noun in ("company", "firm")
                else re.search(rf"\b{noun}\b", org.name, re.IGNORECASE))]
    return fits[0] if len(fits) == 1 else None
