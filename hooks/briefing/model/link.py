"""Phase 2, link: resolve every reference and check the data against the article."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from briefing.core.kinds import KINDS
from briefing.core.problems import Problem
from briefing.core.schema import optional
from briefing.core.suggest import did_you_mean
from briefing.data.article import Article, contains_verbatim, first_difference
from briefing.data.load import Loaded, Located, dotted
from briefing.model.mentions import mentions_of
from briefing.model.model import Key, Mention, Model, Referrer


def link(loaded: Loaded, keep: bool = False) -> tuple[Model | None, list[Problem]]:
    """The linked model, or every problem found. With `keep` (under `mkdocs serve`), what the
    last build computed from the same inputs is reused (the mentions, records' date-basis
    copies); a one-off build keeps nothing."""
    if not keep:
        _DATED.clear()
    problems: list[Problem] = []
    by_kind = {kind: _index(kind, items, problems) for kind, items in loaded.records.items()}
    article = _article(loaded, problems)
    if loaded.briefing is None or article is None:
        return None, problems
    referrers = _resolve(loaded, by_kind, problems)
    _check_against_article(by_kind, article, problems)
    _check_inferred(by_kind, problems)
    bases = loaded.briefing.record.date_bases
    _check_date_bases(by_kind, bases, problems)
    if problems or not loaded.complete:
        return None, problems
    dated: dict[Key, tuple[Any, str, Any]] = {}
    records = {kind: {rid: _dated(kind, located.record, bases, dated if keep else None)
                      for rid, located in items.items()}
               for kind, items in by_kind.items()}
    _DATED.clear()
    _DATED.update(dated)
    mentions = mentions_of(records, article, keep)
    return Model(
        briefing=loaded.briefing.record,
        article=article,
        records=MappingProxyType({k: MappingProxyType(v) for k, v in records.items()}),
        referrers=MappingProxyType({k: tuple(v) for k, v in sorted(referrers.items())}),
        mentions=MappingProxyType(_group(mentions, lambda m: m.key)),
        paragraph_mentions=MappingProxyType(_group(mentions, lambda m: m.paragraph)),
        paragraph_records=MappingProxyType(_paragraph_records(records)),
        located=MappingProxyType(_located(loaded.briefing, by_kind)),
    ), []


def _located(briefing: Located, by_kind: dict[str, dict[str, Located]]) -> dict[Key, Located]:
    located = {(kind, rid): item for kind, items in by_kind.items() for rid, item in items.items()}
    located[("briefing", briefing.record.id)] = briefing
    return located


def _index(kind: str, items: list[Located], problems: list[Problem]) -> dict[str, Located]:
    index: dict[str, Located] = {}
    for located in items:
        record_id = located.record.id
        if record_id in index:
            first = index[record_id]
            problems.append(Problem(located.file, located.line_of("id"), record_id, "id",
                                    f"duplicate id: {kind} '{record_id}' is already defined at "
                                    f"{first.file}:{first.line_of('id')}",
                                    "Give each record its own id."))
            continue
        index[record_id] = located
    return index


def _article(loaded: Loaded, problems: list[Problem]) -> Article | None:
    if loaded.briefing is None:
        return None
    source_id = loaded.briefing.record.source
    if source_id not in loaded.sources:
        known = ", ".join(sorted(loaded.sources)) or "none"
        problems.append(Problem(loaded.briefing.file, loaded.briefing.line_of("source"),
                                loaded.briefing.record.id, "source",
                                f"no article with id '{source_id}' in seeds/ (known: {known})",
                                "Put the article in seeds/<name>.txt with seeds/<name>.yml."))
        return None
    located, paragraphs = loaded.sources[source_id]
    return Article(located.record, paragraphs)


# Read once per class (a schema does not change): asked for every record and role at every
# build, 1,139 times at 1,000 pages, each through pydantic's `model_fields`.
@functools.lru_cache(maxsize=256)
def ref_fields(model: type[Any]) -> Mapping[str, str]:
    """Field name -> kind it refers to, read from the schema."""
    return MappingProxyType({name: (info.json_schema_extra or {})["ref"]
                             for name, info in model.model_fields.items()
                             if isinstance(info.json_schema_extra, dict)
                             and "ref" in info.json_schema_extra})


def _values(value: Any) -> list[tuple[int | None, str]]:
    if value is None:
        return []
    if isinstance(value, tuple):
        return list(enumerate(value))
    return [(None, value)]


FieldPath = tuple[str | int, ...]


def _reference_fields(kind: str, record: Any) -> list[tuple[FieldPath, str, Any]]:
    """(path, kinds it may name, value) for every reference field of a record."""
    fields: list[tuple[FieldPath, str, Any]] = [((name,), target, getattr(record, name))
              for name, target in ref_fields(record.__class__).items()]
    for index, role in enumerate(optional(record, "roles", ())):
        fields += [(("roles", index, name), target, getattr(role, name))
                   for name, target in ref_fields(role.__class__).items()]
    return fields


def _resolve(loaded: Loaded, by_kind: dict[str, dict[str, Located]],
             problems: list[Problem]) -> dict[Key, list[Referrer]]:
    referrers: dict[Key, list[Referrer]] = defaultdict(list)
    owners = [(kind, located) for kind, items in by_kind.items() for located in items.values()]
    if loaded.briefing is not None:
        owners.append(("briefing", loaded.briefing))
    for kind, located in owners:
        for path, target, value in _reference_fields(kind, located.record):
            kinds = target.split("|")
            for index, target_id in _values(value):
                hit = next((k for k in kinds if target_id in by_kind[k]), None)
                if hit is not None:
                    if kind != "briefing":
                        source = (kind, located.record.id)
                        referrers[(hit, target_id)].append(Referrer(source, str(path[0])))
                elif not any(loaded.known_bad(k, target_id) for k in kinds):
                    full = path if index is None else (*path, index)
                    known = [i for k in kinds for i in by_kind[k]]
                    elsewhere = {i: k for k, items in by_kind.items() for i in items}
                    problems.append(Problem(
                        located.file, located.line_of(*full), located.record.id, dotted(full),
                        f"no {' or '.join(kinds)} record has the id '{target_id}'",
                        _suggest(target_id, known, elsewhere)))
    return referrers


def _suggest(wrong: str, known: list[str], elsewhere: dict[str, str]) -> str:
    """Close ids of the kinds the field names; or the kind that does have this id."""
    hint = did_you_mean(wrong, known)
    if hint:
        return hint
    if wrong in elsewhere:
        return f"'{wrong}' is a {elsewhere[wrong]} record: this field names another kind."
    return f"Define it first, or use one of: {', '.join(sorted(known)[:8])}."


def _check_against_article(by_kind: dict[str, dict[str, Located]], article: Article,
                           problems: list[Problem]) -> None:
    count = len(article.paragraphs)
    for items in by_kind.values():
        for located in items.values():
            record = located.record
            for index, number in enumerate(record.paragraphs):
                if number > count:
                    problems.append(Problem(located.file, located.line_of("paragraphs", index),
                                            record.id, f"paragraphs[{index}]",
                                            f"paragraph {number} is outside the article "
                                            f"(it has {count})",
                                            "Paragraphs are numbered from 1, split at blank lines."))
            words = optional(record, "text") or optional(record, "as_written")
            field = "text" if optional(record, "text") else "as_written"
            first = record.paragraphs[0]
            if words and first <= count and not contains_verbatim(article.paragraph(first), words):
                where = first_difference(article.paragraph(first), words)
                problems.append(Problem(located.file, located.line_of(field), record.id, field,
                                        f"these words are not verbatim in paragraph {first}: "
                                        f"{where}",
                                        "Copy the words exactly from the article, or fix the "
                                        "paragraph number."))


def _check_inferred(by_kind: dict[str, dict[str, Located]], problems: list[Problem]) -> None:
    for items in by_kind.values():
        for located in items.values():
            fields = type(located.record).model_fields
            for name in located.record.inferred:
                if name not in fields or name == "inferred":
                    problems.append(Problem(located.file, located.line_of("inferred", name),
                                            located.record.id, f"inferred.{name}",
                                            f"'{name}' is not a field of this record",
                                            "Name the field whose value was inferred."))


def _check_date_bases(by_kind: dict[str, dict[str, Located]], bases: dict[str, str],
                      problems: list[Problem]) -> None:
    for items in by_kind.values():
        for located in items.values():
            basis = optional(located.record, "date_basis")
            if basis is not None and basis not in bases:
                problems.append(Problem(
                    located.file, located.line_of("date_basis"), located.record.id, "date_basis",
                    f"briefing.yml has no date basis '{basis}'",
                    did_you_mean(basis, bases) or "Name the reason once under `date_bases:` in "
                    "briefing.yml, e.g. `published-date: Stated as a weekday; counted from the "
                    "published date.`"))


def with_date_basis(record: Any, bases: dict[str, str]) -> Any:
    """The record with its date's shared reason in `inferred.date` (after its own words, if any),
    so that every page shows why the date is what it is."""
    basis = optional(record, "date_basis")
    if basis is None:
        return record
    own = record.inferred.get("date")
    reason = f"{own} {bases[basis]}" if own else bases[basis]
    return record.model_copy(update={"inferred": {**record.inferred, "date": reason}})


# Under `mkdocs serve`: each record with a date basis as the last build gave it (record, reason,
# copy), so that an unchanged record (the loader keeps its object) keeps its copy. One build's.
_DATED: dict[Key, tuple[Any, str, Any]] = {}


def _dated(kind: str, record: Any, bases: dict[str, str],
           dated: dict[Key, tuple[Any, str, Any]] | None) -> Any:
    """`with_date_basis`, giving back the last build's copy for the same record and reason;
    what it gives is noted in `dated` (None: a one-off build, nothing kept)."""
    basis = optional(record, "date_basis")
    if basis is None or dated is None:
        return with_date_basis(record, bases)
    key, reason = (kind, record.id), bases[basis]
    last = _DATED.get(key)
    copy = (last[2] if last is not None and last[0] is record and last[1] == reason
            else with_date_basis(record, bases))
    dated[key] = (record, reason, copy)
    return copy


def _group(mentions: list[Mention], key: Any) -> dict[Any, tuple[Mention, ...]]:
    grouped: dict[Any, list[Mention]] = defaultdict(list)
    for mention in mentions:
        grouped[key(mention)].append(mention)
    return {k: tuple(v) for k, v in sorted(grouped.items())}


def _paragraph_records(records: dict[str, dict[str, Any]]) -> dict[int, tuple[Key, ...]]:
    citing: dict[int, list[Key]] = defaultdict(list)
    for kind in KINDS:
        for record in records[kind].values():
            for number in record.paragraphs:
                citing[number].append((kind, record.id))
    return {number: tuple(keys) for number, keys in sorted(citing.items())}
