"""Names listed after a plural title or a plural nationality: 'A bench of Justices Syed Mahmud
Hossain and Sharif Uddin Chaklader', 'Vice Chairmen Nguyen Van Thanh and Le Thi Hoa', 'ahead of
Eritreans Amanuel Berhe and Yonas Tekle'. Each name of the list is a person, with the title in
the singular; only a list says so (a plural word before one name is no evidence)."""

from __future__ import annotations

import re

from briefing.new.draft.lexicon import DEMONYMS, PLURAL_TITLES
from briefing.new.draft.names import Run
from briefing.new.draft.titles import TITLE_LEAD, is_name

# What joins the names of one list: a comma, 'and', ', and'.
_JOIN = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)")


def listed_people(found: list[Run], paragraphs: tuple[str, ...]) -> dict[int, tuple[str, int]]:
    """Index of a run in `found` -> (the title it holds in the singular, '' for a nationality;
    how many of the run's first words are the plural title)."""
    listed: dict[int, tuple[str, int]] = {}
    for index, run in enumerate(found):
        lead = _plural_lead(run.tokens)
        if not lead or not is_name(run.tokens[lead:]):
            continue
        title = _singular(run.tokens[:lead])
        members = list_after(found, index, paragraphs)
        if members:
            listed[index] = (title, lead)
            listed.update({member: (title, 0) for member in members})
    return listed


def _plural_lead(tokens: list[str]) -> int:
    """1 or 2 where the run opens with a plural title ('Judges', 'Vice Chairmen') or a plural
    nationality ('Eritreans'), else 0."""
    for size in (1, 2):
        if len(tokens) <= size or size == 2 and tokens[0].lower() not in TITLE_LEAD:
            continue
        last = tokens[size - 1]
        if last.lower() in PLURAL_TITLES or size == 1 and last.endswith("s") and last[:-1] in DEMONYMS:
            return size
    return 0


def _singular(words: list[str]) -> str:
    last = words[-1]
    if last[:-1] in DEMONYMS and last.lower() not in PLURAL_TITLES:
        return ""  # a nationality is no title
    single = PLURAL_TITLES[last.lower()]
    return " ".join([*words[:-1], last[0] + single[1:]])


def list_after(found: list[Run], index: int, paragraphs: tuple[str, ...]) -> list[int]:
    """The runs after `found[index]` that continue its list of names, up to the one after 'and'."""
    members: list[int] = []
    at = index
    while at + 1 < len(found):
        here, later = found[at], found[at + 1]
        text = paragraphs[here.paragraph - 1]
        join = _JOIN.fullmatch(text[here.end:later.start]) if later.paragraph == here.paragraph else None
        if join is None or not is_name(later.tokens) or len(later.tokens) < 2:
            break
        members.append(at + 1)
        at += 1
        if "and" in join.group().split():
            return members
    return []


_PLURALS = "|".join(sorted((re.escape(p) for p in PLURAL_TITLES if p.isalpha()), key=len, reverse=True))
# A plural title in small letters, maybe after one word of its field, then a comma or nothing:
# 'The foreign ministers, ', 'the two judges ', 'lawyers '.
_LOWER_PLURAL = re.compile(rf"(?<![\w\-])((?:[a-z][a-z\-]+\s+)?)({_PLURALS}),?\s+$")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?")


def listed_after_plural(found: list[Run], paragraphs: tuple[str, ...]) -> dict[int, tuple[str, int]]:
    """Names listed after a plural title in small letters, each maybe with where it is from: 'The
    foreign ministers, Dilnoza Yusupova of Uzbekistan and Begench Orazov of Turkmenistan, will
    meet' (round 17: only the first, or none, was drafted). Index of a run -> (the title in the
    singular, 0); two names at least, the last after 'and'."""
    listed: dict[int, tuple[str, int]] = {}
    for index, run in enumerate(found):
        text = paragraphs[run.paragraph - 1]
        plural = _LOWER_PLURAL.search(text, max(0, run.start - 60), run.start)
        if plural is None or len(run.tokens) < 2 or not is_name(run.tokens) or index in listed:
            continue
        members, at = [index], index
        while at + 1 < len(found) and found[at + 1].paragraph == run.paragraph:
            here, later = found[at], found[at + 1]
            between = text[here.end:later.start]
            if _OF_PLACE.fullmatch(between) and at not in members[:-1] and len(later.tokens) <= 2 \
                    and at == members[-1]:
                at += 1  # 'Dilnoza Yusupova of Uzbekistan': where she is from, no member
                continue
            join = _JOIN.fullmatch(between)
            if join is None or not is_name(later.tokens) or len(later.tokens) < 2:
                break
            members.append(at + 1)
            at += 1
            if "and" in join.group().split():
                field = plural.group(1).strip() if plural.group(1).strip() in TITLE_LEAD else ""
                title = f"{field} {PLURAL_TITLES[plural.group(2)]}".strip()  # (not 'two judge')
                listed.update({member: (title, 0) for member in members})
                break
    return listed
