"""Property-based tests (Hypothesis): any valid briefing builds with no broken link; any briefing
broken in one field fails with an error naming that file and that field.

Valid briefings are drawn whole: an article of random sentences, then records that cite it
(quotes and figures take their words verbatim from a paragraph) and refer to one another.
Through the pure engine for many examples, and a real `mkdocs build --strict` for a few.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from briefing.core.problems import DataError
from briefing.core.settings import Settings
from briefing.engine import build
from briefing.model import urls
from briefing.model.build import build_model
from conftest import ROOT, mkdocs, site_project
from sitecheck import Page

WORDS = ["talks", "climate", "coal", "heat", "envoy", "said", "met", "finance", "record", "today"]
# Names mix letters with characters that Markdown, HTML and YAML give a meaning to.
NAME = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzÉéü中文 *_[]()<>&#!|`{}'\"-:"),
               min_size=1, max_size=24).map(str.strip).filter(bool)
DATE = st.dates().map(lambda day: day.isoformat()).flatmap(
    lambda iso: st.sampled_from([iso, iso[:7], iso[:4]]))
LINK = re.compile(r"(?<!\\)\]\(([^)\s]+)\)")  # a Markdown link target; escaped text has \]\(
OFF_SITE = re.compile(r"^https://www\.wikidata\.org/wiki/Q[1-9][0-9]*$")  # the only one we make
SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)  # YAML, not Markdown
HREF = re.compile(r'<a href="([^"]+)"')  # a raw HTML link, by the built page's address
TEXT_OF_DRAWING = re.compile(r">[^<>]*<(?=/(?:text|title|tspan)>)")  # an SVG label's words
COUNT = {"valid, pure engine": 0, "valid, mkdocs build": 0, "invalid": 0}  # examples run


@pytest.fixture(scope="module", autouse=True)
def _count_examples() -> Iterator[None]:
    """Keeps how many examples ran in test-artifacts/hypothesis.json, for the issue's report."""
    yield
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    (ROOT / "test-artifacts" / "hypothesis.json").write_text(json.dumps(COUNT, indent=1) + "\n")


@dataclass
class Briefing:
    files: dict[str, Any]  # path under the briefing root -> YAML data, or text for the article
    paragraphs: list[str]

    def write(self, root: Path) -> Path:
        for path, content in self.files.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            text = content if isinstance(content, str) else yaml.safe_dump(content, allow_unicode=True)
            target.write_text(text, encoding="utf-8")
        return root


@st.composite
def articles(draw: st.DrawFn) -> list[str]:
    sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=9).map(
        lambda words: " ".join(words).capitalize() + ".")
    paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
    return draw(st.lists(paragraph, min_size=1, max_size=5))


class Drawer:
    """Draws the values of one briefing; remembers the ids of the records drawn so far."""

    def __init__(self, draw: st.DrawFn, paragraphs: list[str]) -> None:
        self.draw, self.paragraphs = draw, paragraphs
        self.ids: dict[str, list[str]] = {}

    def records(self, kind: str, least: int, most: int, build: Any) -> list[dict[str, Any]]:
        count = self.draw(st.integers(least, most))
        made = [build(self, f"{kind}-{number}") for number in range(1, count + 1)]
        self.ids[kind] = [record["id"] for record in made]
        return [{key: value for key, value in record.items() if value is not None} for record in made]

    def text(self) -> str:
        return self.draw(NAME)

    def para(self) -> list[int]:
        return [self.draw(st.integers(1, len(self.paragraphs)))]

    def named_para(self, record_id: str) -> list[int]:
        """A paragraph that names the record: its id's words are added to it (a record with a
        name cites only paragraphs that name it). Drawn before quotes take words verbatim."""
        number = self.draw(st.integers(1, len(self.paragraphs)))
        self.paragraphs[number - 1] += f" {record_id.replace('-', ' ').capitalize()} spoke."
        return [number]

    def reference(self) -> str:
        """A `[[kind/id]]` reference (sometimes with its own words) to a record drawn so far."""
        known = [(kind, i) for kind, ids in self.ids.items() for i in ids]
        if not known:
            return ""
        kind, record_id = self.draw(st.sampled_from(known))
        words = self.draw(st.sampled_from(["", "|these words"]))
        return f" [[{kind}/{record_id}{words}]]"

    def text_with_reference(self) -> str:
        return self.text() + self.draw(st.sampled_from([False, True]).map(
            lambda wanted: self.reference() if wanted else ""))

    def some(self, kind: str) -> list[str]:
        known = self.ids.get(kind, [])
        return self.draw(st.lists(st.sampled_from(known), unique=True)) if known else []

    def one(self, kind: str) -> str | None:
        return self.draw(st.sampled_from([None, *self.ids.get(kind, [])]))

    def verbatim(self) -> tuple[list[int], str]:
        """A paragraph, and a run of its words."""
        number = self.draw(st.integers(1, len(self.paragraphs)))
        words = self.paragraphs[number - 1].split()
        start = self.draw(st.integers(0, len(words) - 1))
        return [number], " ".join(words[start: self.draw(st.integers(start + 1, len(words)))])


