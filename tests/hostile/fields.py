"""Every text field that reaches a page, and a hostile copy of the mini briefing to fill them."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from briefing.web.caps import TEXT_MAX
from briefing.web.inventory import plain_text

HERE = Path(__file__).resolve().parent
MINI = HERE.parent / "fixtures" / "mini"
# Free-text fields that are references, not prose: their format is checked by the cross-briefing
# code, and a hostile value is a data error there rather than text on a page.
NOT_PROSE = {"same_as", "imports"}

# (file, record index or None for a one-mapping file, path inside the record) of every text field.
FIELDS: list[tuple[str, int | None, str]] = [
    ("data/briefing.yml", None, "title"),
    ("data/briefing.yml", None, "summary"),
    ("data/briefing.yml", None, "why_it_matters"),
    ("data/briefing.yml", None, "inferred.start_date"),
    ("data/briefing.yml", None, "date_bases.the-basis"),  # shown on the meeting naming it
    ("data/people.yml", 0, "name"),
    ("data/people.yml", 0, "native_name"),
    ("data/people.yml", 0, "aliases.0"),
    ("data/people.yml", 0, "roles.0.title"),
    ("data/people.yml", 0, "roles.0.inferred.title"),
    ("data/people.yml", 0, "description"),
    ("data/people.yml", 0, "inferred.native_name"),
    ("data/organisations.yml", 0, "name"),
    ("data/organisations.yml", 0, "native_name"),
    ("data/organisations.yml", 0, "aliases.0"),
    ("data/organisations.yml", 0, "type"),
    ("data/organisations.yml", 0, "description"),
    ("data/organisations.yml", 0, "inferred.type"),
    ("data/places.yml", 0, "name"),
    ("data/places.yml", 0, "native_name"),
    ("data/places.yml", 0, "aliases.0"),
    ("data/places.yml", 0, "type"),
    ("data/places.yml", 0, "description"),
    ("data/places.yml", 0, "inferred.type"),
    ("data/meetings.yml", 0, "name"),
    ("data/meetings.yml", 0, "time"),
    ("data/meetings.yml", 0, "duration"),
    ("data/meetings.yml", 0, "summary"),
    ("data/meetings.yml", 0, "inferred.date"),
    ("data/quotes.yml", 0, "text"),
    ("data/quotes.yml", 0, "audience"),
    ("data/quotes.yml", 0, "reported"),
    ("data/quotes.yml", 0, "context"),
    ("data/quotes.yml", 0, "inferred.audience"),
    ("data/statements.yml", 0, "gist"),
    ("data/statements.yml", 0, "audience"),
    ("data/statements.yml", 0, "reported"),
    ("data/statements.yml", 0, "inferred.audience"),
    ("data/topics.yml", 0, "name"),
    ("data/topics.yml", 0, "aliases.0"),
    ("data/topics.yml", 0, "description"),
    ("data/topics.yml", 0, "inferred.description"),
    ("data/figures.yml", 0, "name"),
    ("data/figures.yml", 0, "unit"),
    ("data/figures.yml", 0, "as_written"),
    ("data/figures.yml", 0, "measures"),
    ("data/figures.yml", 0, "conversions.0"),
    ("data/figures.yml", 0, "inferred.unit"),
    ("data/timeline.yml", 0, "label"),
    ("data/timeline.yml", 0, "inferred.date"),
    ("data/people.yml", 0, "uncertain.description"),
    ("data/organisations.yml", 0, "uncertain.type"),
    ("data/places.yml", 0, "uncertain.type"),
    ("data/meetings.yml", 0, "uncertain.date"),
    ("data/quotes.yml", 0, "uncertain.speaker"),
    ("data/statements.yml", 0, "uncertain.speaker"),
    ("data/topics.yml", 0, "uncertain.description"),
    ("data/figures.yml", 0, "uncertain.value"),
    ("data/timeline.yml", 0, "uncertain.date"),
    ("seeds/mini.yml", None, "title"),
    ("seeds/mini.yml", None, "publisher"),
    ("seeds/mini.yml", None, "authors.0"),
    ("seeds/mini.yml", None, "inferred.published"),
]
# Words the article must hold verbatim; they go into its paragraphs.
VERBATIM = {("data/quotes.yml", "text"): 2, ("data/figures.yml", "as_written"): 3}
ARTICLE = "article"  # the tag of the hostile text written into the article itself
ORGANISATION = {"id": "hostile-org", "name": "x", "paragraphs": [1]}
# Another briefing this one imports (by local path): its title and its record's name are written
# by someone else, and land on Ada Lovelace's page (its record claims her through `same_as`), in
# the link's tooltip and in a `[[other:people/ada]]` reference of the summary.
IMPORTED = ["import:briefing.title", "import:records.0.name"]
OTHER = "../other-briefing"


def imported_index(title: str, name: str) -> dict[str, Any]:
    record = {"kind": "people", "id": "ada", "name": name, "url": "people/ada/",
              "same_as": ["mini:people/ada-lovelace"]}
    return {"format": "briefing-index/1", "records": [record],
            "briefing": {"id": "other", "title": title, "url": "https://other.example/"}}


def tag(file: str, path: str) -> str:
    """A field's label, written before its payload so each field is found on its own."""
    return f"{Path(file).stem}.{path}"


