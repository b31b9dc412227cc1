"""Under `mkdocs serve`, the engine renders again only the pages whose reads changed: after each
edit of a table applied in sequence, every generated page equals a clean build's, byte for byte,
and an edit of one record renders a small part of the pages."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from benchmarks.corpus import write_corpus

from briefing import engine
from briefing.core.kinds import KINDS
from briefing.core.settings import Settings, read_mkdocs_yml
from briefing.data import load
from briefing.model import link, mentions
from briefing.pages import incremental, render
from briefing.web import inventory
from conftest import ROOT, site_project

Edit = Callable[[Path], None]


def replace(file: str, old: str, new: str, pattern: bool = False) -> Edit:
    def edit(project: Path) -> None:
        path = project / file
        text = path.read_text(encoding="utf-8")
        changed = re.sub(old, new, text) if pattern else text.replace(old, new, 1)
        assert changed != text, f"{old!r} is not in {file}"
        path.write_text(changed, encoding="utf-8")
    return edit


OVERRIDE = f"overrides/{KINDS['people'].template}"


def add_override(project: Path) -> None:
    """The built-in person template copied into an overrides folder that mkdocs.yml names."""
    source = ROOT / "hooks/briefing/pages/templates" / str(KINDS["people"].template)
    (project / "overrides").mkdir()
    shutil.copy(source, project / OVERRIDE)
    replace("mkdocs.yml", "    data_dir: data\n",
            "    data_dir: data\n    templates_dir: overrides\n")(project)


MEETING_OVERRIDE = f"overrides/{KINDS['meetings'].template}"


def add_second_override(project: Path) -> None:
    """A second override, added to the folder the server already reads (no setting changes)."""
    source = ROOT / "hooks/briefing/pages/templates" / str(KINDS["meetings"].template)
    text = source.read_text(encoding="utf-8")
    (project / MEETING_OVERRIDE).write_text(text + "\nA meeting, by the override.\n",
                                            encoding="utf-8")


def remove_second_override(project: Path) -> None:
    (project / MEETING_OVERRIDE).unlink()


NEW_PERSON = ("- id: ada-tester\n  paragraphs:\n    - 1\n  name: Ada Tester\n"
              "  description: A person added while the server runs.\n")
QUOTE = ("text: Our hope is that this can be the beginning of a new definition of cooperation and "
         "capacity to resolve differences between us\n  partial: false")
NATIVE = "  inferred:\n    native_name: His name in Chinese characters"
INFERRED = '  inferred:\n    name: "Test reason: the name read two ways."\n    native_name: His name'



def rename_everywhere(old: str, new: str) -> Edit:
    """A record's id changed in its own file and in every record that names it."""
    def edit(project: Path) -> None:
        for path in sorted((project / "data").glob("*.yml")):
            text = path.read_text(encoding="utf-8")
            path.write_text(re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", new, text),
                            encoding="utf-8")
    return edit


ARTICLE = "seeds/000_8b72f97d2236e7b8.txt"
LAST_WORDS = "separated from broader concerns."
# A person with the id of an organisation that speaks: its statement's file is unchanged, but
# its speaker is now that person (people first), in its pages and in the published index.
SPEAKER_PERSON = ("- id: us-state-department\n  paragraphs:\n    - 18\n  name: Ned Price\n"
                  "  description: A spokesman, with the id of the department he speaks for.\n")

# (what, edit): applied in this order, each on top of the ones before.
EDITS: list[tuple[str, Edit]] = [
    ("a changed name", replace("data/people.yml", "name: Wang Yi\n", "name: Wang Yi Edited\n")),
    ("a quote's words", replace("data/quotes.yml", QUOTE, "text: the beginning of a new "
                                "definition of cooperation\n  partial: true")),
    ("a quote's speaker", replace("data/quotes.yml", "  partial: false\n  speaker: john-kerry\n",
                                  "  partial: false\n  speaker: xi-jinping\n")),
    ("a changed date", replace("data/meetings.yml", 'date: "2023-07-17"', 'date: "2023-07-19"')),
    ("a description alone", replace("data/people.yml", "description: Chinese President;",
                                    "description: The Chinese President;")),
    ("a sentence naming a person added to the article", replace(
        ARTICLE, LAST_WORDS, LAST_WORDS + " Xi Jinping was not there.")),
    ("a speaker's kind changed by another file", replace("data/people.yml", r"\Z",
                                                         SPEAKER_PERSON, pattern=True)),
    ("that person removed", replace("data/people.yml", SPEAKER_PERSON, "")),
    ("an added record", replace("data/people.yml", r"\Z", NEW_PERSON, pattern=True)),
    ("a deleted record", replace("data/people.yml", NEW_PERSON, "")),
    ("a renamed id that others name", rename_everywhere("xie-zhenhua", "xie-zhenhua-renamed")),
    ("a reference in a record's text", replace(
        "data/places.yml", "Place in California where", "Place in California, far from "
        "[[people/li-qiang]], where")),
    ("the name of the record it names", replace("data/people.yml", "name: Li Qiang\n",
                                                "name: Li Qiang Edited\n")),
    ("the briefing's title", replace("data/briefing.yml", "title: John Kerry's climate talks",
                                     "title: John Kerry's edited climate talks")),
    ("a value marked inferred", replace("data/people.yml", NATIVE, INFERRED + NATIVE[33:])),
    ("the mark taken off", replace("data/people.yml", INFERRED + NATIVE[33:], NATIVE)),
    ("a setting in mkdocs.yml", replace("mkdocs.yml", "    data_dir: data\n",
                                        "    data_dir: data\n    hub: https://example.org/hub/\n")),
    ("a template override added", add_override),
    ("the override edited", replace(OVERRIDE, r"\Z", "\nEdited by the test.\n", pattern=True)),
    ("an override added to that folder", add_second_override),
    ("that override removed", remove_second_override),
]