def person(d: Drawer, id: str) -> dict[str, Any]:  # noqa: A002 (the data format's name)
    roles = d.draw(st.lists(st.builds(lambda title, org, country, former: {
        "title": title, "organisation": org, "country": country, "former": former},
        NAME, st.sampled_from([None, *d.ids.get("organisations", [])]),
        st.sampled_from([None, *d.ids.get("places", [])]), st.booleans()), max_size=2))
    return {"id": id, "name": d.text(), "paragraphs": d.named_para(id),
            "aliases": d.draw(st.lists(NAME, max_size=2)),
            "description": d.draw(st.none() | NAME.map(lambda text: text + d.reference())),
            "roles": [{k: v for k, v in role.items() if v is not None} for role in roles],
            "former_ids": d.draw(st.sampled_from([[], [f"{id}-before"]])),
            "same_as": d.draw(st.sampled_from([[], [f"random:people/{id}"]]))}


def organisation(d: Drawer, id: str) -> dict[str, Any]:  # noqa: A002
    return {"id": id, "name": d.text(), "paragraphs": d.named_para(id),
            "aliases": d.draw(st.lists(NAME, max_size=1)), "type": d.draw(st.none() | NAME),
            "country": d.one("places"), "description": d.draw(st.none() | NAME)}


def topic(d: Drawer, id: str) -> dict[str, Any]:  # noqa: A002
    return {"id": id, "name": d.text(), "description": d.text_with_reference(),
            "paragraphs": d.named_para(id), "parent": d.one("topics"),
            "former_ids": d.draw(st.sampled_from([[], [f"{id}-before"]]))}


def place(d: Drawer, id: str) -> dict[str, Any]:  # noqa: A002
    return {"id": id, "name": d.text(), "paragraphs": d.named_para(id), "located_in": d.one("places")}


def meeting(d: Drawer, id: str) -> dict[str, Any]:  # noqa: A002
    return {"id": id, "name": d.text(), "type": d.draw(st.sampled_from(["meeting", "visit", "talks"])),
            "summary": d.text_with_reference(), "date": d.draw(DATE),
            "participants": d.some("people"), "organisations": d.some("organisations"),
            "topics": d.some("topics"), "place": d.one("places"), "part_of": d.one("meetings"),
            "paragraphs": d.para()}


def quote(d: Drawer, id: str) -> dict[str, Any]:  # noqa: A002
    paragraphs, words = d.verbatim()
    return {"id": id, "text": words, "partial": True, "speaker": d.draw(st.sampled_from(d.ids["people"])),
            "addressees": d.some("people"), "reported": d.text(), "topics": d.some("topics"),
            "meeting": d.one("meetings"), "reported_by": d.one("organisations"),
            "context": d.draw(st.none() | NAME.map(lambda text: text + d.reference())),
            "paragraphs": paragraphs}


def statement(d: Drawer, id: str) -> dict[str, Any]:  # noqa: A002
    speakers = d.ids["people"] + d.ids.get("organisations", [])  # a person or an organisation
    return {"id": id, "speaker": d.draw(st.sampled_from(speakers)), "gist": d.text_with_reference(),
            "reported": d.text(), "paragraphs": d.para(), "addressees": d.some("people"),
            "meeting": d.one("meetings"), "topics": d.some("topics")}


def figure(d: Drawer, id: str) -> dict[str, Any]:  # noqa: A002
    paragraphs, words = d.verbatim()
    return {"id": id, "name": d.text(), "value": d.draw(st.integers(-99, 999)), "unit": d.text(),
            "as_written": words, "measures": d.text(), "paragraphs": paragraphs,
            "place": d.one("places"), "meeting": d.one("meetings"), "topics": d.some("topics")}


def entry(d: Drawer, id: str) -> dict[str, Any]:  # noqa: A002
    return {"id": id, "date": d.draw(DATE), "label": d.text_with_reference(), "paragraphs": d.para(),
            "meeting": d.one("meetings")}


