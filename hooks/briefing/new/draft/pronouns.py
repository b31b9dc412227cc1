"""Whom a pronoun ('she said', 'he added') points back to: only a person it can mean.

The candidates are the people named before it, outside quotation marks, in its paragraph and
the two before. A person whose name, title or honorific says another gender ('Peter Holm' for
'she', 'Ms Berg' for 'he') is never one. Of the rest, in order: the last person who did
something ('Demeke Mekonnen, ..., said'), then the last person named, then the last person
quoted. The choice is marked uncertain when the text supports another reading: another
person it can mean was named after the one chosen, nobody named can be meant, or the one
chosen is someone whose gender the text does not mark ('Rui Antunes' for 'she': the reason
names anyone of the pronoun's gender named earlier in the article, however far back). Nobody the
rest of the pronoun's own sentence names is a candidate ('He ..., telling Wang': not Wang).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.new.draft.entities import Entities, Mention
from briefing.new.draft.lexicon import NOT_NAME, PERSON_NOUN, PRONOUNS
from briefing.new.draft.people import WORK_OF
from briefing.new.draft.sentences import sentence_at

Key = tuple[str, str]
# An aside set off by commas after a name, up to 120 characters (round 18: 'Rauf ibn Yusif Aliyarli, a
# shipping analyst at the Baku-based Centre for Economic and Social Development (CESD), said' was
# longer than the 80 read before, so he did nothing, and his 'he said' went to a man named before).
_APPOSITION = re.compile(r",(?:\s+who\b[^.;:\"“”]{1,160}?|[^,.;:\"“”]{1,120}),")
_ACTS = re.compile(r",?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?:[a-z]+ed|[a-z]+s|met|told|said|"
                   r"spoke|went|made|took|gave|wrote|came|sought|was|is|will|would|could|can|"
                   r"did|got|saw|felt|thought|knew|left|began|led|won|lost|paid|put|set|ran|"
                   # (round 14, lead: 'Jamie read new poems ... "...," she said' went to the last
                   # speaker: an irregular past is an act too)
                   r"read|sang|drove|flew|rode|fought|taught|built|brought|bought|held|kept|sent|spent|"
                   r"stood|sat|shot|threw|swam|became|chose|drew|grew|rose|fell|found|heard|sold|struck|"
                   r"wore|broke|woke|hid|bit|fled|dug|lit|slept|wept)\b")
WINDOW = 2  # paragraphs back
REACH_BACK = 60  # people named before a pronoun, at most, that it can mean


@dataclass(frozen=True)
class Reading:
    key: Key
    how: str  # for `inferred`
    doubt: str  # for `uncertain`; '' when no other reading


def quoted_at(text: str, at: int) -> bool:
    """Inside quotation marks: an odd number of double marks stands before `at`."""
    return bisect.bisect_left(_double_marks(text), at) % 2 == 1


@functools.lru_cache(maxsize=64)
def _double_marks(text: str) -> tuple[int, ...]:
    """Where a paragraph's double quotation marks stand (one list per paragraph, not a count
    of everything before each mention: that was quadratic in a paragraph's length)."""
    return tuple(index for index, char in enumerate(text) if char in '"“”')


