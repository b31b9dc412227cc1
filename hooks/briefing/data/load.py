"""Phase 1, load: read and validate every file of `data/` and `seeds/` in one pass."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from briefing.core.kinds import MODELS as KINDS
from briefing.core.problems import Problem
from briefing.core.schema import SLUG_PATTERN, Briefing, Record, Source
from briefing.data.article import split_paragraphs
from briefing.data.files import ignored, read_checked
from briefing.data.yamlfile import YamlDocument, parse_yaml


@dataclass(frozen=True)
class Located:
    """A validated record and where it was written."""

    record: Any
    file: str
    line: int
    lines: dict[tuple[str | int, ...], int]

    def line_of(self, *path: str | int) -> int:
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return self.line


@dataclass(frozen=True)
class Loaded:
    briefing: Located | None
    records: dict[str, list[Located]]
    sources: dict[str, tuple[Located, tuple[str, ...]]]
    # Records we could not read: references to them are not reported a second time.
    unreadable_kinds: frozenset[str] = frozenset()
    invalid_ids: frozenset[tuple[str, str]] = frozenset()
    complete: bool = True  # False when loading found problems: link checks, builds nothing

    def known_bad(self, kind: str, record_id: str) -> bool:
        return kind in self.unreadable_kinds or (kind, record_id) in self.invalid_ids


def load(root: Path, data_dir: str = "data", seeds_dir: str = "seeds") -> tuple[Loaded, list[Problem]]:
    problems: list[Problem] = []
    data, seeds = root / data_dir, root / seeds_dir
    if not data.is_dir():
        problems.append(Problem(_nearest(root, data_dir), 0, "", "",
                                f"the data folder '{data_dir}' does not exist",
                                "Create it, or set extra.briefing.data_dir in mkdocs.yml."))
    briefing: Located | None = None
    records: dict[str, list[Located]] = {kind: [] for kind in KINDS}
    unreadable: set[str] = set()
    invalid: set[tuple[str, str]] = set()
    for path in _files(data, "*.y*ml"):
        shown = path.relative_to(root).as_posix()
        kind = path.stem
        if kind == "briefing":
            briefing = _load_one(root, path, shown, Briefing, problems)
        elif kind in KINDS:
            before = len(problems)
            found = _load_list(root, path, shown, KINDS[kind], problems, invalid)
            records[kind].extend(found)
            if len(problems) > before and not found:
                unreadable.add(kind)
        else:
            problems.append(Problem(shown, 1, "", "", f"unknown kind of data file '{path.name}'",
                                    f"Name it after a kind: briefing, {', '.join(KINDS)}."))
    briefing_file_failed = any(p.file.endswith(("/briefing.yml", "/briefing.yaml")) for p in problems)
    if briefing is None and data.is_dir() and not briefing_file_failed:
        problems.append(Problem(data_dir, 0, "", "", "the data folder has no briefing.yml",
                                f"Every briefing needs {data_dir}/briefing.yml (see the data format)."))
    sources = _load_sources(root, seeds, problems)
    loaded = Loaded(briefing, records, sources, frozenset(unreadable), frozenset(invalid),
                    complete=not problems)
    return loaded, problems


Sources = dict[str, tuple[Located, tuple[str, ...]]]  # article id -> (metadata, paragraphs)


def _files(folder: Path, pattern: str) -> list[Path]:
    """The files of a folder matching `pattern`, without hidden files and editor temporaries."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob(pattern) if not ignored(path.name))


def _read(root: Path, path: Path, shown: str, problems: list[Problem]) -> bytes | None:
    raw = read_checked(path, root, shown)
    if isinstance(raw, Problem):
        problems.append(raw)
        return None
    return raw


