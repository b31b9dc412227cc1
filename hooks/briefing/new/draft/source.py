"""Read an article file, refusing what cannot be a news article with one clear line."""

from __future__ import annotations

from pathlib import Path

from briefing.new.draft.markup import plain_text

# A long wire report is 30 KB; a whole book is not a briefing, and drafting one would take minutes.
MAX_BYTES = 512 * 1024


class ArticleError(ValueError):
    """The article cannot be drafted; the message says why and what to do."""


def read_article(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot read the article ({error.strerror})") from None
    return check_article(raw, str(path))


def check_article(raw: bytes, shown: str) -> str:
    if len(raw) > MAX_BYTES:
        raise ArticleError(f"{shown}: {len(raw):,} bytes is too long for one article "
                           f"(at most {MAX_BYTES:,}); split it, one briefing per article")
    if b"\x00" in raw:
        raise ArticleError(f"{shown}: a binary file, not text; save the article as plain UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{shown}: not UTF-8 text (byte {error.start}); "
                           "save the article as UTF-8") from None
    text = plain_text(text)  # a page's markup left in: '&#8220;', '<p>'
    if not text.strip():
        raise ArticleError(f"{shown}: the article is empty; give the file holding its text")
    if sum(char.isalpha() for char in text) < 20:
        raise ArticleError(f"{shown}: no words to draft from; give the file holding the text")
    return text
