"""Phase 2, link: resolve every reference and check the data against the article."""

from __future__ import annotations

import re
from collections import defaultdict
from types import MappingProxyType
from typing import Any

from briefing.core.kinds import KINDS, named_kinds
from briefing.core.problems import Problem
from briefing.core.suggest import did_you_mean
from briefing.data.article import Article, contains_verbatim, first_difference
from briefing.data.load import Loaded, Located, dotted
from briefing.model.model import Key, Mention, Model, Referrer

_WORD = re.compile(r"\w+")
# The only non-ASCII letters that `re.IGNORECASE` matches to ASCII ones (İ ı ſ K).
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def link(loaded: Loaded) -> tuple[Model | None, list[Problem]]:
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
    records = {kind: {rid: with_date_basis(located.record, bases) for rid, located in items.items()}
               for kind, items in by_kind.items()}
    mentions = find_mentions(records, article)
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


def ref_fields(model: type[Any]) -> dict[str, str]:
    """Field name -> kind it refers to, read from the schema."""
    return {name: (info.json_schema_extra or {})["ref"]
            for name, info in model.model_fields.items()
            if isinstance(info.json_schema_extra, dict) and "ref" in info.json_schema_extra}


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
              for name, target in ref_fields(type(record)).items()]
    for index, role in enumerate(getattr(record, "roles", ())):
        fields += [(("roles", index, name), target, getattr(role, name))
                   for name, target in ref_fields(type(role)).items()]
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
            words = getattr(record, "text", None) or getattr(record, "as_written", None)
            field = "text" if getattr(record, "text", None) else "as_written"
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
            basis = getattr(located.record, "date_basis", None)
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
    basis = getattr(record, "date_basis", None)
    if basis is None:
        return record
    own = record.inferred.get("date")
    reason = f"{own} {bases[basis]}" if own else bases[basis]
    return record.model_copy(update={"inferred": {**record.inferred, "date": reason}})


def _alias_pattern(names: list[str]) -> str:
    parts = sorted({re.escape(name).replace(r"\ ", r"\s+") for name in names if name}, key=len,
                   reverse=True)
    return r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"


def name_pattern(kind: str, record: Any) -> re.Pattern[str]:
    """What counts as the article naming a record: its name or an alias, as a whole word."""
    # Proper names match case-sensitively ("Li" is not "li"); topics are ordinary words.
    flags = re.IGNORECASE if KINDS[kind].caseless else 0
    return re.compile(_alias_pattern([record.name, *record.aliases]), flags)


def find_mentions(records: dict[str, dict[str, Any]], article: Article) -> list[Mention]:
    """Every place the article names a person, organisation, place or topic (longest wins)."""
    patterns, by_words, everywhere = _name_patterns(records)
    lengths = sorted({len(words) for words in by_words})
    mentions = []
    for number, text in enumerate(article.paragraphs, start=1):
        words = [_fold(word) for word in _WORD.findall(text)]
        keys = everywhere.union(*(by_words.get(tuple(words[i:i + n]), ())
                                  for n in lengths for i in range(len(words) - n + 1)))
        found = sorted((m.start(), -(m.end() - m.start()), key) for key in keys
                        for m in patterns[key].finditer(text))
        taken_until = -1
        for start, negative_length, key in found:
            if start >= taken_until:
                end = start - negative_length
                mentions.append(Mention(key, number, start, end, article.sentence_at(number, start)))
                taken_until = end
    return mentions


def _fold(word: str) -> str:
    return word.translate(_ASCII_FOLD).lower()


def _name_patterns(records: dict[str, dict[str, Any]]
                   ) -> tuple[dict[Key, re.Pattern[str]], dict[tuple[str, ...], set[Key]], set[Key]]:
    """Each named record's pattern, and the records each name's words (folded) may match.

    Trying every pattern on every paragraph grows with records x paragraphs; a paragraph only
    tries the records whose whole name appears in its words. A name with a word that is not
    plain ASCII is tried everywhere, which keeps the result the same as trying all.
    """
    patterns: dict[Key, re.Pattern[str]] = {}
    by_words: dict[tuple[str, ...], set[Key]] = defaultdict(set)
    everywhere: set[Key] = set()
    for kind in named_kinds():
        for record in records[kind].values():
            key, names = (kind, record.id), [record.name, *record.aliases]
            patterns[key] = name_pattern(kind, record)
            for name in names:
                words = _WORD.findall(name)
                if words and all(word.isascii() for word in words):
                    by_words[tuple(word.lower() for word in words)].add(key)
                else:
                    everywhere.add(key)
    return patterns, by_words, everywhere


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
