"""`briefing review`: what needs a person first, each with its sentence in its paragraph and
its file:line; accepting a record, a kind or all shown cuts exactly the draft marks."""

from __future__ import annotations

import builtins
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.data.accept import AcceptError, clear_marks
from conftest import MINI

PEOPLE = """\
# People of the mini briefing; comments stay.
- id: ada-lovelace
  name: Ada Lovelace
  aliases: [Lovelace]
  roles:
    - title: Mathematician
  paragraphs: [1, 2]
- id: charles-babbage   # the engine's maker
  name: 'Charles Babbage'
  aliases: [Babbage]
  draft: true
  uncertain:
    name: "Charles or his son Henry"
  paragraphs: [1]
- id: henry-babbage
  name: "Henry Babbage"
  aliases: [Babbage]
  paragraphs: [3]
  draft: true
"""


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    (root / "data/people.yml").write_text(PEOPLE, encoding="utf-8")
    topics = root / "data/topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("\n", "\n  draft: true\n", 1),
                      encoding="utf-8")
    return root


def review(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", "--root", str(root), "review", *args],
                          text=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=300)


def test_the_list_puts_what_needs_a_person_first_with_sentence_and_line(drafted: Path) -> None:
    listed = review(drafted, "--list")
    assert listed.returncode == 0, listed.stderr
    text = listed.stdout
    uncertain = text.index("Values the draft could read two ways")
    two = text.index("Names that may be one person or two")
    rewrite = text.index("Generated text to rewrite")
    rest = text.index("Other drafted records to check")
    assert uncertain < two < rewrite < rest
    assert "- people/charles-babbage (Charles Babbage), name: Charles or his son Henry\n" \
           "  data/people.yml:9\n  ¶1: >>Ada Lovelace met Charles Babbage in London on June 5.<<" in text
    assert "“Charles Babbage” and “Henry Babbage” (people/henry-babbage) may be one person" in text
    assert "- topics/engines (Engines), description: written by the draft" in text
    items = json.loads(review(drafted, "--json").stdout)
    assert items[0]["ref"] == "people/charles-babbage" and items[0]["category"] == "uncertain"
    assert items[0]["file"] == "data/people.yml" and items[0]["line"] == 9
    assert items[0]["sentence"] == "Ada Lovelace met Charles Babbage in London on June 5."
    assert [item["category"] for item in items] == ["uncertain", "one-or-two", "rewrite", "check"]


def test_accepting_one_record_cuts_only_its_marks(drafted: Path) -> None:
    accepted = review(drafted, "--accept", "people/charles-babbage")
    assert accepted.returncode == 0 and "accepted 1 records: people/charles-babbage" in accepted.stdout
    text = (drafted / "data/people.yml").read_text(encoding="utf-8")
    assert text == PEOPLE.replace("  draft: true\n  uncertain:\n    name: \"Charles or his son Henry\"\n", "")
    left = {item["ref"] for item in json.loads(review(drafted, "--json").stdout)}
    assert "people/charles-babbage" not in left and "people/henry-babbage" in left


def test_accepting_a_kind_then_all_leaves_a_briefing_that_validates(drafted: Path) -> None:
    assert review(drafted, "--accept", "peple").returncode == 2
    assert "Did you mean 'people'?" in review(drafted, "--accept", "peple").stderr
    assert review(drafted, "--accept", "people").returncode == 0
    left = {item["ref"].split("/")[0] for item in json.loads(review(drafted, "--json").stdout)}
    assert left == {"topics"}
    validate = [sys.executable, "-m", "briefing", "--root", str(drafted), "validate"]
    assert subprocess.run(validate, capture_output=True).returncode == 1
    assert review(drafted, "--accept", "all").returncode == 0
    assert "Nothing to review" in review(drafted, "--list").stdout
    assert subprocess.run(validate, capture_output=True).returncode == 0


def test_in_a_terminal_it_asks_record_by_record(drafted: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    answers = iter(["y", "n", "q"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(builtins, "input", lambda prompt: next(answers))
    assert main(["--root", str(drafted), "review"]) == 0
    out = capsys.readouterr().out
    assert "accept people/charles-babbage?" in out or "people/charles-babbage" in out
    assert "\x1b[1;7mAda Lovelace met Charles Babbage in London on June 5.\x1b[0m" in out
    assert "accepted 1 records: people/charles-babbage" in out
    text = (drafted / "data/people.yml").read_text(encoding="utf-8")
    assert "uncertain" not in text and text.count("draft: true") == 1


def test_a_record_written_on_one_line_is_reported_not_rewritten(tmp_path: Path) -> None:
    data = tmp_path / "people.yml"
    data.write_text("- {id: a, name: A, draft: true}\n- id: b\n  name: B\n  draft: true\n")
    with pytest.raises(AcceptError, match="people.yml:1: record 'a'"):
        clear_marks(data, {"a", "b"})
    assert data.read_text() == "- {id: a, name: A, draft: true}\n- id: b\n  name: B\n  draft: true\n"
    assert clear_marks(data, {"b"}) == ["b"]
    assert data.read_text() == "- {id: a, name: A, draft: true}\n- id: b\n  name: B\n"
