"""Data folder in, `{page path: Markdown}` out: the whole engine behind one call."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from briefing import crossref, inventory, jsonld, redirects
from briefing.api import build_model
from briefing.drafts import draft_problems
from briefing.imports import load_imports
from briefing.problems import DataError, Problem
from briefing.render import render_site
from briefing.settings import Settings

# The engine's own assets, shipped inside the package so that every briefing gets them without
# copying a file: site path -> file in briefing/assets.
STYLESHEET = "stylesheets/briefing.css"
SCRIPT = "javascripts/briefing.js"
ASSETS = {STYLESHEET: "briefing.css", SCRIPT: "accessibility.js"}


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


def build(settings: Settings, docs_dir: Path | None = None) -> Site:
    """Every generated page and file of a briefing; raises DataError listing every problem.

    With `docs_dir`, a hand-written file there at the address of a generated one is a problem
    too, found before anything is written: one of the two would silently vanish.
    """
    with _no_cyclic_gc():
        return _build(settings, docs_dir)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The build allocates millions of long-lived objects and frees few: Python's cyclic
    collector rescans them again and again (measured: a third of the engine's time at 10,000
    pages). Reference counting still frees everything; the collector resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(settings: Settings, docs_dir: Path | None) -> Site:
    model = build_model(settings.root, settings.data_dir, settings.seeds_dir)
    problems = redirects.problems(model, settings.data_dir)
    if settings.refuse_drafts:
        problems += draft_problems(model, settings.data_dir)
    if problems:
        raise DataError(problems)
    imported, notes = load_imports(model.briefing, settings)
    links = crossref.Links(model, imported)
    pages = render_site(model, settings.templates_path, links)
    files: dict[str, str | bytes] = {**inventory.published_files(model, settings.site_url),
                                     **redirects.redirect_pages(model), **assets()}
    if docs_dir is not None:
        _refuse_hidden(docs_dir, [*pages, *files])
    return Site(pages, files, links, crossref.check(links, settings.data_dir), notes)


def assets() -> dict[str, str | bytes]:
    """The CSS (paragraph highlight, diagrams, contrast) and the script (search dialog name)."""
    folder = resources.files("briefing") / "assets"
    return {path: (folder / name).read_text(encoding="utf-8") for path, name in ASSETS.items()}


# What MkDocs reads as Markdown: each of these becomes a page.
_MARKDOWN = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


def _refuse_hidden(docs_dir: Path, paths: list[str]) -> None:
    """A hand-written file that would land where a generated page or file lands, whatever its
    spelling (`people/x.md`, `people/x/index.md`, `people/x/README.md`), is a problem."""
    generated = {_built_as(path): path for path in paths}
    clashes = sorted((path, generated[_built_as(path)]) for path in _hand_written(docs_dir)
                     if _built_as(path) in generated)
    if clashes:
        raise DataError([Problem(f"{docs_dir.name}/{path}", 0, "", "",
                                 f"this hand-written file would be built at {_built_as(path)}, "
                                 f"where the generated {other} goes: one of the two would vanish",
                                 "Rename or remove it, or override the template instead.")
                         for path, other in clashes])


def _hand_written(docs_dir: Path) -> list[str]:
    """Every file MkDocs would read from `docs_dir` (it skips hidden ones)."""
    if not docs_dir.is_dir():
        return []
    found = (path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*"))
    return [path for path in found if not any(part.startswith(".") for part in path.split("/"))
            and not (docs_dir / path).is_dir()]


def _built_as(path: str) -> str:
    """The file a docs path becomes in the built site (MkDocs, directory URLs)."""
    folder, _, name = path.rpartition("/")
    stem, dot, suffix = name.rpartition(".")
    if not dot or f".{suffix.lower()}" not in _MARKDOWN:
        return path
    parts = [folder] if folder else []
    if stem not in ("index", "README"):
        parts.append(stem)
    return "/".join([*parts, "index.html"])


def generate(settings: Settings) -> dict[str, str]:
    """Every generated page of a briefing; raises DataError listing every problem."""
    return build(settings).pages
