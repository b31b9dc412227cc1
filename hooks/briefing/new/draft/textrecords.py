"""Figures (measured and counted), timeline entries and topics as records, their text the
article's own: a label is a whole sentence without its attribution, never cut with '…'."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.new.draft.counts import find_counts
from briefing.new.draft.dates import FoundDate
from briefing.new.draft.events import find_topics
from briefing.new.draft.figures import _context, find_figures
from briefing.new.draft.gists import gist, without_dateline
from briefing.new.draft.sentences import sentence_at, sentence_spans

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
    for count in find_counts(paragraphs, taken):
        kind = "Money" if count.unit[:1] in "$€£¥R" and not count.unit[:1].islower() else "Count"
        context = _context(paragraphs[count.paragraph - 1], count.start)
        bare = {"unit": f"The article gives {count.as_written} with no unit or thing counted "
                        f"('{context} {count.as_written}'): say what it counts, or delete this figure."}
        make(records, count.as_written, [count.paragraph], name=count.as_written, value=count.value,
             unit=count.unit or "unit not given", as_written=count.as_written,
             measures=f"{kind if count.unit else 'Number'}: {context}",
             approximate=bool(count.qualifier) or None, qualifier=count.qualifier,
             uncertain=None if count.unit else bare)
    return sorted(records, key=lambda r: (r["paragraphs"][0], paragraphs[r["paragraphs"][0] - 1]
                                          .find(r["as_written"])))


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
        label = gist(text[start:end])
        if (found.paragraph, found.value) in seen or label in labels:
            continue  # one entry per sentence: a second date there ('to Oct. 29') is no new event
        seen.add((found.paragraph, found.value))
        labels.add(label)
        words = label.split()
        fields = dated({"label": label}, found)
        make(records, f"{found.value} {' '.join(words[:4])}", [found.paragraph], **fields)
    return sorted(records, key=lambda r: r["date"])


def topics(paragraphs: tuple[str, ...], make: Make) -> list[Record]:
    """A topic's description is the first sentence that names it, without its attribution."""
    records: list[Record] = []
    for name, words, where in find_topics(paragraphs):
        aliases = [w for w in words if w != name.lower()]
        text = paragraphs[where[0] - 1]
        first = next((text[a:b] for a, b in sentence_spans(text)
                      if any(w in text[a:b].lower() for w in words)), text)
        make(records, name, where, name=name, aliases=aliases, description=gist(first))
    return records