# Kind -> (fewest, most, how to draw one), in an order where references point backwards.
DRAWN = {"places": (0, 2, place), "organisations": (0, 2, organisation), "people": (1, 4, person),
         "topics": (0, 3, topic),
         "meetings": (0, 2, meeting), "quotes": (0, 3, quote), "statements": (0, 2, statement),
         "figures": (0, 1, figure), "timeline": (0, 3, entry)}


@st.composite
def valid_briefings(draw: st.DrawFn) -> Briefing:
    d = Drawer(draw, draw(articles()))
    files: dict[str, Any] = {}
    for kind, (least, most, draw_one) in DRAWN.items():
        records = d.records(kind, least, most, draw_one)
        if records:
            files[f"data/{kind}.yml"] = records
    files["data/briefing.yml"] = {
        "id": "random", "title": d.text(), "why_it_matters": d.text(),
        "start_date": draw(DATE), "source": "article", "key_people": d.some("people"),
        "key_figures": d.some("figures"), "summary": d.text_with_reference()}
    files["seeds/article.txt"] = "\n\n".join(d.paragraphs) + "\n"
    files["seeds/article.yml"] = {"id": "article", "title": d.text(), "title_is_ours": True, "language": "en"}
    return Briefing(files, d.paragraphs)


def broken_links(pages: dict[str, str], anchors: dict[str, set[str]]) -> list[str]:
    """Links between generated pages whose page, or whose #anchor, does not exist: Markdown
    links (to a page source) and raw HTML links (to a built page's address) alike."""
    docs = ROOT / "docs"
    known = set(pages) | {path.relative_to(docs).as_posix() for path in docs.rglob("*.md")}
    by_url = {urls.page_url(path): path for path in known}
    broken = []
    for source, page in pages.items():
        # JSON-LD and front matter are data: a "](" in them is no Markdown link; nor is one in
        # a drawing's text (raw SVG, which Markdown leaves as it is: a meeting named "](:)").
        markdown = SCRIPT.sub("", FRONT_MATTER.sub("", page))
        for target in LINK.findall(TEXT_OF_DRAWING.sub("><", markdown)):
            if "://" in target:
                if not OFF_SITE.match(target):
                    broken.append(f"{source}: {target} (off the site, to an unknown address)")
                continue
            path, _, anchor = target.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(source), path)) if path else source
            broken += _missing(source, target, resolved, anchor, known, anchors)
        for target in HREF.findall(markdown):
            path, _, anchor = unquote(target).partition("#")
            url = posixpath.normpath(posixpath.join(urls.page_url(source), path)) + "/" if path else \
                urls.page_url(source)
            resolved = by_url.get(url.removeprefix("./").replace("./", ""), f"(no page at {url})")
            broken += _missing(source, target, resolved, anchor, known, anchors)
    return broken


def _missing(source: str, target: str, resolved: str, anchor: str, known: set[str],
             anchors: dict[str, set[str]]) -> list[str]:
    if resolved not in known:
        return [f"{source}: {target}"]
    if anchor and resolved in anchors and anchor not in anchors[resolved]:
        return [f"{source}: {target}"]
    return []


def anchors_of(briefing: Briefing) -> dict[str, set[str]]:
    timeline = {entry["id"] for entry in briefing.files.get("data/timeline.yml", [])}
    return {"article.md": {f"p{n}" for n in range(1, len(briefing.paragraphs) + 1)}, "timeline.md": timeline}


def site_broken_links(site: Path) -> list[str]:
    """Links of a built site whose file, or whose #anchor on an HTML page, does not exist."""
    pages = {path.relative_to(site).as_posix(): Page(path.read_text(encoding="utf-8"))
             for path in site.rglob("*.html")}
    broken = []
    for source, page in pages.items():
        for link in page.links:
            if re.match(r"^[a-z]+:", link):  # https:, mailto: ... lead off the site
                continue
            path, _, anchor = link.partition("#")
            # 404.html links from the site root: it is served at any depth.
            folder = "" if path.startswith("/") else posixpath.dirname(source)
            resolved = posixpath.normpath(posixpath.join(folder, unquote(path).lstrip("/"))) \
                if path else source
            html = resolved if resolved.endswith(".html") else posixpath.join(resolved, "index.html")
            html = posixpath.normpath(html)
            if html not in pages and not (site / resolved).is_file():
                broken.append(f"{source}: {link}")
            elif anchor and html in pages and unquote(anchor) not in pages[html].ids:
                broken.append(f"{source}: {link}")
    return broken


