"""Drafted values within the data format's limits, so that a draft always loads.

The article may hold a paragraph longer than a text value may be (a transcript pasted as one
block, a scraped page with no breaks). Such a value is cut at a word, never refused: a cut
quote is still the article's words (its start), marked partial; each cut record says so in
`uncertain`, where `briefing review` lists it first, and the command prints it.
"""

from __future__ import annotations

from typing import Any

from briefing.core.schema import TEXT_MAX


def fit_texts(data: dict[str, Any]) -> list[str]:
    """Cut every drafted text longer than TEXT_MAX; the notes say what was cut."""
    notes = []
    for kind, records in data.items():
        for record in records if isinstance(records, list) else [records]:
            for field, value in list(record.items()):
                if field == "uncertain" or not _too_long(value):
                    continue
                record[field] = _cut(value)
                where = f"{kind}/{record.get('id', '')}" if kind != "briefing" else "briefing"
                notes.append(f"{where}: {field} cut to {TEXT_MAX:,} characters, the most a "
                             "text may hold; check it against the article")
                if kind != "briefing":  # the briefing record has no `uncertain`
                    record.setdefault("uncertain", {})[field] = (
                        f"Cut to {TEXT_MAX:,} characters, the most a text may hold: the "
                        "article goes on.")
                if kind == "quotes" and field == "text":
                    record["partial"] = True
    return notes


def _too_long(value: Any) -> bool:
    if isinstance(value, str):
        return len(value) > TEXT_MAX
    if isinstance(value, list | tuple):
        return any(_too_long(item) for item in value)
    if isinstance(value, dict):
        return any(_too_long(item) for item in value.values())
    return False


def _cut(value: Any) -> Any:
    if isinstance(value, str):
        if len(value) <= TEXT_MAX:
            return value
        head = value[:TEXT_MAX]
        return head[: head.rfind(" ")].rstrip() if " " in head[TEXT_MAX // 2:] else head
    if isinstance(value, list | tuple):
        return [_cut(item) for item in value]
    if isinstance(value, dict):
        return {key: _cut(item) for key, item in value.items()}
    return value
