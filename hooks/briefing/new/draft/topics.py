"""The topics an article is about, for `briefing new`: names from a list of news beats
(`lexicon.TOPICS`), each with the words that signal it.

- A signal counts where the article uses it as a word of its own, not inside a capitalised name
  or title ('Climate Minister Sophie Hermans', 'the Trade Unions Congress', 'the European
  Union'): there it names something else. Phrases and a few words that keep their sense in a
  name ('Foreign Minister', 'the Rugby World Cup') count there too.
- A signal may take an ending ('farm' -> 'farmers', 'farming'), not become another word ('war'
  is not 'warned'). Where signals of two topics start at one word, the longest is read: 'trade
  union' is labour, not trade as well.
- A topic is drafted when the first two paragraphs use it, or two paragraphs or more do, or
  the headline or the page's tags name it and the text uses it: one word in passing near the
  end ('dairy exports' in a story about something else) is not what the article is about.
  At most `limit`, those used most first.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.new.draft.gists import dateline_end
from briefing.new.draft.lexicon import TOPICS

_ENDING = r"(?:s|es|e|ed|er|ers|ing|al|ic|ics|y|ies|ion|ions)?\b"
_SIGNALS = {name: [(signal, re.compile(rf"\b{re.escape(signal)}{_ENDING}", re.IGNORECASE))
                   for signal in signals] for name, signals in TOPICS.items()}
_PREFIX = min(len(signal) for signals in TOPICS.values() for signal in signals)
_BY_PREFIX: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
for _name, _signals in _SIGNALS.items():
    for _signal, _pattern in _signals:
        _BY_PREFIX.setdefault(_signal[:_PREFIX], []).append((_name, _signal, _pattern))
_WORD_START = re.compile(r"\b\w")
# Words that keep their sense inside a name: 'the Rugby World Cup' is rugby, 'the Minister for
# Agriculture' agriculture; a phrase ('foreign minist', 'human rights') likewise. Others name
# something else there: 'Trade Unions' are not trade, 'Climate Minister Sophie Hermans' not a
# story about the climate.
_NAMES_TOO = frozenset("rugby football soccer cricket tennis athlet olympic marathon agricultur "
                       "indigenous".split())

Found = tuple[str, tuple[str, ...], list[int]]


def find_topics(paragraphs: tuple[str, ...], limit: int = 8, page: tuple[str, ...] = ()) -> list[Found]:
    """(name, words the article uses, paragraphs) for the topics it is about, by name. `page`:
    the headline and the page's tags ('Tags: farming, nitrogen'), which say what the article is
    about as much as its first paragraphs do."""
    named = {name for name, signals in _SIGNALS.items()
             if any(pattern.search(line) for line in page for _, pattern in signals)}
    counts: Counter[str] = Counter()
    where: dict[str, list[int]] = {}
    used: dict[str, set[str]] = {}
    for number, text in enumerate(paragraphs, 1):
        for name, words in _signals_in(text).items():
            counts[name] += len(words)
            where.setdefault(name, []).append(number)
            used.setdefault(name, set()).update(words)
    about = [name for name, _ in counts.most_common()
             if where[name][0] <= 2 or len(where[name]) >= 2 or name in named][:limit]
    return [(name, tuple(sorted(used[name])), where[name]) for name in sorted(about)]


def _signals_in(text: str) -> dict[str, list[str]]:
    """Each topic's signals where they stand in `text`, as written (lower-cased). One pass over
    the words: a signal is tried only where a word starts with its first letters (a scan of the
    whole text per signal grew with the article's vocabulary times its length)."""
    found: dict[str, list[str]] = {}
    for start in _WORD_START.finditer(text):
        here = []
        for name, signal, pattern in _BY_PREFIX.get(text[start.start():start.start() + _PREFIX].lower(), ()):
            match = pattern.match(text, start.start())
            if match and (" " in signal or signal in _NAMES_TOO or not _in_a_name(text, match)):
                here.append((name, match.group()))
        longest = max((len(words) for _, words in here), default=0)
        for name, words in here:  # 'trade union' is labour, not also trade: the longest signal
            if len(words) == longest:
                found.setdefault(name, []).append(words.lower())
    return found


def _in_a_name(text: str, match: re.Match[str]) -> bool:
    """'Climate Minister', 'Health Check', 'European Union', 'Minister for Agriculture': a
    capitalised word inside a sentence, or one a capitalised word follows (the first word of a
    sentence standing alone counts: 'Trade fell')."""
    if not match.group()[:1].isupper():
        return False
    if not _opens_sentence(text, match.start()):
        return True
    return bool(_CAPITAL_AFTER.match(text, match.end()))


_CAPITAL_AFTER = re.compile(r"\s+(?:(?:of|for|and|de|del)\s+)?[A-Z]")


def _opens_sentence(text: str, at: int) -> bool:
    """Nothing but a sentence's end, a quotation mark or a bracket (then spaces) before `at`, or
    the paragraph's start (spaces alone included). Read backwards from `at`, never the whole
    text before it (which made a long paragraph quadratic)."""
    start = at
    while start and text[start - 1].isspace():
        start -= 1
    if start == 0 or text[start - 1] == "(":
        return True
    if text[start - 1] in "-–—" and start < 60 and dateline_end(text) == at:
        return True  # 'SOROTI, Uganda — Health workers ...': the text opens after its dateline
    return start < at and text[start - 1] in '.!?:;"“”'

