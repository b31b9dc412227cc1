"""Data and seed files are untrusted (a clone can carry anything git stores): hostile ones are
refused with a message naming the file, in little memory and time, never with a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.cli import main
from limits import Cost, run_limited

# 9 levels of 9 aliases: 387,420,489 strings once expanded, from a file of a few hundred bytes.
ALIAS_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9 if previous else ['lol'] * 9)}]\n"
    for previous, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True))


def validate(root: Path, memory_mb: int = 400, seconds: float = 60) -> Cost:
    """`python -m briefing validate` on `root`, in a child with a memory ceiling and a deadline."""
    cost = run_limited(f"import sys\nfrom briefing.cli import main\n"
                       f"sys.exit(main(['--root', {str(root)!r}, 'validate']))", memory_mb, seconds)
    print(f"\n{root.name}: exit {cost.returncode}, {cost.seconds:.2f} s, {cost.max_rss_mb:.0f} MB")
    assert not cost.killed, f"still running after {seconds} s"
    assert "Traceback" not in cost.stderr, cost.stderr[-2000:]
    return cost


def test_an_alias_bomb_is_refused_in_little_memory(mini: Path) -> None:
    assert len(ALIAS_BOMB.encode()) < 700
    (mini / "data/people.yml").write_text(ALIAS_BOMB, encoding="utf-8")
    cost = validate(mini)
    assert cost.returncode == 1 and "data/people.yml" in cost.stderr
    assert "anchors and aliases (&name, *name) expand this file to" in cost.stderr
    assert cost.max_rss_mb < 200


def test_a_value_that_contains_itself_is_refused(mini: Path) -> None:
    (mini / "data/people.yml").write_text("- &a {id: x, paragraphs: [1], friends: [*a]}\n")
    cost = validate(mini)
    assert cost.returncode == 1 and "data/people.yml" in cost.stderr
    assert "an alias refers to a value that contains it" in cost.stderr


def test_aliases_within_the_budget_still_work(mini: Path) -> None:
    text = (mini / "data/people.yml").read_text()
    (mini / "data/people.yml").write_text(text.replace("paragraphs: [1, 2]", "paragraphs: &p [1, 2]")
                                          .replace("paragraphs: [1]\n", "paragraphs: *p\n", 1))
    assert validate(mini).returncode == 0


@pytest.mark.parametrize("text", ["[" * 10_000 + "]" * 10_000,
                                  "".join("  " * depth + f"k{depth}:\n" for depth in range(3_000))
                                  + "  " * 3_000 + "end"])
def test_deep_nesting_names_the_file(mini: Path, text: str) -> None:
    (mini / "data/topics.yml").write_text(text, encoding="utf-8")
    cost = validate(mini)
    assert cost.returncode == 1
    assert "data/topics.yml:1: values are nested more than 100 levels deep" in cost.stderr


def test_a_symlink_to_dev_zero_is_refused_at_once(mini: Path) -> None:
    (mini / "data/places.yml").unlink()
    (mini / "data/places.yml").symlink_to("/dev/zero")
    cost = validate(mini)
    assert cost.returncode == 1 and cost.max_rss_mb < 200
    assert "data/places.yml: leads through a symbolic link to /dev/zero, outside the project" in cost.stderr


def test_a_seed_linked_to_a_file_outside_is_never_read(tmp_path: Path, mini: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("The password is swordfish.\n")
    (mini / "seeds/mini.txt").unlink()
    (mini / "seeds/mini.txt").symlink_to(secret)
    cost = validate(mini)
    assert cost.returncode == 1 and "swordfish" not in cost.stdout + cost.stderr
    assert f"seeds/mini.txt: leads through a symbolic link to {secret}, outside the project" in cost.stderr
    assert "hint: Copy the file into seeds/ instead of linking to it." in cost.stderr


def test_a_symlink_inside_its_own_folder_is_followed(mini: Path) -> None:
    (mini / "data/archive").mkdir()
    (mini / "data/places.yml").rename(mini / "data/archive/places.yml")
    (mini / "data/places.yml").symlink_to(mini / "data/archive/places.yml")
    assert validate(mini).returncode == 0


def test_a_seed_linked_to_a_file_of_the_project_outside_seeds_is_never_published(
        mini: Path) -> None:
    """Inside the project is not enough: a seed linked to `.git/config` would be published."""
    (mini / ".git").mkdir()
    (mini / ".git/config").write_text("[remote]\n  url = https://token@example.org/x\n")
    (mini / "seeds/mini.txt").unlink()
    (mini / "seeds/mini.txt").symlink_to(mini / ".git/config")
    cost = validate(mini)
    assert cost.returncode == 1 and "token@" not in cost.stdout + cost.stderr
    assert (f"seeds/mini.txt: leads through a symbolic link to {mini.resolve()}/.git/config, "
            "outside its folder seeds/") in cost.stderr, cost.stderr


def test_a_data_folder_linked_outside_the_project_is_refused(tmp_path: Path, mini: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (mini / "data").rename(elsewhere)
    (mini / "data").symlink_to(elsewhere)
    cost = validate(mini)
    assert cost.returncode == 1
    assert (f"data/briefing.yml: is in data/, a symbolic link to {elsewhere.resolve()}, "
            "outside the project") in cost.stderr, cost.stderr


def test_a_named_pipe_is_refused_instead_of_waited_on(mini: Path) -> None:
    (mini / "data/figures.yml").unlink()
    os.mkfifo(mini / "data/figures.yml")
    cost = validate(mini, seconds=30)
    assert cost.returncode == 1
    assert "data/figures.yml: is not a regular file but a named pipe (FIFO)" in cost.stderr


def test_a_folder_in_place_of_a_data_file_is_refused(mini: Path) -> None:
    (mini / "data/people.yml").unlink()
    (mini / "data/people.yml").mkdir()
    cost = validate(mini)
    assert cost.returncode == 1 and "data/people.yml: is a folder, not a file" in cost.stderr


def test_a_huge_data_file_is_refused_before_it_is_read(mini: Path) -> None:
    with (mini / "data/quotes.yml").open("ab") as stream:
        stream.truncate(60_000_000)  # sparse: no disk, but 60 MB to read
    cost = validate(mini)
    assert cost.returncode == 1 and cost.max_rss_mb < 200
    assert "data/quotes.yml: is larger than 20 MB" in cost.stderr


@pytest.mark.parametrize("text", ["[" + "a," * 1_000_000 + "a]", "- a\n" * 2_500_000])
def test_a_file_of_too_many_values_is_refused_before_they_are_built(mini: Path, text: str) -> None:
    (mini / "data/quotes.yml").write_text(text)
    cost = validate(mini)
    assert cost.returncode == 1 and cost.max_rss_mb < 200
    assert "data/quotes.yml:1: this file holds more than 500,000 values" in cost.stderr


@pytest.mark.parametrize("name", [".#people.yml", "._people.yml", "people.yml~",
                                  ".people.yml.swp", "#people.yml#", ".hidden.yml"])
def test_editor_temporaries_and_hidden_files_are_skipped(mini: Path, name: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (mini / "data" / name).write_bytes(b"\x00\xff not yaml: [")
    (mini / "seeds" / name.replace(".yml", ".txt")).write_bytes(b"\xff")
    assert main(["--root", str(mini), "validate"]) == 0, capsys.readouterr().err


def test_an_unquoted_on_gets_a_hint_to_quote_it(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = mini / "data/people.yml"
    people.write_text(people.read_text().replace("- id: ada-lovelace", "- id: on", 1))
    assert main(["--root", str(mini), "validate"]) == 1
    err = capsys.readouterr().err
    assert "data/people.yml:1, record 'True', field 'id'" in err
    assert 'hint: YAML reads on, off, yes, no, true and false as true or false: quote the value, ' \
           'e.g. id: "on".' in err


def test_escape_sequences_in_the_data_never_reach_the_terminal(mini: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    people = mini / "data/people.yml"
    people.write_text(people.read_text().replace("- id: ada-lovelace",
                                                 '- id: "ada\\e]0;pwned\\a\\e[2J\\u202e"', 1))
    assert main(["--root", str(mini), "validate"]) == 1
    err = capsys.readouterr().err
    assert "record 'ada\\x1b]0;pwned\\x07\\x1b[2J\\u202e', field 'id'" in err
    assert not any(char in err for char in "\x1b\x07\u202e")
