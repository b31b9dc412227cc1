"""What the seed briefing says matches what the article says (fact-check of issue 11).

Expectations here are written by hand from the article, not read from the data under test.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from briefing.core.settings import Settings
from briefing.engine import generate
from briefing.model.build import build_model
from briefing.model.relations import main_event, own_and_background
from conftest import ROOT

PAGES = generate(Settings(ROOT))


def _section(page: str, heading: str) -> str:
    """The text under a `## heading` of a generated page, up to the next heading."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", PAGES[page], re.S | re.M)
    assert match, f"{page} has no section '{heading}'"
    return match.group(1)


def _names(section: str) -> list[str]:
    return re.findall(r"\[([^\]]+)\]\(", section)


# The article puts each of them in a room only with Kerry (Li: ¶4-6; Wang: ¶3, 11-16; Xie:
# ¶16). Wang's praise of Kerry and Xie (¶16) and Biden's message are words, not meetings.
@pytest.mark.parametrize(("person", "name", "dealt_with"), [
    ("john-kerry", "John Kerry", ["Li Qiang", "Wang Yi", "Xie Zhenhua"]),  # ¶3-6, 11-16
    ("wang-yi", "Wang Yi", ["John Kerry"]),
    ("li-qiang", "Li Qiang", ["John Kerry"]),
    ("xie-zhenhua", "Xie Zhenhua", ["John Kerry"]),
])
def test_people_dealt_with_come_from_shared_meetings_only(person: str, name: str,
                                                           dealt_with: list[str]) -> None:
    assert _names(_section(f"people/{person}.md", f"People {name} dealt with")) == dealt_with


def test_li_qiang_never_dealt_with_wang_yi_or_xie_zhenhua() -> None:
    section = _section("people/li-qiang.md", "People Li Qiang dealt with")
    assert "Wang Yi" not in section and "Xie Zhenhua" not in section


def test_the_visit_lists_only_the_visitor() -> None:
    assert build_model(ROOT).get(("meetings", "kerry-china-visit-2023")).participants == ("john-kerry",)


# ¶9 dates Xinhua's report ("in a separate report on July 18"), not Xi's speech.
XI_SPEECH_PAGES = ["meetings/xi-environment-conference-speech.md", "quotes/xi-unwavering.md",
                   "quotes/xi-route-method-intensity.md",
                   "statements/xi-reiterates-climate-commitments.md"]


@pytest.mark.parametrize("page", XI_SPEECH_PAGES)
def test_xi_speech_has_no_stated_date(page: str) -> None:
    assert "2023-07-18" not in PAGES[page].split("<script")[0].replace("\\-", "-")


def test_drawn_timeline_does_not_put_the_xi_speech_on_july_18() -> None:
    assert "xi-environment-conference-speech" not in PAGES["diagrams.md"]


def test_the_timeline_keeps_xinhuas_report_on_july_18() -> None:
    timeline = PAGES["timeline.md"].replace("\\-", "-")
    assert "Xinhua reports Xi Jinping" in timeline
    assert "Kerry's three-day visit to China begins" not in timeline.replace("\\", "")


def test_an_umbrella_visit_does_not_make_its_participants_counterparts(tmp_path: Path) -> None:
    """Even with everyone listed on the visit, only the meetings inside it say who met whom."""
    for folder in ("data", "seeds"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    meetings = tmp_path / "data" / "meetings.yml"
    text = meetings.read_text(encoding="utf-8")
    visit = "  participants:\n    - john-kerry\n  organisations:"
    assert text.count(visit) == 1
    meetings.write_text(text.replace(visit, "  participants:\n    - john-kerry\n    - wang-yi\n"
                                     "    - li-qiang\n    - xie-zhenhua\n  organisations:"),
                        encoding="utf-8")
    pages = generate(Settings(tmp_path))
    section = pages["people/li-qiang.md"].split("## People Li Qiang dealt with")[1].split("##")[0]
    assert _names(section) == ["John Kerry"]


def test_the_year_of_a_date_is_explained_once_and_shown_on_each_page() -> None:
    briefing = (ROOT / "data/briefing.yml").read_text(encoding="utf-8")
    data = "".join((ROOT / "data" / f"{kind}.yml").read_text(encoding="utf-8")
                   for kind in ("meetings", "quotes", "statements", "figures", "timeline"))
    assert briefing.count("places the article in 2023") == 4  # the basis, title, start and end
    # No record repeats it for its date; one end date (the visit's) still says it in its own words.
    assert data.count("places the article in 2023") == 1
    page = html.unescape(PAGES["quotes/kerry-new-definition-of-cooperation.md"].replace("\\", ""))
    assert "Paragraph 1 dates Kerry's talks with senior Chinese officials to July 18." in page
    assert "'COP28 talks in Dubai later this year' (paragraph 18) places the article in 2023" in page


def test_the_visit_dated_only_by_its_month_is_the_briefings_own_event() -> None:
    """The article gives the visit no start date ('2023-07'), yet its talks of 17 and 18 July
    are part of it: the home page's 'Where' and the meetings index treat it as the briefing's
    own event, not background."""
    model = build_model(ROOT)
    assert main_event(model).id == "kerry-china-visit-2023"
    own, background = own_and_background(model, model.all("meetings"))
    assert "kerry-china-visit-2023" in [meeting.id for meeting in own]
    assert "kerry-china-visit-2021" in [meeting.id for meeting in background]
