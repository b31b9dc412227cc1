"""Publishing: stable addresses, the published indexes, JSON-LD, gh-deploy, the Pages workflow,
the site under a project subpath, and a new briefing that reuses the installed engine."""

from __future__ import annotations

import json
import os
import re
import subprocess
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
import sphobjinv
import yaml

from briefing.core.kinds import MODELS as KINDS
from briefing.core.kinds import page_kinds
from briefing.core.settings import Settings
from briefing.engine import generate
from briefing.model import urls
from briefing.model.build import build_model
from briefing.web.inventory import record_url
from conftest import BIN, MINI, ROOT, mkdocs, site_project
from localserver import free_port, serving

MODEL = build_model(ROOT)
EXPECTED_TYPE = {"people": "Person", "organisations": "Organization", "places": "Place",
                 "meetings": "Event", "quotes": "Quotation", "statements": "Claim",
                 "topics": "DefinedTerm", "figures": "PropertyValue"}


@pytest.mark.parametrize(("key", "path", "url"), [
    (("people", "wang-yi"), "people/wang-yi.md", "people/wang-yi/"),
    (("organisations", "xinhua"), "organisations/xinhua.md", "organisations/xinhua/"),
    (("places", "beijing"), "places/beijing.md", "places/beijing/"),
    (("meetings", "kerry-wang-meeting"), "meetings/kerry-wang-meeting.md", "meetings/kerry-wang-meeting/"),
    (("quotes", "li-take-the-lead"), "quotes/li-take-the-lead.md", "quotes/li-take-the-lead/"),
    (("statements", "s-1"), "statements/s-1.md", "statements/s-1/"),
    (("topics", "cop28"), "topics/cop28.md", "topics/cop28/"),
    (("figures", "death-valley"), "figures/death-valley.md", "figures/death-valley/"),
    (("timeline", "day-1"), "timeline.md", "timeline/#day-1"),
])
def test_an_address_derives_from_kind_and_id_only(key: tuple[str, str], path: str, url: str) -> None:
    assert urls.page_path(key) == path
    assert record_url(key) == url


def test_retitling_a_record_keeps_every_address(mini: Path) -> None:
    before = generate(Settings(mini))
    people = mini / "data/people.yml"
    people.write_text(people.read_text().replace("name: Ada Lovelace", "name: Augusta Ada King"))
    after = generate(Settings(mini))
    assert sorted(after) == sorted(before) and "Augusta Ada King" in after["people/ada-lovelace.md"]


def test_objects_inv_lists_every_record(seed_site: Path) -> None:
    inventory = sphobjinv.Inventory(fname_zlib=seed_site / "objects.inv")
    uris = {item.name: item.uri for item in inventory.objects if item.role == "label"}
    assert inventory.project == MODEL.briefing.title
    # Written by hand: a page per record; a timeline entry at its anchor on the timeline page.
    assert uris["people/wang-yi"] == "people/wang-yi/"
    assert uris["quotes/li-take-the-lead"] == "quotes/li-take-the-lead/"
    assert uris["timeline/kerry-xie-talks"] == "timeline/#kerry-xie-talks"
    for kind in KINDS:
        for record in MODEL.all(kind):
            uri = uris.pop(f"{kind}/{record.id}")
            # A page per record, except timeline entries: anchors on the timeline page.
            assert uri == (f"timeline/#{record.id}" if kind == "timeline" else f"{kind}/{record.id}/")
            assert (seed_site / uri.split("#")[0] / "index.html").is_file()
    assert uris == {}


def test_json_index_lists_every_record_with_its_ids(seed_site: Path) -> None:
    index = json.loads((seed_site / "briefing-index.json").read_text(encoding="utf-8"))
    briefing = index["briefing"]
    assert (briefing["id"], briefing["title"]) == (MODEL.briefing.id, MODEL.briefing.title)
    assert "url" not in briefing  # built without site_url: an empty field is left out
    entries = {(entry["kind"], entry["id"]): entry for entry in index["records"]}
    assert len(entries) == len(index["records"]) == sum(len(MODEL.all(kind)) for kind in KINDS)
    kerry = entries[("people", "john-kerry")]
    record = MODEL.get(("people", "john-kerry"))
    assert kerry["name"] == record.name and kerry["aliases"] == list(record.aliases)
    assert kerry["url"] == "people/john-kerry/" and kerry["external_ids"] == {"wikidata": "Q22316"}


