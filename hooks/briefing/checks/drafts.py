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
    """One problem per draft, at its `draft:` line: a build that can publish fails on them
    unless `extra.briefing.allow_drafts` is true."""
    return [Problem(*model.where(key, "draft"), key[1], "draft",
                    "still a draft: nobody has checked it against the article",
                    "Review it (`briefing review`), or delete its `draft: true` line once "
                    "checked; to publish drafts anyway, set `extra.briefing.allow_drafts: true` "
                    "in mkdocs.yml.")
            for key in drafted(model)]
