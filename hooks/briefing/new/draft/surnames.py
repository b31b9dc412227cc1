"""A title or an honorific before a known person's surname is that person: 'Mwalimu Nyerere' after
'President Julius Nyerere', 'Cde Nyamande' after 'Lands Minister Tapera Nyamande', 'Lyonchhen
Wangmo' after 'Prime Minister Tshering Wangmo' (round 13: each was a second person, and 'Cde
Nyamande' said the minister's words). The word before the surname is no given name, the person
named in full comes first, and nothing before the short form makes it a relative ('his son X
Nyerere'). Where the word is no known honorific (lexicon.HONORIFICS), the draft says the short
form may be another person of that surname. A surname's particle opening a sentence ('Dos Santos
said' after 'João Paulo dos Santos') is the same person's too."""

from __future__ import annotations

import re

from briefing.new.draft.entity import Entity
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import HONORIFICS, KIN_WORDS, NOT_NAME, TITLE_WORDS
from briefing.new.draft.names import whole_words
from briefing.new.draft.titles import is_address_abroad

DOUBT = ("The article writes '{short}' after '{full}': taken as the same person, '{word}' as a "
         "title. It may be another person named {surname}. Check the name.")
_KIN = frozenset(KIN_WORDS)


def merge_titled_surnames(people: dict[str, Entity], whole: str) -> dict[str, Entity]:
    """`people` by name, each titled short form folded into the one person named in full before it
    (in the article) whose last word it ends with."""
    kept: dict[str, Entity] = {}
    for name, person in people.items():
        owner = _owner(name, person, people, whole)
        if owner is None:
            kept[name] = person
            continue
        word, surname = name.split()
        owner.aliases.extend(form for form in (name, *person.aliases) if form not in owner.aliases)
        if word.lower() not in HONORIFICS and not owner.name.lower().endswith(f" {name.lower()}") \
                and not is_address_abroad(word):
            owner.doubt.setdefault("aliases", DOUBT.format(short=name, full=owner.name, word=word,
                                                           surname=surname))
    return kept


def _owner(name: str, person: Entity, people: dict[str, Entity], whole: str) -> Entity | None:
    tokens = name.split()
    addressed = _addressed_by_given_name(name, people, whole) if len(tokens) == 2 \
        and is_address_abroad(tokens[0]) else None
    if addressed is not None:
        return addressed
    if len(tokens) != 2 or person.titles or not _a_title_word(tokens[0]):
        return None
    first = whole.find(name)
    owners = [p for full, p in people.items()
              if len(full.split()) >= 2 and full.split()[-1] == tokens[1] and full.split()[0] != tokens[0]
              and 0 <= whole.find(full) < first]
    if len(owners) != 1 or any(_kin_before(whole, at) for at in whole_words(whole, name, "")):
        return None
    return owners[0]


def _addressed_by_given_name(name: str, people: dict[str, Entity], whole: str) -> Entity | None:
    """'Don Rufino, good morning' after 'Rufino Mamani Choque': a style of another language before a
    given name alone ('Don', 'Doña', 'Bwana') names the one person named in full before it whose name
    opens with that word (round 19: a person 'Don Rufino' of his own; 'Don Johnson' stays a name, as
    no one's name opens with 'Johnson')."""
    style, given = name.split()
    first = whole.find(name)
    owners = [p for full, p in people.items() if len(full.split()) >= 2 and full.split()[0] == given
              and 0 <= whole.find(full) < first]
    return owners[0] if len(owners) == 1 and style[:1].isupper() else None


def _a_title_word(word: str) -> bool:
    """No given name and no word that opens a sentence; a known honorific is one whatever else."""
    if word.lower() in HONORIFICS:
        return True
    return not is_given_name(word) and word not in NOT_NAME and word.lower() not in TITLE_WORDS \
        and word[:1].isupper() and not word.isupper()


def _kin_before(whole: str, at: int) -> bool:
    """'his son Makongoro Nyerere', 'her daughter, Dechen Wangmo': a relative, not a title."""
    before = re.search(r"([a-z]+),?\s+$", whole[max(0, at - 30):at])
    return before is not None and before.group(1) in _KIN
