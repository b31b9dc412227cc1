"""A draft depends on its article only: drafting other articles first in the same process (a
test run, a long-lived tool) changes nothing. A module-level set of organisations once carried
names from one article into the next."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from briefing.new.draft.records import Meta, draft_records

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


def _draft(name: str) -> dict[str, Any]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return draft_records(text, Meta("Isolation", dt.date(2024, 3, 15), "isolation")).data


def test_a_draft_is_the_same_after_drafting_every_other_article() -> None:
    names = sorted(path.name for path in ARTICLES.glob("*.txt"))
    assert len(names) >= 20
    first = {name: _draft(name) for name in names}  # each after the ones before it
    for name in reversed(names):  # and again, each after all the others
        assert _draft(name) == first[name], name


def test_where_a_person_belongs_in_one_article_is_not_an_organisation_in_the_next() -> None:
    meta = Meta("Isolation", dt.date(2024, 3, 15), "isolation")
    first = ('Councillor Anna Berg of Kestrel Holm said the bridge would close on Monday. '
             '"It is unsafe," Berg said.')
    second = ("The ferry to Kestrel Holm will run twice a day while the bridge is shut, the "
              "council said on Tuesday.")
    alone = draft_records(second, meta).data
    draft_records(first, meta)
    assert draft_records(second, meta).data == alone
