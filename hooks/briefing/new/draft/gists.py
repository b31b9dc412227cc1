"""Short plain statements from the article's sentences, for gists, labels and summaries: the
attribution clause and a dateline taken off, the sentence never cut.

- '..., the ministry said on Tuesday.' -> '...'
- 'Health Minister Ana Phiri said (on Tuesday) (that) 40 people had died.' -> '40 people had died.'
- 'ROTTERDAM, Netherlands (April 12, 2026) - Kenya's ...' -> "Kenya's ..."
"""

from __future__ import annotations

import re

from briefing.new.draft.lexicon import SPEECH_VERBS

_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_WHEN = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
_TRAILING = re.compile(rf",\s+(?:[^,\"“”]{{0,80}}?\s)?(?:{_VERBS})\b[^,\"“”]{{0,60}}$")
_ACCORDING = re.compile(r",\s+according to [^,\"“”]{1,80}$")
_LEADING = re.compile(rf"^[^,\"“”]{{0,80}}?\b(?:{_VERBS})(?:\s+(?:reporters|journalists|parliament))?"
                      rf"{_WHEN}\s+(?:that\s+)?(?=[\w$€£])")
_DATELINE = re.compile(r"^[A-Z][A-Z.'’\- ]{1,30}(?:,\s+[^()\-–—]{1,40}?)?(?:\s*\([^()]{1,40}\))?"
                       r"\s*[-–—]{1,2}\s+")


def without_dateline(text: str) -> str:
    match = _DATELINE.match(text)
    return text[match.end():] if match and match.group().split(",")[0].strip(" -–—").isupper() else text


def gist(sentence: str) -> str:
    """The sentence without who said it; the sentence itself when too little would be left."""
    text = without_dateline(sentence.strip())
    end = text[-1:] if text[-1:] in ".!?" else ""
    body = text[:-1] if end else text
    for pattern in (_TRAILING, _ACCORDING):
        match = pattern.search(body)
        if match and len(body[:match.start()].split()) >= 4:
            return body[:match.start()].rstrip() + "."
    match = _LEADING.match(body)
    if match and len(body[match.end():].split()) >= 4 and "," not in body[:match.end()] \
            and not re.match(r"(?:it|he|she|they|we|i|its|his|her|their)\b", body[match.end():], re.I):
        rest = body[match.end():]
        return rest[0].upper() + rest[1:] + "."
    return text
