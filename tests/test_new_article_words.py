"""What an article says never breaks the briefing drafted from it: a person whose name makes a
reserved id, `[[...]]` in quoted words, a quote longer than the data format allows. Each
article goes through `briefing new` and a strict build of the folder it makes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from conftest import allow_drafts, mkdocs
from test_new import new

INDEX = ("Minister Index met envoy Anna Berg in Geneva on Monday to discuss water rights.\n\n"
         '"We will share the river," said Minister Index. "It is a start."\n\n'
         "Berg said the two sides would meet again in March.\n")


def drafted(tmp_path: Path, text: str) -> Path:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = new(tmp_path / "briefing", article)
    assert result.returncode == 0, result.stderr
    return tmp_path / "briefing"


def records(project: Path, kind: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = yaml.safe_load(
        (project / "data" / f"{kind}.yml").read_text(encoding="utf-8"))
    return found


def strict_build(project: Path) -> str:
    result = mkdocs(allow_drafts(project), "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_a_person_named_index_is_drafted_under_another_id(tmp_path: Path) -> None:
    project = drafted(tmp_path, INDEX)
    people = {str(person["name"]): person["id"] for person in records(project, "people")}
    assert "Index" in people and people["Index"] != "index", people
    assert {quote["speaker"] for quote in records(project, "quotes")} == {people["Index"]}
    strict_build(project)
    page = (project / "site" / "people" / str(people["Index"]) / "index.html")
    assert re.search(r"<h1[^>]*>Index", page.read_text(encoding="utf-8"))


BRACKETS = ("Minister Ola Hansen met envoy Anna Berg in Geneva on Monday.\n\n"
            '"We wrote [[people/nobody]] and [[people/anna-berg|the envoy]] into the plan," '
            "said Minister Ola Hansen. \"It is a start.\"\n\n"
            "Berg said the two sides would meet again in March.\n")


def test_brackets_in_the_article_stay_its_words(tmp_path: Path) -> None:
    """The drafted quote copies `[[...]]` verbatim; the strict build passes, and every page
    shows the brackets as written: no link is made of them, on the quote or the article."""
    project = drafted(tmp_path, BRACKETS)
    texts = [quote["text"] for quote in records(project, "quotes")]
    assert any("[[people/nobody]]" in text for text in texts), texts
    strict_build(project)
    quote_id = next(q["id"] for q in records(project, "quotes") if "[[" in q["text"])
    for page in (f"quotes/{quote_id}", "article"):
        html = (project / "site" / page / "index.html").read_text(encoding="utf-8")
        assert "[[people/nobody]] and [[people/anna-berg|the envoy]] into the plan" in html, page
        assert not re.search(r"<a [^>]*>the envoy</a>", html) and "people/anna-berg.md" not in html


def test_a_quote_longer_than_a_text_may_be_is_cut_and_said(tmp_path: Path) -> None:
    """One paragraph of 210,000 characters, all one quote: the quote (and the summary drawn
    from it) are cut at a word to the data format's limit, said so, and the folder builds."""
    article = tmp_path / "article.txt"
    article.write_text("Minister Ola Hansen met envoy Anna Berg in Geneva on Monday.\n\n"
                       '"' + "we will go on and on " * 10_000 + 'we will," said Minister Ola '
                       'Hansen.\n\n"It is a start," said Berg.\n', encoding="utf-8")
    result = new(tmp_path / "briefing", article)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "text cut to 200,000 characters" in result.stdout, result.stdout
    long = next(q for q in records(tmp_path / "briefing", "quotes") if len(q["text"]) > 1000)
    assert len(long["text"]) <= 200_000 and long["partial"] is True
    assert "text" in long["uncertain"] and "left out" not in result.stdout
    strict_build(tmp_path / "briefing")