def json_ld_blocks(html: str) -> list[dict[str, Any]]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    return [json.loads(block) for block in blocks]


def expected_type(url: str) -> str:
    special = {"": "Report", "article/": "NewsArticle", "timeline/": "ItemList",
               "diagrams/": "WebPage"}
    hand_written = {f"{page.stem}/" for page in (ROOT / "docs").glob("*.md")}
    if url in special:
        return special[url]
    if url in hand_written:
        return "WebPage"
    kind, _, rest = url.partition("/")
    return "CollectionPage" if rest == "" else EXPECTED_TYPE[kind]


def test_json_ld_on_every_page_parses_and_has_its_type(seed_site: Path) -> None:
    pages = [path for path in seed_site.rglob("index.html")]
    hand_written = len(list((ROOT / "docs").glob("*.md")))
    # records, 8 kind indexes, home, article, timeline, diagrams, and the hand-written pages
    assert len(pages) == sum(len(MODEL.all(kind)) for kind in page_kinds()) + 8 + 4 + hand_written
    for path in pages:
        url = path.parent.relative_to(seed_site).as_posix() + "/"
        url = "" if url == "./" else url
        (data,) = json_ld_blocks(path.read_text(encoding="utf-8"))
        assert data["@context"] == "https://schema.org" and data["@type"] == expected_type(url), url
    # Material's search leaves <script> out: the JSON-LD is not searchable text.
    assert "schema.org" not in (seed_site / "search/search_index.json").read_text(encoding="utf-8")


def test_a_quote_names_its_speaker_and_its_source(seed_site: Path) -> None:
    for quote in MODEL.all("quotes"):
        html = (seed_site / "quotes" / quote.id / "index.html").read_text(encoding="utf-8")
        (data,) = json_ld_blocks(html)
        assert data["text"] == quote.text
        assert data["creator"] == {"@type": "Person", "@id": f"../../people/{quote.speaker}/",
                                   "name": MODEL.get(("people", quote.speaker)).name}
        assert data["isBasedOn"]["@type"] == "NewsArticle" and data["isBasedOn"]["@id"] == "../../article/"


