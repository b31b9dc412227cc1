"""A dossier: everything the hub's briefings say of one person, organisation, place or topic,
grouped by briefing, newest first, cut into pages of a readable size."""

from __future__ import annotations

from collections import Counter

from briefing.core.dates import reader_date, sort_key
from briefing.core.escape import md
from briefing.core.kinds import KINDS
from briefing.hub.collect import Story
from briefing.hub.context import Hub, briefing_path, dossier_folder, dossier_path
from briefing.hub.identity import Entity
from briefing.hub.text import Paged, draft_mark, link, paginate, when
from briefing.model.urls import relative
from briefing.web.index_format import IndexRecord

MET_SHOWN = 30


def dossier_pages(hub: Hub, entity: Entity) -> dict[str, str]:
    stories = hub.stories.get((entity.kind, entity.slug), [])
    here = dossier_path(entity)
    singular = KINDS[entity.kind].singular
    intro = _intro(hub, entity, stories, here) + _roles(entity, stories) + _met(hub, entity, stories, here)
    sections = [_story(hub, story, here) for story in stories]
    paged = Paged(dossier_folder(entity), entity.name,
                  f"{entity.name}: {singular} in {len(stories)} briefings of {hub.config.title}",
                  intro + "**In each briefing, newest first:**\n\n", boost=2)
    return paginate(paged, sections)


def _intro(hub: Hub, entity: Entity, stories: list[Story], here: str) -> str:
    singular = KINDS[entity.kind].singular
    parts = [f"A {md(singular)} in {len(stories)} briefings"]
    if entity.wikidata:
        parts.append(link(f"Wikidata {entity.wikidata}", f"https://www.wikidata.org/wiki/{entity.wikidata}"))
    parts.append("Follow: [Atom](feed.atom) · [JSON Feed](feed.json)")
    names = sorted({member.record.name for member in entity.members} - {entity.name})
    text = " · ".join(parts) + "\n\n"
    if names:
        text += "Also named: " + ", ".join(md(name) for name in names[:20]) + "\n\n"
    if entity.kind in ("people", "topics"):
        timeline = relative(here, f"timeline/{entity.kind}/{entity.slug}/index.md")
        text += f"[On the combined timeline]({timeline})\n\n"
    return text


def _roles(entity: Entity, stories: list[Story]) -> str:
    """Each role once, with the first and last briefing that gives it."""
    seen: dict[str, list[str]] = {}
    for story in stories:
        for record in story.records:
            for role in record.roles:
                title = role.title + (" (former)" if role.former else "")
                seen.setdefault(title, []).append(story.briefing.date)
    if not seen:
        return ""
    rows = sorted(seen.items(), key=lambda item: (max(map(sort_key, item[1])), item[0]), reverse=True)
    lines = ["## Roles over time\n", "| Role | First given | Last given | Briefings |", "|---|---|---|---|"]
    for title, dates in rows[:50]:
        ordered = sorted(dates, key=sort_key)
        lines.append(f"| {md(title)} | {md(reader_date(ordered[0]))} | {md(reader_date(ordered[-1]))} "
                     f"| {len(dates)} |")
    return "\n".join(lines) + "\n\n"


def _met(hub: Hub, entity: Entity, stories: list[Story], here: str) -> str:
    if entity.kind != "people":
        return ""
    met: Counter[tuple[str, str]] = Counter()
    for story in stories:
        for event in story.events:
            for reference in event.participants:
                other = hub.entity(story.briefing.alias, reference)
                if other is not None and other is not entity:
                    met[(story.briefing.alias, reference)] += 1
    by_entity: Counter[str] = Counter()
    shown: dict[str, tuple[str, str]] = {}
    for (alias, reference), count in met.items():
        other = hub.entity(alias, reference)
        key = f"{other.kind}/{other.slug}" if other else reference
        by_entity[key] += count
        shown.setdefault(key, (alias, reference))
    if not by_entity:
        return ""
    top = sorted(by_entity.items(), key=lambda item: (-item[1], item[0]))[:MET_SHOWN]
    items = [f"{hub.name_link(here, *shown[key])} ({count})" for key, count in top]
    whom = relative(here, "who-met-whom/index.md")
    return f"## Met\n\nIn meetings across briefings: {', '.join(items)}. [Who met whom]({whom})\n\n"


def _story(hub: Hub, story: Story, here: str) -> str:
    briefing = story.briefing
    info = briefing.info
    head = [f"## {md(info.title)}\n", " · ".join(filter(None, [
        md(reader_date(briefing.date)), md(info.publisher or ""),
        f"[In this hub]({relative(here, briefing_path(briefing.alias))})",
        link("The briefing", briefing.site_url(""))]))]
    for record in story.records:
        roles = "; ".join(md(role.title) for role in record.roles)
        about = f": {roles}" if roles else (f". {md(record.gist)}" if record.gist else "")
        name = link(record.name, briefing.url(record))
        head.append(f"\n\nAs {name}{draft_mark(record)}{about}")
    lines = ["\n".join(head) + "\n"]
    if story.said:
        lines.append("\n**What was said**\n")
        lines += [_said(hub, story, record, here) for record in story.said]
    if story.events:
        lines.append("\n**Meetings and events**\n")
        lines += [_event(hub, story, record, here) for record in story.events]
    return "\n".join(lines) + "\n\n"


def _said(hub: Hub, story: Story, record: IndexRecord, here: str) -> str:
    briefing, alias = story.briefing, story.briefing.alias
    words = f"“{md(record.words)}”" if record.kind == "quotes" else md(record.words or record.name)
    parts = [f"- {words}{draft_mark(record)}"]
    speakers = hub.names(here, alias, record.speakers)
    when_said = when(record, "")
    detail = ", ".join(filter(None, [speakers, when_said,
                                     "to " + hub.names(here, alias, record.addressees)
                                     if record.addressees else ""]))
    if detail:
        parts.append(f" — {detail}")
    if record.paragraph_url:
        number = record.paragraphs[0] if record.paragraphs else ""
        parts.append(" · " + link(f"¶ {number}", briefing.site_url(record.paragraph_url)))
    return "".join(parts)


def _event(hub: Hub, story: Story, record: IndexRecord, here: str) -> str:
    briefing, alias = story.briefing, story.briefing.alias
    parts = [f"- {link(record.name, briefing.url(record))}{draft_mark(record)}"]
    detail = [when(record), f"at {hub.name_link(here, alias, record.place)}" if record.place else "",
              f"with {hub.names(here, alias, record.participants)}" if record.participants else "",
              record.status if record.status and record.status != "held" else ""]
    text = ", ".join(filter(None, detail))
    return parts[0] + (f" — {text}" if text else "")
