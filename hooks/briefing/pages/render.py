"""Phase 3, render: the linked model in, `{page path: Markdown}` out. No MkDocs here."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
)
from markupsafe import Markup

from briefing.core import dates
from briefing.core.escape import md
from briefing.core.kinds import KINDS, home_kinds, page_kinds
from briefing.core.numbers import counted
from briefing.core.schema import SLUG_PATTERN
from briefing.model import relations, urls
from briefing.model.model import Model
from briefing.model.names import SINGULAR, TITLES, display_name, figure_value, kind_of, names_value
from briefing.pages import (
    bytecode,
    codegen,
    diagrams,
    draftmark,
    gist,
    incremental,
    jsonld,
    notstated,
    precompiled,
    provenance,
    review_page,
    said,
)
from briefing.pages.annotate import annotated_paragraph
from briefing.pages.page import PageContext
from briefing.web.crossref import Links


class _Environment(Environment):
    code_generator_class = codegen.DirectCalls  # `finalize` returns markup, nothing takes the context

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as one dict, not Jinja's `ChainMap` over the environment's: each
        page's context copies them, and each `{% import %}` compares them with the importing
        template's, key by key. `environment` sets every global before it loads a template."""
        return {**self.globals, **(d or {})}


@functools.lru_cache(maxsize=8)
def environment(templates_dir: Path | None = None, project: Path | None = None) -> Environment:
    """Jinja environment; a briefing's own folder, if given, overrides the built-in templates.

    Kept across builds (`mkdocs serve` rebuilds): compiling the templates costs more than a
    small briefing's pages. The built-in templates ship compiled (`precompiled`), and an
    override's compiled code is kept on disk, in the `project`'s cache folder (checked against
    each source), so that a cold `mkdocs build` compiles none of them again. Each build checks
    every template the loaders find against what was loaded once (`_reloaded`), not at every
    page (a file system call per template per page: 2,258 at 1,000 pages): an edited, added or
    removed override is loaded again.

    Autoescaping is on, with Markdown escaping (`finalize`) in place of HTML's: every
    `{{ value }}` is escaped unless it is already markup (`Markup`), and a macro returns markup,
    so a macro's output is never escaped twice and needs no `| safe` where it is called.
    """
    loaders = [FileSystemLoader(str(templates_dir))] if templates_dir else []
    env = _Environment(
        loader=ChoiceLoader([*loaders, precompiled.PackageTemplates()]),
        finalize=_finalize, undefined=StrictUndefined, keep_trailing_newline=True,
        trim_blocks=True, lstrip_blocks=True, autoescape=True, auto_reload=False)
    env.filters["md"] = md
    env.filters["anchor"] = anchor
    env.filters["join"] = join
    # A sentence of the data that the page continues ("...by the article; a full quote").
    env.filters["clause"] = clause
    env.globals["stop"] = stop
    env.globals.update(SINGULAR=SINGULAR, TITLES=TITLES, name=display_name, kind_of=kind_of,
                       figure_value=figure_value, names_value=names_value, rel=relations,
                       annotated=annotated_paragraph, counted=counted,
                       provenance=provenance, said=said, notstated=notstated, reader_date=dates.reader_date,
                       reader_order=dates.chronological, home_kinds=home_kinds)
    if project is not None:
        env.bytecode_cache = bytecode.ProjectBytecodeCache(project, env)
    return env


# A sentence's end that needs no full stop after it: ".", "!", "?", "…", then closing quotes.
_ENDED = re.compile(r"[.!?…][”’\"')\]]*$")
# A last word whose full stop is its own: "U.S.", "a.m.", "etc.", "Inc.".
_ABBREVIATION = re.compile(r"(?:\b\w\.){2,}$|\b(?:etc|Inc|Ltd|Co|Corp|Jr|Sr|St|vs)\.$")


def clause(text: Any) -> str:
    """A sentence of the data that the page continues ("…by the article; a full quote"): its
    closing full stop, comma or colon goes, an abbreviation's full stop stays."""
    words = str(text).rstrip(" ;,:")
    if words.endswith(".") and not _ABBREVIATION.search(words):
        words = words.rstrip(" .")
    return words


def stop(last: Any) -> str:
    """The full stop after a sentence whose last words are `last`; none when they end one."""
    return "" if _ENDED.search(str(last).rstrip()) else "."


def _reloaded(env: Environment, templates: str) -> Environment:
    """The environment, with its templates loaded again if any changed since they were loaded:
    `templates` (incremental.templates_key) digests every template the loader finds, its file
    and source, so an override added to the briefing's folder counts too (Jinja's own check,
    `is_up_to_date`, looks only at the file a template was loaded from: the built-in one)."""
    if env.cache is not None and getattr(env, "briefing_templates", None) != templates:
        env.cache.clear()
    env.briefing_templates = templates  # type: ignore[attr-defined]
    return env


