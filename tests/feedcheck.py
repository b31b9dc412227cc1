"""Checks a feed against its specification: Atom (RFC 4287) and JSON Feed 1.1.

Atom: the required elements of a feed and of each entry (section 4.1), ids that are absolute
IRIs (4.2.6), every date an RFC 3339 date-time (3.3), an author for the feed or every entry
(4.1.1), and feedparser reading it without complaint. JSON Feed 1.1: the schema below, written
from https://www.jsonfeed.org/version/1.1/ (required `version`, `title`, `items`; each item an
`id` string and `content_html` or `content_text`; dates in RFC 3339), ids unique.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import urlsplit

import feedparser
import jsonschema

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

_DATE = {"type": "string", "pattern": RFC3339.pattern}
_AUTHOR = {"type": "object", "properties": {"name": {"type": "string"}, "url": {"type": "string"},
                                            "avatar": {"type": "string"}}}
JSON_FEED_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["version", "title", "items"],
    "properties": {
        "version": {"const": "https://jsonfeed.org/version/1.1"},
        "title": {"type": "string"}, "home_page_url": {"type": "string", "format": "uri"},
        "feed_url": {"type": "string", "format": "uri"}, "description": {"type": "string"},
        "language": {"type": "string"}, "authors": {"type": "array", "items": _AUTHOR},
        "items": {"type": "array", "items": {
            "type": "object", "required": ["id"],
            "anyOf": [{"required": ["content_html"]}, {"required": ["content_text"]}],
            "properties": {
                "id": {"type": "string"}, "url": {"type": "string"}, "title": {"type": "string"},
                "content_text": {"type": "string"}, "content_html": {"type": "string"},
                "summary": {"type": "string"}, "date_published": _DATE, "date_modified": _DATE,
                "authors": {"type": "array", "items": _AUTHOR},
                "tags": {"type": "array", "items": {"type": "string"}},
            }}},
    },
}


def check_date(text: str | None) -> dt.datetime:
    assert text and RFC3339.match(text), f"not an RFC 3339 date-time: {text!r}"
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _one(node: ET.Element, name: str) -> ET.Element:
    found = node.findall(ATOM + name)
    assert len(found) == 1, f"<{node.tag}> needs exactly one <{name}>, has {len(found)}"
    return found[0]


def _iri(text: str | None) -> str:
    assert text and urlsplit(text).scheme, f"not an absolute IRI: {text!r}"
    return text


def check_atom(text: str) -> ET.Element:
    """The parsed feed; fails on anything RFC 4287 requires that is missing or malformed."""
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == ATOM + "feed"
    for name in ("id", "title", "updated"):
        _one(root, name)
    _iri(_one(root, "id").text)
    check_date(_one(root, "updated").text)
    feed_has_author = root.find(ATOM + "author/" + ATOM + "name") is not None
    ids = set()
    for entry in root.findall(ATOM + "entry"):
        ids.add(_iri(_one(entry, "id").text))
        _one(entry, "title")
        check_date(_one(entry, "updated").text)
        for published in entry.findall(ATOM + "published"):
            check_date(published.text)
        assert feed_has_author or entry.find(ATOM + "author/" + ATOM + "name") is not None
        assert entry.find(ATOM + "content") is not None or any(
            link.get("rel", "alternate") == "alternate" for link in entry.findall(ATOM + "link"))
        assert entry.find(ATOM + "summary") is not None or entry.find(ATOM + "content") is not None
    assert len(ids) == len(root.findall(ATOM + "entry")), "entry ids must be unique"
    parsed = feedparser.parse(text)
    assert parsed.version == "atom10" and not parsed.bozo, parsed.get("bozo_exception")
    return root


def check_json_feed(text: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(text)
    jsonschema.validate(document, JSON_FEED_SCHEMA,
                        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    ids = [item["id"] for item in document["items"]]
    assert len(ids) == len(set(ids)), "item ids must be unique"
    for item in document["items"]:
        for name in ("date_published", "date_modified"):
            if name in item:
                check_date(item[name])
    return document
