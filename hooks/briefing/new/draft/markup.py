"""An article pasted from a page's source or a feed, read as the text a reader sees.

Scraped text often keeps the page's markup: character references ('South Africa&#8217;s',
'&quot;no confidence&quot;', '&nbsp;') and, from a page's source, its tags ('<p>', '<br>').
Left in, the quoted words go unseen ('&#8220;' is no quotation mark) and the seed would show
'&#8217;' to readers. So, before the article is numbered:

- a page's source (a doctype or '<html>' first, or a closed block such as '</p>') is read by
  the standard library's HTML parser: each block ('<p>', '<div>', '<h1>', '<li>', '<blockquote>',
  '<figcaption>', ...) is a paragraph, '<br>' a line break, and what a reader never sees
  ('<script>', '<style>', '<noscript>', '<template>', comments) is left out;
- otherwise every character reference with its semicolon ('&amp;', '&#8217;', '&#x201C;') is
  the character it stands for ('AT&T' and 'R&D' have none and stay as written);
- a no-break space is a space.
Plain text with none of these is returned unchanged.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption section "
                    "article header footer nav aside main table tr dd dt dl pre address".split())
_HIDDEN = frozenset("script style noscript template head svg iframe".split())
# A page's source: a doctype or <html> first, or a block closed ('</p>'); prose about HTML
# names a tag ('the <p> tag') but seldom closes one.
_PAGE = re.compile(rf"^\s*<(?:!doctype|html)\b|</(?:{'|'.join(sorted(_BLOCKS))})\s*>", re.IGNORECASE)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def plain_text(text: str) -> str:
    if _PAGE.search(text):
        text = _from_html(text)
    elif _REFERENCE.search(text):
        text = _REFERENCE.sub(lambda match: html.unescape(match.group()), text)
    return text.replace("\xa0", " ").replace("\u202f", " ")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            # Inside a block, the source's own line breaks are spaces, as a browser shows them.
            self.parts.append(re.sub(r"\s+", " ", data))


def _from_html(text: str) -> str:
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
