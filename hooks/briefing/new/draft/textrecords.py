"""Figures (measured and counted), timeline entries and topics as records, their text the
article's own: a label is a whole sentence without its attribution, never cut with '…'."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from briefing.core.numbers import full_number
from briefing.new.draft.counts import find_counts
from briefing.new.draft.dates import ASIDE_YEAR, FoundDate
from briefing.new.draft.figures import _context, find_figures
from briefing.new.draft.gists import gist, without_dateline
from briefing.new.draft.pairs import partners
from briefing.new.draft.scores import find_scores
from briefing.new.draft.sentences import sentence_at, sentence_spans
from briefing.new.draft.topics import find_topics

Record = dict[str, Any]
Make = Callable[..., Record]


def figures(paragraphs: tuple[str, ...], make: Make) -> list[Record]:
    records: list[Record] = []
    measured = find_figures(paragraphs)
    taken: dict[int, list[tuple[int, int]]] = {}
    for found in measured:
        at = paragraphs[found.paragraph - 1].find(found.as_written)
        taken.setdefault(found.paragraph, []).append((at, at + len(found.as_written)))
        make(records, found.as_written, [found.paragraph], name=found.as_written,
             value=found.value, unit=found.unit, as_written=found.as_written,
             measures=found.measures, approximate=found.approximate or None,
             qualifier=found.qualifier, conversions=found.conversions)
    counts = find_counts(paragraphs, taken)
    paired = _paired(paragraphs, records, [c for c in counts if c.unit])
    for count in counts:
        if not count.unit and (count.paragraph, count.start) in paired:
            continue  # '142 votes to 61': the pair gives 61 its unit
        kind = "Money" if count.unit[:1] in "$€£¥R" and not count.unit[:1].islower() else "Count"
        context = _context(paragraphs[count.paragraph - 1], count.start)
        bare = {"unit": f"The article gives {count.as_written} with no unit or thing counted "
                        f"('{context} {count.as_written}'): say what it counts, or delete this figure."}
        make(records, count.as_written, [count.paragraph], name=count.as_written, value=count.value,
             unit=count.unit or "unit not given", as_written=count.as_written,
             measures=f"Count of {count.counted}" if count.counted and kind == "Count"
             else f"{kind if count.unit else 'Number'}: {context}",
             approximate=bool(count.qualifier) or None, qualifier=count.qualifier,
             uncertain=None if count.unit else bare)
    for (number, _start), (written, value, unit, measures) in sorted(paired.items()):
        make(records, f"{written} {unit}", [number], name=f"{written} {unit}", value=value, unit=unit,
             as_written=written, measures=measures)
    for score in find_scores(paragraphs):
        text = paragraphs[score.paragraph - 1]
        end = score.start + len(score.as_written)
        if any(r["paragraphs"][0] == score.paragraph and _overlaps(text, r["as_written"], score.start, end)
               for r in records):
            continue  # ('passed 192-0': a vote's tally, drafted as votes)
        context = _context(paragraphs[score.paragraph - 1], score.start)
        for side, value in (("first", score.first), ("second", score.second)):
            make(records, f"{score.as_written} {side}", [score.paragraph],
                 name=f"{score.as_written}, the {side} side's score", value=value,
                 unit=f"score of the {side} side", as_written=score.as_written,
                 measures=f"Score: {context} {score.as_written}")
    for record in records:
        _in_full(record)
    return sorted(records, key=lambda r: (r["paragraphs"][0], paragraphs[r["paragraphs"][0] - 1]
                                          .find(r["as_written"])))


def _in_full(record: Record) -> None:
    """A figure's value as the full number and its unit as what is counted: '21.6 billion tolars'
    is 21600000000 tolars, '$47 million' 47000000 '$', '5 crore rupees' 50000000 rupees (round 17:
    figures written in a scale could not be compared, sorted or charted, and JSON-LD said 21.6;
    the site shows the scale again from `as_written`). The finders give the scale as a word of
    the unit ('billion tolars', '$ million'); a scale alone ('1.2 million' of nothing named)
    leaves the unit for the reviewer, as a bare number does."""
    value, unit = full_number(record["value"], record["unit"])
    if unit == record["unit"]:
        return
    record["value"], record["unit"] = value, unit or "unit not given"
    if not unit:
        record["uncertain"] = {**(record.get("uncertain") or {}),
                               "unit": f"The article gives {record['as_written']} with no unit or thing "
                                       f"counted: say what it counts, or delete this figure."}


def _overlaps(text: str, written: str, start: int, end: int) -> bool:
    """Some occurrence of `written` in `text` overlaps text[start:end] (one that starts where it
    could: reading the whole paragraph for each score was quadratic in a long one)."""
    return bool(written) and text.find(written, max(0, start - len(written) + 1),
                                       end + len(written) - 1) != -1


def _paired(paragraphs: tuple[str, ...], measured: list[Record],
            counts: list[Any]) -> dict[tuple[int, int], tuple[str, float, str, str]]:
    """(paragraph, start) -> (as written, value, unit, measures) of the bare other number of a
    pair ('four and two years', '142 votes to 61'), which takes its partner's unit."""
    spans = [(r["paragraphs"][0], r["as_written"], r["unit"], r["measures"]) for r in measured]
    spans += [(c.paragraph, c.as_written, c.unit, f"Count of {c.counted}" if c.counted
               else f"Count: {_context(paragraphs[c.paragraph - 1], c.start)}") for c in counts]
    taken = {(n, paragraphs[n - 1].find(w)) for n, w, _u, _m in spans}
    taken |= {(c.paragraph, c.start) for c in counts}
    paired: dict[tuple[int, int], tuple[str, float, str, str]] = {}
    for number, written, unit, measures in spans:
        text = paragraphs[number - 1]
        start = text.find(written)
        for partner in partners(text, start, start + len(written)):
            if (number, partner.start) not in taken:
                paired[(number, partner.start)] = (partner.as_written, partner.value, unit, measures)
    return paired


