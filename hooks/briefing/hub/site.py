"""A hub: its settings and imports in, `{page path: Markdown}` and its other files out."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.core.settings import Settings
from briefing.hub.collect import briefings, stories
from briefing.hub.config import read_hub
from briefing.hub.context import Hub, briefing_path
from briefing.hub.dossier import dossier_pages
from briefing.hub.follow import dossier_feed, hub_feed, record_redirects
from briefing.hub.identity import identify
from briefing.hub.lists import briefing_list, briefing_page, dossier_lists, home, identity_report
from briefing.hub.meetings import who_met_whom
from briefing.hub.timeline import rows, timeline_pages
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
    hub, notes = load_hub(settings)
    pages = {"index.md": home(hub), **identity_report(hub), **briefing_list(hub),
             **dossier_lists(hub), **who_met_whom(hub), **timeline_pages(hub, rows(hub))}
    for alias, briefing in hub.briefings.items():
        pages[briefing_path(alias)] = briefing_page(hub, briefing)
    files: dict[str, str | bytes] = {**hub_feed(hub), **record_redirects(hub)}
    for entity in hub.dossiers():
        pages.update(dossier_pages(hub, entity))
        files.update(dossier_feed(hub, entity))
    if hub.identities.conflicts:
        notes.append(f"{len(hub.identities.conflicts)} conflicting ids across briefings: see identity/")
    return HubSite(hub, dict(sorted(pages.items())), dict(sorted(files.items())), notes)
