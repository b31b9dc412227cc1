"""A Markdown extension that reads a long stretch of escaped text in one step.

`escape.md` turns every character Markdown gives a meaning to into `\\x` or an entity, so text
from the data shows as typed. Python-Markdown reads each escape as one inline match, and each
match rebuilds the rest of the paragraph's text: a name of 20,000 '<', or of 10,000 'a<', cost
seconds, quadratic in the escapes. This processor, tried just before Python-Markdown's own
escapes, takes a whole stretch of them, with the plain characters between them, as one piece:
the same output, in time linear in the stretch. Short stretches are left to Python-Markdown, so
ordinary pages render as before.

Why the output is the same: a stretch starts and ends with an escape, and the characters
between escapes are none that any later inline pattern reads (links, images, emphasis, raw
HTML, entities, code, line breaks), so no later pattern could have matched inside it or across
its ends. Each escape becomes Python-Markdown's own placeholder for it (turned back into the
character after every tree processor, so attr_list never sees an escaped `{`), and a run of
entities is kept aside as written, as Python-Markdown keeps each entity. A stretch never starts
inside a tag of raw HTML (the nearest `<` or `>` before it is a `<`), where a character would be
read back as markup: an attribute's `&quot;` as the quote that ends it. Text the engine writes into an
attribute (`escape.md_attribute`) uses numeric references besides, which no stretch holds.
"""

from __future__ import annotations

import re

from markdown import Markdown, util
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

# Shorter stretches cost nothing worth saving; longer ones are where the square shows.
MIN_RUN = 8
# Python-Markdown's own escape (priority 180) and code spans (190) around it: code is read as
# written before any escape is.
PRIORITY = 185
_ENTITIES = ("&lt;", "&gt;", "&amp;")  # what escape.md writes
# Characters a later inline pattern reads (and the placeholders of earlier ones): never inside.
_PLAIN = r"[^\\&<>\[\]()!*_`\n\x02\x03]"


class EscapedRuns(Extension):  # type: ignore[misc]  # Markdown ships no types
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        escaped = "".join(re.escape(char) for char in md.ESCAPED_CHARS)
        token = rf"(?:\\[{escaped}]|{'|'.join(_ENTITIES)})"
        pattern = rf"{token}(?:{_PLAIN}*{token})*"
        md.inlinePatterns.register(_RunProcessor(pattern, md), "briefing_escaped_runs", PRIORITY)


class _RunProcessor(InlineProcessor):  # type: ignore[misc]
    _TOKEN = re.compile(r"\\(.)|((?:&(?:lt|gt|amp);)+)", re.DOTALL)

    def handleMatch(self, m: re.Match[str], data: str  # noqa: N802
                    ) -> tuple[str | None, int | None, int | None]:
        stretch, start = m.group(0), m.start(0)
        if stretch.count("\\") + stretch.count("&") < MIN_RUN or \
                data.rfind("<", 0, start) > data.rfind(">", 0, start):  # short, or inside a tag
            return None, None, None  # left to Python-Markdown, escape by escape

        def plain(token: re.Match[str]) -> str:
            if token.group(1) is not None:  # Python-Markdown's own placeholder for an escape
                return f"{util.STX}{ord(token.group(1))}{util.ETX}"
            # Entities stay entities, kept aside one by one as Python-Markdown keeps each: as
            # text, `&amp;` then `colon;` would be written back as the entity `&colon;`; one
            # placeholder each, as escape by escape, so that attr_list reading them inside
            # `{ }` written by hand sees the same placeholders.
            return "".join(str(self.md.htmlStash.store(entity))
                           for entity in re.findall(r"&\w+;", token.group(2)))
        return self._TOKEN.sub(plain, stretch), m.start(0), m.end(0)
