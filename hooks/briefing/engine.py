"""Data folder in, `{page path: Markdown}` out: the whole engine behind one call."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing import crossref, inventory, jsonld, redirects
from briefing.api import build_model
from briefing.imports import load_imports
from briefing.problems import DataError
from briefing.render import render_site
from briefing.settings import Settings


@dataclass(frozen=True)
class Site:
    """Everything a build adds to a site."""

    pages: dict[str, str]  # page path -> Markdown
    files: dict[str, str | bytes]  # other site files: the published index, redirect pages
    links: crossref.Links
    warnings: list[str] = field(default_factory=list)  # fail `--strict`
    notes: list[str] = field(default_factory=list)  # worth telling, not wrong

    def finish_page(self, markdown: str, path: str) -> tuple[str, list[str]]:
        """A hand-written page with its references resolved and its JSON-LD; and what failed."""
        text, missing = self.links.expand_markdown(markdown, path)
        return text.rstrip("\n") + "\n" + jsonld.hand_written(self.links.model, path), missing


def build(settings: Settings) -> Site:
    """Every generated page and file of a briefing; raises DataError listing every problem."""
    model = build_model(settings.root, settings.data_dir, settings.seeds_dir)
    problems = redirects.problems(model, settings.data_dir)
    if problems:
        raise DataError(problems)
    imported, notes = load_imports(model.briefing, settings)
    links = crossref.Links(model, imported)
    pages = render_site(model, settings.templates_path, links)
    files = {**inventory.published_files(model, settings.site_url), **redirects.redirect_pages(model)}
    return Site(pages, files, links, crossref.check(links, settings.data_dir), notes)


def generate(settings: Settings) -> dict[str, str]:
    """Every generated page of a briefing; raises DataError listing every problem."""
    return build(settings).pages
