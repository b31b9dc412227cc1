"""Caps on what another briefing's index can put on this briefing's pages, each cut said aloud.

An index may hold names and titles of up to 200,000 characters (the index format's limit), and
any number of its records may claim one record here. Every character of an imported name is
escaped and rendered on each page that shows it, so the cost of a build grows with them: a name
is cut to TEXT_MAX characters, and a page lists at most MATCHES_MAX records of other briefings.
"""

from __future__ import annotations

from briefing.web.inventory import Index

TEXT_MAX = 300  # characters of an imported name, alias or title: real ones are far shorter
MATCHES_MAX = 50  # records of other briefings listed as the same as one record here
_LISTED = 5  # cuts named in the note; the rest are counted


def shortened(alias: str, index: Index, notes: list[str]) -> Index:
    """The index with every name, alias and title cut to TEXT_MAX characters; a note names
    what was cut."""
    if all(len(text) <= TEXT_MAX for text in _texts(index)):
        return index
    cut: list[str] = []

    def short(text: str, what: str) -> str:
        if len(text) <= TEXT_MAX:
            return text
        cut.append(f"{what} ({len(text):,} characters)")
        return text[: TEXT_MAX - 1].rstrip() + "…"

    records = tuple(record if all(len(t) <= TEXT_MAX for t in (record.name, *record.aliases))
                    else record.model_copy(update={
                        "name": short(record.name, f"the name of {record.kind}/{record.id}"),
                        "aliases": tuple(short(a, f"an alias of {record.kind}/{record.id}")
                                         for a in record.aliases)})
                    for record in index.records)
    briefing = index.briefing.model_copy(
        update={"title": short(index.briefing.title, "the briefing's title")})
    more = f"; and {len(cut) - _LISTED:,} more" if len(cut) > _LISTED else ""
    notes.append(f"imports.{alias}: cut {len(cut):,} text(s) longer than {TEXT_MAX} characters "
                 f"to {TEXT_MAX}: {'; '.join(cut[:_LISTED])}{more}")
    return index.model_copy(update={"records": records, "briefing": briefing})


def _texts(index: Index) -> list[str]:
    texts = [index.briefing.title]
    for record in index.records:
        texts += [record.name, *record.aliases]
    return texts
