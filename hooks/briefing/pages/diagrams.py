"""Pictures drawn at build time as inline SVG and HTML: no script, no external service."""

from __future__ import annotations

import math
from collections import Counter
from itertools import combinations
from typing import Any

from markupsafe import Markup

from briefing.core.dates import reader_date, reader_when
from briefing.core.escape import html
from briefing.core.numbers import counted
from briefing.model.model import Key, Model
from briefing.model.names import shorten
from briefing.model.relations import events_in_order, grouped
from briefing.pages import draftmark, provenance
from briefing.pages.page import PageContext

ROW = 34
WIDTH = 760
FACE_TO_FACE = ("meeting", "talks")


def timeline_svg(model: Model, page: PageContext) -> Markup:
    """Events in date order on a vertical line: earlier ones first, then (below a dashed rule)
    the briefing's own days, then (below another) what the article places later; each label
    links to the event's page."""
    own, *others = grouped(model, events_in_order(model))
    earlier, later = others[0], others[1]
    events = earlier + own + later
    rules = {id(group[0]): text for group, text in
             ((own, _period(model)), (later, "Later")) if group and len(group) < len(events)}
    height = ROW * (len(events) + len(rules)) + 20
    rows, y = [], 20
    for event in events:
        if id(event) in rules:
            rows.append(f'<line x1="20" y1="{y - 4}" x2="{WIDTH - 20}" y2="{y - 4}" '
                        f'class="tl-divide"/><text x="160" y="{y + 10}" class="tl-period">'
                        f'{html(rules[id(event)])}</text>')
            y += ROW
        rows.append(_timeline_row(event, page, y))
        y += ROW
    title = f"Timeline of {counted(len(events), 'event', 'events')}, earliest first"
    return _svg(title, height, f'<line x1="140" y1="10" x2="140" y2="{height - 10}" '
                f'class="tl-axis"/>' + "".join(rows), "briefing-timeline")


def _period(model: Model) -> str:
    start, end = model.briefing.start_date, model.briefing.end_date
    return f"The briefing's days: {reader_date(start)}" + (f" to {reader_date(end)}" if end else "")


def _timeline_row(event: Any, page: PageContext, y: int) -> str:
    state = "" if event.status == "held" else f" ({event.status})"
    label = html(shorten(event.name + state, 70) + draftmark.suffix(event))
    return (f'<g class="tl-row"><text x="118" y="{y + 5}" text-anchor="end" class="tl-date">'
            f'{html(reader_when(event.date, event.after, short=True))}{_mark(event, "date")}</text>'
            f'<circle cx="140" cy="{y}" r="7" class="tl-dot tl-{html(event.type)}"/>'
            # xlink:href, not href: Material's instant navigation assigns `a.href` on every
            # [href] element, which throws on SVG links (their href is read-only).
            f'<a xlink:href="{html(page.html_href(event))}"><text x="160" y="{y + 5}" '
            f'class="tl-label">{label}</text></a></g>')


def _mark(record: Any, field: str) -> str:
    """The inferred-value mark inside SVG text; its reason is the tooltip (<title>)."""
    reason = record.inferred.get(field)
    if not reason:
        return ""
    return (f'<tspan class="tl-inferred" data-record="meetings/{html(record.id)}" '
            f'data-field="{html(field)}">{provenance.MARK}<title>Not stated in the article: '
            f'{html(provenance.reason_text(reason))}</title></tspan>')


