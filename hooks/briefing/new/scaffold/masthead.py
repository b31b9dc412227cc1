"""The article's own masthead, for `seeds/<id>.yml`: what a citation of it needs.

A scraped page carries its headline, byline, copyright line and often its address; the draft
sets them aside as page chrome (`draft.headers`, read by `draft.paragraphs`), and here they
become the source's facts:

- title: the article's headline ('headline:' or 'title:' header, else a short first line with
  no full stop); the briefing's own title only when the article came without one
  (`title_is_ours: true`, which the article page says);
- authors: the byline's names ('By Aoife Brennan, Agriculture Correspondent' -> Aoife Brennan;
  'By Ana Lima and Tom Reyes in Porto' -> both; a writer's line without 'By' above the text,
  'Aoife Brennan, Agriculture Correspondent', likewise);
- publisher: `--publisher`, else a 'publisher:'/'site:' header, else the copyright line's
  holder ('© 2008 Irish Farm News. All rights reserved.' -> Irish Farm News), else the agency
  of a wire dateline ('BENGALURU, Feb 6 (Reuters) - ...' -> Reuters);
- url: `--url`, else a 'url:'/'link:' header that is a web address.
What is given on the command line wins: the masthead only fills what was not given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME_WORD = r"(?:[A-Z][\w'’.\-]*|(?:de|da|do|dos|van|von|der|den|la|le|al|el|bin|ibn|y)\b)"
_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}$")
# Where a byline's names end: a job title after a comma, a place after 'in', a date or a
# credit after a bar or a dash.
_BYLINE_END = re.compile(r"\s*(?:\||·|\s[-–—]\s|\bin\s+[A-Z]|\bfor\s+[A-Z]|\bat\s+[A-Z]|"
                         r"\b(?:published|updated|posted|photo|photos)\b).*$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\(?\s*(?:©|\(c\)|copyright)\s*(?:\(c\)|©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*)?",
                        re.IGNORECASE)
_RIGHTS = re.compile(r"[.,;]?\s*(?:all rights reserved|some rights reserved|\d{4})\b.*$", re.IGNORECASE)
_AGENCY = re.compile(r"^[A-Z][A-Z.'’\- ]{1,30}(?:,\s+[^()\-–—]{1,30}?)?\s*\(([A-Z][\w.&' ]{0,30})\)\s*[-–—]")
_WEB = re.compile(r"^https?://[^\s<>\"']+$")
_MAX = 120  # longer than any headline, byline or publisher: a sentence, not a masthead


@dataclass(frozen=True)
class Masthead:
    title: str
    title_is_ours: bool
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    url: str | None = None


def masthead(headers: dict[str, str], title: str, publisher: str | None = None,
             url: str | None = None, first_paragraph: str = "") -> Masthead:
    """The source's facts from the article's headers (`draft.headers`) and the command line."""
    headline = _line(headers.get("headline") or headers.get("title") or "")
    byline = headers.get("by") or headers.get("byline") or headers.get("author") or ""
    given_url = url or next((value for key in ("url", "link")
                             if _WEB.match(value := headers.get(key, "").strip())), None)
    return Masthead(title=headline or title, title_is_ours=not headline,
                    authors=byline_names(byline),
                    publisher=publisher or _line(headers.get("publisher") or headers.get("site") or "")
                    or copyright_holder(headers.get("copyright", "")) or wire_agency(first_paragraph),
                    url=given_url)


def byline_names(byline: str) -> tuple[str, ...]:
    """The names a byline gives, in its order; none when it names no one plainly."""
    text = " ".join(byline.split())
    text = re.sub(r"^(?:by|written by|words by)\s*:?\s+", "", text, flags=re.IGNORECASE)
    if text == " ".join(byline.split()) and not re.match(r"^[A-Z]", text):
        return ()
    parts = [part.strip() for part in _BYLINE_END.sub("", text).strip(" .,").split(",")]
    # 'A, B and C' lists names; 'A, Agriculture Correspondent' gives a job after the comma.
    listed = next((n for n, part in enumerate(parts) if re.search(r"\s(?:and|&)\s", part)), 0)
    names = [name.strip() for part in parts[:listed + 1]
             for name in re.split(r"\s+(?:and|&)\s+", part) if name.strip()]
    if not names or not all(_NAME.match(name) and len(name) <= 60 for name in names):
        return ()
    return tuple(names)


def copyright_holder(line: str) -> str | None:
    """'© 2008 Irish Farm News. All rights reserved.' -> 'Irish Farm News'."""
    text = " ".join(line.split())
    match = _COPYRIGHT.match(text)
    if not match:
        return None
    holder = _RIGHTS.sub("", text[match.end():].strip()).strip(" .,;")
    return holder if holder and len(holder) <= 80 and holder[0].isupper() \
        and len(holder.split()) <= 8 else None


def wire_agency(paragraph: str) -> str | None:
    """'GENEVA, June 2 (Wire) - ...' -> 'Wire': the agency a wire report's dateline names."""
    match = _AGENCY.match(paragraph)
    return match.group(1).strip() if match else None


def _line(value: str) -> str:
    text = " ".join(value.split())
    return text if 0 < len(text) <= _MAX * 2 else ""