def resolve(word: str, paragraph: int, position: int, entities: Entities,
            paragraphs: tuple[str, ...], last_speaker: Key | None) -> Reading | None:
    want = PRONOUNS.get(word, "any")
    text = paragraphs[paragraph - 1]
    if want != "any" and _unnamed_speaker_before(text, position, paragraph, entities):
        return None  # 'A nurse ..., who asked not to be named, said ... "...," she said.'
    # 'He delivered a message, telling Wang ...': 'he' is not someone the rest of its own
    # sentence names.
    later = {m.key for m in entities.in_span(paragraph, position + 1, sentence_at(text, position)[1])
             if not quoted_at(text, m.start)}
    earlier = [m for m in _candidates(paragraph, position, entities, paragraphs) if m.key not in later]
    fits = [m for m in earlier if _fits(entities, m.key, want)]
    chosen = _choice(fits, paragraph, paragraphs)
    key = chosen.key if chosen else None
    # One whose gender the text does not mark, chosen over one it marks as the pronoun's
    # ('Judge Marianne Venter told the court that Ndlovu had tried ... She said'): either; not
    # when the one chosen is the only person named before it in its paragraph ('Minister X said
    # ... "...," she said', a woman named paragraphs before: X).
    alone = key is not None and _alone_in_paragraph(key, paragraph, position, entities, paragraphs)
    rival = next((m for m in fits if m.key != key and entities.get(m.key).gender == want), None) \
        if key and want != "any" and entities.get(key).gender is None and not alone else None
    doer = next((m for m in fits if acts(paragraphs[m.paragraph - 1], m)), None)
    if key is None and last_speaker and _fits(entities, last_speaker, want):
        key = last_speaker
    shown = f"'{word}'"
    if key is None:
        further = next((m for m in _everyone_before(paragraph, position, entities, paragraphs)
                        if m.key not in later and _fits(entities, m.key, want)), None) \
            if want != "any" else None
        if further is not None:  # ('"...," she told Dagens Nyheter', the men named just before
            # known as men: the woman named further back, not the last man named)
            name = entities.get(further.key).name
            return Reading(further.key, f"The article says {shown}; taken as {name}.",
                           f"The article says {shown}, and nobody named just before can be meant "
                           f"by it; taken as {name}, named in paragraph {further.paragraph}. "
                           "Check who said it.")
        fallback = doer or (earlier[0] if earlier else None)
        if fallback is None:
            return None
        name = entities.get(fallback.key).name
        return Reading(fallback.key, f"The article says {shown}; taken as {name}.",
                       f"The article says {shown}, and nobody named just before can be meant "
                       f"by it; taken as {name}, the last person named. Check who said it.")
    name = entities.get(key).name
    after = _named_after(fits, key, paragraphs)
    if rival and rival.key not in after:
        after = [*after, rival.key]
    doubt = ""
    if after:
        others = ", ".join(dict.fromkeys(entities.get(k).name for k in after))
        doubt = f"The article says {shown}: {name}, or {others}, could be meant."
    elif chosen is not None and (spoke := _spoke_unlinked(entities, chosen, want, (paragraph, position),
                                                          paragraphs)):
        # (the last who did something, as for a name the drafter links; still a guess)
        other = entities.get(spoke[0]).name
        return Reading(spoke[0], f"The article says {shown}; taken as {other}, the last to speak.",
                       f"The article says {shown}: taken as {other}, who speaks in paragraph {spoke[1]} "
                       f"as '{spoke[2]}' (a form the drafter did not link), or {name}, named before, "
                       "could be meant. Check who said it.")
    if want != "any" and entities.get(key).gender is None and not alone:
        doubt = _unmarked(shown, want, key, paragraph, position, entities, paragraphs, doubt)
    if not doubt and chosen is not None and (unlinked := _unlinked_subject(chosen, paragraph, position,
                                                                           entities, paragraphs)):
        doubt = (f"The article says {shown}: {name}, or '{unlinked[0]}', a name in paragraph "
                 f"{unlinked[1]} the drafter did not take as a person, could be meant. Check who said it.")
    return Reading(key, f"The article says {shown}; taken as {name}, the last matching person.", doubt)


# A name opening a sentence as its subject: 'Pov Sreymom came from Kandal province with her son.',
# "Dell'Orto, 46, who took over from his father, ..." (an age after it: a person's)
_SUBJECT_NAME = re.compile(r"(?:^|(?<=[.!?])[\"”’]?\s+)(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})"
                           r"(?P<age>,\s+\d{1,3},)?(?=[,\s])")
_SUBJECT_VERB = re.compile(r"\s+(?:[a-z]+ed|[a-z]+s|came|went|was|is|had|has|left|took|said|told|spoke|"
                           r"works|lives|sat|stood|gave|got|saw|became)\b")


def _unlinked_subject(chosen: Mention, paragraph: int, position: int, entities: Entities,
                      paragraphs: tuple[str, ...]) -> tuple[str, int] | None:
    """A name that opens a sentence as its subject after the person chosen, in the pronoun's
    paragraph or the two before, which the drafter took for no person ('Pov Sreymom came from
    Kandal province with her son. ... "He had a very high fever," she said' went to a doctor named
    before; round 19, develop set r19a): another reading, so the choice is a guess."""
    for number in range(max(1, chosen.paragraph, paragraph - WINDOW), paragraph + 1):
        text = paragraphs[number - 1]
        begin = chosen.end if number == chosen.paragraph else 0
        stop = position if number == paragraph else len(text)
        for match in _SUBJECT_NAME.finditer(text, begin, stop):
            words = match.group("name").split()
            if words[0] in NOT_NAME or quoted_at(text, match.start("name")) \
                    or not (match.group("age") or _SUBJECT_VERB.match(text, match.end("name"))):
                continue
            people = [m for m in entities.in_span(number, match.start("name"), match.end("name") + 1)
                      if m.key[0] == "people"]
            others = [m for m in entities.in_span(number, match.start("name"), match.end("name") + 1)
                      if m.key[0] != "people"]
            if people or others and not match.group("age") or len(words) < 2 and not match.group("age"):
                continue
            return match.group("name"), number
    return None


