"""Share images: every page has one og:image card (title, kind, briefing, date), drawn at build
time from local fonts, the same bytes every time, and taken from the cache once drawn."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from briefing.pages import cards

CARD = cards.Card(title="Kerry meets Wang Yi", kind="Meeting or event",
                  briefing="Kerry in Beijing", date="18 July 2023 (inferred)")
_SHARE_TAG = re.compile(r'<meta (?:property|name)="((?:og|twitter):[a-z:_]+)" content="([^"]*)"')


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_a_card_is_the_same_bytes_every_time_and_differs_by_what_it_shows() -> None:
    first = cards.draw(CARD)
    assert png_size(first) == cards.SIZE
    assert cards.draw(CARD) == first
    assert cards.draw(cards.Card(**{**CARD.__dict__, "date": ""})) != first
    chinese = cards.draw(cards.Card(**{**CARD.__dict__, "title": "习近平"}))
    assert png_size(chinese) == cards.SIZE


def test_a_drawn_card_comes_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn = cards.cached(CARD, tmp_path)
    assert list(tmp_path.glob("*.png")) == [tmp_path / f"{CARD.key()}.png"]

    def no_drawing(card: cards.Card) -> bytes:
        raise AssertionError("drawn again")

    monkeypatch.setattr(cards, "draw", no_drawing)
    assert cards.cached(CARD, tmp_path) == drawn


def test_every_page_has_one_set_of_share_tags_and_its_card(seed_site: Path) -> None:
    pages = [page for page in sorted(seed_site.rglob("*.html")) if page.name != "404.html"]
    problems = []
    for page in pages:
        tags = _SHARE_TAG.findall(page.read_text(encoding="utf-8"))
        names = [name for name, _ in tags]
        if len(names) != len(set(names)) or "og:image" not in names:
            problems.append((page.relative_to(seed_site).as_posix(), names))
            continue
        image = dict(tags)["og:image"]
        card = (page.parent / image).resolve()
        if dict(tags)["twitter:image"] != image or png_size(card.read_bytes()) != cards.SIZE:
            problems.append((page.relative_to(seed_site).as_posix(), image))
    assert len(pages) > 90
    assert problems == []
