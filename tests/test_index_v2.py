"""`briefing-index/2`: what the seed publishes, its JSON Schema, its documentation, and how a
reader takes versions 1 and 2 and refuses what breaks the limits in any new field."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from briefing.core.problems import DataError
from briefing.core.settings import Settings
from briefing.engine import build
from briefing.model.build import build_model
from briefing.web import index_format
from briefing.web.index_format import FORMAT, Index
from conftest import MINI, ROOT, site_project
from hostileserver import index as v1_index
from test_crosslinks import edit_yaml


@pytest.fixture(scope="module")
def published() -> dict[str, Any]:
    files = build(Settings(ROOT)).files
    return {"index": json.loads(str(files["briefing-index.json"])),
            "schema": json.loads(str(files["briefing-index.schema.json"]))}


def records(index: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {record["id"]: record for record in index["records"] if record["kind"] == kind}


def test_the_seed_publishes_version_2_valid_against_its_own_schema(published: dict[str, Any]) -> None:
    index = published["index"]
    assert index["format"] == FORMAT == "briefing-index/2"
    assert index["$schema"] == "briefing-index.schema.json"
    jsonschema.Draft202012Validator.check_schema(published["schema"])
    jsonschema.Draft202012Validator(published["schema"]).validate(index)
    Index.model_validate(index)  # and it reads back


def test_the_briefing_carries_its_publication_data(published: dict[str, Any]) -> None:
    briefing, model = published["index"]["briefing"], build_model(ROOT)
    assert (briefing["title"], briefing["summary"]) == (model.briefing.title, model.briefing.summary)
    assert (briefing["published"], briefing["language"]) == ("2023-07-18", "en")
    assert (briefing["start_date"], briefing["end_date"]) == (model.briefing.start_date,
                                                              model.briefing.end_date)
    assert "COP28" in briefing["inferred"]["source.published"]  # the year is an inference


def test_quotes_carry_words_speakers_date_and_their_paragraph(published: dict[str, Any]) -> None:
    quotes = [quote for quote in records(published["index"], "quotes").values()
              if quote["speakers"] == ["people/john-kerry"]]
    assert len(quotes) >= 3
    for quote in quotes:
        assert quote["words"] and quote["name"] == f"“{quote['words']}”"
        assert re.fullmatch(r"article/#p\d+", quote["paragraph_url"])
        assert quote["paragraph_url"] == f"article/#p{quote['paragraphs'][0]}"
    dated = [quote for quote in quotes if "date" in quote]
    assert dated and all(quote["date_precision"] == "day" for quote in dated)
    assert all("date" in quote["inferred"] for quote in dated)  # the year is inferred
    assert any(quote.get("addressees") for quote in quotes)


def test_people_meetings_and_figures_carry_their_own_fields(published: dict[str, Any]) -> None:
    index = published["index"]
    kerry = records(index, "people")["john-kerry"]
    assert kerry["external_ids"] == {"wikidata": "Q22316"} and "wikidata" in kerry["inferred"]
    assert any("Envoy for Climate" in role["title"] for role in kerry["roles"])
    meetings = records(index, "meetings").values()
    assert any("people/john-kerry" in meeting.get("participants", ()) and meeting.get("place")
               and meeting.get("status") == "held" for meeting in meetings)
    figures = records(index, "figures")
    assert any(figure["value"] == 53 and figure["unit"] == "°C" for figure in figures.values())
    assert any(figure.get("qualifier") for figure in figures.values())  # "nearly 12 hours"
    known = {f"{record['kind']}/{record['id']}" for record in index["records"]}
    for record in index["records"]:
        for field in ("speakers", "addressees", "participants", "organisations", "topics"):
            assert set(record.get(field, ())) <= known, (record["id"], field)


def test_a_draft_record_is_published_as_a_draft(mini: Path) -> None:
    edit_yaml(mini / "data/people.yml", lambda people: people[0].update(draft=True))
    index = json.loads(str(build(Settings(mini, allow_drafts=True)).files["briefing-index.json"]))
    assert [record["id"] for record in index["records"] if record.get("draft")] == ["ada-lovelace"]


def test_every_field_is_documented() -> None:
    doc = (ROOT / "docs/briefing-index.md").read_text(encoding="utf-8")
    for model in (index_format.Index, index_format.IndexBriefing, index_format.IndexRecord,
                  index_format.IndexRole):
        for name in model.model_fields:
            assert f"`{name}`" in doc, f"{model.__name__}.{name} is not in docs/briefing-index.md"


def test_a_version_1_index_still_reads() -> None:
    index = Index.model_validate(v1_index())
    assert index.records[0].speakers == () and index.records[0].draft is False


def v2(**fields: Any) -> dict[str, Any]:
    data = v1_index()
    data["format"] = FORMAT
    data["records"][0].update(fields)
    return data


@pytest.mark.parametrize("fields", [
    {"speakers": ["people/ada"] * (index_format.MAX_REFERENCES + 1)},
    {"participants": ["<script>"]},
    {"paragraph_url": "../../evil/"},
    {"paragraph_url": "https://evil.example/"},
    {"value": float("nan")},
    {"value": "1e999"},
    {"date": "2023-13-45"},
    {"status": "<b>held</b>"},
    {"inferred": {f"field{n}": "why" for n in range(index_format.MAX_REASONS + 1)}},
    {"roles": [{"title": "x" * 200_001}]},
    {"words": "w" * 200_001},
    {"paragraphs": [0]},
], ids=lambda fields: next(iter(fields)))
def test_every_new_field_has_a_limit(fields: dict[str, Any]) -> None:
    text = json.dumps(v2(**fields)).replace("1e999", "Infinity")
    with pytest.raises(ValueError):
        Index.model_validate(json.loads(text))


def test_new_text_fields_are_made_one_plain_line() -> None:
    index = Index.model_validate(v2(words="a\x1b[2J\n\nb\u202e", gist="g\r\nh",
                                    roles=[{"title": "t\x07itle"}]))
    record = index.records[0]
    assert (record.words, record.gist, record.roles[0].title) == ("a [2J b", "g h", "t itle")


def test_an_index_of_a_later_version_is_refused_with_what_to_do(mini: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    data = {**v1_index(briefing_url="https://example.org/other/"), "format": "briefing-index/3"}
    (other / "briefing-index.json").write_text(json.dumps(data))
    edit_yaml(mini / "data/briefing.yml", lambda briefing: briefing.update(imports={"other": str(other)}))
    with pytest.raises(DataError) as error:
        build(Settings(mini))
    assert "briefing-index/3" in str(error.value) and "update the briefing engine" in str(error.value)


def test_a_quote_said_by_several_lists_every_speaker(mini: Path) -> None:
    def two_speakers(quotes: list[dict[str, Any]]) -> None:
        del quotes[0]["speaker"]
        quotes[0]["speakers"] = ["ada-lovelace", "charles-babbage"]

    edit_yaml(mini / "data/quotes.yml", two_speakers)
    index = json.loads(str(build(Settings(mini)).files["briefing-index.json"]))
    quote = records(index, "quotes")["weaves-patterns"]
    assert quote["speakers"] == ["people/ada-lovelace", "people/charles-babbage"]


def test_the_briefing_carries_its_article_s_authors(tmp_path: Path) -> None:
    """The byline's names (`authors` in the article's metadata) reach the published index, so
    another site can cite the article without fetching it; none written, none published."""
    project = site_project(tmp_path, MINI)
    meta = project / "seeds" / "mini.yml"
    meta.write_text(meta.read_text(encoding="utf-8") + "authors: [Ada Byron, Charles Babbage]\n",
                    encoding="utf-8")
    files = build(Settings(project)).files
    index = json.loads(str(files["briefing-index.json"]))
    assert index["briefing"]["source_authors"] == ["Ada Byron", "Charles Babbage"]
    jsonschema.Draft202012Validator(json.loads(str(files["briefing-index.schema.json"]))).validate(index)
    assert Index.model_validate(index).briefing.source_authors == ("Ada Byron", "Charles Babbage")
