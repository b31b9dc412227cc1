"""The office a person holds when a rank or a form of address stands between it and the name:
'Managing director Captain William Ruto', 'chief executive Dr Abena Mensah', 'Police chief
Superintendent Mary Otieno'. The rank alone ('Captain') says less than the office the article
writes before it (round 14, lead: 'Captain' was the managing director's only role)."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.lexicon import RANK_ADDRESS, TITLE_WORDS

_WORD = re.compile(r"(?<![^\s])[\w\-]+$")  # (a whole word: not the 's' of "port's")
# Words that end the office going back: verbs, articles, prepositions, conjunctions.
_NOT_IN_OFFICE = frozenset("a an the and or of to by for with from as at in on its his her their our "
                           "when after before while that who which was is be been has had have will "
                           "would said says told met".split())


def office_before_rank(text: str, start: int, title: list[str]) -> str | None:
    """The office in lower case (its first word capitalised where it opens the sentence) written
    straight before a title that is only ranks or forms of address; None where there is none."""
    if not title or not all(word.lower() in RANK_ADDRESS for word in title):
        return None
    head = window.before(text, start).rstrip()
    words: list[str] = []
    while len(words) < 4:
        match = _WORD.search(head)
        if not match:
            break
        word = match.group()
        opens = not head[:match.start()].strip() or head[:match.start()].rstrip()[-1:] in ".!?\"“”\n"
        small = word.islower() and word not in _NOT_IN_OFFICE and not word.endswith("ly")
        if not (small or opens and word[:1].isupper() and word[1:].islower() and words):
            break
        words.insert(0, word)
        head = head[:match.start()].rstrip()
        if not small:  # (the sentence's first word, capitalised: 'Managing')
            break
    if len(words) < 2 or words[-1].lower() not in TITLE_WORDS:
        return None
    return " ".join(words)