def join(items: Any, separator: str = "") -> Markup:
    """Jinja's `join` escapes as HTML under autoescaping; here each item that is not markup, and
    the separator, are escaped as Markdown, like every other value."""
    return md(separator).join(md(item) for item in items)


_BLANK_LINES = re.compile("\n\n\n+")


def _one_blank_line(body: str) -> str:
    """Runs of blank lines as one, in one pass. (A page's runs are of 3 to 8 newlines: replacing
    three by two took 3 or 4 passes, five times the pattern's one at 1,000 pages.)"""
    return _BLANK_LINES.sub("\n\n", body) if "\n\n\n" in body else body


def anchor(record_id: str) -> Markup:
    """A record's id as a heading's anchor (`{ #id }`): ids are slugs, which need no escaping
    there (a backslash would become part of the anchor); anything else is refused."""
    if not re.fullmatch(SLUG_PATTERN, record_id):
        raise ValueError(f"not a record id: {record_id!r}")
    return Markup(record_id)


def _finalize(value: Any) -> Markup:
    """Every `{{ value }}` is escaped as Markdown unless it is already markup (a macro's output,
    or a helper's); autoescaping then leaves the result as it is."""
    if type(value) is Markup:  # a macro's output or a helper's: most values (one call fewer)
        return value
    if value is None:
        return _EMPTY
    return md(value)


_EMPTY = Markup("")


HUB_KINDS = ("people", "organisations", "places", "topics")  # a hub keeps a dossier of each


def render_site(model: Model, templates_dir: Path | None = None,
                links: Links | None = None, language: str = "en",
                hub: str | None = None, review: bool = False,
                project: Path | None = None) -> dict[str, str]:
    """Every generated page; numbers are written as readers of the site's `language` write them.
    With a `hub`, each person, organisation, place and topic page links to its dossier there.
    With `review` (under `mkdocs serve`) and drafts left, a review page lists them. Compiled
    templates are kept in the `project`'s cache folder, if one is given."""
    return render_counted(model, templates_dir, links, language, hub, review, project)[0]


def render_counted(model: Model, templates_dir: Path | None = None,
                   links: Links | None = None, language: str = "en",
                   hub: str | None = None, review: bool = False,
                   project: Path | None = None,
                   keep: bool = False) -> tuple[dict[str, str], int]:
    """`render_site`'s pages, and how many of them were rendered: with `keep` (under `mkdocs
    serve`), a page whose reads of the model are the same as last build's is not rendered
    again (`incremental`)."""
    # The environment is cached across builds, so this build's links travel as an argument.
    links = links or Links(model)
    review = review and bool(draftmark.unchecked(model))
    env = environment(templates_dir, project)
    templates = incremental.templates_key(env)
    env = _reloaded(env, templates)
    # Each template looked up once per build, not per page (Jinja's own cache costs a weak
    # reference and a lock per look-up).
    page = functools.partial(_render_page, functools.cache(env.get_template), language, review)
    key = (str(templates_dir), str(project), language, hub, review, templates)
    pages, rendered = incremental.render(_jobs(model, page, language, hub), model, links, key, keep)
    if review:
        pages[review_page.PATH] = review_page.review_page(model)
        rendered += 1
    return dict(sorted(pages.items())), rendered


def _jobs(model: Model, page: Callable[..., str], language: str,
          hub: str | None) -> dict[str, incremental.Job]:
    """Every page to render, each as a function of the (traced) model and references."""
    jobs: dict[str, incremental.Job] = {}
    for kind in page_kinds():
        for record in model.all(kind):
            path = urls.page_path((kind, record.id))
            jobs[path] = functools.partial(_record_page, page, language, hub, kind, record.id)
        jobs[urls.index_path(kind)] = functools.partial(_index_page, page, kind)
    for path in (urls.HOME, urls.TIMELINE, urls.ARTICLE, "diagrams.md"):
        jobs[path] = functools.partial(_briefing_page, page, path)
    return jobs


def _record_page(page: Callable[..., str], language: str, hub: str | None, kind: str,
                 record_id: str, model: Model, links: Links) -> str:
    declared = KINDS[kind]
    record = model.get((kind, record_id))
    return page(model, links, str(declared.template), urls.page_path((kind, record_id)),
                declared.search_boost, record=record,
                description=gist.record_description(model, kind, record, language),
                more=hub_link(hub, model.briefing.id, kind, record) if hub else "")


def _index_page(page: Callable[..., str], kind: str, model: Model, links: Links) -> str:
    return page(model, links, "index.md.j2", urls.index_path(kind), 1, kind=kind,
                records=model.all(kind), description=gist.index_description(model, kind))