FAST = settings(max_examples=int(os.environ.get("BRIEFING_EXAMPLES", "100")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
# No shrinking for real builds: a failure is reported as drawn, not after hundreds more builds.
BUILDS = settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                  phases=[Phase.explicit, Phase.reuse, Phase.generate])


@FAST
@given(valid_briefings())
def test_a_valid_briefing_generates_pages_with_no_broken_link(briefing: Briefing) -> None:
    COUNT["valid, pure engine"] += 1
    with tempfile.TemporaryDirectory() as folder:
        site = build(Settings(briefing.write(Path(folder))))
    assert [str(warning) for warning in site.warnings] == []
    assert broken_links(site.pages, anchors_of(briefing)) == []


@pytest.mark.slow
@BUILDS
@given(valid_briefings())
def test_a_valid_briefing_builds_a_strict_mkdocs_site(briefing: Briefing) -> None:
    COUNT["valid, mkdocs build"] += 1
    with tempfile.TemporaryDirectory() as folder:
        project = site_project(Path(folder), briefing.write(Path(folder) / "briefing"))
        result = mkdocs(project, "build", "--strict", "-d", "site")
        assert result.returncode == 0, result.stderr[-3000:]
        assert site_broken_links(project / "site") == []


def _record(briefing: Briefing, draw: st.DrawFn, kind: str) -> dict[str, Any] | None:
    records = briefing.files.get(f"data/{kind}.yml") or []
    return draw(st.sampled_from(records)) if records else None


def _set(kind: str, field: str, value: Any) -> Any:
    """A mutation: one record of `kind` gets `value` in `field`; names the file and field hit."""
    def mutate(briefing: Briefing, draw: st.DrawFn) -> tuple[str, str] | None:
        record = _record(briefing, draw, kind)
        if record is None:
            return None
        record[field] = value(record, briefing) if callable(value) else value
        return f"data/{kind}.yml", field
    return mutate


def _drop(kind: str, field: str) -> Any:
    def mutate(briefing: Briefing, draw: st.DrawFn) -> tuple[str, str] | None:
        record = _record(briefing, draw, kind)
        if record is None:
            return None
        record.pop(field)
        return f"data/{kind}.yml", field
    return mutate


def _briefing(field: str, value: Any) -> Any:
    def mutate(briefing: Briefing, draw: st.DrawFn) -> tuple[str, str]:
        briefing.files["data/briefing.yml"][field] = value
        return "data/briefing.yml", field
    return mutate


MUTATIONS = {
    "empty name": _set("people", "name", ""),
    "unknown field": _set("people", "nmae", "typo"),
    "inferred names no field": _set("people", "inferred", {"colour": "a guess"}),
    "paragraph outside the article": _set("topics", "paragraphs", lambda r, b: [len(b.paragraphs) + 1]),
    "missing required field": _drop("topics", "description"),
    "impossible date": _set("meetings", "date", "2023-02-30"),
    "unknown meeting type": _set("meetings", "type", "party"),
    "dangling reference": _set("quotes", "speaker", "nobody-at-all"),
    "words not in the article": _set("quotes", "text", lambda r, b: r["text"] + " zebra"),
    "not a number": _set("figures", "value", "lots"),
    "bad id": _set("places", "id", "Not A Slug"),
    "dangling key person": _briefing("key_people", ["nobody-at-all"]),
    "start date not a date": _briefing("start_date", "soon"),
}


@FAST
@given(valid_briefings(), st.sampled_from(sorted(MUTATIONS)), st.data())
def test_a_briefing_broken_in_one_field_fails_naming_that_file_and_field(
        briefing: Briefing, mutation: str, data: st.DataObject) -> None:
    hit = MUTATIONS[mutation](briefing, data.draw)
    assume(hit is not None)  # else the drawn briefing has no record of that kind
    assert hit is not None
    COUNT["invalid"] += 1
    file, field = hit
    with tempfile.TemporaryDirectory() as folder:
        with pytest.raises(DataError) as caught:
            build_model(briefing.write(Path(folder)))
    # Other problems may follow from this one (records that referred to a now-invalid id).
    problems = caught.value.problems
    named = [p for p in problems if p.file == file and
             (p.field == field or p.field.startswith((f"{field}[", f"{field}.")))]
    assert named, [str(p) for p in problems]
    assert f"{file}:" in str(caught.value) and f"field '{named[0].field}'" in str(caught.value)
