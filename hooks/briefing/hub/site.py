"""A hub: its settings and imports in, `{page path: Markdown}` and its other files out."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from briefing.core.settings import Settings
from briefing.hub.collect import briefings, stories
from briefing.hub.config import read_hub
from briefing.hub.context import Hub, briefing_path
from briefing.hub.dossier import dossier_pages
from briefing.hub.follow import briefing_redirects, dossier_feed, hub_feed
from briefing.hub.identity import identify
from briefing.hub.lists import briefing_list, briefing_page, dossier_lists, home, identity_report
from briefing.hub.meetings import who_met_whom
from briefing.hub.reuse import MEMO, fingerprints, identity_fingerprint
from briefing.hub.timeline import FILTER_KINDS, filter_pages, rows, rows_by_entity, timeline_pages
from briefing.web.imports import load_each


@dataclass(frozen=True)
class HubSite:
    hub: Hub
    pages: dict[str, str]
    files: dict[str, str | bytes]
    notes: list[str] = field(default_factory=list)


def load_hub(settings: Settings) -> tuple[Hub, list[str]]:
    """The hub's model: every import read (fetched and cached as a briefing's are), and who is
    who across them; raises DataError naming each import that cannot be read."""
    config, lines = read_hub(settings.root, settings.data_dir)
    where = f"{settings.data_dir}/hub.yml"
    imported, notes = load_each(config.id, dict(config.imports), settings,
                                lambda alias: (where, lines.get(f"imports.{alias}", 1)))
    all_briefings = briefings(imported)
    identities = identify(imported)
    return Hub(config, all_briefings, identities, stories(identities, all_briefings),
               settings.site_url), notes


def build_hub(settings: Settings) -> HubSite:
    """Every page and file of the hub; a page whose inputs are those of the last build in this
    process is that build's (reuse.py)."""
    hub, notes = load_hub(settings)
    MEMO.start()
    try:
        pages, files = _made(hub)
    except BaseException:
        MEMO.cache_clear()
        raise
    MEMO.finish()
    if hub.identities.conflicts:
        notes.append(f"{len(hub.identities.conflicts)} conflicting ids across briefings: see identity/")
    return HubSite(hub, dict(sorted(pages.items())), dict(sorted(files.items())), notes)


def _made(hub: Hub) -> tuple[dict[str, str], dict[str, str | bytes]]:
    prints = fingerprints(hub.briefings)
    # Links depend on who is who but not on entities' names (a link shows its own briefing's
    # name for a record); what shows an entity's name has it in its key.
    common = (hub.config.model_dump_json(), hub.site_url,
              identity_fingerprint(hub.identities, hub.has_dossier, names=False))
    named = (*common, identity_fingerprint(hub.identities, hub.has_dossier))
    everything = (named, tuple(prints.items()))
    all_rows = rows(hub)
    # The lists of everything: any briefing may change them.
    pages = dict(MEMO.get(("lists", everything), lambda: {
        "index.md": home(hub), **identity_report(hub), **briefing_list(hub), **dossier_lists(hub),
        **who_met_whom(hub), **timeline_pages(hub, all_rows)}))
    files: dict[str, str | bytes] = {**MEMO.get(("feed", everything), lambda: hub_feed(hub))}
    for alias, briefing in hub.briefings.items():
        key = (alias, prints[alias], common)
        pages[briefing_path(alias)] = MEMO.get(("briefing", *key), partial(briefing_page, hub, briefing))
        redirects = MEMO.get(("redirects", alias, prints[alias], named),  # titled by entities' names
                             partial(briefing_redirects, hub, briefing))
        for path, page in redirects.items():
            files.setdefault(path, page)
    by_entity = rows_by_entity(all_rows)
    for entity in hub.dossiers():
        stories = hub.stories.get((entity.kind, entity.slug), [])
        read = tuple(prints[story.briefing.alias] for story in stories)
        name = (entity.kind, entity.slug, entity.name)
        pages.update(MEMO.get(("dossier", *name, read, common), partial(dossier_pages, hub, entity)))
        files.update(MEMO.get(("dossier feed", *name, read, common),
                              partial(dossier_feed, hub, entity)))
        if entity.kind in FILTER_KINDS:
            entity_rows = by_entity.get((entity.kind, entity.slug), [])
            read = tuple(dict.fromkeys(prints[row.briefing.alias] for row in entity_rows))
            pages.update(MEMO.get(("filter", *name, read, common),
                                  partial(filter_pages, hub, entity, entity_rows)))
    return pages, files