def meetings_graph_svg(model: Model, page: PageContext) -> Markup:
    """Who met whom: people on a circle, a line for each pair that met, thicker for more."""
    pairs: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], list[str]] = {}
    for meeting in model.all("meetings"):
        if meeting.type not in FACE_TO_FACE:
            continue  # a visit or a conference lists everyone involved, not who sat together
        for pair in combinations(sorted(set(meeting.participants)), 2):
            pairs[pair] += 1
            where.setdefault(pair, []).append(meeting.name)
    people = sorted({person for pair in pairs for person in pair})
    if not people:
        return Markup("")
    size, radius, width = 520, 190, 760
    centre = size / 2
    spot = {person: (width / 2 + radius * math.cos(2 * math.pi * i / len(people) - math.pi / 2),
                     centre + radius * math.sin(2 * math.pi * i / len(people) - math.pi / 2))
            for i, person in enumerate(people)}
    lines = [f'<line x1="{spot[a][0]:.1f}" y1="{spot[a][1]:.1f}" x2="{spot[b][0]:.1f}" '
             f'y2="{spot[b][1]:.1f}" class="graph-edge" stroke-width="{1 + 2 * count}">'
             f'<title>{html("; ".join(where[(a, b)]))}</title></line>'
             for (a, b), count in sorted(pairs.items())]
    nodes = []
    for person_id in people:
        person = model.records["people"][person_id]
        x, y = spot[person_id]
        anchor = "start" if x > width / 2 + 1 else "end" if x < width / 2 - 1 else "middle"
        dx = 14 if anchor == "start" else -14 if anchor == "end" else 0
        dy = -14 if y < centre and anchor == "middle" else 22 if anchor == "middle" else 5
        label = html(person.name + draftmark.suffix(person))
        nodes.append(f'<a xlink:href="{html(page.html_href(person))}"><circle cx="{x:.1f}" cy="{y:.1f}" '
                     f'r="10" class="graph-node"/><text x="{x + dx:.1f}" y="{y + dy:.1f}" '
                     f'text-anchor="{anchor}" class="graph-label">{label}</text></a>')
    title = (f"Who met whom: {counted(len(people), 'person', 'people')}, "
             f"{counted(len(pairs), 'pair', 'pairs')}")
    return _svg(title, size, "".join(lines) + "".join(nodes), "briefing-graph", width=width)


def speaker_topic_table(model: Model, page: PageContext) -> Markup:
    """Who spoke on what: quotes and statements per speaker and topic."""
    counts: Counter[tuple[Key, str]] = Counter()
    for kind in ("quotes", "statements"):
        for record in model.all(kind):
            for topic in record.topics:
                counts.update((speaker, topic) for speaker in model.speakers(record))
    speakers = sorted({speaker for speaker, _ in counts}, key=lambda key: (key[1], key[0]))
    topics = [topic for topic in model.all("topics") if any(t == topic.id for _, t in counts)]
    if not speakers:
        return Markup("")
    head = "".join(f'<th scope="col"><a href="{html(page.html_href(topic))}">{html(topic.name)}'
                   f"</a>{draftmark.suffix(topic)}</th>" for topic in topics)
    rows = []
    for key in speakers:
        speaker = model.get(key)
        cells = "".join(f"<td>{counts[(key, topic.id)] or ''}</td>" for topic in topics)
        rows.append(f'<tr><th scope="row"><a href="{html(page.html_href(speaker))}">'
                    f"{html(speaker.name)}</a>{draftmark.suffix(speaker)}</th>{cells}</tr>")
    return Markup('<div class="briefing-matrix"><table><caption>Quotes and statements by '
                  f'speaker and topic</caption><thead><tr><th scope="col">Speaker</th>{head}'
                  f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _svg(title: str, height: float, body: str, css: str, width: int = WIDTH) -> Markup:
    # Links use xlink:href: Material's instant navigation rewrites every [href] element, and an
    # SVG link's href cannot be assigned (a console error on every page with a diagram).
    return Markup(f'<div class="{css}"><svg xmlns="http://www.w3.org/2000/svg" '
                  f'xmlns:xlink="http://www.w3.org/1999/xlink" role="img" '
                  f'viewBox="0 0 {width} {height:.0f}" aria-label="{html(title)}">'
                  f"<title>{html(title)}</title>{body}</svg></div>")
