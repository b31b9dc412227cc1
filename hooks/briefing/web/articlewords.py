"""`[[...]]` written in the article itself is the article's words, never a reference.

A quote, a figure's words or a drafted summary copy the article as it stands; if the article
happens to hold `[[people/x]]` (a wiki dump, a post about this very syntax), those characters
must show as written wherever they land: on the article page, in the quote, in its citation.
Anything the article holds is therefore never expanded and never reported as unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = re.compile(r"\s+")
# The shape of a reference as a person would write one, loosely: any `[[...]]` on one line.
_BRACKETED = re.compile(r"\[\[[^\[\]\n]*\]\]")


def normalised(reference: str) -> str:
    """A reference as compared: white space collapsed, as escaping collapses it."""
    return _SPACE.sub(" ", reference).strip()


def article_references(paragraphs: Iterable[str]) -> frozenset[str]:
    """Every `[[...]]` the article's paragraphs hold, normalised."""
    return frozenset(normalised(found.group(0)) for paragraph in paragraphs
                     for found in _BRACKETED.finditer(paragraph))
