"""A record cites the paragraphs it comes from: a cited paragraph should name it.

This applies to the kinds that have a name in the article (people, organisations, places,
topics). A paragraph counts as naming a record when it has the record's name or an alias (as
a whole word), all the words of its id, or when a quote, statement, meeting or figure
sourced in that paragraph names the record: "He also delivered a message" (¶13) is Kerry's
because the statement of ¶13 says Kerry is its speaker. Anything else is a warning: a
paragraph number may be off by one.
"""

from __future__ import annotations

import re

from briefing.core.kinds import named_kinds
from briefing.core.problems import Problem
from briefing.model.mentions import name_pattern
from briefing.model.model import Key, Model

_WORD = re.compile(r"\w+")


def problems(model: Model) -> list[Problem]:
    found = []
    for kind in named_kinds():
        for record in model.all(kind):
            key = (kind, record.id)
            named, pattern = _sourcing(model, key), name_pattern(kind, record)
            for index, number in enumerate(record.paragraphs):
                text = model.article.paragraph(number)
                if number not in named and not pattern.search(text) and not _id_words_in(record.id, text):
                    file, line = model.where(key, "paragraphs", index)
                    found.append(Problem(
                        file, line, record.id, f"paragraphs[{index}]",
                        f"paragraph {number} does not mention this record (by name, alias or id), "
                        "and no record sourced there refers to it",
                        "Check the paragraph number; or add the words the article uses to "
                        "`aliases`.", warning=True))
    return found


def _sourcing(model: Model, key: Key) -> set[int]:
    """Paragraphs that source a quote, statement, meeting or figure referring to the record."""
    paragraphs: set[int] = set()
    named = named_kinds()
    for referrer in model.referrers.get(key, ()):
        if referrer.source[0] not in named:
            paragraphs.update(model.get(referrer.source).paragraphs)
    return paragraphs


def _id_words_in(record_id: str, text: str) -> bool:
    words = {word.lower() for word in _WORD.findall(text)}
    return all(part in words for part in record_id.split("-"))
