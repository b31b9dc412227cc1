"""The hub's lists: its home, every briefing newest first, a page per briefing, the dossiers
by kind, and the identity report (conflicting ids, possible matches by name)."""

from __future__ import annotations

from briefing.core.dates import reader_date
from briefing.core.escape import md
from briefing.core.kinds import KINDS
from briefing.hub.collect import Briefing
from briefing.hub.context import Hub, briefing_path, dossier_path
from briefing.hub.identity import ENTITY_KINDS, Entity
from briefing.hub.text import Paged, draft_mark, front_matter, link, paginate, when
from briefing.model.urls import relative
from briefing.web.index_format import IndexRecord

LATEST = 10
RECORDS_SHOWN = 400  # of one briefing on its hub page; the rest are on its own site


def home(hub: Hub) -> str:
    config = hub.config
    counts = ", ".join(f"{len(hub.dossiers(kind))} {KINDS[kind].title.lower()}" for kind in ENTITY_KINDS)
    latest = [_briefing_item(hub, briefing, "index.md") for briefing in list(hub.briefings.values())[:LATEST]]
    return (front_matter(config.title, config.description) + f"# {md(config.title)}\n\n"
            f"{md(config.description)}\n\n"
            f"{len(hub.briefings)} briefings; dossiers of {counts} found in two or more of them.\n\n"
            "[Every briefing](briefings/index.md) · [Dossiers](dossiers/index.md) · "
            "[Combined timeline](timeline/index.md) · [Who met whom](who-met-whom/index.md) · "
            "[Identity report](identity/index.md) · Follow: [Atom](feed.atom) · [JSON Feed](feed.json)\n\n"
            "## Latest briefings\n\n" + "\n".join(latest) + "\n")


def _briefing_item(hub: Hub, briefing: Briefing, here: str) -> str:
    info = briefing.info
    meta = " · ".join(filter(None, [md(reader_date(briefing.date)), md(info.publisher or "")]))
    draft = " *(draft)*" if info.draft else ""
    return (f"### [{md(info.title)}]({relative(here, briefing_path(briefing.alias))}){draft}\n\n"
            f"{meta}\n\n{md(info.summary)}\n")


def briefing_list(hub: Hub) -> dict[str, str]:
    here = "briefings/index.md"  # page N sits in the same folder: the same links work
    size = hub.config.page_size
    items = [_briefing_item(hub, briefing, here) for briefing in hub.briefings.values()]
    sections = ["\n".join(items[start:start + size]) + "\n" for start in range(0, len(items), size)]
    # `page_size` briefings a page, as the setting says (packed to the budget, 1,000 briefings
    # made pages of 200, and the first, in the navigation with its table of contents, 235 KB).
    return paginate(Paged("briefings", "Briefings", f"Every briefing of {hub.config.title}, newest first",
                          "Newest first.\n\n", section_a_page=True), sections)


def briefing_page(hub: Hub, briefing: Briefing) -> str:
    """What the hub knows of one briefing: its summary, and its records by kind."""
    here, info = briefing_path(briefing.alias), briefing.info
    lines = [front_matter(info.title, info.summary, boost=1.5), f"# {md(info.title)}\n",
             " · ".join(filter(None, [md(reader_date(briefing.date)), md(info.publisher or ""),
                                      link("The briefing", briefing.site_url("")),
                                      link("Source", info.source_url) if info.source_url else ""])),
             "", md(info.summary), ""]
    shown = 0
    for kind in ("people", "organisations", "places", "topics", "meetings", "quotes", "statements"):
        records = [record for record in briefing.imported.index.records if record.kind == kind]
        if not records or shown >= RECORDS_SHOWN:
            continue
        lines.append(f"## {md(KINDS[kind].title)}\n")
        for record in records[: RECORDS_SHOWN - shown]:
            lines.append(_record_line(hub, briefing, record, here))
        shown += len(records)
        lines.append("")
    if shown > RECORDS_SHOWN:
        lines.append(f"And more on {link('the briefing', briefing.site_url(''))}.\n")
    return "\n".join(lines) + "\n"


