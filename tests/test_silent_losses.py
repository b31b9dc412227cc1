"""Nothing is lost silently: a page that would hide another, or be hidden by it, is an error;
a stray backtick does not switch reference checking off; `generate OUT` is all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli.output import write_pages
from briefing.core.problems import DataError
from briefing.core.settings import Settings
from briefing.engine import build
from conftest import MINI, mkdocs, site_project
from test_crosslinks import edit_yaml


def problems_of(project: Path) -> str:
    with pytest.raises(DataError) as error:
        build(Settings(project), project / "docs")
    return str(error.value)


def test_an_id_that_is_a_kinds_index_page_is_refused(mini: Path) -> None:
    edit_yaml(mini / "data/people.yml", lambda people: people.append({"id": "index", "name": "In Dex",
                                                                        "paragraphs": [1]}))
    message = problems_of(mini)
    assert "data/people.yml:16, record 'index', field 'id': 'index' is reserved: " \
           "people/index.md is the list of all people" in message


@pytest.mark.parametrize("written", ["people/ada-lovelace.md", "people/ada-lovelace/index.md",
                                     "people/ada-lovelace/README.md", "people/ada-lovelace.markdown",
                                     "people.md", "people/README.md", "people/babbage.md",
                                     "people/babbage/index.md", "people/babbage/README.md",
                                     "people/babbage/index.html", "stylesheets/briefing.css"])
def test_a_hand_written_page_in_any_spelling_that_clashes_is_refused(mini: Path, written: str) -> None:
    edit_yaml(mini / "data/people.yml", lambda people: people[1].update(former_ids=["babbage"]))
    page = mini / "docs" / written
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("# Mine\n")
    message = problems_of(mini)
    assert f"docs/{written}:1: this hand-written file would be built at " in message
    assert "one of the two would vanish" in message


def test_pages_that_do_not_clash_are_left_alone(mini: Path) -> None:
    for written in ("people/notes.md", "people/ada-lovelace-notes/index.md", ".people.md"):
        (mini / "docs" / written).parent.mkdir(parents=True, exist_ok=True)
        (mini / "docs" / written).write_text("# Fine\n")
    build(Settings(mini), mini / "docs")


STRAY = """# Notes

A stray backtick ` here, never closed.

[[people/nobody]] is not a record.

Later some `real code [[people/nobody-either]]` and [[people/ada-lovelace]].
"""


def test_a_stray_backtick_does_not_switch_reference_checks_off(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    (project / "docs/notes.md").write_text(STRAY)
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode != 0
    assert ("docs/notes.md:5: [[people/nobody]] resolves to nothing: this briefing has no people "
            "record 'nobody'") in result.stderr
    assert "nobody-either" not in result.stderr  # inside a code span: shown as written
    html = (project / "site/notes/index.html").read_text()
    assert "<code>real code [[people/nobody-either]]</code>" in html


@pytest.mark.parametrize(("written", "code"), [
    ("a ` b [[people/x]] c ` d", ["` b [[people/x]] c `"]),  # one paragraph: Markdown's span
    ("a ` b\n\n[[people/x]] `c`", ["`c`"]),  # a span never crosses a blank line
    ("a `` b ` c `` d", ["`` b ` c ``"]),  # runs of different length do not close
    ("a \\` b [[people/x]] `c`", ["`c`"]),  # an escaped backtick opens nothing
    ("```\n[[people/x]]\n```\n", ["```\n[[people/x]]\n```"]),
])
def test_code_is_found_as_markdown_finds_it(written: str, code: list[str]) -> None:
    from briefing.web.crossref import _split_code
    assert [part for _prose, part in _split_code(written) if part] == code


def test_generate_replaces_the_folder_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_pages({"a.md": "old", "gone.md": "old"}, out)
    write_pages({"a.md": "new", "b/c.md": "new"}, out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md")) == ["a.md", "b/c.md"]
    assert (out / "a.md").read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging, no old copy


def test_a_failed_generate_leaves_the_old_folder_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_pages({"a.md": "old"}, out)
    with pytest.raises(ValueError, match="leaves the output folder"):
        write_pages({"a.md": "new", "../escape.md": "x"}, out)
    assert (out / "a.md").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_failed_swap_puts_the_old_folder_back_and_says_so(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    write_pages({"a.md": "old"}, out)
    real_rename = Path.rename

    def rename(self: Path, target: Path) -> Path:
        if self.name.startswith(".out.new-"):
            raise OSError("disk full")
        return real_rename(self, target)
    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OSError, match="could not put the new folder at .*the old one is back"):
        write_pages({"a.md": "new"}, out)
    assert (out / "a.md").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
