"""The event an article is about: the first one held that its lede tells of (`main_event`), or,
where no event word names one, the happening its headline and first sentence report
(`lede_event`), and the day the lede gives its talks (`lede_day`). The account after it gives its
sides (account.py); events that take sides from another event or a body's word are in
sidesagain.py. `doubt` marks a guessed field for the reviewer."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

from briefing.new.draft.dates import FoundDate
from briefing.new.draft.gists import without_dateline
from briefing.new.draft.sentences import sentence_at, sentence_spans

LEDE = 2  # the paragraphs whose first held event is what the article is about
_MATCH = re.compile(r"\S\s+v\s+\S")  # 'Atlético Paso Molino v Defensor del Cerro' (eventfields)
# a result told with its score ('with a 27-24 win over Naitasiri'): the event is a match
_SCORED = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b.{0,40}\b(?:win|victory|defeat|draw|loss)\b|"
                     r"\b(?:beat|defeated|drew|lost)\b.{0,60}\b\d{1,3}\s*[-–]\s*\d{1,3}\b|"
                     r"\b(?:win|victory)\s+over\b")  # ('after a thrilling win over Vanuatu')
# the paragraphs a lede may run to where no event word opened an event: a learner's rewrite
# spreads it ('The school opened on Monday.' in paragraph 4)
LEDE_REACH = 4
_FUTURE = re.compile(r"\b(?:will|is\s+(?:due|set|expected|scheduled)\s+to|are\s+(?:due|set|expected|"
                     r"scheduled)\s+to|plans?\s+to)\b")
_NAME_WORDS = 12  # words of the headline kept as the event's name
# a verb told as done: 'told the Seimas Committee on Wednesday that the ministry's plan to merge ...'
_DONE = re.compile(r"\b(?:[a-z]{2,}ed|told|said|met|held|gave|took|won|lost|beat|began|spoke|went|came|"
                   r"made|saw|ran|left|sent|brought|found|drew|fought|struck)\b")


def _ahead(sentence: str) -> bool:
    """The lede tells its news as still to come: a future word ('will', 'is due to', 'plans to')
    before any verb told as done; not 'told the committee on Wednesday that the plan to merge the
    hospitals ...' (what was said is of a plan; the telling was done)."""
    ahead = _FUTURE.search(sentence)
    done = _DONE.search(sentence)
    return ahead is not None and (done is None or ahead.start() < done.start())


def lede_event(meetings: list[dict[str, Any]], paragraphs: tuple[str, ...], headline: str,
               dates: Iterable[FoundDate], published: str,
               turns: Collection[int] = ()) -> dict[str, Any] | None:
    """The happening an article is about, where no rule found an event in its first paragraphs: 'The
    campaign was launched on Monday at Mahosot Hospital by the Vice-Minister', 'The school opened on
    Monday', 'The annual count, carried out by a team from the Norwegian Polar Institute'. The
    issue's reviewers wrote the article's main event by hand in two of four articles; a draft now
    has one wherever its report names who did it. Named by the headline, summed up by the first
    paragraph, dated by the first day the first paragraphs give as past (marked uncertain: it may be
    a day told in passing), scheduled where the first sentence tells of it ahead. The account after
    it then gives its sides (`account_sides`); with none, or with no day and no side named in the
    first paragraphs, there is no event to tell (records.py drops it: 'The glacier lost 40 metres.'
    over a background paragraph naming an old expedition). Only a report of at least `LEDE_REACH`
    paragraphs has a lede and an account to read so. A transcript's lede is its first turn's first
    sentence of news, past its label and greeting (`turns`: 'PRESENTER: Good evening. Workers at the
    mine will vote ...')."""
    if len(paragraphs) < LEDE_REACH \
            or any(m.get("paragraphs") and min(m["paragraphs"]) <= LEDE for m in meetings):
        return None  # (a note of a few paragraphs has no account to tell its event by)
    first = _first_news(paragraphs[0], 1 in turns)
    if not first:
        return None
    days = sorted((d for d in dates if d.paragraph <= min(LEDE_REACH, len(paragraphs))
                   and len(d.value) == 10 and d.value <= published and not d.planned
                   and not in_dateline(paragraphs[d.paragraph - 1], d.start)),
                  key=lambda d: (d.paragraph, d.start))
    words = (headline or first).split()
    fields: dict[str, Any] = {
        "name": " ".join(words[:_NAME_WORDS]) + (" ..." if len(words) > _NAME_WORDS else ""),
        "type": "other", "summary": first,
        "status": "scheduled" if _ahead(first) else None,
        "inferred": {"name": "The article's headline: no sentence of its first paragraphs names "
                             "its event with a word the drafter knows. Name it."}}
    if days and not fields["status"]:
        day = days[0]
        fields["date"] = day.value
        why = (f"The first day the article's first paragraphs give as past ('{day.as_written}', "
               f"paragraph {day.paragraph}); check it is the day of the event.")
        fields["inferred"]["date"] = why
        fields["uncertain"] = {"date": why}
    return fields


