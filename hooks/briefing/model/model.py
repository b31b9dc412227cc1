"""The linked model: every record with every reference resolved, built once, then read-only."""

from __future__ import annotations

import functools
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from briefing.core.kinds import kind_of_model
from briefing.core.schema import SIDE_KINDS, SPEAKER_KINDS, Briefing, Meeting, Quote, Record, Statement
from briefing.data.article import Article
from briefing.data.load import Located

Key = tuple[str, str]  # (kind, id)
R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Mention:
    """A place in the article where a record is named."""

    key: Key
    paragraph: int
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Referrer:
    """Record `source` names the record in its field `field`."""

    source: Key
    field: str


@dataclass(frozen=True)
class Model:
    briefing: Briefing
    article: Article
    records: Mapping[str, Mapping[str, Any]]  # kind -> id -> record, in file order
    referrers: Mapping[Key, tuple[Referrer, ...]]
    mentions: Mapping[Key, tuple[Mention, ...]]
    paragraph_mentions: Mapping[int, tuple[Mention, ...]]
    paragraph_records: Mapping[int, tuple[Key, ...]]
    # Where each record was written, `("briefing", id)` included: problems found after linking
    # name a real file and line.
    located: Mapping[Key, Located] = field(default_factory=dict)

    def get(self, key: Key) -> Any:
        return self.records[key[0]][key[1]]

    def where(self, key: Key, *path: str | int) -> tuple[str, int]:
        """(file, line) of a record's field, as written."""
        located = self.located[key]
        return located.file, located.line_of(*path)

    def speakers(self, record: Quote | Statement) -> tuple[Key, ...]:
        """Who said a quote or statement, as keys, in the order written: its one `speaker` or
        its several `speakers`. Every reader of a speaker asks here."""
        kind = kind_of_model(record.__class__)
        question = ("speakers", kind, record.id)  # asked by page after page: once per build
        mine = self.records[kind].get(record.id) is record
        if mine and question in self.memo:
            return self.memo[question]  # type: ignore[no-any-return]
        # The schema lets exactly one of the two through.
        ids = record.speakers or ((record.speaker,) if record.speaker else ())
        keys = tuple(self._speaker_key(speaker_id) for speaker_id in ids)
        if mine:
            self.memo[question] = keys
        return keys

    def _speaker_key(self, speaker_id: str) -> Key:
        """The one rule for who can speak: a person, else an organisation."""
        kind = next((kind for kind in SPEAKER_KINDS if speaker_id in self.records[kind]),
                    SPEAKER_KINDS[-1])
        return kind, speaker_id

    def sides(self, meeting: Meeting) -> tuple[Key, ...]:
        """A meeting's `organisations` as keys, in the order written: an organisation, else a
        place taking part as a side (a country's team in a match). Every reader of them asks
        here."""
        return tuple((next((kind for kind in SIDE_KINDS if side in self.records[kind]),
                           SIDE_KINDS[0]), side) for side in meeting.organisations)

    def all(self, kind: str) -> list[Any]:
        return list(self.records[kind].values())

    @functools.cached_property
    def drafts(self) -> int:
        """How many records (the briefing itself included) are still drafts, counted once: every
        page asks (counted per page, it cost a third of a 1,000-page rebuild)."""
        return sum(bool(getattr(record, "draft", False)) for record in
                   (self.briefing, *(record for by_id in self.records.values() for record in by_id.values())))

    @functools.cached_property
    def memo(self) -> dict[Hashable, Any]:
        """What the render phase computes from this model's records, once per build: a record's
        name (asked 25,000 times at 1,000 pages for 1,000 records), a link from one page folder,
        its date as a reader reads it. It lives and dies with the model, so each build starts
        empty and holds at most a few entries per record. Only an untraced model has one
        (`model/reads.py`: a traced page must ask the record itself, so that its read is written
        down)."""
        return {}

    def every(self, model: type[R]) -> list[R]:
        """Every record of one kind, typed: `model.every(Meeting)` is a `list[Meeting]`, so that
        mypy catches a misspelt or renamed field where the code reads one."""
        return [record for record in self.records[kind_of_model(model)].values()
                if isinstance(record, model)]

    def referring(self, key: Key, kind: str, field: str | None = None) -> list[Any]:
        """Records of `kind` that name `key` (in `field`, when given), in file order."""
        sources = dict.fromkeys(ref.source for ref in self.referrers.get(key, ())
                                if ref.source[0] == kind and (field is None or ref.field == field))
        return [self.get(source) for source in sources]
