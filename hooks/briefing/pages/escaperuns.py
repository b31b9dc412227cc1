"""A Markdown extension that reads a long run of escaped characters in one step.

`escape.md` turns every character Markdown gives a meaning to into `\\x` or an entity, so text
from the data shows as typed. Python-Markdown reads each escape as one inline match, and each
match rebuilds the rest of the paragraph's text: a name of 20,000 '<' cost seconds, quadratic
in the run. This processor, tried just before Python-Markdown's own escapes, takes a whole run
of them as one piece of plain text: the same output, in time linear in the run. Short runs are
left to Python-Markdown, so ordinary pages render as before.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

# Shorter runs cost nothing worth saving; longer ones are where the square shows.
MIN_RUN = 8
# Python-Markdown's own escape (priority 180) and code spans (190) around it: code is read as
# written before any escape is.
PRIORITY = 185
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}


class EscapedRuns(Extension):  # type: ignore[misc]  # Markdown ships no types
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        escaped = "".join(re.escape(char) for char in md.ESCAPED_CHARS)
        entity = "|".join(re.escape(name) for name in _ENTITIES)
        pattern = rf"(?:\\[{escaped}]|{entity}){{{MIN_RUN},}}"
        md.inlinePatterns.register(_RunProcessor(pattern, md), "briefing_escaped_runs", PRIORITY)


class _RunProcessor(InlineProcessor):  # type: ignore[misc]
    _TOKEN = re.compile(r"\\(.)|(&[#a-z0-9]+;)", re.DOTALL)

    def handleMatch(self, m: re.Match[str], data: str  # noqa: N802
                    ) -> tuple[etree.Element | str | None, int, int]:
        def plain(token: re.Match[str]) -> str:
            return token.group(1) if token.group(1) is not None else _ENTITIES[token.group(2)]
        # Atomic: no other inline pattern looks into it; the serialiser escapes <, > and &.
        return AtomicString(self._TOKEN.sub(plain, m.group(0))), m.start(0), m.end(0)
