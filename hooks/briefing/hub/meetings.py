"""Who met whom across briefings: every pair of people with a dossier (found in two or more
briefings) who took part in the same meeting, the most frequent first, with their latest
meeting. A pair met in one briefing only is on that briefing's own diagrams."""

from __future__ import annotations

from collections import defaultdict

from briefing.core.dates import sort_key
from briefing.hub.context import Hub
from briefing.hub.text import Paged, link, paginate, when
from briefing.web.index_format import IndexRecord

PARTICIPANTS_PAIRED = 40  # of one meeting: a crowd is not a meeting of each with each
ROWS_PER_SECTION = 100


def who_met_whom(hub: Hub) -> dict[str, str]:
    pairs: dict[tuple[tuple[str, str], tuple[str, str]], list[tuple[str, IndexRecord]]] = defaultdict(list)
    names: dict[tuple[str, str], tuple[str, str]] = {}  # entity key -> (alias, reference) to show
    for alias, briefing in hub.briefings.items():
        for record in briefing.imported.index.records:
            if record.kind != "meetings":
                continue
            people = []
            for reference in record.participants[:PARTICIPANTS_PAIRED]:
                entity = hub.entity(alias, reference)
                if entity is not None and hub.has_dossier(entity):
                    key = (entity.kind, entity.slug)
                    names.setdefault(key, (alias, reference))
                    people.append(key)
            for first in sorted(set(people)):
                for second in sorted(set(people)):
                    if first < second:
                        pairs[(first, second)].append((alias, record))
    here = "who-met-whom/index.md"
    ordered = sorted(pairs.items(), key=lambda item: (-len(item[1]), item[0]))
    lines = [_pair(hub, names, first, second, meetings, here) for (first, second), meetings in ordered]
    sections = ["\n".join(lines[start:start + ROWS_PER_SECTION]) + "\n"
                for start in range(0, len(lines), ROWS_PER_SECTION)]
    intro = ("Pairs of people found in two or more briefings who were in the same meeting, the "
             "most frequent first.\n\n")
    return paginate(Paged("who-met-whom", "Who met whom", "Pairs of people who met, across briefings", intro),
                    sections or ["No meetings yet.\n"])


def _pair(hub: Hub, names: dict[tuple[str, str], tuple[str, str]], first: tuple[str, str],
          second: tuple[str, str], meetings: list[tuple[str, IndexRecord]], here: str) -> str:
    alias, record = max(meetings, key=lambda item: (sort_key(item[1].date), item[0]))
    briefing = hub.briefings[alias]
    latest = link(record.name, briefing.url(record))
    count = f"{len(meetings)} meeting{'s' if len(meetings) != 1 else ''}"
    return (f"- {hub.name_link(here, *names[first])} and {hub.name_link(here, *names[second])}: "
            f"{count}; latest {latest}" + (f", {when(record)}" if record.date else ""))