def _load_sources(root: Path, seeds: Path, problems: list[Problem]) -> Sources:
    sources: Sources = {}
    for text_path in _files(seeds, "*.txt"):
        meta_path = text_path.with_suffix(".yml")
        shown = meta_path.relative_to(root).as_posix()
        if not meta_path.exists():
            problems.append(Problem(text_path.relative_to(root).as_posix(), 1, "", "",
                                    f"the article's metadata file {meta_path.name} is missing",
                                    f"Add {shown}: id, title, title_is_ours, authors, publisher, published, "
                                    "language."))
            continue
        located = _load_one(root, meta_path, shown, Source, problems)
        raw = _read(root, text_path, text_path.relative_to(root).as_posix(), problems)
        if raw is None:
            continue
        try:
            paragraphs = split_paragraphs(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            problems.append(Problem(text_path.relative_to(root).as_posix(),
                                    raw[:error.start].count(b"\n") + 1, "", "",
                                    f"not UTF-8 text (byte {error.start})", "Save it as UTF-8."))
            continue
        if located is not None:
            sources[located.record.id] = (located, paragraphs)
    return sources


def _nearest(root: Path, folder: str) -> str:
    """The deepest existing folder on the way to `folder`, as problems name it ('.': the root)."""
    path = Path(folder)
    while path.parts and not (root / path).is_dir():
        path = path.parent
    return path.as_posix()


def _load_one(root: Path, path: Path, shown: str, model: type[BaseModel],
              problems: list[Problem]) -> Located | None:
    doc = _yaml(root, path, shown, problems)
    if doc is None:
        return None
    if not isinstance(doc.data, dict):
        problems.append(Problem(shown, 1, "", "", "expected a mapping of fields",
                                "Write `field: value` lines at the top level."))
        return None
    return _validate(model, doc.data, doc, (), shown, problems)


def _yaml(root: Path, path: Path, shown: str, problems: list[Problem]) -> YamlDocument | None:
    raw = _read(root, path, shown, problems)
    if raw is None:
        return None
    doc, found = parse_yaml(raw, shown)
    problems.extend(found)
    return doc


def _load_list(root: Path, path: Path, shown: str, model: type[Record], problems: list[Problem],
               invalid: set[tuple[str, str]]) -> list[Located]:
    raw = _read(root, path, shown, problems)
    if raw is None:
        return []
    located, found, bad = _records_cached(path, raw, shown, model)
    problems.extend(found)
    invalid.update(bad)
    return list(located)


_FileRecords = tuple[tuple["Located", ...], tuple[Problem, ...], frozenset[tuple[str, str]]]
# A file's bytes decide its records and problems: under `mkdocs serve` an edit changes one data
# file, and the others are not parsed and validated again (records are frozen, so sharing them
# between builds is safe). One entry per file, its last version only, so that editing a file a
# hundred times keeps one copy of its records; at most LAST_FILES files, the least recently read
# dropped first (emptying the whole memo when full made the files read before that moment parsed
# again at the next build, and a site of more files than the bound parse every file every time).
# In the edited file, a record whose YAML is the same as last time (the same values of the same
# types) is the same record object: it is not validated again, and the later phases know it
# unchanged by identity. Each entry keeps its valid records' YAML for that.
_LAST: dict[tuple[str, str, type[Record]], tuple[bytes, _FileRecords, tuple[Any, ...]]] = {}
LAST_FILES = 1024


def _records_cached(path: Path, raw: bytes, shown: str, model: type[Record]) -> _FileRecords:
    key = (str(path), shown, model)
    last = _LAST.pop(key, None)
    if last is not None and last[0] == raw:
        _LAST[key] = last  # read last: dropped last
        return last[1]
    earlier: dict[str, list[tuple[Any, Any]]] = {}
    for located, yaml_data in zip(last[1][0], last[2], strict=True) if last is not None else ():
        earlier.setdefault(located.record.id, []).append((yaml_data, located.record))
    result, data = _records_of(raw, shown, model, path.stem, earlier)
    _LAST[key] = (raw, result, data)
    while len(_LAST) > LAST_FILES:
        del _LAST[next(iter(_LAST))]
    return result


def _records_of(raw: bytes, shown: str, model: type[Record], stem: str,
                earlier: dict[str, list[tuple[Any, Any]]]) -> tuple[_FileRecords, tuple[Any, ...]]:
    """The valid records of one data file, its problems, and the ids of its invalid records;
    and the YAML of each valid record. `earlier`: validated records by id, with their YAML."""
    problems: list[Problem] = []
    invalid: set[tuple[str, str]] = set()
    doc, found = parse_yaml(raw, shown)
    problems.extend(found)
    if doc is None:
        return ((), tuple(problems), frozenset()), ()
    if not isinstance(doc.data, list):
        problems.append(Problem(shown, 1, "", "", "expected a list of records",
                                "Start each record with '- id: ...'."))
        return ((), tuple(problems), frozenset()), ()
    located, data = [], []
    for index, record in enumerate(doc.data):
        if not isinstance(record, dict):
            problems.append(Problem(shown, doc.line((index,)), "", "",
                                    f"record {index + 1} is not a mapping",
                                    "Each record is a set of `field: value` lines."))
            continue
        same = next((old for old_data, old in earlier.get(str(record.get("id", "")), ())
                     if same_data(record, old_data)), None)
        result = (_validate(model, record, doc, (index,), shown, problems) if same is None
                  else Located(same, shown, doc.line((index,)), doc.lines_under((index,))))
        if result is not None:
            located.append(result)
            data.append(record)
        else:
            # An unsafe id such as "Wang Yi!" was most likely meant as its slug: references
            # to either are not reported again.
            raw_id = str(record.get("id", ""))
            invalid.update({(stem, raw_id), (stem, slugify(raw_id))})
    return (tuple(located), tuple(problems), frozenset(invalid)), tuple(data)


def same_data(new: Any, old: Any) -> bool:
    """The same YAML values, of the same types, in the same order (`1` is not `1.0` nor
    `true`): validated, they give the same record."""
    if type(new) is not type(old):
        return False
    if type(new) is dict:
        return len(new) == len(old) and all(
            new_key == old_key and type(new_key) is type(old_key) and same_data(value, old_value)
            for (new_key, value), (old_key, old_value) in zip(new.items(), old.items(), strict=True))
    if type(new) is list:
        return len(new) == len(old) and all(map(same_data, new, old))
    return bool(new == old)


def _validate(model: type[BaseModel], raw: dict[str, Any], doc: YamlDocument,
              prefix: tuple[int, ...], shown: str, problems: list[Problem]) -> Located | None:
    record_id = str(raw.get("id", ""))
    try:
        record = model.model_validate(raw)
    except ValidationError as error:
        for detail in error.errors():
            loc = tuple(detail["loc"]) or _rule_field(detail)
            problems.append(Problem(shown, doc.line((*prefix, *loc)), record_id, dotted(loc),
                                    _message(detail), _hint(detail, raw)))
        return None
    lines = doc.lines_under(prefix)
    return Located(record, shown, doc.line(prefix), lines)


def _rule_field(detail: Any) -> tuple[str, ...]:
    """Where a rule across fields (`speaker` or `speakers`) failed: the field it names, at
    its line when written."""
    field = str(detail.get("ctx", {}).get("field", ""))
    return (field,) if field else ()


def dotted(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _message(detail: Any) -> str:
    kind = detail["type"]
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "missing":
        return "required field is missing"
    if kind == "string_pattern_mismatch" and SLUG_PATTERN in str(detail.get("ctx", {})):
        return f"{detail['input']!r} is not a safe id"
    return str(detail["msg"])


def _hint(detail: Any, raw: dict[str, Any]) -> str:
    kind = detail["type"]
    if "hint" in detail.get("ctx", {}):
        return str(detail["ctx"]["hint"])
    if kind == "extra_forbidden":
        return "Check the spelling against the data format (docs/data-format.md)."
    if kind == "missing":
        return "Add it; see the data format (docs/data-format.md)."
    if kind == "string_pattern_mismatch" and SLUG_PATTERN in str(detail.get("ctx", {})):
        suggestion = slugify(str(detail["input"])) or "a-name"
        return f"Use lower-case letters, digits and single hyphens, e.g. '{suggestion}'."
    if "date" in str(detail["msg"]):
        return "Write dates as \"2023-07-18\", \"2023-07\" or \"2023\"."
    if kind == "string_type" and isinstance(detail.get("input"), bool):
        return ("YAML reads on, off, yes, no, true and false as true or false: quote the value, "
                "e.g. id: \"on\".")
    return ""


def slugify(text: str) -> str:
    """A suggested id; python-slugify is imported only when an id is wrong."""
    from slugify import slugify as suggest

    return str(suggest(text))
