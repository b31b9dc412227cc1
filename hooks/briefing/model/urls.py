"""Stable addresses: a page's path derives from its kind and id only, never from a title."""

from __future__ import annotations

import functools
import re

from briefing.core.kinds import KINDS, TIMELINE_PAGE
from briefing.core.schema import SLUG_PATTERN
from briefing.model.model import Key

_SLUG = re.compile(SLUG_PATTERN)

ARTICLE = "article.md"
TIMELINE = TIMELINE_PAGE
HOME = "index.md"


@functools.lru_cache(maxsize=1 << 16)  # asked 13,000 times at 1,000 pages; a refusal is not kept
def page_path(key: Key) -> str:
    """Source path of a record's page, e.g. `people/wang-yi.md` (`timeline.md` for an entry)."""
    kind, record_id = key
    if kind not in KINDS or not _SLUG.match(record_id):
        # Ids are validated as slugs on load; this guards the output folder all the same.
        raise ValueError(f"no page for {kind}/{record_id!r}")
    return KINDS[kind].page_path(record_id)


def at_record(key: Key, link: str) -> str:
    """`link` to a record's page, with `#id` where the record shares a page with others: the
    one rule that a timeline entry lives at `timeline#id`."""
    anchor = KINDS[key[0]].anchor(key[1])
    return f"{link}#{anchor}" if anchor else link


def index_path(kind: str) -> str:
    return f"{kind}/index.md"


def page_url(path: str) -> str:
    """Site URL (directory style) of a page source path."""
    if path == HOME:
        return ""
    if path.endswith("/index.md"):
        return path[: -len("index.md")]
    return path[: -len(".md")] + "/"


def relative(from_path: str, to_path: str) -> str:
    """Link from one page's Markdown source to another's, as MkDocs resolves it."""
    return _relative(from_path.rpartition("/")[0], to_path)


def relative_from(folder: str, to_path: str) -> str:
    """`relative` from any page of `folder` ('' for the site's root)."""
    return _relative(folder, to_path)


def record_link(from_path: str, key: Key) -> str:
    """`relative` link to a record's page with its anchor (`at_record`)."""
    return _record_link(from_path.rpartition("/")[0], key)


# Memoised by the linking page's folder: pages of one kind share it, so a large briefing's
# tens of thousands of links come from a few thousand distinct (folder, target) pairs.
@functools.lru_cache(maxsize=1 << 16)
def _record_link(folder: str, key: Key) -> str:
    return at_record(key, _relative(folder, page_path(key)))


@functools.lru_cache(maxsize=1 << 16)
def _relative(folder: str, to_path: str) -> str:
    # Page paths are plain (no '.' or '..' parts), so this is posixpath.relpath without its
    # abspath calls, which made it a tenth of the render time of a large briefing.
    here, target = folder.split("/") if folder else [], to_path.split("/")
    common = 0
    while common < min(len(here), len(target) - 1) and here[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + list(target[common:]))


def relative_url(from_path: str, to_path: str) -> str:
    """Link for raw HTML (not rewritten by MkDocs) between two built pages."""
    here, target = _url_parts(from_path), _url_parts(to_path)
    depth = len(here)
    # The page's own last part matters only when the target is the page or lies below it:
    # otherwise pages of one folder link a target alike.
    return _relative_url(here[:-1], depth, target, target[:depth] == here)


# Memoised: every page's JSON-LD asks for the same few hundred pages' addresses.
@functools.lru_cache(maxsize=1 << 14)
def _url_parts(path: str) -> tuple[str, ...]:
    return tuple(part for part in page_url(path).split("/") if part)


# Memoised by the linking page's folder (8,000 links at 1,000 pages, most from a few folders).
@functools.lru_cache(maxsize=1 << 16)
def _relative_url(parent: tuple[str, ...], depth: int, target: tuple[str, ...],
                  under: bool) -> str:
    """posixpath.relpath for plain paths, without the abspath calls that made it slow: from a
    page `depth` parts deep in `parent`; `under`, the target is that page or below it. Else
    the page's common part with the target is its folder's (its last part is not the target's)."""
    common = depth if under else _common(parent, target)
    link = "/".join([".."] * (depth - common) + list(target[common:])) or "."
    return link if link.endswith("/") or "#" in link else link + "/"


def _common(here: tuple[str, ...], target: tuple[str, ...]) -> int:
    """How many leading parts two paths share."""
    common = 0
    while common < min(len(here), len(target)) and here[common] == target[common]:
        common += 1
    return common
