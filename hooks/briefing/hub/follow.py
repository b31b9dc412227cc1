"""Feeds to follow the hub (a new briefing) and each dossier (a briefing that names it), and
the addresses by which a briefing links to the hub's dossier of one of its records."""

from __future__ import annotations

from briefing.core.escape import html
from briefing.hub.collect import Briefing, Story
from briefing.hub.context import Hub, briefing_path, dossier_folder
from briefing.hub.identity import ENTITY_KINDS, Entity
from briefing.model.urls import page_url
from briefing.web.feeds import Entry, Feed, feed_files

ENTRIES = 100  # newest first; older ones stay on the pages


def _date(briefing: Briefing) -> tuple[str, str]:
    published = briefing.date or "1970"
    return published, briefing.info.updated or published


def hub_feed(hub: Hub) -> dict[str, str]:
    entries = []
    for briefing in list(hub.briefings.values())[:ENTRIES]:
        published, updated = _date(briefing)
        entries.append(Entry(key=f"{hub.config.id}:{briefing.alias}", title=briefing.info.title,
                             url=page_url(briefing_path(briefing.alias)), published=published,
                             updated=updated, summary=briefing.info.summary,
                             author=briefing.info.publisher or briefing.info.title))
    return feed_files(Feed(key=hub.config.id, title=hub.config.title, subtitle=hub.config.description,
                           home="./", folder="", author=hub.config.title, site_url=hub.site_url,
                           entries=tuple(entries)))


def dossier_feed(hub: Hub, entity: Entity) -> dict[str, str]:
    folder = dossier_folder(entity) + "/"
    entries = [_story_entry(hub, entity, story)
               for story in hub.stories.get((entity.kind, entity.slug), [])[:ENTRIES]]
    return feed_files(Feed(key=f"{hub.config.id}:{entity.kind}/{entity.slug}",
                           title=f"{entity.name}: {hub.config.title}",
                           subtitle=f"Briefings that name {entity.name}, newest first",
                           home="./", folder=folder, author=hub.config.title,
                           site_url=hub.site_url, entries=tuple(entries)))


def _story_entry(hub: Hub, entity: Entity, story: Story) -> Entry:
    briefing = story.briefing
    published, updated = _date(briefing)
    words = [f"“{record.words}”" if record.kind == "quotes" else (record.words or record.name)
             for record in story.said]
    events = [record.name for record in story.events]
    content = "\n".join([*words, *events]) or briefing.info.summary
    return Entry(key=f"{hub.config.id}:{entity.kind}/{entity.slug}:{briefing.alias}",
                 title=f"{entity.name} in “{briefing.info.title}”",
                 url=briefing.site_url(""), published=published, updated=updated,
                 summary=f"{len(story.said)} said, {len(story.events)} meetings or events in "
                         f"{briefing.info.title}", content=content,
                 author=briefing.info.publisher or briefing.info.title)


_REDIRECT = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{target}">
<meta http-equiv="refresh" content="0; url={target}">
</head>
<body>
<p><a href="{target}">{title}</a></p>
</body>
</html>
"""


def record_redirects(hub: Hub) -> dict[str, str]:
    """`records/<briefing id>/<kind>/<id>/`: the address a briefing links to ("more in the hub",
    `extra.briefing.hub`) without knowing the hub's names: it leads to the record's dossier, or
    to the briefing's page here when the record is in no other briefing."""
    pages: dict[str, str] = {}
    for briefing in hub.briefings.values():
        for path, page in briefing_redirects(hub, briefing).items():
            pages.setdefault(path, page)
    return dict(sorted(pages.items()))


def briefing_redirects(hub: Hub, briefing: Briefing) -> dict[str, str]:
    """The redirects of one briefing's records."""
    pages: dict[str, str] = {}
    own_id, alias = briefing.info.id, briefing.alias
    for record in briefing.imported.index.records:
        if record.kind not in ENTITY_KINDS:
            continue
        entity = hub.entity(alias, f"{record.kind}/{record.id}")
        path = f"records/{own_id}/{record.kind}/{record.id}/index.html"
        target = (page_url(f"{dossier_folder(entity)}/index.md") if entity and hub.has_dossier(entity)
                  else page_url(briefing_path(alias)))
        title = f"{entity.name if entity else record.name} in {hub.config.title}"
        pages.setdefault(path, _REDIRECT.format(title=html(title), target=html("../../../../" + target)))
    return pages
