"""`urls.relative_url` (links in raw HTML and JSON-LD, kept per linking folder) is posixpath's
relative path between the two pages' addresses, for every pair of pages: a page to itself, to a
page of its own folder, below it, above it, and elsewhere."""

from __future__ import annotations

import itertools
import posixpath

import pytest

from briefing.model import urls

PAGES = ["index.md", "article.md", "timeline.md", "people/index.md", "people/wang-yi.md",
         "people/li-qiang.md", "people/wang-yi/index.md", "people/wang-yi/notes.md",
         "places/index.md", "places/wang-yi.md", "people-x/wang-yi.md", "wang-yi.md"]


def relpath_url(from_path: str, to_path: str) -> str:
    link = posixpath.relpath("/" + urls.page_url(to_path), "/" + urls.page_url(from_path))
    return link if link.endswith("/") else link + "/"


@pytest.mark.parametrize(("from_path", "to_path"), list(itertools.product(PAGES, repeat=2)))
def test_a_link_between_two_pages_is_their_relative_path(from_path: str, to_path: str) -> None:
    assert urls.relative_url(from_path, to_path) == relpath_url(from_path, to_path)


def test_pages_of_one_folder_link_alike_but_each_to_itself() -> None:
    assert urls.relative_url("people/wang-yi.md", "people/wang-yi.md") == "./"
    assert urls.relative_url("people/li-qiang.md", "people/wang-yi.md") == "../wang-yi/"
    assert urls.relative_url("people/wang-yi.md", "people/wang-yi/notes.md") == "notes/"
