"""Records `briefing new` drafted and nobody has checked yet (`draft: true`)."""

from __future__ import annotations

from briefing.core.problems import Problem
from briefing.model.model import Model


def drafted(model: Model) -> list[tuple[str, str]]:
    """(kind, id) of every record still marked as a draft, in file order."""
    found = [("briefing", model.briefing.id)] if model.briefing.draft else []
    return found + [(kind, record_id) for kind, by_id in model.records.items()
                    for record_id, record in by_id.items() if getattr(record, "draft", False)]


def draft_problems(model: Model) -> list[Problem]:
    """One problem per draft, at its `draft:` line: what `extra.briefing.refuse_drafts` turns
    into a failed build."""
    return [Problem(*model.where(key, "draft"), key[1], "draft",
                    "still a draft: nobody has checked it against the article",
                    "Check it, then delete its `draft: true` line (or the record).")
            for key in drafted(model)]
