"""Every cache the engine or the adapter keeps has a stated bound, and keeps to it.

Under `mkdocs serve` the process lives for a day of edits: a cache keyed by something that
changes at every save (a description, a paragraph) would otherwise grow with every save.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import SimpleNamespace
from typing import Any

import pytest

import briefing
from briefing.adapter.pagecache import PageCache
from briefing.core import escape
from briefing.model import relations, urls
from briefing.model.build import build_model
from briefing.pages import render
from conftest import MINI, ROOT

# The bound of each memoised function, in entries: what a reader of the code should find there.
BOUNDS = {
    "briefing.core.escape._md": 1 << 16,
    "briefing.model.urls._record_link": 1 << 16,
    "briefing.model.urls._relative": 1 << 16,
    "briefing.model.urls._url_parts": 1 << 14,
    "briefing.model.urls.page_path": 1 << 16,
    "briefing.core.schema._class_names": 64,
    "briefing.core.schema._answerable": 64,  # (one entry per class asked)
    "briefing.pages.page._paragraph_link": 1 << 14,
    "briefing.data.article._not_an_end": 4096,
    "briefing.model.urls._relative_url": 1 << 16,
    "briefing.data.article._normalised_with_offsets": 4096,
    "briefing.data.article.sentence_spans": 1 << 14,
    "briefing.data.article.segmenter": 1,
    "briefing.data.article._abbreviation": 1,
    "briefing.new.draft.sentences.sentence_spans": 4096,
    "briefing.new.draft.entity._slug": 4096,
    "briefing.new.draft.givennames._table": 1,
    "briefing.new.draft.evidence._gender_words_before": 8,  # (one article's paragraphs, read once)
    "briefing.new.draft.subdivisions.subdivisions": 1,
    "briefing.new.draft.subdivisions.territories": 1,
    "briefing.new.draft.gazetteer.cities": 1,
    "briefing.new.draft.pronouns._double_marks": 64,
    "briefing.new.draft.pronouns._unnamed_speakers": 64,
    "briefing.new.draft.people._plural_subjects": 8,  # (one article's text, read by each candidate)
    "briefing.new.draft.orgcontext._words_before_side_roles": 4,  # (one article's text, likewise)
    "briefing.new.draft.payees._payees": 8,  # (one article's text, read by each candidate)
    "briefing.new.draft.credits._has_credit": 8,  # (one article's text, read for each person)
    "briefing.new.draft.credits._credit_lines": 8,  # (one article's text, read for each person)
    "briefing.pages.render.environment": 8,
    "briefing.pages.cards._load": 16,
    "briefing.pages.cards._cjk_text": 1,
    "briefing.pages.precompiled.shipped": 2,
    "briefing.pages.precompiled.installed_bytecode": 1,
    "briefing.hub.config._parsed": 1,
    "briefing.web.index_format.schema_json": 1,
    "briefing.model.link.ref_fields": 256,  # (one entry per record class)
}


def memoised() -> dict[str, Any]:
    """Every functools cache defined at module level anywhere in the package."""
    found = {}
    for module_info in pkgutil.walk_packages(briefing.__path__, "briefing."):
        if module_info.name.endswith("__main__"):  # importing it runs the command line
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if callable(getattr(value, "cache_parameters", None)) and value.__module__ == module.__name__:
                found[f"{module.__name__}.{name}"] = value
    return found


def test_every_memoised_function_has_the_stated_bound() -> None:
    found = {name: function.cache_parameters()["maxsize"] for name, function in memoised().items()}
    assert found == BOUNDS


@pytest.mark.parametrize(("function", "argument"), [
    (escape._md, lambda n: f"text {n}"),
    (urls._relative, lambda n: ("people", f"people/p{n}/index.md")),
    (urls._record_link, lambda n: ("people", ("people", f"p{n}"))),
])
def test_a_cache_filled_past_its_bound_keeps_to_it(function: Any, argument: Any) -> None:
    bound = function.cache_parameters()["maxsize"]
    for number in range(bound + 100):
        value = argument(number)
        function(*value) if isinstance(value, tuple) else function(value)
    assert function.cache_info().currsize == bound


def test_the_umbrella_events_of_one_model_only_are_kept() -> None:
    first, second = build_model(MINI), build_model(MINI)
    relations.own_and_background(first, first.all("meetings"))
    relations.own_and_background(second, second.all("meetings"))
    assert [model for model, _ in relations._UMBRELLAS.values()] == [second]


def test_the_jinja_environment_keeps_at_most_400_compiled_templates() -> None:
    render.environment.cache_clear()
    env = render.environment(ROOT / "tests")
    assert getattr(env.cache, "capacity", None) == 400  # a jinja2 LRUCache


def _page(path: str, markdown: str) -> SimpleNamespace:
    page = SimpleNamespace(file=SimpleNamespace(src_uri=path), content=None, toc=[], title=path,
                           meta={}, update_date="2026-01-01", _title_from_render=None,
                           present_anchor_ids=set(), links_to_anchors=None)
    page.file.page = page
    page.render = lambda config, files: setattr(page, "content", f"<p>{markdown}</p>")
    return page


def _build(cache: PageCache, pages: list[SimpleNamespace]) -> None:
    """What one build asks of the page cache, in the order the adapter's events ask it."""
    files = SimpleNamespace(documentation_pages=lambda: [page.file for page in pages])
    cache.start()
    for page in pages:
        cache.render_page(page, page.title, files, "files")
        page.render(None, files)
    cache.choose_templates(files, "context")
    for page in pages:
        cache.keep_html(page, f"<html>{page.content}</html>")
    cache.finish()


def test_the_page_cache_holds_one_build() -> None:
    cache = PageCache()
    for build in range(5):  # every build edits every page: nothing of the last one is reused
        pages = [_page(f"people/p{n}.md", f"edit {build} of page {n}") for n in range(10)]
        for page in pages:
            page.title = f"{page.file.src_uri} {build}"
        _build(cache, pages)
        assert len(cache.last.rendered) == len(cache.last.html) == 10
        assert not cache.next.rendered and not cache.next.html


def test_a_failed_build_leaves_the_last_good_generation_only() -> None:
    cache = PageCache()
    _build(cache, [_page("a.md", "a")])
    cache.start()  # the next build fails before it finishes
    cache.render_page(_page("b.md", "b"), "b", None, "files")
    cache.start()
    assert len(cache.last.rendered) == 1 and not cache.next.rendered
