"""Bad data gets an error a person can act on: file, line, record, field, message, hint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing.core.problems import DataError, Problem
from briefing.model.build import build_model


def problems_of(root: Path) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        build_model(root)
    return caught.value.problems


def only(root: Path) -> Problem:
    found = problems_of(root)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


def test_the_fixture_is_valid(mini: Path) -> None:
    assert len(build_model(mini).all("people")) == 2


def test_malformed_yaml(mini: Path) -> None:
    (mini / "data/places.yml").write_text("- id: london\n  name: [London\n  paragraphs: [1]\n")
    problem = only(mini)
    assert (problem.file, problem.line) == ("data/places.yml", 2)  # where the '[' opened
    assert problem.message == "invalid YAML: a list opened with '[' is never closed with ']'"
    assert "parser: while parsing a flow sequence" in problem.hint


@pytest.mark.parametrize(("text", "line", "plain"), [
    ("- id: london\n  name: London: the city\n  paragraphs: [1]\n", 2,
     "a value contains ': ', which YAML reads as the start of another field"),
    ("- id: london\n  name: London\n    type: city\n", 3,
     "this line is indented more than the field above it, as if it belonged inside it"),
    ("- id: london\n name: London\n", 2, "this line is indented differently from the lines around it"),
    ("- id: london\n  name: \"London\n  paragraphs: [1]\n", 2,
     "a quotation mark is opened and never closed"),
])
def test_yaml_syntax_in_plain_words(mini: Path, text: str, line: int, plain: str) -> None:
    (mini / "data/places.yml").write_text(text)
    problem = only(mini)
    assert (problem.line, problem.message) == (line, f"invalid YAML: {plain}")
    assert "\n    parser: " in problem.hint  # the parser's own words stay underneath


def test_tab_indented_file(mini: Path) -> None:
    (mini / "data/places.yml").write_text("- id: london\n\tname: London\n")
    problem = only(mini)
    assert (problem.file, problem.line) == ("data/places.yml", 2)
    assert "tab" in problem.hint


def test_wrong_type(mini: Path) -> None:
    text = (mini / "data/figures.yml").read_text().replace("value: 3", "value: three")
    (mini / "data/figures.yml").write_text(text)
    problem = only(mini)
    assert (problem.file, problem.line, problem.record, problem.field) == (
        "data/figures.yml", 3, "talk-length", "value")
    assert "number" in problem.message


def test_missing_required_field(mini: Path) -> None:
    text = (mini / "data/topics.yml").read_text().replace("  description: Calculating machines.\n", "")
    (mini / "data/topics.yml").write_text(text)
    problem = only(mini)
    assert (problem.file, problem.line, problem.record, problem.field) == (
        "data/topics.yml", 1, "engines", "description")
    assert problem.message == "required field is missing"


def test_unknown_field(mini: Path) -> None:
    with (mini / "data/places.yml").open("a") as file:
        file.write("  discription: a typo\n")
    problem = only(mini)
    assert (problem.file, problem.line, problem.field) == ("data/places.yml", 5, "discription")
    assert problem.message == "unknown field" and "spelling" in problem.hint


def test_duplicate_id(mini: Path) -> None:
    with (mini / "data/places.yml").open("a") as file:
        file.write("- id: london\n  name: London again\n  paragraphs: [1]\n")
    problem = only(mini)
    assert (problem.file, problem.line, problem.record, problem.field) == (
        "data/places.yml", 5, "london", "id")
    assert "duplicate id" in problem.message and "data/places.yml:1" in problem.message


def test_dangling_reference(mini: Path) -> None:
    text = (mini / "data/meetings.yml").read_text().replace("place: london", "place: londn")
    (mini / "data/meetings.yml").write_text(text)
    problem = only(mini)
    assert (problem.file, problem.line, problem.record, problem.field) == (
        "data/meetings.yml", 5, "london-meeting", "place")
    assert "londn" in problem.message and "london" in problem.hint


@pytest.mark.parametrize(("written", "hint"), [
    ("speaker: adda-lovelace", "Did you mean 'ada-lovelace'?"),  # a typo, no containment
    ("speaker: lovelace", "Did you mean 'ada-lovelace'?"),
    ("speaker: babage", "Did you mean 'charles-babbage'?"),
    ("speaker: london", "'london' is a places record: this field names another kind."),
    ("speaker: zzz", "Define it first, or use one of: ada-lovelace, charles-babbage."),
])
def test_did_you_mean_by_similarity(mini: Path, written: str, hint: str) -> None:
    text = (mini / "data/quotes.yml").read_text().replace("speaker: ada-lovelace", written)
    (mini / "data/quotes.yml").write_text(text)
    assert only(mini).hint == hint


def test_dangling_reference_in_a_list(mini: Path) -> None:
    text = (mini / "data/meetings.yml").read_text().replace(
        "participants: [ada-lovelace, charles-babbage]", "participants:\n    - ada-lovelace\n    - ghost")
    (mini / "data/meetings.yml").write_text(text)
    problem = only(mini)
    assert (problem.line, problem.field) == (8, "participants[1]")


@pytest.mark.parametrize("bad_id", ["../x", "a/b", ""])
def test_unsafe_id(mini: Path, bad_id: str) -> None:
    text = (mini / "data/places.yml").read_text().replace("id: london", f"id: '{bad_id}'")
    (mini / "data/places.yml").write_text(text)
    found = problems_of(mini)
    first = found[0]
    assert (first.file, first.line, first.field) == ("data/places.yml", 1, "id")
    assert "not a safe id" in first.message and "lower-case" in first.hint


def test_quote_not_in_its_paragraph(mini: Path) -> None:
    text = (mini / "data/quotes.yml").read_text().replace("weaves algebraic", "weaves Algebraic")
    (mini / "data/quotes.yml").write_text(text)
    problem = only(mini)
    assert (problem.file, problem.line, problem.record, problem.field) == (
        "data/quotes.yml", 2, "weaves-patterns", "text")
    assert problem.message == (
        "these words are not verbatim in paragraph 2: the first 3 words match; then the data "
        "has 'Algebraic patterns,' where the article has 'algebraic patterns,\" Lovelace told'")


def test_quote_whose_first_word_is_wrong(mini: Path) -> None:
    text = (mini / "data/quotes.yml").read_text().replace("text: The engine", "text: An engine")
    (mini / "data/quotes.yml").write_text(text)
    assert only(mini).message.endswith("its first word 'An' is not in the paragraph")


def test_typographic_quotes_and_spaces_are_normalised(mini: Path) -> None:
    text = (mini / "data/quotes.yml").read_text().replace(
        "text: The engine weaves algebraic patterns,", "text: \"The  engine weaves algebraic patterns,\"")
    (mini / "data/quotes.yml").write_text(text)
    assert build_model(mini).get(("quotes", "weaves-patterns"))


def test_paragraph_out_of_range(mini: Path) -> None:
    text = (mini / "data/places.yml").read_text().replace("paragraphs: [1]", "paragraphs: [1, 9]")
    (mini / "data/places.yml").write_text(text)
    problem = only(mini)
    assert (problem.file, problem.line, problem.field) == ("data/places.yml", 4, "paragraphs[1]")
    assert "outside the article (it has 3)" in problem.message


@pytest.mark.parametrize("bad_date", ["2023-02-30", "July 18", "2023-13"])
def test_invalid_date(mini: Path, bad_date: str) -> None:
    text = (mini / "data/timeline.yml").read_text().replace('"1843-06-05"', f'"{bad_date}"')
    (mini / "data/timeline.yml").write_text(text)
    problem = only(mini)
    assert (problem.file, problem.line, problem.field) == ("data/timeline.yml", 2, "date")
    assert "date" in problem.message and "2023-07-18" in problem.hint


def test_python_object_tag_is_refused(mini: Path, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    (mini / "data/places.yml").write_text(
        f"- id: london\n  name: !!python/object/apply:os.system ['touch {marker}']\n")
    problem = only(mini)
    assert (problem.file, problem.line) == ("data/places.yml", 2)
    assert "python/object" in problem.message and not marker.exists()


def test_file_that_is_not_utf8(mini: Path) -> None:
    (mini / "data/places.yml").write_bytes(b"- id: london\n  name: Z\xfcrich\n")
    problem = only(mini)
    assert (problem.file, problem.line) == ("data/places.yml", 2)
    assert "UTF-8" in problem.message


def test_empty_file(mini: Path) -> None:
    (mini / "data/places.yml").write_text("\n")
    problems = problems_of(mini)
    assert problems[0].file == "data/places.yml" and "empty" in problems[0].message


def test_duplicate_key_in_a_record(mini: Path) -> None:
    (mini / "data/places.yml").write_text(
        "- id: london\n  name: London\n  name: Londres\n  paragraphs: [1]\n")
    problem = only(mini)
    assert (problem.line, problem.field) == (3, "name") and "twice" in problem.message


def test_inferred_names_a_real_field(mini: Path) -> None:
    text = (mini / "data/meetings.yml").read_text().replace("    date: The year", "    dat: The year")
    (mini / "data/meetings.yml").write_text(text)
    problem = only(mini)
    assert (problem.line, problem.field) == (11, "inferred.dat")


def test_every_problem_is_reported_at_once(mini: Path) -> None:
    (mini / "data/places.yml").write_text("- id: london\n\tname: London\n")
    text = (mini / "data/quotes.yml").read_text().replace("speaker: ada-lovelace", "speaker: nobody")
    (mini / "data/quotes.yml").write_text(text)
    (mini / "data/topics.yml").write_text("")
    files = {problem.file for problem in problems_of(mini)}
    assert files == {"data/places.yml", "data/quotes.yml", "data/topics.yml"}


def test_validate_command_exits_non_zero_without_traceback(mini: Path) -> None:
    (mini / "data/places.yml").write_text("- id: '../x'\n")
    result = subprocess.run([sys.executable, "-m", "briefing", "--root", str(mini), "validate"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "data/places.yml:1" in result.stderr and "Traceback" not in result.stderr


def test_validate_command_passes_on_good_data(mini: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "briefing", "--root", str(mini), "validate"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "2 people" in result.stdout


def test_a_date_basis_is_written_once_and_named_per_record(mini: Path) -> None:
    with (mini / "data/briefing.yml").open("a") as file:
        file.write("date_bases:\n  published-date: Stated as 'on Monday'; counted back from the "
                   "published date.\n")
    text = (mini / "data/meetings.yml").read_text().replace(
        '  date: "1843-06-05"\n', '  date: "1843-06-05"\n  date_basis: published-date\n')
    text = text.replace("  inferred:\n    date: The year is the test's.\n", "")
    (mini / "data/meetings.yml").write_text(text)
    meeting = build_model(mini).get(("meetings", "london-meeting"))
    assert meeting.inferred == {"date": "Stated as 'on Monday'; counted back from the published date."}


def test_an_unknown_date_basis_is_named(mini: Path) -> None:
    with (mini / "data/briefing.yml").open("a") as file:
        file.write("date_bases:\n  published-date: Counted from the published date.\n")
    text = (mini / "data/meetings.yml").read_text().replace(
        '  date: "1843-06-05"\n', '  date: "1843-06-05"\n  date_basis: publish-date\n')
    (mini / "data/meetings.yml").write_text(text)
    problem = only(mini)
    assert (problem.file, problem.line, problem.field) == ("data/meetings.yml", 5, "date_basis")
    assert problem.message == "briefing.yml has no date basis 'publish-date'"
    assert problem.hint == "Did you mean 'published-date'?"
