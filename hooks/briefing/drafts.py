"""Records `briefing new` drafted and nobody has checked yet (`draft: true`)."""

from __future__ import annotations

from briefing.model import Model
from briefing.problems import Problem


def drafted(model: Model) -> list[tuple[str, str]]:
    """(kind, id) of every record still marked as a draft, in file order."""
    found = [("briefing", model.briefing.id)] if model.briefing.draft else []
    return found + [(kind, record_id) for kind, by_id in model.records.items()
                    for record_id, record in by_id.items() if getattr(record, "draft", False)]


def draft_problems(model: Model, data_dir: str) -> list[Problem]:
    """One problem per draft: what `extra.briefing.refuse_drafts` turns into a failed build."""
    return [Problem(f"{data_dir}/{kind}.yml", 0, record_id, "draft",
                    "still a draft: nobody has checked it against the article",
                    "Check it, then delete its `draft: true` line (or the record).")
            for kind, record_id in drafted(model)]