def _briefing_page(page: Callable[..., str], path: str, model: Model, links: Links) -> str:
    """The home page, the timeline, the article and the diagrams: one each."""
    title = model.briefing.title
    template, boost, description = {
        urls.HOME: ("home.md.j2", 2, model.briefing.summary),
        urls.TIMELINE: ("timeline.md.j2", 1, f"Timeline of {title}, earliest first."),
        urls.ARTICLE: ("article.md.j2", 1, f"The source article of {title}, paragraph by "
                       f"paragraph: {model.article.source.title}"),
        "diagrams.md": ("diagrams.md.j2", 0.5, f"Who met whom and who spoke on what in {title}."),
    }[path]
    return page(model, links, template, path, boost, description=description)


DRAFT_NOTE = ('!!! warning "Draft: not yet checked against the article"\n'
              "    `briefing new` drafted this record from the article's text. Check it, then "
              "delete its `draft: true` line.\n")


def _mark_draft(body: str, record: Any) -> str:
    """The unreviewed mark, under the page's title, whatever template drew the page; with every
    value the draft could read two ways, so that no doubt reads as fact."""
    doubts = "".join(f"    - **{md(field)}**: {md(reason)}\n"
                     for field, reason in sorted(getattr(record, "uncertain", {}).items()))
    if doubts:
        doubts = "\n    Not sure in the draft:\n\n" + doubts
    if draftmark.is_draft(record):
        body = _title_says_draft(body)
    title, newline, rest = body.lstrip("\n").partition("\n")
    return f"{title}{newline}\n{DRAFT_NOTE}{doubts}\n{rest}"


def _title_says_draft(body: str) -> str:
    """The page's title (and so its tab, share card and search result) ends "(draft)"."""
    title, newline, rest = body.lstrip("\n").partition("\n")
    if title.startswith("# "):
        # Before the heading's attribute list (`# “words” { .briefing-words }`), if it has one.
        words, attributes = _ATTRIBUTES.match(title).groups()  # type: ignore[union-attr]
        title = f"{words}{draftmark.SUFFIX}{attributes or ''}"
    return f"{title}{newline}{rest}"


_ATTRIBUTES = re.compile(r"(.*?)( \{ *[.#][^{}]*\})?$")


def hub_link(hub: str, briefing_id: str, kind: str, record: Any) -> str:
    """"More on X in the hub": the hub leads `records/<briefing>/<kind>/<id>/` to the dossier."""
    if kind not in HUB_KINDS:
        return ""
    address = quote(f"{hub}records/{briefing_id}/{kind}/{record.id}/", safe=":/")
    return f"\n\n[More on {md(display_name(record))} in the hub]({address})\n"


def _render_page(template_of: Callable[[str], Template], language: str, review: bool,
                 model: Model, links: Links,
                 template: str, path: str, boost: float, description: str, more: str = "",
                 **values: Any) -> str:
    page = PageContext(model, path, links)
    # Over the environment's global of the same name: the language is this build's.
    in_words = functools.partial(figure_value, language=language)
    body = template_of(template).render(model=model, page=page, diagrams=diagrams,
                                        briefing=model.briefing, figure_value=in_words,
                                        **values) + more
    # References written in YAML text reach the page escaped; only now is the page known.
    body = provenance.merge_adjacent(links.expand_escaped(body, path))
    record = values.get("record")
    own = {urls.HOME: "briefing", urls.ARTICLE: "article"}.get(
        path, f"{kind_of(record)}/{record.id}" if record is not None else "")
    body = notstated.with_box(body, model, own)
    if getattr(record, "draft", False) or getattr(record, "uncertain", None):
        body = _mark_draft(body, record)
    if path == urls.HOME and draftmark.unchecked(model):
        body = _title_says_draft(body)
    if draftmark.unchecked(model):
        link = urls.relative(path, review_page.PATH) if review else None
        body = draftmark.under_title(body, draftmark.banner(model, link))
    if draftmark.is_draft(record) or (path == urls.HOME and draftmark.unchecked(model)):
        description = draftmark.DESCRIPTION + description
    graph = jsonld.Graph(model, path, links.elsewhere_urls, links.plain)
    # The boost is a number; the description is escaped and quoted (gist.front_matter_line).
    front = f"search:\n  boost: {boost:g}\n{gist.front_matter_line(description)}"
    if path == urls.HOME and draftmark.home_title(model):  # the tab says whose draft it is
        front += gist.front_matter_line(draftmark.home_title(model), "title")
    return f"---\n{front}---\n\n{_one_blank_line(body).strip()}\n{jsonld.page_block(graph)}"
