"""The checks a build runs after linking, in one list: `mkdocs build` and `briefing validate`
both run them through `engine.build`, so the two cannot disagree.

Loading and linking (`api.build_model`), the settings (`settings.Options`) and the imports
(`imports.load_imports`) raise their own problems before these run; each check here returns
problems located in a real file and line. An error stops the build; a warning fails
`mkdocs build --strict` and `briefing validate`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing.checks import citations
from briefing.checks.drafts import draft_problems
from briefing.core.problems import Problem
from briefing.core.settings import Settings
from briefing.model.model import Model
from briefing.web import crossref, redirects
from briefing.web.crossref import Links


@dataclass(frozen=True)
class Built:
    """What a check may look at: the linked model, its links, and the generated paths."""

    settings: Settings
    links: Links
    paths: frozenset[str]  # every generated page and file
    docs_dir: Path | None  # hand-written pages, when the build has them

    @property
    def model(self) -> Model:
        return self.links.model


Check = Callable[[Built], list[Problem]]


def former_ids(built: Built) -> list[Problem]:
    return redirects.problems(built.model)


def drafts(built: Built) -> list[Problem]:
    """Records `briefing new` drafted and nobody checked: refused unless the briefing allows
    them (`extra.briefing.allow_drafts`) or the build only previews (`mkdocs serve`)."""
    return [] if built.settings.allow_drafts else draft_problems(built.model)


def hidden_files(built: Built) -> list[Problem]:
    """A hand-written file that would land where a generated page or file lands, whatever its
    spelling (`people/x.md`, `people/x/index.md`, `people/x/README.md`): one would vanish."""
    if built.docs_dir is None:
        return []
    generated = {_built_as(path): path for path in built.paths}
    return [Problem(shown(built, built.docs_dir / path), 1, "", "",
                    f"this hand-written file would be built at {_built_as(path)}, where the "
                    f"generated {generated[_built_as(path)]} goes: one of the two would vanish",
                    "Rename or remove it, or override the template instead.")
            for path in _every_hand_written(built.docs_dir)
            if _built_as(path) in generated]


# What MkDocs reads as Markdown: each of these becomes a page.
_MARKDOWN = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


def _every_hand_written(docs_dir: Path) -> list[str]:
    """Every file MkDocs would read from `docs_dir` (it skips hidden ones), sorted."""
    if not docs_dir.is_dir():
        return []
    found = (path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*"))
    return sorted(path for path in found
                  if not any(part.startswith(".") for part in path.split("/"))
                  and not (docs_dir / path).is_dir())


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


def data_references(built: Built) -> list[Problem]:
    return crossref.check(built.links)


def docs_references(built: Built) -> list[Problem]:
    """Every `[[...]]` of a hand-written page that resolves to nothing."""
    found = []
    for path in _hand_written(built):
        text = path.read_text(encoding="utf-8", errors="replace")
        for line, reference, reason in crossref.unresolved_in_markdown(built.links, text):
            found.append(Problem(shown(built, path), line, "", "",
                                 f"{reference} resolves to nothing: {reason}",
                                 crossref.HINT, warning=True))
    return found


def cited_paragraphs(built: Built) -> list[Problem]:
    return citations.problems(built.model)


# Errors stop the build; warnings fail a strict one. Add a check here and both the build and
# `briefing validate` run it.
ERRORS: tuple[Check, ...] = (former_ids, drafts, hidden_files)
WARNINGS: tuple[Check, ...] = (data_references, docs_references, cited_paragraphs)


def run(built: Built) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) of every check."""
    errors = [problem for check in ERRORS for problem in check(built)]
    warnings = [problem for check in WARNINGS for problem in check(built)]
    return errors, sorted(set(warnings))


def _hand_written(built: Built) -> Iterator[Path]:
    if built.docs_dir is None or not built.docs_dir.is_dir():
        return
    for path in sorted(built.docs_dir.rglob("*.md")):
        relative = path.relative_to(built.docs_dir).as_posix()
        if not any(part.startswith(".") for part in relative.split("/")) and path.is_file():
            yield path


def shown(built: Built, path: Path) -> str:
    """A path as problems name it: relative to the briefing's root when it lies there."""
    try:
        return path.resolve().relative_to(built.settings.root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
