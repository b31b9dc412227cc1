"""A glottal stop opening a Polynesian name: the ʻokina, or an apostrophe standing for it.

Tongan, Samoan and Hawaiian names and places open with a glottal stop before a vowel ("Rev. Dr.
'Ahio Fifita-Taufa", "ʻAna Taufeʻulungaki", "on 'Eua", "ʻIolani Palace"); English copy writes it
with the ʻokina (a letter) or an apostrophe, which is also an opening quotation mark. Round 21: the
name's run opened at the next word (a person 'Fifita-Taufa', whose quotes were no one's), or, the
ʻokina being a letter, there was no run at all.
"""

from __future__ import annotations

import re

GLOTTAL_MARKS = "ʻ'’‘"
_VOWELS = "aeiouāēīōū"
# A word shaped as those languages' are: open syllables of their letters, ending in a vowel ('Ahio,
# 'Eua, 'Uiha, 'Akilisi; never 'It, 'Our, 'Every, 'Once, nor a lone 'A).
POLY_SHAPED = (rf"[AEIOUĀĒĪŌŪ](?:(?:ng|[fghklmnprstvw])?[{_VOWELS}]|['’ʻ](?=[{_VOWELS}]))+"
               r"(?![\wʻ]|['’](?!s\b))")
_SHAPED = re.compile(POLY_SHAPED)
_QUOTE_CLOSED = re.compile(r"[.,!?;:]['’](?!\w)")
_SENTENCE_END = re.compile(r"[.!?]['’\"”]?(?:\s|$)")
_OPENS = re.compile(r"[\s(\[\"“—–/-]")


def glottal_at(text: str, start: int, end: int) -> bool:
    """The mark just before the name at `start` (ending at `end`) is a glottal stop, no opening
    quote: the ʻokina always; an apostrophe before a word of the shape above when no closing quote
    answers it, right after the name ("the 'Agia Marina' trial") or after a stop or a comma in its
    sentence ("'Alone,' she said")."""
    if start < 1 or text[start - 1] not in GLOTTAL_MARKS or not text[start:start + 1].isupper() \
            or start >= 2 and not _OPENS.match(text[start - 2]):
        return False
    if text[start - 1] == "ʻ":
        return True
    if not _SHAPED.match(text, start) \
            or text[end:end + 1] in ("'", "’") and not text.startswith(("'s", "’s"), end):
        return False
    stop = _SENTENCE_END.search(text, end)
    return _QUOTE_CLOSED.search(text, start, stop.end() if stop else len(text)) is None


def mark_before(text: str, at: int) -> bool:
    """A name opens at `at` after its glottal stop (the mark is the name's, not the text before it):
    the word's own end stands in for the name's."""
    if not at or text[at - 1] not in GLOTTAL_MARKS:
        return False
    word = re.compile(r"[\w\-]+").match(text, at)
    return glottal_at(text, at, word.end() if word else at)
