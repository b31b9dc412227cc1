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
from briefing.hub.reuse import MEMO, Prints, fingerprints, identity_fingerprint
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
    config = (hub.config.model_dump_json(), hub.site_url)
    common = (*config, identity_fingerprint(hub.identities, hub.has_dossier, names=False))
    named = (*common, identity_fingerprint(hub.identities, hub.has_dossier))
    whole = {alias: found.whole for alias, found in prints.items()}
    info, events, names = (tuple((alias, getattr(found, part)) for alias, found in prints.items())
                           for part in ("info", "events", "names"))
    all_rows = rows(hub)
    # The lists of everything, each keyed by the parts of every briefing it reads.
    pages = {**MEMO.get(("home", named, info), lambda: {"index.md": home(hub)}),
             **MEMO.get(("briefing list", config, info), partial(briefing_list, hub)),
             **MEMO.get(("dossier lists", named), partial(dossier_lists, hub)),
             **MEMO.get(("identity", named, _identity_reads(hub, prints)), partial(identity_report, hub)),
             **MEMO.get(("who met whom", named, events, names), partial(who_met_whom, hub)),
             **MEMO.get(("timeline", named, info, events, names), partial(timeline_pages, hub, all_rows))}
    files: dict[str, str | bytes] = {**MEMO.get(("feed", config, info), partial(hub_feed, hub))}
    for alias, briefing in hub.briefings.items():
        key = (alias, whole[alias], common)
        pages[briefing_path(alias)] = MEMO.get(("briefing", *key), partial(briefing_page, hub, briefing))
        redirects = MEMO.get(("redirects", alias, whole[alias], named),  # titled by entities' names
                             partial(briefing_redirects, hub, briefing))
        for path, page in redirects.items():
            files.setdefault(path, page)
    by_entity = rows_by_entity(all_rows)
    for entity in hub.dossiers():
        stories = hub.stories.get((entity.kind, entity.slug), [])
        read = tuple(whole[story.briefing.alias] for story in stories)
        name = (entity.kind, entity.slug, entity.name)
        pages.update(MEMO.get(("dossier", *name, read, common), partial(dossier_pages, hub, entity)))
        files.update(MEMO.get(("dossier feed", *name, read, common),
                              partial(dossier_feed, hub, entity)))
        if entity.kind in FILTER_KINDS:
            entity_rows = by_entity.get((entity.kind, entity.slug), [])
            read = tuple(dict.fromkeys(whole[row.briefing.alias] for row in entity_rows))
            pages.update(MEMO.get(("filter", *name, read, common),
                                  partial(filter_pages, hub, entity, entity_rows)))
    return pages, files


def _identity_reads(hub: Hub, prints: dict[str, Prints]) -> tuple[str, ...]:
    """The names of the briefings whose records the identity report shows."""
    aliases = {member.alias for conflict in hub.identities.conflicts
               for member in (conflict.first, conflict.second)}
    aliases |= {entity.members[0].alias for group in hub.identities.proposals for entity in group}
    return tuple(prints[alias].names for alias in sorted(aliases))