def settings(project: Path) -> Settings:
    """The settings `mkdocs serve` builds with (adapter/hook.py)."""
    config = project / "mkdocs.yml"
    return Settings.from_extra(project, read_mkdocs_yml(config).get("extra"), "", config).but(
        allow_drafts=True, previewing=True)


# What a build under `serve` keeps for the next: pages, the published index's entries, the
# mentions, the records' date-basis copies, the data files' records.
KEPT: list[dict[Any, Any] | list[Any]] = [incremental._LAST, inventory._LAST, mentions._LAST,
                                          link._DATED, load._LAST]


@contextmanager
def set_aside() -> Iterator[None]:
    """A clean build in between: nothing kept from earlier builds and no compiled templates,
    then what the incremental builds kept, as it was."""
    kept = [memo.copy() for memo in KEPT]
    for memo in KEPT:
        memo.clear()
    render.environment.cache_clear()
    try:
        yield
    finally:
        for memo, was in zip(KEPT, kept, strict=True):
            memo.clear()
            memo.update(was) if isinstance(memo, dict) else memo.extend(was)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    incremental.forget()
    yield site_project(tmp_path)
    incremental.forget()


def test_each_edit_renders_the_pages_of_a_clean_build(project: Path) -> None:
    first = engine.build(settings(project))
    assert first.rendered == len(first.pages)
    for what, edit in EDITS:
        edit(project)
        served = engine.build(settings(project))
        with set_aside():
            clean = engine.build(settings(project))
        assert clean.rendered == len(clean.pages)
        assert sorted(served.pages) == sorted(clean.pages), what
        for path, markdown in clean.pages.items():
            assert served.pages[path] == markdown, f"after {what}, {path} differs from a clean build"
        assert served.files == clean.files, f"after {what}, the published files differ"
        assert served.notes == clean.notes, what
        assert 0 < served.rendered, what
        # Bounded: one generation, holding this build's pages and no page of a deleted record.
        (kept,) = incremental._LAST
        assert set(kept.pages) <= set(served.pages), what


def test_an_edit_renders_a_small_part_of_the_pages(tmp_path: Path) -> None:
    """At 1,000 pages, one person's description: the pages that read that person (the last
    person of the corpus: 5 pages; its most named, a speaker on a quarter of the pages: 260)."""
    project = site_project(tmp_path)
    shutil.rmtree(project / "data")
    shutil.rmtree(project / "seeds")
    write_corpus(project, 1000)
    incremental.forget()
    try:
        first = engine.build(settings(project))
        again = engine.build(settings(project))
        people = project / "data/people.yml"
        text = people.read_text(encoding="utf-8")
        *_, match = re.finditer(r"\n  description: (.+)\n", text)  # the last person's
        people.write_text(text.replace(match[0], f"\n  description: Edited. {match[1]}\n", 1),
                          encoding="utf-8")
        edited = engine.build(settings(project))
    finally:
        incremental.forget()
    assert first.rendered == len(first.pages) >= 1000
    assert again.rendered == 0 and again.pages == first.pages
    assert 0 < edited.rendered <= len(edited.pages) // 20, f"{edited.rendered} pages rendered"


def rendered_again(edit: Edit, project: Path) -> tuple[set[str], dict[str, str]]:
    """The pages a served build renders again after `edit` (the others keep last build's
    Markdown object), and a clean build's pages, which the served ones equal."""
    engine.build(settings(project))
    (before,) = incremental._LAST
    edit(project)
    served = engine.build(settings(project))
    (after,) = incremental._LAST
    with set_aside():
        clean = engine.build(settings(project)).pages
    assert served.pages == clean
    again = {path for path, kept in after.pages.items() if kept is not before.pages.get(path)}
    assert len(again) == served.rendered
    return again, clean


DESCRIPTION = "China's top diplomat; met Kerry in the Great Hall of the People"


def test_a_field_only_its_own_page_shows_renders_that_page_alone(project: Path) -> None:
    """Pages that name Wang Yi read his name (a field), not his whole record: an edit of his
    description, which only his page shows, renders his page alone (the old trace read the
    record whole through `by_name`, `speakers_on`, `model.get`: 20 pages of 93)."""
    edited = DESCRIPTION.replace("top diplomat", "most senior diplomat")
    again, clean = rendered_again(replace("data/people.yml", DESCRIPTION, edited), project)
    assert {path for path, text in clean.items() if "most senior diplomat" in text} == {
        "people/wang-yi.md"}
    assert again == {"people/wang-yi.md"}


def test_a_name_others_show_renders_every_page_that_shows_it(project: Path) -> None:
    """The same person renamed: every page that shows the new name is rendered again (they read
    the name), and those pages are many, not his alone."""
    again, clean = rendered_again(replace("data/people.yml", "name: Wang Yi\n",
                                          "name: Wang Yi Renamed\n"), project)
    showing = {path for path, text in clean.items() if "Wang Yi Renamed" in text}
    assert len(showing) > 10
    assert showing <= again


def test_a_quote_field_only_its_page_shows_renders_that_page_alone(project: Path) -> None:
    """Pages that list a quote read its paragraph through `Quote.paragraph` (a property): run
    on the traced record, it reads `paragraphs`, not the whole quote, so an edit of the quote's
    context (shown on its own page only) renders that page alone."""
    old = "context: Kerry to China's top diplomat"
    again, clean = rendered_again(replace("data/quotes.yml", old, old + ", edited"), project)
    assert {path for path, text in clean.items() if "top diplomat, edited" in text} == {
        "quotes/kerry-new-definition-of-cooperation.md"}
    assert again == {"quotes/kerry-new-definition-of-cooperation.md"}
