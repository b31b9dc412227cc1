"""A deterministic synthetic briefing of any size: valid data/ and seeds/ for the benchmark.

`write_corpus(root, pages)` writes one briefing whose site has about `pages` generated pages:
a long wire-style article of meeting episodes, and the people, quotes, statements, meetings,
topics, figures, places and organisations it names. Quotes and figures are written into their
paragraphs word for word, so the data passes every check of the engine. People are reused the
way real coverage reuses them: a few principals take part in most meetings (Zipf weights), and
topics grow with the square root of the corpus, so each topic gathers more records as it grows.

    python -m benchmarks.corpus OUT --pages 1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import itertools
import math
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from benchmarks import words as w

# Pages the engine makes besides one per record: 8 indexes, home, timeline, article, diagrams.
FIXED_PAGES = 12
# Share of the record pages per kind (topics are sized apart: they grow with sqrt(records)).
SHARES = {"people": 0.13, "organisations": 0.04, "places": 0.06, "meetings": 0.17,
          "quotes": 0.27, "statements": 0.27, "figures": 0.06}
SOURCE_ID = "synthetic-wire-report"
START = dt.date(2023, 1, 9)


def record_counts(pages: int) -> dict[str, int]:
    """How many records of each kind give about `pages` generated pages."""
    records = max(pages - FIXED_PAGES, 40)
    counts = {"topics": max(6, round(1.3 * math.sqrt(records)))}
    rest = records - counts["topics"]
    counts.update({kind: max(2, round(rest * share)) for kind, share in SHARES.items()})
    counts["statements"] += records - sum(counts.values())
    return counts


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass
class Corpus:
    """The records and the article as they are written, each record with its paragraphs."""

    rng: random.Random
    counts: dict[str, int]
    records: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    paragraphs: list[str] = field(default_factory=list)
    named_in: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    people: dict[str, dict[str, Any]] = field(default_factory=dict)

    def paragraph(self, sentences: list[str], names: list[tuple[str, str]]) -> int:
        """Add a paragraph naming `names` (kind, id); returns its number."""
        self.paragraphs.append(" ".join(sentences))
        number = len(self.paragraphs)
        for key in names:
            self.named_in[key].append(number)
        return number

    def cited(self, kind: str, record_id: str) -> list[int]:
        return sorted(set(self.named_in[(kind, record_id)]))[:6]

    def person(self, person_id: str) -> dict[str, Any]:
        if len(self.people) != len(self.records["people"]):
            self.people = {person["id"]: person for person in self.records["people"]}
        return self.people[person_id]

    def filler(self) -> str:
        r = self.rng
        return f"{r.choice(w.SUBJECTS)} {r.choice(w.VERBS)} {r.choice(w.OBJECTS)} {r.choice(w.TAILS)}."


def _people(corpus: Corpus) -> None:
    r, count = corpus.rng, corpus.counts["people"]
    names = [f"{first} {last}" for first in w.FIRST_NAMES for last in w.LAST_NAMES]
    chosen = r.sample(names, count) if count <= len(names) else names[:count]
    last_uses: defaultdict[str, int] = defaultdict(int)
    for name in chosen:
        last_uses[name.split()[-1]] += 1
    orgs, countries = corpus.records["organisations"], _countries(corpus)
    for index, name in enumerate(chosen):
        last = name.split()[-1]
        org, country = r.choice(orgs), r.choice(countries)
        corpus.records["people"].append({
            "id": slug(name), "name": name,
            "aliases": [last] if last_uses[last] == 1 else [],
            "roles": [{"title": r.choice(w.ROLES), "organisation": org["id"],
                       "country": country["id"]}],
            "description": f"{r.choice(w.ROLES)} of {country['name']}, "
                           f"{'a principal' if index < 5 else 'a delegate'} in the talks."})


def _countries(corpus: Corpus) -> list[dict[str, Any]]:
    return [place for place in corpus.records["places"] if place["type"] == "country"]


def _places(corpus: Corpus) -> None:
    r, count = corpus.rng, corpus.counts["places"]
    countries = max(2, count // 4)
    for index in range(count):
        stem = w.PLACE_STEMS[index % len(w.PLACE_STEMS)]
        series = index // len(w.PLACE_STEMS)
        if index < countries:
            name = f"Republic of {stem}" + (f" {series + 1}" if series else "")
            corpus.records["places"].append({"id": slug(name), "name": name, "type": "country"})
        else:
            city = f"{stem} {w.VENUES[series % len(w.VENUES)]}" + (f" {series}" if series else "")
            corpus.records["places"].append({
                "id": slug(city), "name": city, "type": "building",
                "located_in": corpus.records["places"][r.randrange(countries)]["id"]})


def _organisations(corpus: Corpus) -> None:
    for index in range(corpus.counts["organisations"]):
        stem = w.PLACE_STEMS[index % len(w.PLACE_STEMS)]
        kind = w.ORG_KINDS[(index // len(w.PLACE_STEMS) + index) % len(w.ORG_KINDS)]
        name = f"{stem} {kind}"
        corpus.records["organisations"].append({"id": slug(name) + f"-{index}", "name": name,
                                                "type": kind.split()[-1].lower()})


def _topics(corpus: Corpus) -> None:
    r = corpus.rng
    names = list(w.TOPICS) + [f"{m} {t}" for m in w.TOPIC_MODIFIERS for t in w.TOPICS]
    for index, name in enumerate(names[:corpus.counts["topics"]]):
        topic: dict[str, Any] = {"id": slug(name), "name": name.capitalize(),
                                 "description": f"What the parties said and agreed on {name}."}
        if index >= len(w.TOPICS):
            topic["parent"] = slug(name.split(" ", 1)[1])
        elif index > 5 and r.random() < 0.2:
            topic["parent"] = slug(w.TOPICS[r.randrange(6)])
        corpus.records["topics"].append(topic)


@functools.cache
def _zipf(count: int) -> list[float]:
    """Cumulative Zipf weights: the first few records are picked far more often than the rest."""
    return list(itertools.accumulate(1 / (rank + 1) ** 0.9 for rank in range(count)))


def _pick(corpus: Corpus, kind: str, k: int) -> list[dict[str, Any]]:
    pool = corpus.records[kind]
    chosen: dict[str, dict[str, Any]] = {}
    while len(chosen) < min(k, len(pool)):
        record = corpus.rng.choices(pool, cum_weights=_zipf(len(pool)))[0]
        chosen[record["id"]] = record
    return list(chosen.values())


def _date_text(day: dt.date) -> str:
    return f"{w.MONTHS[day.month - 1]} {day.day}"


def _meeting(corpus: Corpus, index: int) -> dict[str, Any]:
    r = corpus.rng
    people = _pick(corpus, "people", r.choice((2, 2, 3, 4)))
    topics = _pick(corpus, "topics", r.choice((1, 2, 3)))
    venues = [place for place in corpus.records["places"] if place["type"] == "building"]
    place = venues[r.randrange(len(venues))] if venues else corpus.records["places"][0]
    day = START + dt.timedelta(days=index * 700 // max(1, corpus.counts["meetings"]))
    kind = r.choice(w.MEETING_TYPES)
    names = [person["name"] for person in people]
    title = f"{names[0]} {'meets' if kind == 'meeting' else kind + ' with'} {names[1]}"
    number = corpus.paragraph(
        [f"{names[0]} met {_and(names[1:])} at {place['name']} on {_date_text(day)} for "
         f"{w.ARTICLES[kind]}{kind} on {' and '.join(topic['name'].lower() for topic in topics)}.",
         corpus.filler(), corpus.filler()],
        [("people", p["id"]) for p in people] + [("places", place["id"])]
        + [("topics", t["id"]) for t in topics])
    return {"id": f"{slug(title)}-{index + 1}", "name": title, "type": kind,
            "date": day.isoformat(), "place": place["id"],
            "participants": [person["id"] for person in people],
            "topics": [topic["id"] for topic in topics], "paragraphs": [number],
            "summary": f"{names[0]} and {names[1]} held {kind} on "
                       f"{topics[0]['name'].lower()}. {corpus.filler()}"}


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _quote_text(r: random.Random) -> str:
    text = f"{r.choice(w.QUOTE_OPENERS)} {r.choice(w.QUOTE_VERBS)} {r.choice(w.QUOTE_OBJECTS)}"
    if r.random() < 0.6:
        text += f" {r.choice(w.QUOTE_TAILS)}"
    return text


def _quote(corpus: Corpus, meeting: dict[str, Any], index: int) -> dict[str, Any]:
    r = corpus.rng
    speaker, *others = [corpus.person(i) for i in r.sample(meeting["participants"], 2)]
    org = r.choice(corpus.records["organisations"])
    text, partial = _quote_text(r), r.random() < 0.25
    said = (f"{speaker['name']} said the talks had to \"{text}\", according to {org['name']}."
            if partial else f"\"{text},\" {speaker['name']} told {others[0]['name']}.")
    number = corpus.paragraph(
        [said, corpus.filler(), corpus.filler()],
        # A partial quote's sentence names the speaker and the reporter, not the addressee.
        [("people", speaker["id"])]
        + ([("organisations", org["id"])] if partial else [("people", others[0]["id"])]))
    quote = {"id": f"{slug(speaker['name'])}-quote-{index + 1}", "paragraphs": [number],
             "text": text, "partial": partial, "speaker": speaker["id"],
             "reported": f"Reported by {org['name']}." if partial else "Said in the meeting.",
             "meeting": meeting["id"], "date": meeting["date"], "topics": meeting["topics"][:2]}
    if partial:
        quote["reported_by"] = org["id"]
    else:
        quote["addressees"] = [others[0]["id"]]
    return quote


def _statement(corpus: Corpus, meeting: dict[str, Any], index: int) -> dict[str, Any]:
    r = corpus.rng
    speaker_id = r.choice(meeting["participants"])
    speaker = corpus.person(speaker_id)
    gist = r.choice(w.GIST_CLAUSES)
    number = corpus.paragraph([f"{speaker['name']} said {gist}.", corpus.filler()],
                              [("people", speaker_id)])
    return {"id": f"{speaker_id}-statement-{index + 1}", "paragraphs": [number],
            "speaker": speaker_id, "gist": gist[0].upper() + gist[1:] + ".",
            "reported": "Reported in the article.", "meeting": meeting["id"],
            "date": meeting["date"], "topics": meeting["topics"][-1:]}


def _figure(corpus: Corpus, meeting: dict[str, Any], index: int) -> dict[str, Any]:
    r = corpus.rng
    words, unit, measures = r.choice(w.FIGURES)
    value = round(r.uniform(1, 500), r.choice((0, 1)))
    approximate = r.random() < 0.3
    as_written = f"{'nearly ' if approximate else ''}{value:g} {words}"
    number = corpus.paragraph([f"Officials put the {measures} at {as_written}.", corpus.filler()],
                              [])
    return {"id": f"figure-{index + 1}-{slug(measures)}", "paragraphs": [number],
            "name": f"{measures.capitalize()}, {meeting['date']}", "value": value, "unit": unit,
            "as_written": as_written, "measures": measures, "approximate": approximate,
            "date": meeting["date"], "meeting": meeting["id"], "topics": meeting["topics"][:1]}


def _episodes(corpus: Corpus) -> None:
    """Meetings in date order, each followed by its quotes, statements and figures."""
    counts = corpus.counts
    meetings = [_meeting(corpus, index) for index in range(counts["meetings"])]
    for kind, make in (("quotes", _quote), ("statements", _statement), ("figures", _figure)):
        for index in range(counts[kind]):
            meeting = meetings[index * len(meetings) // counts[kind]]
            corpus.records[kind].append(make(corpus, meeting, index))
    corpus.records["meetings"] = meetings
    corpus.records["timeline"] = [
        {"id": f"entry-{index + 1}", "paragraphs": list(meeting["paragraphs"]), "date": meeting["date"],
         "label": meeting["name"], "meeting": meeting["id"]}
        for index, meeting in enumerate(meetings[::6])]


def _profiles(corpus: Corpus) -> None:
    """A closing paragraph for every record the episodes never named, then their citations."""
    for kind in ("people", "organisations", "places", "topics"):
        for record in corpus.records[kind]:
            key = (kind, record["id"])
            if not corpus.named_in[key]:
                corpus.paragraph([f"{record['name']} was also part of the wider picture.",
                                  corpus.filler()], [key])
            record["paragraphs"] = corpus.cited(kind, record["id"])


def build(pages: int, seed: int = 2023) -> Corpus:
    corpus = Corpus(random.Random(seed), record_counts(pages))
    _places(corpus)
    _organisations(corpus)
    _people(corpus)
    _topics(corpus)
    _episodes(corpus)
    _profiles(corpus)
    return corpus


def _briefing(corpus: Corpus) -> dict[str, Any]:
    meetings = corpus.records["meetings"]
    return {"id": "synthetic-briefing", "title": f"Synthetic briefing of {len(meetings)} meetings",
            "summary": f"{len(meetings)} meetings over two years. {corpus.filler()}",
            "why_it_matters": f"A benchmark corpus. {corpus.filler()}",
            "start_date": meetings[0]["date"], "end_date": meetings[-1]["date"],
            "source": SOURCE_ID,
            "key_people": [p["id"] for p in corpus.records["people"][:5]],
            "key_figures": [f["id"] for f in corpus.records["figures"][:4]]}


def _dump(path: Path, data: Any) -> None:
    text = yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(text, encoding="utf-8")


class _NoAliases(yaml.SafeDumper):
    """Writes a shared list out in full each time, as a person would, not as &anchor/*alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def write_corpus(root: Path, pages: int, seed: int = 2023) -> dict[str, int]:
    """Write data/ and seeds/ under `root`; returns the number of records of each kind."""
    corpus = build(pages, seed)
    (root / "data").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    _dump(root / "data" / "briefing.yml", _briefing(corpus))
    for kind, records in sorted(corpus.records.items()):
        _dump(root / "data" / f"{kind}.yml", records)
    (root / "seeds" / f"{SOURCE_ID}.txt").write_text("\n\n".join(corpus.paragraphs) + "\n",
                                                    encoding="utf-8")
    _dump(root / "seeds" / f"{SOURCE_ID}.yml",
          {"id": SOURCE_ID, "title": "A synthetic wire report", "title_is_ours": True,
           "published": corpus.records["meetings"][-1]["date"], "language": "en"})
    return {kind: len(records) for kind, records in sorted(corpus.records.items())}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2023)
    args = parser.parse_args(argv)
    print(write_corpus(args.out, args.pages, args.seed))


if __name__ == "__main__":
    main()
