"""`briefing new` for real: scaffold from the seed article, then `mkdocs build --strict` there
with the engine installed in this venv; bad input gets one line and no folder."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ENGINE, ROOT, allow_drafts, mkdocs

SEED = ROOT / "seeds" / "000_8b72f97d2236e7b8.txt"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def new(target: Path, article: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-m", "briefing", "new", str(target), "--article", str(article),
            "--title", "Kerry tells China climate cooperation could redefine their relationship",
            "--published", "2023-07-18", "--engine", ENGINE, *extra]
    return subprocess.run(args, text=True, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def seed_briefing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("new") / "kerry"
    result = new(target, SEED, "--url", "https://example.org/kerry", "--publisher", "Wire")
    assert result.returncode == 0, result.stderr
    assert "12 quotes" in result.stdout and "6 people" in result.stdout
    return target


def test_the_new_briefing_builds_strictly_once_drafts_are_allowed(seed_briefing: Path,
                                                                  tmp_path: Path) -> None:
    files = sorted(p.relative_to(seed_briefing).as_posix() for p in seed_briefing.rglob("*")
                   if p.is_file())
    assert {"mkdocs.yml", "hooks/briefing_hook.py", ".gitignore", "README.md",
            ".github/workflows/pages.yml", "data/briefing.yml", "data/quotes.yml"} <= set(files)
    assert any(re.fullmatch(r"seeds/[a-z0-9-]+\.txt", f) for f in files)
    project = Path(shutil.copytree(seed_briefing, tmp_path / "kerry"))
    result = mkdocs(allow_drafts(project), "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert "prefix dict" not in result.stderr and "Loading model" not in result.stderr  # jieba
    page = (project / "site/people/john-kerry/index.html").read_text(encoding="utf-8")
    assert "Draft: not yet checked against the article" in page
    says_draft_everywhere(project / "site")


def says_draft_everywhere(site: Path) -> None:
    """While any record is a draft: a banner on every page with the count and how to review;
    each draft marked in lists, tables and drawings; titles, descriptions, share tags,
    citations and JSON-LD say draft."""
    pages = [path for path in site.rglob("index.html") if "search" not in path.parts
             and "Redirecting" not in path.read_text(encoding="utf-8")[:2000]]
    assert len(pages) > 20
    for path in pages:
        text = path.read_text(encoding="utf-8")
        assert re.search(r"Draft briefing: \d+ records are not yet checked", text), path
        assert "briefing review" in text, path
        assert "{ ." not in text and "{: ." not in text, path  # no attribute list shown as text
    def read(name: str) -> str:
        return (site / name / "index.html").read_text(encoding="utf-8")
    kerry, people, diagrams = read("people/john-kerry"), read("people"), read("diagrams")
    assert "<title>John Kerry (draft)" in kerry
    assert re.search(r'<meta property="og:title" content="John Kerry \(draft\)', kerry)
    assert re.search(r'<meta (name|property)="(description|og:description)" '
                     r'content="Draft, not yet checked', kerry)
    assert re.search(r'John Kerry</a> \(draft\)', people)
    assert re.search(r'class="graph-label">[^<]+ \(draft\)</text>', diagrams)
    assert "(draft)" in read("timeline") and "(draft)" in read("quotes")
    quotes = [path for path in site.glob("quotes/*/index.html")]
    assert quotes and all(re.search(r'<h1[^>]*class="briefing-words"[^>]*>“[^<]+” \(draft\)<',
                                    path.read_text(encoding="utf-8")) for path in quotes)
    for page, kind in ((kerry, "Person"), (read(""), "Report")):
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        assert block and json.loads(block.group(1))["creativeWorkStatus"] == "Draft", kind
    assert re.search(r"<h1[^>]*>Kerry tells China[^<]* \(draft\)<", read(""))
    assert 'og:description" content="Draft, not yet checked' in read("")


def test_the_site_file_carries_what_the_first_briefing_uses(seed_briefing: Path) -> None:
    config = (seed_briefing / "mkdocs.yml").read_text(encoding="utf-8")
    for needed in ("font: false", "omitted_files: ignore", "separator:",
                   "Organisations: organisations/index.md", "allow_drafts: false"):
        assert needed in config
    assert "- content.tooltips" not in config  # Material renders those as HTML
    assert "Benchmarks" not in config and "data-format.md" not in config
    hook = (seed_briefing / "hooks/briefing_hook.py").read_text(encoding="utf-8")
    assert "from briefing.mkdocs_hook import *  # noqa: F403" in hook
    workflow = (seed_briefing / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    assert "pip install -U pip" in workflow and "DRAFTS" not in workflow
    assert "${{ github.run_id }}" in workflow


def test_the_new_folder_has_two_commands_and_names_its_engine_once(seed_briefing: Path) -> None:
    readme = (seed_briefing / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert [line.split()[:2] for line in first_block] == [["make", "serve"], ["make", "check"]]
    assert readme.splitlines()[2] == "```sh"  # right under the title
    makefile = (seed_briefing / "Makefile").read_text(encoding="utf-8")
    dry = subprocess.run(["make", "-n", "check"], cwd=seed_briefing, text=True, capture_output=True)
    assert dry.returncode == 0, dry.stderr
    assert "pip install -q -r requirements.txt" in dry.stdout and "-m venv .venv" in dry.stdout
    assert ".venv/bin/mkdocs build --strict" in dry.stdout and ".venv/bin/briefing validate" in dry.stdout
    assert "export NO_MKDOCS_2_WARNING = 1" in makefile and "serve: install" in makefile
    assert (seed_briefing / "requirements.txt").read_text(encoding="utf-8") == ENGINE + "\n"
    workflow = (seed_briefing / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    assert "python -m pip install -r requirements.txt" in workflow
    written = "".join(path.read_text(encoding="utf-8") for path in seed_briefing.rglob("*")
                      if path.is_file() and "seeds" not in path.parts)
    assert "briefing-site==" not in written and "pypi.org" not in written


def test_the_article_and_its_metadata_are_kept_as_the_seeds_folder_holds_them(seed_briefing: Path) -> None:
    (meta,) = (seed_briefing / "seeds").glob("*.yml")
    text = meta.read_text(encoding="utf-8")
    assert "published: '2023-07-18'" in text and "url: https://example.org/kerry" in text
    article = meta.with_suffix(".txt").read_text(encoding="utf-8")
    assert len(article.strip().split("\n\n")) == 21
    briefing = (seed_briefing / "data/briefing.yml").read_text(encoding="utf-8")
    assert f"source: {meta.stem}" in briefing


def test_an_import_that_cannot_be_read_is_refused_at_once(tmp_path: Path) -> None:
    """(tests/test_link.py follows a readable one into the briefing.)"""
    result = new(tmp_path / "b", SEED, "--import", "yellen-beijing=https://example.invalid/yellen/")
    assert result.returncode == 1 and not (tmp_path / "b").exists()
    assert "--import yellen-beijing=https://example.invalid/yellen/: could not fetch" in result.stderr
    bad = new(tmp_path / "c", SEED, "--import", "Not An Id=x")
    assert bad.returncode != 0 and "write NAME=ADDRESS" in bad.stderr and not (tmp_path / "c").exists()


def test_drafts_are_listed_and_refused_when_publishing(seed_briefing: Path) -> None:
    listed = subprocess.run([sys.executable, "-m", "briefing", "--root", str(seed_briefing),
                             "validate", "--allow-drafts"], text=True, capture_output=True)
    assert listed.returncode == 0 and "data/quotes.yml: kerry-our-hope-is-that" in listed.stdout
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # the scaffold's settings, as they are
    refused = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict",
                              "-d", "refused"], cwd=seed_briefing, env=env, text=True,
                             capture_output=True)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0 and "Traceback" not in output
    assert "record 'john-kerry', field 'draft': still a draft" in output
    assert not (seed_briefing / "refused").exists()


def test_an_organisation_speaks_a_quote_on_its_page_and_in_json_ld(tmp_path: Path) -> None:
    target = tmp_path / "coal"
    assert new(target, ARTICLES / "scraped.txt").returncode == 0
    assert mkdocs(allow_drafts(target), "build", "--strict", "-d", "site").returncode == 0
    party = (target / "site/organisations/green-party/index.html").read_text(encoding="utf-8")
    assert "Its quotes" in party and "historic day for the climate" in party
    (quote,) = (target / "site/quotes").glob("party-it-is-a-historic*/index.html")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', quote.read_text(), re.S)
    assert block and json.loads(block.group(1))["creator"]["@type"] == "Organization"


BAD = {
    "empty": (b"", "the article is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a binary file"),
    "latin-1": ("Kerry sagte: \u00abWir m\u00fcssen zusammenarbeiten\u00bb.".encode("latin-1"),
                "not UTF-8 text"),
    "huge": (b"The minister said the plan would work. " * 27_000, "too long for one article"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_articles_get_one_line_and_no_folder(tmp_path: Path, name: str) -> None:
    content, message = BAD[name]
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    result = new(tmp_path / "out", article)
    assert result.returncode != 0
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]


def test_an_existing_folder_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "notes.md").write_text("mine")
    result = new(target, SEED)
    assert result.returncode != 0 and "already exists and is not empty" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert [p.name for p in target.iterdir()] == ["notes.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_an_article_with_no_quotes_is_refused_in_one_line_unless_asked_for(tmp_path: Path) -> None:
    article = tmp_path / "plain.txt"
    article.write_text("Prime Minister Jane Doe visited Paris on Monday.\n\n"
                       "Doe said the visit was a success.\n", encoding="utf-8")
    refused = new(tmp_path / "plain", article)
    assert refused.returncode != 0 and "no quoted words found" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.txt"]
    result = new(tmp_path / "plain", article, "--no-quotes")
    assert result.returncode == 0, result.stderr
    assert "note: no quoted words found" in result.stdout
    assert mkdocs(allow_drafts(tmp_path / "plain"), "build", "--strict", "-d", "site").returncode == 0


@pytest.mark.parametrize("marks", ['"…"', "“…”", "«…»", "‘…’"])
def test_quoted_words_with_no_speaker_found_are_no_reason_to_refuse(tmp_path: Path, marks: str) -> None:
    quoted = marks.replace("…", "Nobody leaves the table until we agree")
    article = tmp_path / "quoted.txt"
    article.write_text(f"Talks on the mine resumed on Monday in Cusco.\n\n{quoted}, one of them "
                       "insisted.\n", encoding="utf-8")
    result = new(tmp_path / "quoted", article)
    assert result.returncode == 0, result.stderr
    assert "no quoted words found" not in result.stdout
    assert "1 quoted span(s) left out: no speaker found" in result.stdout


def test_an_article_cut_off_mid_sentence_is_said_so(tmp_path: Path) -> None:
    article = tmp_path / "cut.txt"
    article.write_text('"We will win," coach Ana Silva said on Monday.\n\n'
                       "A crowd of about 30,000 had watched the\n", encoding="utf-8")
    result = new(tmp_path / "cut", article)
    assert result.returncode == 0, result.stderr
    assert "note: paragraph 2 stops mid-sentence" in result.stdout
    seed = next((tmp_path / "cut" / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    assert seed.endswith("had watched the\n")  # the article is kept whole


def test_a_bad_date_is_one_clear_line(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "briefing", "new", str(tmp_path / "x"),
                             "--article", str(SEED), "--title", "T", "--published", "18/07/2023"],
                            text=True, capture_output=True)
    assert result.returncode != 0 and "'18/07/2023' is not a date" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "x").exists()


def test_an_empty_existing_folder_is_used(tmp_path: Path) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    result = new(target, ARTICLES / "learner.txt")
    assert result.returncode == 0, result.stderr
    assert (target / "mkdocs.yml").is_file() and sorted(p.name for p in tmp_path.iterdir()) == ["empty"]