# 'since', then up to six words and maybe 'in' or 'on', right before a date.
_SINCE = re.compile(r"\bsince\s+(?:[\w\-'’]+\s+){0,6}?(?:(?:in|on|at|of)\s+)?(?:the\s+)?$", re.IGNORECASE)
# The sentence's own verb in the perfect right before it: 'has been closed since', 'have risen 40% since'.
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?(?:[\w%\-]+\s+){0,2}$")


def timeline(paragraphs: tuple[str, ...], dates: list[FoundDate], make: Make,
             dated: Callable[[dict[str, Any], FoundDate | None], dict[str, Any]]) -> list[Record]:
    records: list[Record] = []
    seen: set[tuple[int, str]] = set()
    labels: set[str] = set()  # labels given so far
    head = len(paragraphs[0]) - len(without_dateline(paragraphs[0])) if paragraphs else 0
    in_dateline = [d for d in dates if d.paragraph == 1 and d.start < head]
    for found in [d for d in dates if d not in in_dateline] + in_dateline:  # a dateline's day
        text = paragraphs[found.paragraph - 1]  # last: the sentence's own date names the event
        start, end = sentence_at(text, found.start)
        since = _SINCE.search(text, start, found.start)
        if len(found.value) == 4 and ASIDE_YEAR.search(text, start, found.start):
            continue  # 'the project, launched in 2019 under the previous government,': another
            # time, told in an aside, not the day of what the sentence tells
        if since and not _PERFECT.search(text, start, since.start()):
            continue  # 'the lowest stock since records began in 1978', 'arrears owed since 1997':
            # the day something else began, not the day of what the sentence tells ('has been
            # closed since March 2' is: the closing began then)
        label = gist(text[start:end])
        if (found.paragraph, found.value) in seen or label in labels:
            continue  # one entry per sentence: a second date there ('to Oct. 29') is no new event
        seen.add((found.paragraph, found.value))
        labels.add(label)
        words = label.split()
        fields = dated({"label": label}, found)
        make(records, f"{found.value} {' '.join(words[:4])}", [found.paragraph], **fields)
    return sorted(records, key=lambda r: r["date"])


def topics(paragraphs: tuple[str, ...], make: Make, page: tuple[str, ...] = ()) -> list[Record]:
    """A topic's description is the first sentence that names it, without its attribution."""
    records: list[Record] = []
    for name, words, where in find_topics(paragraphs, page=page):
        aliases = [w for w in words if w != name.lower()]
        text = paragraphs[where[0] - 1]
        first = next((text[a:b] for a, b in sentence_spans(text)
                      if any(w in text[a:b].lower() for w in words)), text)
        make(records, name, where, name=name, aliases=aliases, description=gist(first))
    return records
