"""Share images: a card for every page (title, kind, briefing, date), drawn at build time.

A link to a page pasted into a chat or a social network shows this card (`og:image`). It is
drawn with Pillow and fonts that Debian installs (`make install`: fonts-dejavu-core, and
fonts-noto-cjk for Chinese, Japanese and Korean names), never fetched: a build needs no
network. The same card gives the same bytes on every build, and a card already drawn is taken
from the cache folder instead of drawn again (its name is the hash of what it shows).
"""

from __future__ import annotations

import functools
import hashlib
import html
import io
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.core import dates
from briefing.core.kinds import page_kinds
from briefing.model import urls
from briefing.model.model import Model
from briefing.model.names import SINGULAR

SIZE = (1200, 630)  # what Open Graph and Twitter's large card expect
FONTS = Path("/usr/share/fonts")
LATIN = (FONTS / "truetype/dejavu/DejaVuSans.ttf", FONTS / "truetype/dejavu/DejaVuSans-Bold.ttf")
CJK = (FONTS / "opentype/noto/NotoSansCJK-Regular.ttc", FONTS / "opentype/noto/NotoSansCJK-Bold.ttc")
VERSION = "1"  # change when the drawing changes, so that cached cards are drawn again
INK, PAPER, ACCENT, MUTED = "#1a1a2e", "#ffffff", "#3f51b5", "#5c5c70"


@dataclass(frozen=True)
class Card:
    title: str
    kind: str  # 'Person', 'Quote', ... or 'Page'
    briefing: str
    date: str  # as a reader reads it, '' for none

    def key(self) -> str:
        text = "\n".join((VERSION, self.title, self.kind, self.briefing, self.date))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@functools.lru_cache(maxsize=1)
def _cjk_text() -> re.Pattern[str]:
    """Chinese, Japanese or Korean characters. Compiled when a card is first drawn, not at
    import: a class of such wide ranges takes 3 ms to compile, and a build that takes every
    card from the cache draws none."""
    return re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def missing() -> str | None:
    """Why cards cannot be drawn here (Pillow or a font is missing), or None."""
    try:
        import PIL  # noqa: F401
    except ImportError:
        return ("the share cards need Pillow: `make install` (or `pip install -e .`) installs it; "
                "or set `share_cards: false` under `extra.briefing` in mkdocs.yml")
    fonts = [path for path in (*LATIN, *CJK) if not path.is_file()]
    if fonts:
        return (f"the share cards' fonts are missing ({', '.join(map(str, fonts))}): `make install` "
                "installs them (Debian's fonts-dejavu-core and fonts-noto-cjk)")
    return None


def card_path(page_path: str) -> str:
    """Site path of a page's card: `people/wang-yi.md` -> `assets/cards/people/wang-yi.png`."""
    return f"assets/cards/{page_path.removesuffix('.md')}.png"


def page_facts(model: Model) -> dict[str, tuple[str, str]]:
    """Page path -> (kind, date) of every record's page: the date as the page says it, with
    '(inferred)' where the article does not state it (a card cannot show a mark)."""
    facts: dict[str, tuple[str, str]] = {}
    for kind in page_kinds():
        for record in model.all(kind):
            date = dates.reader_date(getattr(record, "date", None))
            if date and ("date" in getattr(record, "inferred", {})
                         or getattr(record, "date_basis", None)):
                date += " (inferred)"
            facts.setdefault(urls.page_path((kind, record.id)), (SINGULAR[kind].capitalize(), date))
    return facts


def draw(card: Card) -> bytes:
    """The card as PNG bytes."""
    from PIL import Image, ImageDraw  # only a build that draws cards needs Pillow

    image = Image.new("RGB", SIZE, PAPER)
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, 0, 24, SIZE[1]), fill=ACCENT)
    pen.text((80, 70), card.kind.upper(), font=_font(card.kind, 34, bold=True), fill=ACCENT)
    width = 15 if _cjk_text().search(card.title) else 27  # characters a line of 1,040 px holds
    lines = textwrap.wrap(card.title, width)
    if len(lines) > 4:
        lines = [*lines[:3], textwrap.shorten(" ".join(lines[3:]), width, placeholder=" …")]
    title_font = _font(card.title, 64, bold=True)
    for number, line in enumerate(lines):
        pen.text((80, 140 + number * 80), line, font=title_font, fill=INK)
    for y, text in ((490, card.date), (545, card.briefing)):
        pen.text((80, y), textwrap.shorten(text, 60, placeholder=" …"), font=_font(text, 30),
                 fill=MUTED)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def cached(card: Card, cache: Path) -> bytes:
    """The card's PNG, from the cache folder when it was drawn before."""
    path = cache / f"{card.key()}.png"
    if path.is_file():
        return path.read_bytes()
    png = draw(card)
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_bytes(png)
    partial.replace(path)  # a killed build leaves no half card behind
    return png


def for_page(facts: dict[str, tuple[str, str]], path: str, title: str, briefing: str) -> Card:
    """The card of the page built from `path`: a record's kind and date, or a plain page."""
    kind, date = facts.get(path, ("Page", ""))
    # MkDocs keeps a title's text HTML-escaped, with any inline markup.
    plain = html.unescape(re.sub(r"<[^>]*>", "", title))
    return Card(title=plain, kind=kind, briefing=briefing, date=date)


def _font(text: str, size: int, bold: bool = False) -> Any:
    family = CJK if _cjk_text().search(text) else LATIN
    return _load(family[1] if bold else family[0], size)


@functools.lru_cache(maxsize=16)
def _load(path: Path, size: int) -> Any:
    from PIL import ImageFont

    if not path.is_file():
        raise FileNotFoundError(f"the share cards' font {path} is missing: `make install` "
                                "installs it (fonts-dejavu-core, fonts-noto-cjk)")
    return ImageFont.truetype(str(path), size)
