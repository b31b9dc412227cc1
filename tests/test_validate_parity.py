"""`briefing validate` and `mkdocs build --strict` find the same problems, at real lines.

Each case breaks a copy of the mini briefing in one way; both commands run on it, and each
must fail naming exactly the expected `file:line` locations (written here by hand).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MINI, ROOT, mkdocs, site_project

# `file:line, record ..., field ...: message` as both commands print a problem.
LOCATED = re.compile(r"(?<![\w/.-])((?:docs|data|seeds)/[\w./-]+|mkdocs\.yml):(\d+)[,:]")


def _append(path: str, text: str) -> Callable[[Path], None]:
    def change(project: Path) -> None:
        with (project / path).open("a", encoding="utf-8") as file:
            file.write(text)
    return change


def _replace(path: str, old: str, new: str) -> Callable[[Path], None]:
    def change(project: Path) -> None:
        text = (project / path).read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        (project / path).write_text(text.replace(old, new, 1), encoding="utf-8")
    return change


def _line_after(path: str, line: str) -> str:
    """`path:N` of a line inserted right after `line` in this repository's copy of `path`."""
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines(keepends=True)
    return f"{path}:{lines.index(line) + 2}"


def _write(path: str, text: str) -> Callable[[Path], None]:
    def change(project: Path) -> None:
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        (project / path).write_text(text, encoding="utf-8")
    return change


# case -> (how to break the briefing, the `file:line` of every problem it must report)
CASES: dict[str, tuple[Callable[[Path], None], set[str]]] = {
    "dangling reference": (_replace("data/quotes.yml", "speaker: ada-lovelace", "speaker: ada"),
                           {"data/quotes.yml:4"}),
    "yaml syntax": (_write("data/places.yml", "- id: london\n  name: London: the city\n"),
                    {"data/places.yml:2"}),
    "former id is another record's id": (
        _replace("data/people.yml", "  name: Ada Lovelace\n",
                 "  name: Ada Lovelace\n  former_ids: [charles-babbage]\n"),
        {"data/people.yml:3"}),
    "reference in data text": (
        _replace("data/topics.yml", "description: Calculating machines.",
                 "description: Calculating machines, see [[people/nobody]]."),
        {"data/topics.yml:4"}),
    "reference in a hand-written page": (_write("docs/extra.md", "# Extra\n\nSee [[topics/nothing]].\n"),
                                         {"docs/extra.md:3"}),
    "hand-written page hides a generated one": (_write("docs/people/ada-lovelace.md", "# Ada\n"),
                                                {"docs/people/ada-lovelace.md:1"}),
    "unknown setting": (_replace("mkdocs.yml", "    seeds_dir: seeds\n",
                                 "    seeds_dir: seeds\n    ofline: true\n"),
                        {_line_after("mkdocs.yml", "    seeds_dir: seeds\n")}),
    "setting of the wrong type": (_replace("mkdocs.yml", "    seeds_dir: seeds\n",
                                           "    seeds_dir: seeds\n    import_max_age_hours: soon\n"),
                                  {_line_after("mkdocs.yml", "    seeds_dir: seeds\n")}),
    "import that cannot be read": (_append("data/briefing.yml", "imports:\n  other: ../nowhere\n"),
                                   {"data/briefing.yml:10"}),
    "cited paragraph does not name the record": (
        _replace("data/people.yml", "paragraphs: [1, 2]", "paragraphs: [1, 3]"),
        {"data/people.yml:6"}),
}


def _locations(output: str) -> set[str]:
    return {f"{file}:{line}" for file, line in LOCATED.findall(output)}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_validate_and_a_strict_build_report_the_same_problems(tmp_path: Path, case: str) -> None:
    breaking, expected = CASES[case]
    project = site_project(tmp_path, MINI)
    breaking(project)
    validate = subprocess.run([sys.executable, "-m", "briefing", "--root", str(project), "validate"],
                              capture_output=True, text=True, timeout=300)
    build = mkdocs(project, "build", "--strict", "-d", "site")
    assert validate.returncode == 1, validate.stdout + validate.stderr
    assert build.returncode == 1, build.stderr
    built = build.stdout + build.stderr  # MkDocs prints an abort on stdout, warnings on stderr
    assert "Traceback" not in validate.stderr + built
    assert _locations(validate.stderr) == expected, validate.stderr
    assert _locations(built) == expected, built


def test_every_problem_names_a_real_file_and_line(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    for breaking, _ in CASES.values():
        if breaking is not CASES["yaml syntax"][0]:  # a syntax error hides the other problems
            breaking(project)
    validate = subprocess.run([sys.executable, "-m", "briefing", "--root", str(project), "validate"],
                              capture_output=True, text=True, timeout=300)
    found = _locations(validate.stderr)
    assert found, validate.stderr
    for location in found:
        file, line = location.rsplit(":", 1)
        assert (project / file).is_file() and int(line) >= 1, location
        assert int(line) <= len((project / file).read_text(encoding="utf-8").splitlines()), location
