"""The seed's pages say only what the article says (issue 20's fact-check, finding by finding):
what "later this year" means for order, which days are the briefing's own, what is reported
rather than stated, and every inferred value marked and explained where it shows."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from briefing.core import dates
from briefing.core.settings import Settings
from briefing.engine import generate
from briefing.model.build import build_model
from briefing.model.relations import other_groups, timeline_in_order
from briefing.pages.provenance import field_words
from conftest import ROOT

PAGES = generate(Settings(ROOT))
MODEL = build_model(ROOT)
MARK = re.compile(r'<abbr class="briefing-inferred"[^>]*data-record="([^"]*)" data-field="([^"]*)"')


def _text(page: str) -> str:
    """The page as words: marks kept as †, tags and Markdown escapes dropped."""
    text = re.sub(r"<abbr[^>]*>†</abbr>", "†", PAGES[page])
    text = re.sub(r"<script.*?</script>", "", text, flags=re.DOTALL)
    return re.sub(r"\\(.)", r"\1", re.sub(r"<[^>]+>", "", text))


def _section(page: str, heading: str) -> str:
    text = _text(page)
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:end if end > 0 else len(text)]


def test_later_this_year_sorts_after_the_visit() -> None:
    labels = [entry.id for entry in timeline_in_order(MODEL)]
    assert labels[-1] == "cop28-dubai"
    assert dates.sort_key("2023", "2023-07-18") > dates.sort_key("2023-07-20")
    assert dates.reader_when("2023", "2023-07-18") == "later in 2023, after 18 July 2023"


def test_cop28_is_a_later_event_and_the_undated_speech_is_not_called_earlier() -> None:
    groups = dict(other_groups(MODEL, MODEL.all("meetings")))
    assert [m.id for m in groups["Later events"]] == ["cop28-dubai"]
    assert [m.id for m in groups["Events the article does not date"]] == [
        "xi-environment-conference-speech"]
    assert all(m.date and m.date < "2023-07-17" for m in groups["Earlier events"])
    assert "Background" not in _text("meetings/index.md") + _text("people/xi-jinping.md")
    home = _section("index.md", "## Timeline")
    assert home.index("COP28") > home.index("Kerry scheduled to leave Beijing")


def test_the_briefings_days_start_with_its_first_dated_engagement() -> None:
    assert "**When:** 17 July 2023†" in _text("index.md")
    assert "## 17 July 2023 to 20 July 2023" in _text("meetings/index.md")


def test_the_xinjiang_record_is_what_kerry_cited_not_a_fact() -> None:
    for page in ("index.md", "figures/index.md", "figures/xinjiang-temperature.md"):
        assert "Xinjiang all-time high" not in _text(page)
    assert "Kerry cited" in _text("figures/xinjiang-temperature.md")


@pytest.mark.parametrize(("words", "page"), [
    ("take the lead on emissions cuts and climate finance", "index.md"),
    ("wider diplomatic disputes; broader concerns", "topics/us-china-relationship.md"),
    ("What each country does at home", "topics/national-action-on-climate-change.md"),
    ("met Kerry on July 18", "people/wang-yi.md"),
    ("met Kerry on July 18", "people/li-qiang.md"),
    ("Wang Yi that it could be a fresh start", "index.md"),
])
def test_words_the_article_does_not_say_are_gone(words: str, page: str) -> None:
    assert words not in _text(page)


@pytest.mark.parametrize(("page", "record", "field"), [
    ("index.md", "briefing", "title"),
    ("organisations/us-state-department.md", "people/john-kerry", "organisation"),
    ("organisations/xinhua.md", "organisations/xinhua", "country"),
    ("places/death-valley.md", "places/death-valley", "type"),
    ("statements/state-department-two-tracks.md", "statements/state-department-two-tracks",
     "meeting"),
    ("quotes/xi-route-method-intensity.md", "quotes/xi-route-method-intensity", "audience"),
    ("quotes/xi-route-method-intensity.md", "quotes/xi-route-method-intensity", "meeting"),
])
def test_an_inferred_value_is_marked_where_it_shows(page: str, record: str, field: str) -> None:
    marks = {(found.group(1).replace("&#45;", "-"), found.group(2))
             for found in MARK.finditer(PAGES[page])}
    merged = re.findall(r'data-marks="([^"]*)"', PAGES[page])
    marks |= {tuple(pair.replace("&#45;", "-").split(" ")) for joined in merged
              for pair in joined.split("|")}
    assert (record, field) in marks


def test_no_mark_is_doubled_and_a_merged_mark_gives_every_reason() -> None:
    page = PAGES["meetings/kerry-wang-yi-meeting.md"]
    assert "</abbr><abbr" not in page
    merged = re.search(r'(?:title|data-briefing-tip)="([^"]*)"[^>]*data-marks="[^"]*\|', page)
    assert merged and "who it was said to" in merged.group(1)
    assert "at which meeting or event" in merged.group(1)


def _box(page: str) -> list[str]:
    text = _text(page)
    return [line.strip() for line in text[text.index('!!! note "Not stated'):].splitlines()
            if line.strip().startswith("- **")]


@pytest.mark.parametrize("page", ["people/li-qiang.md", "people/john-kerry.md", "timeline.md",
                                  "meetings/kerry-wang-yi-meeting.md", "index.md"])
def test_the_not_stated_box_explains_every_mark_on_the_page_once(page: str) -> None:
    box = _box(page)
    reasons = [line.split(": ", 1)[1] for line in box]
    assert len(reasons) == len(set(reasons))
    fields = {html.unescape(found.group(2)) for found in MARK.finditer(PAGES[page])}
    words = " ".join(box).lower()
    # A date whose only inferred part is its year is counted in the year's own line.
    explained = [field_words(field).lower() in words or field_words(field, "briefing") in words
                 or ("date" in field and "the year" in words) for field in fields]
    assert fields and all(explained)
    # A reason the timeline shared six times is now one line.
    assert sum("Paragraph 1 dates" in line for line in box) <= 1


def test_li_qiangs_page_explains_all_its_marks() -> None:
    box = " ".join(_box("people/li-qiang.md"))
    for reason in ("The article says 'Premier'", "Chinese characters",
                   "does not say where Li said it", "interruption by Li",
                   "'later in the meeting'", "Paragraph 5 says only", "Paragraph 1 dates",
                   "The year"):
        assert reason in box, reason


def test_a_person_page_lists_a_quote_once() -> None:
    page = _text("people/joe-biden.md")
    assert page.count("[“values his relationship”]") == 1  # listed once (the box names it too)
    kerry = _text("people/john-kerry.md")
    said_to = _section("people/john-kerry.md", "## Said to John Kerry")
    assert "“my old friend”" in said_to
    assert kerry.count("[“my old friend”]") == 1


def _jsonld(page: str) -> dict[str, Any]:
    block = PAGES[page].split('<script type="application/ld+json">\n', 1)[1].split("\n</script>")[0]
    node: dict[str, Any] = json.loads(block)
    return node


DATED = [(kind, record) for kind in ("meetings", "quotes", "statements")
         for record in MODEL.all(kind) if record.date and "date" in record.inferred]


@pytest.mark.parametrize(("kind", "record"), DATED, ids=[r.id for _, r in DATED])
def test_an_inferred_date_is_left_out_of_json_ld_and_said_in_words_in_the_description(
        kind: str, record: object) -> None:
    page = f"{kind}/{record.id}.md"  # type: ignore[attr-defined]
    node = _jsonld(page)
    assert not {"startDate", "dateCreated"} & set(node)
    description = PAGES[page].split('description: "', 1)[1].split('"\n', 1)[0]
    if kind != "statements":  # a statement's description is who said what, with no date
        assert "inferred" in description


def test_json_ld_publishes_no_inferred_title_place_or_span() -> None:
    assert "jobTitle" not in _jsonld("people/wang-yi.md")  # his post is inferred
    assert "temporalCoverage" not in _jsonld("index.md")
    assert "location" not in _jsonld("organisations/xinhua.md")
    items = {item["item"]["@id"].split("#")[1]: item["item"]
             for item in _jsonld("timeline.md")["itemListElement"]}
    assert items["kerry-previous-visit-2021"]["startDate"] == "2021"  # the article says 2021
    assert all("startDate" not in items[entry.id] for entry in MODEL.all("timeline")
               if "date" in entry.inferred)
    assert "Q22316" in json.dumps(_jsonld("people/john-kerry.md").get("sameAs"))  # an id, no fact


def test_a_person_page_opens_with_a_fact_box() -> None:
    page = _text("people/john-kerry.md")
    box = page[page.index("Role\n"):page.index("## ")]
    assert "U.S. Special Presidential Envoy for Climate†" in box
    assert "Formerly\n:   U.S. Secretary of State†" in box
    assert "first in [¶ 1]" in box and "last in [¶ 21]" in box
    assert "[12 things said](#said)" in box
    assert page.index("Role\n") < page.index("## What John Kerry said")


def test_long_lists_of_a_person_page_are_folded() -> None:
    page = PAGES["people/john-kerry.md"]
    said = page[page.index("## What John Kerry said"):page.index("## Said to John Kerry")]
    heard = page[page.index("## Said to John Kerry"):page.index("## Meetings and events")]
    assert "Show 8 more things said" in said
    assert "Show 2 more things said to John Kerry" in heard


def test_the_article_links_a_record_once_per_paragraph() -> None:
    article = PAGES["article.md"]
    for paragraph in re.findall(r'<div class="briefing-paragraph-box" markdown>\n(.*?)\n', article):
        links = re.findall(r"\]\(([^)#]+)\)", paragraph)
        assert len(links) == len(set(links)), paragraph[:120]
    kerry_links = article.count("(people/john-kerry.md)")
    assert kerry_links <= 21
