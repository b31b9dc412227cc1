"""The shared harness of the drafter's rule tables (tests/test_draft_rules_*.py): draft a few
sentences with a fixed publication date and read back names, speakers and meetings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefing.new.draft.records import Meta, draft_records

PUBLISHED = dt.date(2026, 3, 4)


def draft(text: str, published: dt.date = PUBLISHED) -> dict[str, Any]:
    return draft_records(text, Meta("Rules", published, "rules")).data


def names(data: dict[str, Any], kind: str) -> set[str]:
    """Every name and alias the draft gives records of one kind ('people', 'places'...)."""
    return {form for r in data.get(kind, []) for form in [r["name"], *r.get("aliases", ())]}


def speakers(data: dict[str, Any]) -> list[str]:
    """The name of each quote's speaker, in the order of the quotes ('' for none or an unknown id)."""
    by_id = {r["id"]: r["name"] for kind in ("people", "organisations") for r in data.get(kind, [])}
    return [by_id.get(q.get("speaker", ""), "") for q in data.get("quotes", [])]


def meetings(text: str, published: dt.date = PUBLISHED) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = draft(text, published).get("meetings", [])
    return found
