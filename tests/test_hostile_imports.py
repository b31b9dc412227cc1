"""Another briefing's index is untrusted: every attack of the hostile-index server (see
hostileserver.py) is refused with a message, or made harmless, within a size cap and a deadline;
once a good copy is cached, any failure falls back to it and says so."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.core.escape import md_attribute
from briefing.core.problems import DataError
from briefing.core.settings import Settings
from briefing.engine import Site, build
from conftest import MINI, mkdocs, site_project
from hostileserver import INJECTION, Handler, hostile_server, index
from limits import Cost, run_limited
from test_crosslinks import edit_yaml

ADA = "people/ada-lovelace.md"


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.images += [tag] if tag == "img" else []
        self.handlers += [f"{tag} {name}" for name, _ in attrs if name.startswith("on")]


def tags_and_handlers(html: str) -> tuple[list[str], list[str]]:
    """The <img> elements and event-handler attributes a browser would make of `html`."""
    parsed = _Elements()
    parsed.feed(html)
    return parsed.images, parsed.handlers


def linked(url: str) -> str:
    """A link to `url` in another briefing, its title the tooltip (data-briefing-tip)."""
    return f'<a href="{md_attribute(url)}" data-briefing-tip="Other briefing">'


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with hostile_server() as base:
        yield base


def importing(project: Path, location: str, alias: str = "other") -> Path:
    edit_yaml(project / "data/briefing.yml", lambda data: data.update(imports={alias: location}))
    return project


def refusal(settings: Settings) -> str:
    with pytest.raises(DataError) as error:
        build(settings)
    message = str(error.value)
    assert "data/briefing.yml" in message and "field 'imports.other'" in message, message
    return message


def limited_build(root: Path, memory_mb: int = 400, seconds: float = 60, **options: object) -> Cost:
    """A build of `root` in a child process under a memory ceiling and a time limit."""
    cost = run_limited(
        "import sys\nfrom pathlib import Path\nfrom briefing.engine import build\n"
        "from briefing.core.problems import DataError\nfrom briefing.core.settings import Settings\n"
        f"try:\n    build(Settings(Path({str(root)!r}), **{options!r}))\n"
        "except DataError as error:\n    sys.exit(str(error))\n", memory_mb, seconds)
    print(f"\n{options}: exit {cost.returncode}, {cost.seconds:.2f} s, {cost.max_rss_mb:.0f} MB")
    assert not cost.killed, f"still running after {seconds} s"
    assert "Traceback" not in cost.stderr, cost.stderr[-2000:]
    return cost


def test_a_good_index_links_ada_to_her_page_elsewhere(mini: Path, server: str) -> None:
    site = build(Settings(importing(mini, server + "good/")))
    assert linked(f"{server}good/people/ada/") in site.pages[ADA]


def test_a_title_with_blank_lines_and_html_stays_one_escaped_line(tmp_path: Path, server: str) -> None:
    project = importing(site_project(tmp_path, MINI), server + "injection/")
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    html = (project / "site/people/ada-lovelace/index.html").read_text(encoding="utf-8")
    assert tags_and_handlers(html) == ([], [])  # no element, no handler from the title
    # The title, inert: an attribute's value, whichever entities spell it (the engine writes
    # numeric ones), that reads as the text typed.
    tips = [unescape(tip) for tip in re.findall(r'data-briefing-tip="([^"]*)"', html)]
    assert any(tip.startswith("T <div><img src=x onerror=") for tip in tips), tips
    assert "&lt;div&gt;&lt;img src=x onerror=" in html  # the name, shown as text


def test_escape_sequences_never_reach_the_terminal_or_a_page(mini: Path, server: str) -> None:
    site = build(Settings(importing(mini, server + "escape/")))
    imported = site.links.imports["other"]
    assert imported.title == "Evil [2J ]0;pwned 31m title"
    reason = site.links.find("other:people/nobody")
    everything = [str(reason), *site.notes, *map(str, site.warnings), *site.pages.values()]
    assert not any(re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", text) for text in everything)


@pytest.mark.parametrize("case", ["javascript", "data-url", "other-host", "climb", "encoded-climb"])
def test_an_address_outside_the_imported_site_is_refused(mini: Path, server: str, case: str) -> None:
    message = refusal(Settings(importing(mini, server + case + "/")))
    assert "records.0.url: Value error, must be a path relative to the site root" in message


@pytest.mark.parametrize("url", ["javascript:window.__pwned=1//", "data:text/html,x", "//evil.example/",
                                 "ftp://example.org/", "https:///nohost", "https://a.org/?q",
                                 "https://a.org/#x"])
def test_a_local_index_must_give_an_http_address(tmp_path: Path, mini: Path, url: str) -> None:
    (tmp_path / "other").mkdir()
    (tmp_path / "other/briefing-index.json").write_text(json.dumps(index(briefing_url=url)))
    message = refusal(Settings(importing(mini, "../other")))
    assert "briefing.url: Value error, must be an http(s) address" in message


@pytest.mark.parametrize(("case", "words"), [
    ("deep", "is not a briefing index (maximum recursion depth exceeded"),
    ("not-an-index", "is not a briefing index (2 problems; first: briefing: Field required)"),
    ("portal", "is not a briefing index (Expecting value: line 1 column 1"),
    ("loop", "(more than 5 redirects)"),
    ("to-file", "(redirected to a non-http address 'file:///etc/passwd')"),
    ("huge-declared", "(the index is 200,000,000 bytes, more than the limit of 5,000,000"),
    ("nowhere", "(HTTP 404)"),
])
def test_a_bad_answer_with_nothing_cached_fails_saying_why(mini: Path, server: str, case: str,
                                                           words: str) -> None:
    message = refusal(Settings(importing(mini, server + case + "/")))
    assert words in message and "no copy is cached" in message


@pytest.mark.parametrize("location", ["https:///kerry/", "https://example.org/kerry/?x=1",
                                      "https://example.org/kerry/#top"])
def test_an_import_address_must_be_a_site(mini: Path, location: str) -> None:
    assert "is not the address of a site" in refusal(Settings(importing(mini, location)))


def test_too_many_records_are_refused(mini: Path, server: str) -> None:
    message = refusal(Settings(importing(mini, server + "many/"), import_max_bytes=100_000_000))
    assert "first: records: Tuple should have at most 100000 items after validation" in message


def test_an_import_named_like_this_briefing_is_refused(mini: Path, server: str) -> None:
    message = str(pytest.raises(DataError, build, Settings(importing(mini, server + "good/", "mini"))).value)
    assert "field 'imports.mini': 'mini' is this briefing's own id" in message


def test_a_server_dripping_one_byte_a_second_fails_at_the_deadline(mini: Path, server: str) -> None:
    cost = limited_build(importing(mini, server + "drip/"), import_timeout=2)
    assert cost.returncode == 1
    assert "could not fetch" in cost.stderr and "(no complete answer within 2 seconds)" in cost.stderr


def test_a_server_dripping_headers_fails_at_the_deadline(mini: Path, server: str) -> None:
    cost = limited_build(importing(mini, server + "drip-headers/"), import_timeout=2)
    assert "(no complete answer within 2 seconds)" in cost.stderr


def test_a_huge_index_is_cut_off_at_the_cap_in_little_memory(mini: Path, server: str) -> None:
    cost = limited_build(importing(mini, server + "huge/"), memory_mb=300)
    assert cost.returncode == 1 and cost.max_rss_mb < 150
    assert "(the index is more than 5,000,000 bytes, the limit (extra.briefing.import_max_bytes))" \
           in cost.stderr


def test_a_huge_local_index_is_refused_before_it_is_read(tmp_path: Path, mini: Path) -> None:
    (tmp_path / "other").mkdir()
    with (tmp_path / "other/briefing-index.json").open("wb") as stream:
        stream.truncate(200_000_000)
    message = refusal(Settings(importing(mini, "../other")))
    assert "is 200,000,000 bytes, more than the limit of 5,000,000" in message


@pytest.mark.parametrize(("failure", "words"), [
    ("portal", "is not a briefing index"), ("huge", "more than 5,000,000 bytes"),
    ("not-an-index", "is not a briefing index"), ("injection", ""),
    ("javascript", "must be a path relative to the site root"), ("nowhere", "HTTP 404"),
])
def test_any_failure_after_a_good_copy_falls_back_to_it(mini: Path, server: str, failure: str,
                                                         words: str) -> None:
    flaky = f"flaky-{failure}"
    Handler.overrides[flaky] = "good"
    settings = Settings(importing(mini, f"{server}{flaky}/"), import_max_age_hours=0)
    assert build(settings).notes == []
    Handler.overrides[flaky] = failure
    site: Site = build(settings)
    if failure == "injection":  # a good index again: it replaces the copy
        assert site.notes == [] and site.links.imports["other"].title == "T <div><img src=x " \
            "onerror=window.__pwned=1></div> end" != INJECTION
        return
    assert len(site.notes) == 1 and words in site.notes[0]
    assert "using the copy cached 0 hours ago" in site.notes[0]
    assert linked(f"{server}{flaky}/people/ada/") in site.pages[ADA]