def doubt(record: dict[str, Any], field: str, why: str, replace: bool = False) -> None:
    """Say on `record` why its `field` is a guess, in `inferred` (shown to readers) and `uncertain`
    (listed for the reviewer first); after a reason already given, unless `replace`."""
    for kind in ("inferred", "uncertain"):
        notes = record.setdefault(kind, {})
        notes[field] = f"{notes[field]} {why}" if notes.get(field) and not replace else why


def is_match(event: dict[str, Any]) -> bool:
    """A match: named 'X v Y', or told with its score ('with a 27-24 win over')."""
    return bool(_MATCH.search(event.get("name", "")) or _SCORED.search(event.get("summary", "")))


LABEL_OPENS = re.compile(r"^[A-Z][A-Z .'’\-]{1,40}(?:\([^()]{1,60}\))?:\s+")
_GREETING = re.compile(r"\s*(?:good\s+(?:morning|afternoon|evening)|hello|hi|welcome|thank\s+you|thanks)\b",
                       re.IGNORECASE)
_NEWS_WORDS = 6  # a sentence of news has at least this many words


def in_dateline(text: str, at: int) -> bool:
    """`at` stands in the paragraph's dateline ('LAHORE, Jan 9 (AFP) -')."""
    return at < len(text) - len(without_dateline(text))


def _first_news(paragraph: str, turn: bool) -> str:
    """The lede's first sentence (past a dateline: not 'IPOH, Tues.', cut at its full stop); in a
    transcript's turn, past its label, the first with news, not a greeting."""
    lede = without_dateline(paragraph)
    if not turn:
        start, end = sentence_at(lede, 0)
        return lede[start:end].strip()
    label = LABEL_OPENS.match(lede)
    text = lede[label.end():] if label else lede
    return next((text[start:end].strip() for start, end in sentence_spans(text)
                 if not _GREETING.match(text, start) and len(text[start:end].split()) >= _NEWS_WORDS), "")


def main_event(meetings: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The first meeting held (not scheduled) that the first paragraphs tell of."""
    held = [m for m in meetings if m.get("status") != "scheduled" and m.get("paragraphs")
            and min(m["paragraphs"]) <= LEDE]
    return min(held, key=lambda m: min(m["paragraphs"]), default=None)


_GATHERING = re.compile(r"\b(?:talks|negotiations|discussions|meeting|session|consultations)\b")


def lede_day(meetings: list[dict[str, Any]], paragraphs: tuple[str, ...], dates: Iterable[FoundDate],
             published: str) -> None:
    """The main event with no day, told in the lede's second paragraph ('Leaders of the unions met
    for six hours with officials of the ministry'), takes the past day the first paragraph gives
    its talks ('... after talks with the education ministry ended without agreement late on
    Wednesday'), marked uncertain."""
    event = main_event(meetings)
    if event is None or event.get("date") or min(event["paragraphs"]) > LEDE:
        return
    text = paragraphs[0]
    days = [d for d in dates if d.paragraph == 1 and len(d.value) == 10 and d.value <= published
            and not d.planned]
    for gathering in _GATHERING.finditer(text):
        start, end = sentence_at(text, gathering.start())
        # the day told after the talks' word ('talks ... ended ... late on Wednesday'), not the day
        # the sentence's news was said ('said on Thursday')
        found = min((d for d in days if gathering.end() <= d.start < end),
                    key=lambda d: d.start - gathering.end(), default=None)
        if found is None:
            continue
        why = (f"The lede's '{found.as_written}' (paragraph 1), the day of the talks it tells of: "
               "taken as this meeting's. Check it.")
        event["date"] = found.value
        doubt(event, "date", why, replace=True)
        return
