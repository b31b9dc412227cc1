"""Atom (RFC 4287) and JSON Feed 1.1 documents, from entries whose every date is in the data.

Written with the standard library: ElementTree escapes text and attributes, and the output is
byte-for-byte the same on every build (attributes in a fixed order, no build clock anywhere).
Ids are `urn:uuid:` names derived from the briefing's own ids, so a feed keeps its ids when a
site moves to another address.
"""

from __future__ import annotations

import json
import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import urljoin

ATOM_FILE = "feed.atom"
JSON_FILE = "feed.json"
ATOM_NS = "http://www.w3.org/2005/Atom"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
_NAMESPACE = uuid.UUID("6f1c3a52-7b0e-4c55-9a43-6a0b1fd3c1e2")  # this generator's own


def stable_id(name: str) -> str:
    """A `urn:uuid:` that depends on `name` only."""
    return uuid.uuid5(_NAMESPACE, name).urn


def rfc3339(date: str) -> str:
    """A partial date ('2023', '2023-07', '2023-07-18') as an RFC 3339 date-time at its start."""
    year, month, day = (date.split("-") + ["01", "01"])[:3]
    return f"{year}-{month}-{day}T00:00:00Z"


@dataclass(frozen=True)
class Entry:
    key: str  # stable: the entry's id derives from it
    title: str
    url: str  # relative to the feed's folder, or absolute
    published: str  # partial date from the data
    updated: str
    summary: str
    author: str
    content: str = ""  # plain text; the summary when empty
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feed:
    key: str
    title: str
    subtitle: str
    home: str  # the page the feed follows, relative to `folder` or absolute
    folder: str  # the feed files' folder in the site ('' for the root)
    author: str
    language: str | None = None
    site_url: str = ""  # the site's public address, when known: links become absolute
    entries: tuple[Entry, ...] = field(default_factory=tuple)

    @property
    def updated(self) -> str:
        """The newest entry's date: from the data, so two builds agree."""
        return max((entry.updated for entry in self.entries), default="1970-01-01")

    def address(self, link: str) -> str:
        base = urljoin(self.site_url, self.folder) if self.site_url else ""
        return urljoin(base, link) if base else link


def atom(feed: Feed) -> str:
    ET.register_namespace("", ATOM_NS)
    root = ET.Element(f"{{{ATOM_NS}}}feed", _language(feed))
    _text(root, "id", stable_id(f"feed:{feed.key}"))
    _text(root, "title", feed.title)
    _text(root, "subtitle", feed.subtitle)
    _text(root, "updated", rfc3339(feed.updated))
    _link(root, feed.address(feed.home), "alternate", "text/html")
    _link(root, feed.address(ATOM_FILE), "self", "application/atom+xml")
    _author(root, feed.author)
    _text(root, "generator", "briefing-site")
    for entry in feed.entries:
        _entry(root, feed, entry)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _language(feed: Feed) -> dict[str, str]:
    return {"{http://www.w3.org/XML/1998/namespace}lang": feed.language} if feed.language else {}


def _entry(root: ET.Element, feed: Feed, entry: Entry) -> None:
    node = ET.SubElement(root, f"{{{ATOM_NS}}}entry")
    _text(node, "id", stable_id(f"entry:{entry.key}"))
    _text(node, "title", entry.title)
    _text(node, "published", rfc3339(entry.published))
    _text(node, "updated", rfc3339(entry.updated))
    _link(node, feed.address(entry.url), "alternate", "text/html")
    _author(node, entry.author)
    for tag in entry.tags:
        ET.SubElement(node, f"{{{ATOM_NS}}}category", {"term": tag})
    _text(node, "summary", entry.summary)
    if entry.content:
        ET.SubElement(node, f"{{{ATOM_NS}}}content", {"type": "text"}).text = _xml_safe(entry.content)


def _text(parent: ET.Element, name: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM_NS}}}{name}").text = _xml_safe(text)


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """XML 1.0 has no way to write most control characters, even escaped."""
    return _NOT_XML.sub("", text)


def _link(parent: ET.Element, href: str, rel: str, media_type: str) -> None:
    ET.SubElement(parent, f"{{{ATOM_NS}}}link", {"href": href, "rel": rel, "type": media_type})


def _author(parent: ET.Element, name: str) -> None:
    author = ET.SubElement(parent, f"{{{ATOM_NS}}}author")
    _text(author, "name", name)


def json_feed(feed: Feed) -> str:
    document: dict[str, object] = {
        "version": JSON_FEED_VERSION, "title": feed.title, "description": feed.subtitle,
        "authors": [{"name": feed.author}],
        "items": [_item(feed, entry) for entry in feed.entries],
    }
    if feed.site_url:  # JSON Feed readers need whole addresses, unknown without site_url
        document.update(home_page_url=feed.address(feed.home), feed_url=feed.address(JSON_FILE))
    if feed.language:
        document["language"] = feed.language
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _item(feed: Feed, entry: Entry) -> dict[str, object]:
    item: dict[str, object] = {
        "id": stable_id(f"entry:{entry.key}"), "title": entry.title,
        "content_text": entry.content or entry.summary, "summary": entry.summary,
        "date_published": rfc3339(entry.published), "date_modified": rfc3339(entry.updated),
        "authors": [{"name": entry.author}],
    }
    if entry.tags:
        item["tags"] = list(entry.tags)
    if feed.site_url or "://" in entry.url:
        item["url"] = feed.address(entry.url)
    return item


def feed_files(feed: Feed) -> dict[str, str]:
    """`{site path: content}` of both feeds, in the feed's folder."""
    prefix = f"{feed.folder.rstrip('/')}/" if feed.folder else ""
    return {prefix + ATOM_FILE: atom(feed), prefix + JSON_FILE: json_feed(feed)}