def git(*args: str | Path, cwd: Path | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    result = subprocess.run(["git", *map(str, args)], cwd=cwd, env=env, text=True,
                            capture_output=True, check=True)
    return result.stdout


def test_gh_deploy_pushes_the_site_to_the_gh_pages_branch(tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    git("init", "-q", "--bare", remote)
    project = site_project(tmp_path, MINI)
    git("init", "-q", "-b", "main", cwd=project)
    git("config", "user.name", "Test", cwd=project)
    git("config", "user.email", "test@example.org", cwd=project)
    git("add", ".", cwd=project)
    git("commit", "-q", "-m", "A briefing", cwd=project)
    git("remote", "add", "origin", remote, cwd=project)
    result = mkdocs(project, "gh-deploy", "--force")  # the command the README gives
    assert result.returncode == 0, result.stderr
    published = set(git("--git-dir", remote, "ls-tree", "-r", "--name-only", "gh-pages").split())
    assert {".nojekyll", "index.html", "objects.inv", "briefing-index.json", "sitemap.xml",
            "search/search_index.json", "people/ada-lovelace/index.html"} <= published
    index = json.loads(git("--git-dir", remote, "show", "gh-pages:briefing-index.json"))
    assert index["briefing"]["id"] == "mini"


def test_the_pages_workflow_builds_strictly_and_deploys_with_the_official_actions(tmp_path: Path) -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    uses = {step.get("uses", "").split("@")[0] for job in workflow["jobs"].values()
            for step in job["steps"]}
    assert {"actions/upload-pages-artifact", "actions/deploy-pages", "actions/configure-pages"} <= uses
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    (build_step,) = [step for step in steps if "mkdocs build" in step.get("run", "")]
    (upload,) = [step for step in steps if "upload-pages-artifact" in step.get("uses", "")]
    assert "--strict" in build_step["run"] and f"--site-dir {upload['with']['path']}" in build_step["run"]
    # Run the build step as the workflow does, with a project site's base URL.
    project = site_project(tmp_path, MINI)
    env = {**os.environ, **build_step["env"], "SITE_URL": "https://user.github.io/briefing/",
           "REPO_URL": "https://github.com/user/briefing", "PATH": f"{BIN}:{os.environ['PATH']}"}
    result = subprocess.run(["bash", "-c", build_step["run"]], cwd=project, env=env, text=True,
                            capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr
    home = (project / upload["with"]["path"] / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://user.github.io/briefing/">' in home


class _References(HTMLParser):
    """Every address a page refers to (href, src) and every id it defines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []
        self.ids: set[str] = set()
        self.config = ""
        self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.refs += [str(values[name]) for name in ("href", "src") if values.get(name)]
        if values.get("id"):
            self.ids.add(str(values["id"]))
        self._in_config = values.get("id") == "__config"

    def handle_data(self, data: str) -> None:
        if self._in_config:
            self.config += data

    def handle_endtag(self, tag: str) -> None:
        self._in_config = False


class Crawler:
    """Fetches over HTTP, once per address, and records what is broken."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.bodies: dict[str, bytes | None] = {}
        self.broken: list[str] = []

    def fetch(self, url: str) -> bytes | None:
        if url not in self.bodies:
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    self.bodies[url] = response.read()
            except urllib.error.HTTPError:
                self.bodies[url] = None
        return self.bodies[url]

    def check(self, url: str, where: str) -> None:
        page, fragment = urldefrag(url)
        if not page.startswith(self.base):
            self.broken.append(f"{where}: {url} leaves the site's subpath")
            return
        body = self.fetch(page)
        if body is None:
            self.broken.append(f"{where}: {url} is not found")
        elif fragment and page.endswith("/") and fragment not in parse(body).ids:
            self.broken.append(f"{where}: {url} has no #{fragment}")


def parse(body: bytes) -> _References:
    references = _References()
    references.feed(body.decode("utf-8"))
    return references


def test_the_site_works_under_a_project_subpath(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}/briefing/"
    project = site_project(tmp_path, ROOT)
    env = {**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"}
    build_result = subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "-d", "www/briefing"],
                                  cwd=project, env=env, text=True, capture_output=True, timeout=300)
    assert build_result.returncode == 0, build_result.stderr
    site = project / "www/briefing"
    pages = sorted(site.rglob("*.html"))
    with serving(project / "www", port):
        crawler = Crawler(base)
        for path in pages:
            url = base + path.relative_to(site).as_posix().removesuffix("index.html")
            references = parse(crawler.fetch(url) or b"")
            for ref in references.refs:
                target = urljoin(url, ref)
                if urlsplit(target).netloc == f"127.0.0.1:{port}":
                    crawler.check(target, url)
            config = json.loads(references.config)
            crawler.check(urljoin(url, config["search"]), url)
            crawler.check(urljoin(url, config["base"] + "/search/search_index.json"), url)
        _check_published_indexes(crawler, base)
    assert crawler.broken == []
    fetched = set(crawler.bodies)
    assert len(fetched) > len(pages) and base + "search/search_index.json" in fetched


def _check_published_indexes(crawler: Crawler, base: str) -> None:
    inventory = sphobjinv.Inventory(url=base + "objects.inv")
    for item in inventory.objects:
        crawler.check(base + item.uri, "objects.inv")
    index = json.loads(crawler.fetch(base + "briefing-index.json") or b"{}")
    assert index["briefing"]["url"] == base
    for entry in index["records"]:
        crawler.check(base + entry["url"], "briefing-index.json")
    sitemap = (crawler.fetch(base + "sitemap.xml") or b"").decode()
    locations = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert len(locations) > 90
    for location in locations:
        crawler.check(location, "sitemap.xml")
