"""Under `mkdocs serve`, a rebuild renders again only the pages whose reads changed.

Each page renders against a stand-in of the model and of the references (`reads.Traced`) that
writes down every question the page asked and its answer. The next build asks the same
questions of its own model: a page whose answers are all the same, under the same templates and
settings, is the same page, and its last Markdown is kept. Nothing guesses which records a page
shows, so a page that reads a record through a relation, a mention or a reference in text is
rendered again when that record changes. One generation is kept: the last build's pages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from jinja2 import Environment

from briefing.model.model import Model
from briefing.model.reads import Reads, Traced
from briefing.model.replay import Replay
from briefing.web.crossref import Links

Job = Callable[[Model, Links], str]  # one page: (model, references) -> Markdown

# Links' own methods that only combine its `find`, `is_article_words` and `elsewhere`: they run
# on the stand-in, so that the page's reads are those three questions, not its whole text.
LINKS_COMPOSITE = frozenset({"plain", "expand_escaped", "expand_markdown", "in_other_briefings",
                             "elsewhere_urls"})

# The model's own that read records and the records' table: run on the stand-in, so that who
# said a quote is a read of its speaker fields and of whether that person is there.
MODEL_COMPOSITE = frozenset({"speakers", "_speaker_key"})


@dataclass(frozen=True)
class Kept:
    """A page as last rendered, with what it read."""

    markdown: str
    reads: Reads


@dataclass(frozen=True)
class Generation:
    key: Hashable  # templates and settings: any change renders every page again
    pages: dict[str, Kept]
    records: Mapping[str, Mapping[str, Any]]  # the model's records these pages read


_LAST: list[Generation] = []  # the last build's pages; one generation, replaced by each build


def render(jobs: dict[str, Job], model: Model, links: Links, key: Hashable,
           keep: bool) -> tuple[dict[str, str], int]:
    """Every page's Markdown, and how many pages were rendered (the others are the last build's,
    unchanged). With `keep` false (a one-off build), every page renders and nothing is kept."""
    if not keep:
        _LAST.clear()
        return {path: job(model, links) for path, job in jobs.items()}, len(jobs)
    last = _LAST[0].pages if _LAST and _LAST[0].key == key else {}
    before = {"model": _LAST[0].records} if last else {}
    replay = Replay({"model": model, "links": links}, before)
    pages: dict[str, Kept] = {}
    for path, job in jobs.items():
        old = last.get(path)
        pages[path] = (old if old is not None and replay.unchanged(old.reads)
                       else _traced(job, model, links))
    rendered = sum(pages[path] is not last.get(path) for path in pages)
    _LAST[:] = [Generation(key, pages, model.records)]
    return {path: page.markdown for path, page in pages.items()}, rendered


def _traced(job: Job, model: Model, links: Links) -> Kept:
    reads = Reads()
    traced_model = Traced(model, reads, "model", MODEL_COMPOSITE)
    traced_links = Traced(links, reads, "links", LINKS_COMPOSITE, model=traced_model)
    return Kept(job(cast(Model, traced_model), cast(Links, traced_links)), reads)


def forget() -> None:
    """Drop the kept pages (the next build renders every page)."""
    _LAST.clear()


def templates_key(env: Environment) -> str:
    """A digest of every template the environment can load, overrides included: an edited,
    added or removed template renders every page again."""
    digest = hashlib.sha256()
    loader = env.loader
    if loader is None:
        return ""
    for name in sorted(loader.list_templates()):
        source, filename, _ = loader.get_source(env, name)
        digest.update(f"{name}\0{filename}\0{source}\0".encode())
    return digest.hexdigest()
