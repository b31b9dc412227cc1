"""The hostile site: every payload of the table (payloads.yml, one row each) in every text field
of the mini briefing, in the theme's own names and in other briefings it imports, built once per
test session with a real `mkdocs build --strict`.

A field holds every row's piece, one after another: `people.name: ⟦script⟧ <script>… ⟦cjk⟧ 习近平…`
(a row may name the only fields it goes into). So one build covers the whole table, and a row
that breaks what follows it shows as the first row whose text is not shown as typed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import mkdocs, site_project
from hostile.fields import ARTICLE, FIELDS, write_hostile_briefing
from hostile.hub import HUB_NAMES

PAYLOADS_FILE = Path(__file__).resolve().parent / "payloads.yml"
# Where a row can go besides the data's fields (hostile/fields.py FIELDS): the article, the
# other briefings it imports, the theme's names, messages printed on a terminal, and the text
# fields of the indexes a hub is built from (hostile/hub.py HUB_NAMES: `hub:people.name`...).
IMPORTS, TERMINAL = "imports", "terminal"
# What the site's own author writes and the theme prints: mkdocs.yml's names (`briefing new
# --title` writes site_name) and a hand-written page's front matter. (field, shown in the body)
THEME_FIELDS = {"mkdocs.yml:site_name": True, "mkdocs.yml:site_description": False,
                "mkdocs.yml:site_author": False, "docs/hostile.md:title": True,
                "docs/hostile.md:description": False}
PLACES_OF_TEXT = [f"{file}:{path}" for file, _, path in FIELDS] + [ARTICLE, IMPORTS,
                                                                   *THEME_FIELDS, TERMINAL,
                                                                   *HUB_NAMES]


@dataclass(frozen=True)
class Row:
    """One hostile payload: a row of the table."""

    id: str
    payload: str
    only: frozenset[str] | None  # the fields it goes into, if not all

    @property
    def piece(self) -> str:
        """The row's text as written into a field: its marker, then the payload."""
        return f"⟦{self.id}⟧ {self.payload}"

    @property
    def flag(self) -> str:
        """The window property the row's payload sets if it ever runs."""
        return "__pwned_" + self.id.replace("-", "_")

    def goes_into(self, field: str) -> bool:
        return self.only is None or field in self.only


@dataclass(frozen=True)
class HostileSite:
    rows: dict[str, Row]
    values: dict[str, str]  # field ("file:path", "article", "import:…#n") -> the text written
    project: Path
    site: Path
    theme: dict[str, str]  # text the theme prints (mkdocs.yml names, front matter) -> its value

    def through(self, row: Row) -> dict[str, str]:
        """Each field holding `row` -> its value up to the end of the row's piece: shown as typed
        when that row and every row before it are."""
        return {field: value[:value.index(row.piece) + len(row.piece)]
                for field, value in {**self.values, **self.theme}.items() if row.piece in value}


def rows() -> dict[str, Row]:
    """The table's rows (payloads.yml), by id."""
    entries = yaml.safe_load(PAYLOADS_FILE.read_text("utf-8"))
    table = {entry["id"]: Row(entry["id"], _text(entry),
                              frozenset(entry["only"]) if "only" in entry else None)
             for entry in entries}
    unknown = {field for row in table.values() for field in row.only or ()} - set(PLACES_OF_TEXT)
    assert not unknown, f"payloads.yml names fields that do not exist: {sorted(unknown)}"
    return table


def _text(entry: dict[str, Any]) -> str:
    if "repeat" not in entry:
        return str(entry["text"])
    unit, length = str(entry["text"]), int(entry["repeat"])
    return (unit * (length // len(unit) + 1))[:length]


def text_for(table: dict[str, Row], field: str) -> str | None:
    """What a field holds: the pieces of every row that goes into it, or None."""
    pieces = [row.piece for row in table.values() if row.goes_into(field)]
    return " ".join(pieces) if pieces else None


_BUILT: list[HostileSite] = []


def hostile_site(factory: pytest.TempPathFactory) -> HostileSite:
    """The hostile site: built on first use, then shared by every test of the session."""
    if not _BUILT:
        table = rows()
        folder = factory.mktemp("hostile")
        imported = [row.piece for row in table.values() if row.goes_into(IMPORTS)]
        values = write_hostile_briefing(folder / "briefing", lambda field: text_for(table, field),
                                        imported)
        project = site_project(folder, folder / "briefing")
        theme = write_theme_text(project, table)
        values.update({field: value for field, value in theme.items() if THEME_FIELDS[field]})
        result = mkdocs(project, "build", "--strict", "-d", "site")
        assert result.returncode == 0, result.stderr[-3000:]
        _BUILT.append(HostileSite(table, values, project, project / "site", theme))
    return _BUILT[0]


def write_theme_text(project: Path, table: dict[str, Row]) -> dict[str, str]:
    """The rows in mkdocs.yml's names and in a hand-written page's front matter."""
    values = {field: f"{field}: {text}" for field in THEME_FIELDS
              if (text := text_for(table, field)) is not None}
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    for field, value in values.items():
        file, name = field.split(":")
        line = yaml.safe_dump({name: value}, allow_unicode=True, width=1_000_000).strip()
        if file == "mkdocs.yml":
            lines = [kept for kept in config.splitlines() if not kept.startswith(f"{name}:")]
            config = "\n".join([line, *lines]) + "\n"
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    front = {name.split(":")[1]: value for name, value in values.items()
             if name.startswith("docs/")}
    (project / "docs/hostile.md").write_text(
        f"---\n{yaml.safe_dump(front, allow_unicode=True, width=1_000_000)}---\n\nWritten by hand.\n",
        encoding="utf-8")
    return values