def field_names() -> list[str]:
    return [f"{file}:{path}" for file, _, path in FIELDS] + IMPORTED


def write_hostile_briefing(target: Path, text_of: Callable[[str], str | None],
                           imported: list[str]) -> dict[str, str]:
    """A copy of the mini briefing with `text_of(field)` in each text field (a field it gives
    None keeps its value) and in the article (field ARTICLE); each value starts with its field's
    tag. Each of `imported` is the title and a record's name of an index of its own. Returns field name
    ("file:path", "article" or "import:...#n") -> the value written."""
    shutil.copytree(MINI, target)
    documents = {file: _read(target / file) for file in {file for file, _, _ in FIELDS}}
    documents["data/organisations.yml"] = [dict(ORGANISATION)]
    # A meeting's sides may be places (round 14): the place's hostile name then lands in the
    # meeting's 'Taking part' row, and the meeting's on the place's 'Taking part' section.
    documents["data/meetings.yml"][0]["organisations"] = [ORGANISATION["id"], "london"]
    # Addressees would hide the quote's audience; the audience is the field under test.
    documents["data/quotes.yml"][0].pop("addressees")
    # A shared date reason, named by the meeting; a payload may replace its words.
    documents["data/briefing.yml"]["date_bases"] = {"the-basis": "Counted from the published date."}
    documents["data/meetings.yml"][0]["date_basis"] = "the-basis"
    values = {}
    for file, index, path in FIELDS:
        text = text_of(f"{file}:{path}")
        if text is None:
            continue
        value = f"{tag(file, path)}: {text}"
        record = documents[file] if index is None else documents[file][index]
        _put(record, path.split("."), value)
        values[f"{file}:{path}"] = value
    values[ARTICLE] = f"{ARTICLE}: {text_of(ARTICLE) or 'plain words'}"
    _write_article(target / "seeds/mini.txt", values)
    _write_imports(target, documents["data/briefing.yml"], imported, values)
    for file, document in documents.items():
        (target / file).write_text(yaml.safe_dump(document, allow_unicode=True, width=1_000_000))
    return values


def _write_imports(target: Path, briefing: dict[str, Any], imported: list[str],
                   values: dict[str, str]) -> None:
    """One imported briefing per piece of imported text: another briefing's title and its
    record's name are cut to TEXT_MAX characters, so pieces never share one index."""
    briefing["imports"] = {}
    for number, piece in enumerate(imported, start=1):
        wanted = {field: f"{field}: {piece}" for field in IMPORTED}
        # An imported text arrives as one line of printable text (bidi and control characters out).
        values.update({f"{field}#{number}": plain_text(value) for field, value in wanted.items()})
        alias, folder = f"other{number}", f"{OTHER}-{number}"
        (target / folder).mkdir(exist_ok=True)
        index = imported_index(*wanted.values())
        (target / folder / "briefing-index.json").write_text(json.dumps(index), encoding="utf-8")
        briefing["imports"][alias] = folder
        briefing["summary"] = f"{briefing.get('summary', '')} See [[{alias}:people/ada]]."


def _read(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []


def _put(record: Any, path: list[str], value: str) -> None:
    head, rest = path[0], path[1:]
    if head.isdigit():
        while len(record) <= int(head):
            record.append({} if rest else "")
        key: Any = int(head)
    else:
        key = head
        if rest and key not in record:
            record[key] = [] if rest[0].isdigit() else {}
    if rest:
        _put(record[key], rest, value)
    else:
        record[key] = value


def _write_article(path: Path, values: dict[str, str]) -> None:
    paragraphs = path.read_text(encoding="utf-8").strip().split("\n\n")
    # The organisation cites paragraph 1: its id's words name it there (its name is a payload).
    paragraphs[0] += f" {values[ARTICLE]} A hostile org was there."
    for (file, field), number in VERBATIM.items():
        if f"{file}:{field}" in values:
            paragraphs[number - 1] += f' "{values[f"{file}:{field}"]}"'
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")


def as_shown(field: str, value: str) -> tuple[str, ...]:
    """The forms in which a value counts as shown literally: as written; opening a sentence (its
    first letter capitalised, no other change); from another briefing's index, its first
    TEXT_MAX characters (the cap cuts longer ones, and says so in a build note)."""
    cut = (value[:TEXT_MAX - 1],) if field.split("#")[0] in IMPORTED else ()
    return value, value[:1].upper() + value[1:], *cut
