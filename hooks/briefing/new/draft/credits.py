"""People the article names only as its own makers: 'Updates by Ana Vujović', 'spoke to our
reporter, Ewa Nowicka,', 'interviewed by Losana Vakatawa for Pacific Weekly', '(Reporting by X)'.
They write, ask or film; they are no one the briefing is about, and were drafted as people (the
reporter a participant of the talks she covered)."""

from __future__ import annotations

import functools
import re

from briefing.new.draft.entity import Entity

# A picture's credit, in a caption's style ('(Photo by Kenji Sakamaki)', 'Photograph by X', 'Video: X';
# round 18: the photographer of a caption was drafted a person of the story); lower case only in
# brackets ('(photo by X)'), not 'a video by X went round'.
_MADE_BY = (r"(?:\b(?:Photos?|Photographs?|Photography|Pictures?|Images?|Video|Illustrations?|Graphics?)|"
            r"\((?:photos?|photographs?|pictures?|images?))\s+(?:by|:)")
_CREDIT_BEFORE = re.compile(
    rf"(?:\b(?:[Uu]pdates|[Rr]eporting|[Ee]diting|[Ww]riting|[Ff]act-checking)\s+by|{_MADE_BY}"
    r"|\b(?:[Oo]ur|[Tt]his\s+newspaper['’]s|[Tt]he\s+paper['’]s)\s+(?:own\s+)?(?:reporter|correspondent|"
    r"interviewer|editor|photographer),?)\s+$")
# 'interviewed by X for Pacific Weekly': the one who asked, for a publication.
_FOR_AFTER = re.compile(r",?\s+for\s+(?:the\s+)?[A-Z]")
_INTERVIEWED_BEFORE = re.compile(r"\binterviewed\s+by\s+$")


# A press release's contact block: a line under 'Contact:' or one that gives a telephone number
# or an e-mail address ('Contact:\nIvalu Kristiansen, press officer, tel. +299 70 12 34'; round 17,
# names-r17: the press officer was drafted a person of the story).
_CONTACT_HEAD = re.compile(r"^(?:(?:for\s+)?(?:media|press|further)\s+)?(?:contacts?|enquiries|inquiries|"
                           r"information)(?:\s+\w+){0,2}\s*:\s*$", re.I)
_CONTACT_LINE = re.compile(r"\b(?:tel|phone|mobile|mob|fax|cell)\b\.?:?\s*\+?\(?\d|\S+@\S+\.\w", re.I)
# A contact's entry wherever its line stands (a release's block of contacts joined into one
# paragraph, 'Anna Räsänen, CEO, Tuulikolmio Oy, tel. +358 40 ... Media enquiries: Juha-Pekka
# Heikkilä, Communications Manager, tel. +358 50 ...'; round 18: read as one long line, its last
# entry was drafted a person of the story): the name, up to three short parts set off by commas
# (a role, a body), then a telephone number or an e-mail address.
_CONTACT_ENTRY = re.compile(r"(?:,\s+[^,.;:\"“”\n]{1,60}){0,3},\s+"
                            r"(?:(?:tel|phone|mobile|mob|fax|cell)\b\.?:?\s*\+?\(?\d"
                            r"|(?:e-?mail:?\s+)?[\w.\-]+@[\w\-]+\.\w)", re.I)

# Any credit at all (most articles have none: nothing more to look at).
_ANY_CREDIT = re.compile(r"(?:updates|reporting|editing|writing|fact-checking|interviewed|photos?|"
                         r"photographs?|photography|pictures?|images?|video|illustrations?|graphics?)\s+(?:by|:)|\b(?:our|"
                         r"newspaper['’]s|paper['’]s)\s+(?:own\s+)?(?:reporter|correspondent|interviewer|"
                         r"editor|photographer)", re.I)


def credited_only(person: Entity, whole: str) -> bool:
    """Every mention of `person`, in any of its forms, stands in a credit of the article's own."""
    if not _has_credit(whole):
        return False
    credits = _credit_lines(whole)
    if not any(form in credits for form in person.forms()):
        return False  # (no mention of any form stands where a credit could be)
    mentions = (m for form in person.forms()
                for m in re.finditer(rf"(?<![\w\-]){re.escape(form)}(?![\w\-])", whole))
    first = next(mentions, None)  # (read lazily: the first mention outside a credit ends it)
    return first is not None and _credit(whole, first.start(), first.end()) \
        and all(_credit(whole, m.start(), m.end()) for m in mentions)


@functools.lru_cache(maxsize=8)  # (asked once per person of one article)
def _has_credit(whole: str) -> bool:
    return _ANY_CREDIT.search(whole) is not None or _CONTACT_LINE.search(whole) is not None \
        or any(_CONTACT_HEAD.match(line.strip()) for line in whole.splitlines())


@functools.lru_cache(maxsize=8)  # (asked once per person of one article)
def _credit_lines(whole: str) -> str:
    """The text that could hold a credited name: what follows each credit's words, and each short
    line of a contact. A person none of whose forms appear here is no credit's alone (reading
    the whole text for each person was quadratic in a long page's length)."""
    after = [whole[m.end():m.end() + 200] for m in _ANY_CREDIT.finditer(whole)]
    lines = whole.splitlines()
    contact = [line for above, line in zip(["", *lines], lines, strict=False)
               if len(line) <= 120 and (_CONTACT_LINE.search(line) or _CONTACT_HEAD.match(above.strip()))]
    entries = [whole[max(0, m.start() - 160):m.start()] for m in _CONTACT_LINE.finditer(whole)]
    return "\n".join(after + contact + entries)


def _credit(whole: str, start: int, end: int) -> bool:
    bounds = _short_line(whole, start, end)
    if bounds is not None:
        line = whole[bounds[0]:bounds[1]]
        above = whole[whole.rfind("\n", 0, max(0, bounds[0] - 1)) + 1:max(0, bounds[0] - 1)]
        if (_CONTACT_LINE.search(line) or _CONTACT_HEAD.match(above.strip())) \
                and not re.search(r"\b(?:said|says|told)\b", line):
            return True  # (a contact's line of a press release, short and no one's words)
    if _CONTACT_ENTRY.match(whole, end, min(len(whole), end + 200)):
        return True  # 'Juha-Pekka Heikkilä, Communications Manager, tel. +358 50 ...'
    before = whole[max(0, start - 60):start]
    return _CREDIT_BEFORE.search(before) is not None \
        or _INTERVIEWED_BEFORE.search(before) is not None and _FOR_AFTER.match(whole, end) is not None


def _short_line(whole: str, start: int, end: int, longest: int = 120) -> tuple[int, int] | None:
    """The start and end of the line around whole[start:end] if it is at most `longest`
    characters, else None. Only that many characters are read: reading a long paragraph's whole
    length for each mention made drafting one quadratic (round 18: 160,000 characters in two
    paragraphs cost 8.2 times 40,000)."""
    found = whole.rfind("\n", max(0, start - longest), start)
    if found < 0 and start > longest:
        return None
    line_start = found + 1
    line_end = whole.find("\n", end, line_start + longest + 1)
    if line_end < 0:
        if line_start + longest + 1 < len(whole):
            return None
        line_end = len(whole)
    return (line_start, line_end) if line_end - line_start <= longest else None
