"""Data folder in, `{page path: Markdown}` out: the whole engine behind one call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from briefing.checks import checks
from briefing.core.collector import paused
from briefing.core.problems import DataError, Problem
from briefing.core.settings import Settings
from briefing.hub import hub_file
from briefing.model.build import build_model
from briefing.model.model import Model
from briefing.pages import draftmark, jsonld
from briefing.pages.render import render_counted
from briefing.web import crossref, inventory, redirects
from briefing.web.imports import load_imports

# The engine's own assets, shipped inside the package so that every briefing gets them without
# copying a file: site path -> file in briefing/assets.
STYLESHEET = "stylesheets/briefing.css"
SCRIPT = "javascripts/briefing.js"
# One script in the page (one request), from files kept apart by concern.
ASSETS = {STYLESHEET: ("briefing.css",), SCRIPT: ("accessibility.js", "search.js", "cite.js")}


@dataclass(frozen=True)
class Site:
    """Everything a build adds to a site."""

    pages: dict[str, str]  # page path -> Markdown
    files: dict[str, str | bytes]  # other site files: the published index, redirect pages
    briefing_links: crossref.Links | None  # None for a hub, which has no records of its own
    warnings: list[Problem] = field(default_factory=list)  # fail `--strict`
    notes: list[str] = field(default_factory=list)  # worth telling, not wrong
    rendered: int = 0  # pages rendered by this build: under `serve`, only those that changed

    def finish_page(self, markdown: str, path: str) -> tuple[str, list[str]]:
        """A hand-written page with its references resolved and its JSON-LD; and what failed."""
        if self.briefing_links is None:
            return markdown, []
        text, missing = self.links.expand_markdown(markdown, path)
        note = draftmark.banner(self.links.model)
        text = draftmark.under_title(text, note) if note else text
        return text.rstrip("\n") + "\n" + jsonld.hand_written(self.links.model, path), missing

    @property
    def links(self) -> crossref.Links:
        """The briefing's references (a hub, made of other briefings, has none)."""
        if self.briefing_links is None:
            raise ValueError("a hub has no records of its own to link")
        return self.briefing_links


def build(settings: Settings, docs_dir: Path | None = None) -> Site:
    """Every generated page and file of a briefing; raises DataError listing every problem.

    With `docs_dir`, a hand-written file there at the address of a generated one is a problem
    too, found before anything is written: one of the two would silently vanish.
    """
    with paused():  # (millions of long-lived objects: core.collector)
        return _build(settings, docs_dir)


def _build(settings: Settings, docs_dir: Path | None) -> Site:
    if hub_file(settings.root, settings.data_dir).is_file():
        return _build_hub(settings, docs_dir)
    model = build_model(settings.root, settings.data_dir, settings.seeds_dir,
                        keep=settings.previewing)
    imported, notes = load_imports(model.briefing, settings, _import_line(model))
    links = crossref.Links(model, imported)
    # Under `mkdocs serve` (previewing), a page whose reads are unchanged keeps its Markdown.
    pages, rendered = render_counted(model, settings.templates_path, links, settings.language,
                                     settings.hub, review=settings.previewing,
                                     project=settings.root, keep=settings.previewing)
    files: dict[str, str | bytes] = {**inventory.published_files(model, settings.site_url,
                                                             keep=settings.previewing),
                                     **redirects.redirect_pages(model), **assets()}
    errors, warnings = checks.run(checks.Built(settings, links, frozenset([*pages, *files]),
                                               docs_dir))
    if errors:
        raise DataError(errors)
    return Site(pages, files, links, warnings, [*settings.notes, *notes, *links.cut_notes()],
                rendered)


def _build_hub(settings: Settings, docs_dir: Path | None) -> Site:
    """A hub: a site made from other briefings' indexes (`data/hub.yml`), no article of its own.
    Its modules are imported here: a briefing's build never needs them."""
    from briefing.hub.site import build_hub
    hub = build_hub(settings)
    files = {**hub.files, **assets()}
    clashes = sorted(path for path in hub.pages if docs_dir and (docs_dir / path).is_file())
    if clashes:
        raise DataError([Problem(f"docs/{path}", 1, "", "", "the hub generates a page at this "
                                 "address, so this hand-written file would vanish",
                                 "Rename or remove the file.") for path in clashes])
    return Site(hub.pages, files, None, notes=hub.notes)


def _import_line(model: Model) -> Callable[[str], tuple[str, int]]:
    key = ("briefing", model.briefing.id)
    return lambda alias: model.where(key, "imports", alias)


def assets() -> dict[str, str | bytes]:
    """The CSS (paragraph highlight, diagrams, contrast) and the script (accessibility fixes,
    search, citations)."""
    folder = resources.files("briefing.pages") / "assets"
    return {path: "\n".join((folder / name).read_text(encoding="utf-8") for name in names)
            for path, names in ASSETS.items()}


def generate(settings: Settings) -> dict[str, str]:
    """Every generated page of a briefing; raises DataError listing every problem."""
    return build(settings).pages