def _alone_in_paragraph(key: Key, paragraph: int, position: int, entities: Entities,
                        paragraphs: tuple[str, ...]) -> bool:
    """'Chief financial officer Park Ji-won said ... "...," she said.': the only person the
    paragraph names before the pronoun is the one it means, whatever the given name says."""
    text = paragraphs[paragraph - 1]
    named = {m.key for m in entities.in_span(paragraph, 0, position)
             if m.key[0] == "people" and not quoted_at(text, m.start)}
    return named == {key}


def _unmarked(shown: str, want: str, key: Key, paragraph: int, position: int, entities: Entities,
              paragraphs: tuple[str, ...], doubt: str) -> str:
    """A reading that rests on a person whose gender the text does not mark ('Rui' is in no
    list, 'Kim' is either) is a guess: say so, and name a person of the pronoun's gender named
    anywhere before, who could be meant instead."""
    name = entities.get(key).name
    unknown = (f"Nothing in the article says whether {name} is a man or a woman (no gendered "
               f"title or honorific, and a given name the drafter cannot tell), so {shown} may "
               "mean someone else.")
    rival = next((m.key for m in _everyone_before(paragraph, position, entities, paragraphs)
                  if m.key != key and entities.get(m.key).gender == want), None)
    if rival is not None and entities.get(rival).name not in doubt:
        unknown += f" {entities.get(rival).name}, named earlier, could be meant."
    return f"{doubt} {unknown}".strip() + " Check who said it."


# Someone the article does not name, speaking: 'A nurse at the hospital, who asked not to be
# named, said', 'One resident told reporters'. A 'she said' after it in the paragraph, with
# nobody named between, is that person, not someone named before.
_UNNAMED = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?:A|An|One|Another)\s+(?:[a-z\-]+\s+){0,2}?"
                      rf"(?P<noun>{PERSON_NOUN})\b"
                      r"[^.!?\"“”]{0,160}?\b(?:said|says|told|tells|added|explained|recalled)\b")


def _unnamed_speaker_before(text: str, position: int, paragraph: int, entities: Entities) -> bool:
    starts, ends = _unnamed_speakers(text)
    last = bisect.bisect_right(ends, position) - 1  # the last one before `position`
    if last < 0:
        return False
    return not any(m.key[0] == "people" and not quoted_at(text, m.start)
                   for m in entities.in_span(paragraph, starts[last], position))
    # (from the noun on: 'A volcanologist at GNS Science, Dr Hana Tipene, told' names her)