def _record_line(hub: Hub, briefing: Briefing, record: IndexRecord, here: str) -> str:
    alias = briefing.alias
    if record.kind in ("quotes", "statements"):
        words = f"“{md(record.words)}”" if record.kind == "quotes" else md(record.words or record.name)
        said = ", ".join(filter(None, [hub.names(here, alias, record.speakers), when(record)]))
        paragraph = (" · " + link(f"¶ {record.paragraphs[0]}", briefing.site_url(record.paragraph_url))
                     if record.paragraph_url and record.paragraphs else "")
        return f"- {words}{draft_mark(record)} — {said}{paragraph}"
    name = hub.name_link(here, alias, f"{record.kind}/{record.id}")
    extra = when(record) if record.kind == "meetings" else md(record.gist)
    return f"- {name}{draft_mark(record)}" + (f" — {extra}" if extra else "")


def dossier_lists(hub: Hub) -> dict[str, str]:
    pages: dict[str, str] = {}
    for kind in ENTITY_KINDS:
        here = f"dossiers/{kind}/index.md"
        entities = sorted(hub.dossiers(kind), key=lambda entity: (-len(entity.briefings), entity.name))
        items = [f"- [{md(entity.name)}]({relative(here, dossier_path(entity))}) — "
                 f"{len(entity.briefings)} briefings" for entity in entities]
        sections = ["\n".join(items[start:start + 300]) + "\n" for start in range(0, len(items), 300)]
        pages.update(paginate(Paged(f"dossiers/{kind}", KINDS[kind].title,
                                    f"{KINDS[kind].title} found in two or more briefings",
                                    "Found in two or more briefings, the most often first.\n\n"),
                              sections or ["None yet.\n"]))
    kinds = "\n".join(f"- [{md(KINDS[kind].title)}]({kind}/index.md): {len(hub.dossiers(kind))}"
                      for kind in ENTITY_KINDS)
    pages["dossiers/index.md"] = (front_matter("Dossiers", "Every dossier of the hub, by kind")
                                  + "# Dossiers\n\nEverything the briefings say of each person, "
                                  "organisation, place and topic found in two or more of them.\n\n"
                                  + kinds + "\n")
    return pages


def identity_report(hub: Hub) -> dict[str, str]:
    """Ids that disagree, and records that share a name but no id: for a person to settle.
    Cut into pages like any long list (`identity/`)."""
    here = "identity/index.md"  # page N sits in the same folder: the same links work
    intro = ("Records are the same entity when they share a Wikidata id, or a `same_as` link "
             "joins them. Nothing is merged by name.\n\n")
    conflicts = [f"- {hub.name_link(here, c.first.alias, _key(c.first.record))} ({md(c.first.alias)}) "
                 f"and {hub.name_link(here, c.second.alias, _key(c.second.record))} "
                 f"({md(c.second.alias)}): {md(c.reason)}" for c in hub.identities.conflicts]
    proposals = ["- " + " · ".join(_proposed(hub, entity, here) for entity in group)
                 for group in hub.identities.proposals]
    sections = ["## Conflicting ids\n\n" + ("\n".join(conflicts[:100]) or "None.") + "\n\n"]
    sections += [_chunk(conflicts, start) for start in range(100, len(conflicts), 100)]
    sections.append("## Possible matches by name\n\nThe same name, but no shared id: add a Wikidata "
                    "id or `same_as` to the records if they are one.\n\n"
                    + ("\n".join(proposals[:100]) or "None.") + "\n\n")
    sections += [_chunk(proposals, start) for start in range(100, len(proposals), 100)]
    return paginate(Paged("identity", "Identity report",
                          "Conflicting ids and possible matches across briefings", intro), sections)


def _proposed(hub: Hub, entity: Entity, here: str) -> str:
    link_there = hub.name_link(here, entity.members[0].alias, _reference(entity))
    return f"{link_there} ({md(', '.join(entity.briefings[:5]))})"


def _chunk(lines: list[str], start: int) -> str:
    return "\n".join(lines[start:start + 100]) + "\n\n"


def _key(record: IndexRecord) -> str:
    return f"{record.kind}/{record.id}"


def _reference(entity: Entity) -> str:
    record = entity.members[0].record
    return f"{record.kind}/{record.id}"
