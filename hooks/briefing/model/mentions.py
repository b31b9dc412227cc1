"""Where the article names each person, organisation, place and topic (part of link).

Under `mkdocs serve` an edit changes one data file: the article and every record's name and
aliases usually stay the same, and then so do the mentions, which are the last build's
(`mentions_of` with `keep`; one generation). A renamed record or an edited article finds them
again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from briefing.core.kinds import KINDS, named_kinds
from briefing.data.article import Article
from briefing.model.model import Key, Mention

_WORD = re.compile(r"\w+")
# The only non-ASCII letters that `re.IGNORECASE` matches to ASCII ones (İ ı ſ K).
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@dataclass(frozen=True)
class _Found:
    """Mentions found, and what they were found from."""

    names: tuple[Any, ...]  # every named record's kind, id, name and aliases, in order
    paragraphs: tuple[str, ...]
    mentions: list[Mention]


_LAST: list[_Found] = []  # the last build's, under `serve`


def mentions_of(records: dict[str, dict[str, Any]], article: Article, keep: bool) -> list[Mention]:
    """`find_mentions`; with `keep`, the last build's when the article and every name are the
    same (a one-off build keeps nothing)."""
    if not keep:
        _LAST.clear()
        return find_mentions(records, article)
    names = tuple((kind, record.id, record.name, tuple(record.aliases))
                  for kind in named_kinds() for record in records[kind].values())
    if not _LAST or _LAST[0].names != names or _LAST[0].paragraphs != article.paragraphs:
        _LAST[:] = [_Found(names, article.paragraphs, find_mentions(records, article))]
    return _LAST[0].mentions


def _alias_pattern(names: list[str]) -> str:
    parts = sorted({re.escape(name).replace(r"\ ", r"\s+") for name in names if name}, key=len,
                   reverse=True)
    return r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"


def name_pattern(kind: str, record: Any) -> re.Pattern[str]:
    """What counts as the article naming a record: its name or an alias, as a whole word."""
    # Proper names match case-sensitively ("Li" is not "li"); topics are ordinary words.
    flags = re.IGNORECASE if KINDS[kind].caseless else 0
    return re.compile(_alias_pattern([record.name, *record.aliases]), flags)


def find_mentions(records: dict[str, dict[str, Any]], article: Article) -> list[Mention]:
    """Every place the article names a person, organisation, place or topic (longest wins)."""
    patterns, by_words, everywhere = _name_patterns(records)
    lengths = _lengths_by_first_word(by_words)
    mentions = []
    for number, text in enumerate(article.paragraphs, start=1):
        # Folded whole before it is split: each of the four folds is a letter for a letter, so
        # the words are the same; lower case word by word (a final sigma depends on its word).
        words = [word.lower() for word in _WORD.findall(text.translate(_ASCII_FOLD))]
        keys = set(everywhere)
        for i, word in enumerate(words):  # only where a name's first word stands
            for n in lengths.get(word, ()):
                keys.update(by_words.get(tuple(words[i:i + n]), ()))
        found = sorted((m.start(), -(m.end() - m.start()), key) for key in keys
                        for m in patterns[key].finditer(text))
        taken_until = -1
        for start, negative_length, key in found:
            if start >= taken_until:
                end = start - negative_length
                mentions.append(Mention(key, number, start, end, article.sentence_at(number, start)))
                taken_until = end
    return mentions


def _lengths_by_first_word(by_words: dict[tuple[str, ...], set[Key]]) -> dict[str, list[int]]:
    """The lengths (in words) of the names that start with each word: a paragraph looks up
    only the runs of words that start with one (2,558 of 122,165 runs at 1,000 pages)."""
    lengths: dict[str, set[int]] = defaultdict(set)
    for words in by_words:
        lengths[words[0]].add(len(words))
    return {word: sorted(found) for word, found in lengths.items()}


def _name_patterns(records: dict[str, dict[str, Any]]
                   ) -> tuple[dict[Key, re.Pattern[str]], dict[tuple[str, ...], set[Key]], set[Key]]:
    """Each named record's pattern, and the records each name's words (folded) may match.

    Trying every pattern on every paragraph grows with records x paragraphs; a paragraph only
    tries the records whose whole name appears in its words. A name with a word that is not
    plain ASCII is tried everywhere, which keeps the result the same as trying all.
    """
    patterns: dict[Key, re.Pattern[str]] = {}
    by_words: dict[tuple[str, ...], set[Key]] = defaultdict(set)
    everywhere: set[Key] = set()
    for kind in named_kinds():
        for record in records[kind].values():
            key, names = (kind, record.id), [record.name, *record.aliases]
            patterns[key] = name_pattern(kind, record)
            for name in names:
                words = _WORD.findall(name)
                if words and all(word.isascii() for word in words):
                    by_words[tuple(word.lower() for word in words)].add(key)
                else:
                    everywhere.add(key)
    return patterns, by_words, everywhere