@functools.lru_cache(maxsize=64)
def _unnamed_speakers(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a paragraph's unnamed speakers ('A nurse ... said') start and end, found once per
    paragraph (not searched again from its start for each pronoun: quadratic)."""
    found = [(match.start(), match.end()) for match in _UNNAMED.finditer(text)]
    return tuple(start for start, _ in found), tuple(end for _, end in found)


def _choice(pool: list[Mention], paragraph: int, paragraphs: tuple[str, ...]) -> Mention | None:
    """The last person who did something, else the last named in this paragraph or the one before;
    but the last named there, when someone heard or spoke to them ('The court also heard from
    Jocelyn Marasigan, a schoolteacher ...', then '"...," she said'): the one the article brings
    in to speak next (round 15: the lawyer who spoke two paragraphs before was taken)."""
    doer = next((m for m in pool if acts(paragraphs[m.paragraph - 1], m)), None)
    near = [m for m in pool if paragraph - m.paragraph <= 1]
    if near and _HEARD_FROM.search(paragraphs[near[0].paragraph - 1], max(0, near[0].start - 60),
                                   near[0].start):
        return near[0]
    return doer or (near[0] if near else None)


# Someone the article brings in to speak: 'heard from', 'heard evidence from', 'spoke to', 'talked
# with', 'interviewed', 'listened to', with at most a few lower-case words between ('heard from
# the schoolteacher').
_HEARD_FROM = re.compile(r"\b(?:heard\s+(?:(?:evidence|testimony)\s+)?from|spoke\s+(?:to|with)|"
                         r"talked\s+(?:to|with)|interviewed|listened\s+to)\s+(?:[a-z][\w\-]*\s+){0,3}$")


def _candidates(paragraph: int, position: int, entities: Entities,
                paragraphs: tuple[str, ...]) -> list[Mention]:
    """People named before the pronoun, latest first, outside quotation marks: the nearest
    `REACH_BACK` (a pronoun never reaches further; all of them made a long paragraph quadratic)."""
    found = []
    for number in range(paragraph, max(0, paragraph - WINDOW) - 1, -1):
        text = paragraphs[number - 1]
        for mention in reversed(entities.in_span(number, 0, position if number == paragraph else len(text))):
            if mention.key[0] == "people" and not quoted_at(text, mention.start) \
                    and not WORK_OF.match(text, mention.end):  # (not "Einstein's theory": round 21)
                found.append(mention)
                if len(found) == REACH_BACK:
                    return found
    return found


def _everyone_before(paragraph: int, position: int, entities: Entities,
                     paragraphs: tuple[str, ...]) -> Iterator[Mention]:
    """People named anywhere before the pronoun, outside quotation marks, latest first (as
    they are asked for: the first that fits is enough)."""
    for number in range(paragraph, 0, -1):
        text = paragraphs[number - 1]
        for mention in reversed(entities.in_span(number, 0, position if number == paragraph else len(text))):
            if mention.key[0] == "people" and not quoted_at(text, mention.start) \
                    and not WORK_OF.match(text, mention.end):
                yield mention


def _fits(entities: Entities, key: Key, want: str) -> bool:
    gender = entities.get(key).gender
    return want == "any" or gender is None or gender == want


# 'Mladinic, who flew ... with regional governor Jaime Rojas Lagos, visited': a person inside a
# relative clause is not who does what follows it (the clause's head is).
_IN_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,.;:\"“”]*$")
# 'Dell'Orto, 46, who took over from his father, Vittorio, in 2001, spoke to reporters': a relative
# named after a preposition ('from his father,') does nothing of his own (round 19: the next 'He said'
# went to the father; not 'led by its chairman, X, rejected ... He said', whose 'he' is the chairman).
_OBJECT_IN_APPOSITION = re.compile(r"\b(?:from|to|with|of|for|by|after|before|beside)\s+(?:his|her|their)\s+"
                                   r"(?:late\s+)?(?:father|mother|brother|sister|son|daughter|wife|husband|"
                                   r"grandfather|grandmother|uncle|aunt|cousin),\s+$")


def acts(text: str, mention: Mention) -> bool:
    """The person named at `mention` does something: the subject of a verb, after any aside."""
    if _IN_RELATIVE.search(text, max(0, mention.start - 200), mention.start) \
            or _OBJECT_IN_APPOSITION.search(text, max(0, mention.start - 60), mention.start):
        return False
    affiliated = _AFFILIATION.match(text, mention.end)
    if _INTRODUCED.search(text, max(0, mention.start - 80), mention.start) \
            and _INTRODUCED_END.match(text, affiliated.end() if affiliated else mention.end):
        return True  # 'The Jiki coach is Levan Chikvaidze. He played ... He said: "..."'
    if _VERB_AFTER_COMMA.match(text, mention.end):
        return True  # "The Sables' coach, Simbarashe Gumbo, was less critical of his players and blamed
        # the schedule, which ...": the comma closes the title's apposition; the verb after it is no
        # aside (round 20, r19b: read as one, he did nothing, and his 'he said' went to the captain)
    aside = _APPOSITION.match(text, mention.end) or _AFFILIATION.match(text, mention.end)
    # ('Demeke Mekonnen, Ethiopia's deputy ...,'; 'Tanvir Ahmed Siddiqui of Jahangirnagar University said')
    at = aside.end() if aside else mention.end
    who = _WHO.match(text, at)  # 'Sergei Fjodorov, who photographed dead bream', 'Mr. Carmel Zammit,
    # the union's general secretary, who told the Minister': a relative clause ending the sentence
    # tells what the person did (round 15: the 'he' of the next quote went to someone before)
    return _ACTS.match(text, who.end() if who else at) is not None


_WHO = re.compile(r",?\s+who(?=\s)")
_VERB_AFTER_COMMA = re.compile(r",\s+(?:also\s+|later\s+|then\s+)?(?:was|were|is|has|had|said|told|added|"
                               r"blamed|called|urged|warned|praised)\b")
# A person brought in by a sentence of their own that says who holds a role: 'The Jiki coach is
# Levan Chikvaidze.', 'Its new head is Ana Lima, who ...'. The next 'he' or 'she' is theirs, as
# after a verb they did (round 18: the quote after 'He said:' went, marked, to the player who
# spoke in the paragraph before).
# (round 20, r19b: 'The first objector to be heard was Provost Alexander M. Sinclair of Wick, speaking
# for the town council ... He said:' went, marked, to a man named paragraphs before: a longer subject,
# a title before the name, where he is from and a participle after it)
_INTRODUCED = re.compile(r"(?:^|[.!?]\s+)(?:The|Its|Their|His|Her|[A-Z][\w\-]*['’]s?)\s+"
                         r"(?:[\w\-'’]+\s+){0,6}?(?:is|was)\s+(?:now\s+)?(?:[A-Z][\w\-]*\.?\s+){0,2}$")
_INTRODUCED_END = re.compile(r"\s*(?:[.;]|,\s+who\b|,\s+(?:speaking|representing|appearing|giving)\b)")


# Where a person is from or works, right after the name: ' of Jahangirnagar University', ' of the
# Residents group', ' of Gdańsk'.
_AFFILIATION = re.compile(r"\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w\-'’]*"
                          r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w\-'’]*|of|for|and|the|de))*?"
                          r"(?:\s+(?:group|union|party|club|team|council|association|movement|campaign))?"
                          r"(?:\s+\([A-Z][\w\-&]*\))?"  # (round 18: '... of the Netherlands Institute for
                          # Radio Astronomy (ASTRON), who appeared' did nothing: the name was cut at its
                          # 'for', a lower-case word, and its acronym ended no match)
                          r"(?=,?\s+(?:also\s+|later\s+)?(?!(?:for|of|and|the|de)\b)[a-z]+\b)")
# (round 20: a capital with an accent opens a body's name too: 'Kurt Hohensinner of the ÖVP, said')


def _named_after(fits: list[Mention], key: Key, paragraphs: tuple[str, ...]) -> list[Key]:
    """Other people the pronoun can mean, named between the one chosen and it (not inside a
    relative clause of the one chosen: 'Mladinic, who flew with X, visited ... he told them')."""
    chosen = next(i for i, m in enumerate(fits) if m.key == key) if any(m.key == key for m in fits) else 0
    return [m.key for m in fits[:chosen] if m.key != key and not _IN_RELATIVE.search(
        paragraphs[m.paragraph - 1], max(0, m.start - 200), m.start)]


# 'Al-Harthy said the project would create 2,000 jobs.' opening a sentence: a person named by the
# particle of a surname written with a capital there ('Salim al-Harthy'), which the names step
# does not link, speaks between the one a pronoun is taken to mean and the pronoun.
_OPENS_SAYING = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?P<name>[A-Z][\w'’\-]+)\s+"
                           r"(?:said|says|told|tells|added)\b")


def _spoke_unlinked(entities: Entities, chosen: Mention, want: str, at: tuple[int, int],
                    paragraphs: tuple[str, ...]) -> tuple[Key, int, str] | None:
    """Another person the pronoun can mean, called by a surname the names step did not link, who
    speaks between the chosen one's mention and the pronoun at `at` (paragraph, position): (that
    person, the paragraph, the word written)."""
    paragraph, position = at
    for number in range(chosen.paragraph, paragraph + 1):
        text = paragraphs[number - 1]
        for match in _OPENS_SAYING.finditer(text, chosen.end if number == chosen.paragraph else 0,
                                            position if number == paragraph else len(text)):
            word = match.group("name")
            if quoted_at(text, match.start("name")) or entities.in_span(number, match.start("name"),
                                                                        match.end("name")):
                continue
            person = next((key for key, p in entities.people.items() if ("people", key) != chosen.key
                           and p.name.lower().endswith(" " + word.lower())
                           and _fits(entities, ("people", key), want)), None)
            if person is not None:
                return ("people", person), number, word
    return None
