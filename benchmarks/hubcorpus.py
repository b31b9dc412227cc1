"""A synthetic network of briefings for the hub benchmark: `briefing-index/2` files written
directly (the hub reads nothing else), about 100 records each, with realistic overlap: names
drawn with a Zipf-like weight, so that a few people are in hundreds of briefings and most in
one or two."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from benchmarks import words

_VOCABULARY = " ".join([*words.SUBJECTS, *words.VERBS, *words.OBJECTS, *words.TAILS,
                        *words.QUOTE_VERBS, *words.QUOTE_OBJECTS, *words.TOPICS]).split()


def sentence(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(_VOCABULARY) for _ in range(count)).capitalize()

PEOPLE, ORGANISATIONS, PLACES, TOPICS = 4000, 600, 800, 300
PER_BRIEFING = {"people": 20, "organisations": 5, "places": 5, "topics": 10}
MEETINGS, QUOTES, STATEMENTS, TIMELINE = 12, 30, 10, 5


def _pick(rng: random.Random, pool: int, count: int) -> list[int]:
    """`count` distinct members of a pool, the low numbers far more often (weight 1/rank)."""
    chosen: set[int] = set()
    while len(chosen) < count:
        chosen.add(min(pool - 1, int(pool ** rng.random()) - 1))
    return sorted(chosen)


def _entity(kind: str, number: int, briefing: int) -> dict[str, Any]:
    singular = {"people": "person", "organisations": "organisation", "places": "place",
                "topics": "topic"}[kind]
    record_id = f"{singular}-{number}"
    paragraph = 1 + briefing % 20
    record: dict[str, Any] = {"kind": kind, "id": record_id, "name": f"{singular.title()} {number}",
                              "url": f"{kind}/{record_id}/", "gist": sentence(random.Random(number), 10),
                              "paragraphs": [paragraph], "paragraph_url": f"article/#p{paragraph}"}
    if number % 3:  # two thirds carry a Wikidata id; the rest meet only by name (proposals)
        record["external_ids"] = {"wikidata": f"Q{1000 + number}{len(kind)}"}
    if kind == "people":
        portfolio = ("Trade", "Energy", "Climate")[(number + briefing // 200) % 3]  # changes over time
        record["roles"] = [{"title": f"Minister of {portfolio}"}]
    return record


def ref(record: dict[str, Any]) -> str:
    return f"{record['kind']}/{record['id']}"


def briefing_index(number: int) -> dict[str, Any]:
    rng = random.Random(number)
    alias = f"briefing-{number:04d}"
    year, month, day = 2015 + number % 10, 1 + number % 12, 1 + number % 28
    date = f"{year}-{month:02d}-{day:02d}"
    records = [_entity(kind, n, number) for kind, count in PER_BRIEFING.items()
               for n in _pick(rng, {"people": PEOPLE, "organisations": ORGANISATIONS,
                                    "places": PLACES, "topics": TOPICS}[kind], count)]
    people = [r for r in records if r["kind"] == "people"]
    topics = [r for r in records if r["kind"] == "topics"]
    places = [r for r in records if r["kind"] == "places"]
    for n in range(MEETINGS):
        records.append({"kind": "meetings", "id": f"meeting-{n}", "name": f"Talks {n} of {alias}",
                        "url": f"meetings/meeting-{n}/", "date": date, "date_precision": "day",
                        "participants": [ref(p) for p in rng.sample(people, 3)],
                        "topics": [ref(rng.choice(topics))], "place": ref(rng.choice(places)),
                        "status": "held", "paragraphs": [n + 1], "paragraph_url": f"article/#p{n + 1}"})
    for kind, count in (("quotes", QUOTES), ("statements", STATEMENTS)):
        for n in range(count):
            words = sentence(rng, 18)
            records.append({"kind": kind, "id": f"{kind[:-1]}-{n}", "url": f"{kind}/{kind[:-1]}-{n}/",
                            "name": f"“{words}”" if kind == "quotes" else words, "words": words,
                            "speakers": [ref(rng.choice(people))], "addressees": [ref(rng.choice(people))],
                            "topics": [ref(rng.choice(topics))], "date": date, "date_precision": "day",
                            "paragraphs": [n + 1], "paragraph_url": f"article/#p{n + 1}"})
    for n in range(TIMELINE):
        records.append({"kind": "timeline", "id": f"entry-{n}", "url": f"timeline/#entry-{n}",
                        "name": sentence(rng, 6), "date": date, "meeting": f"meetings/meeting-{n}",
                        "paragraphs": [1]})
    briefing = {"id": alias, "title": f"Briefing {number}: {sentence(rng, 6)}",
                "summary": sentence(rng, 40), "published": date, "publisher": f"Wire {number % 7}",
                "url": f"https://example.org/{alias}/", "language": "en", "start_date": date}
    return {"format": "briefing-index/2", "briefing": briefing, "records": records}


def write_network(folder: Path, briefings: int) -> dict[str, str]:
    """Every briefing's index in `folder/<id>/briefing-index.json`; returns the imports."""
    imports = {}
    for number in range(briefings):
        index = briefing_index(number)
        site = folder / index["briefing"]["id"]
        site.mkdir(parents=True, exist_ok=True)
        (site / "briefing-index.json").write_text(json.dumps(index), encoding="utf-8")
        imports[index["briefing"]["id"]] = str(site)
    return imports
