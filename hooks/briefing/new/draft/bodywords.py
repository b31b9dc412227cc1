"""A body named in full and then called back by its word ('The Sibu Municipal Council voted ...',
then 'The council will meet the hawkers' association on Thursday'): an event whose sentence names
nobody takes the bodies so called, each the one organisation named before whose name ends with the
word ('council': Sibu Municipal Council), or whose name's head before 'of' is the word ('board':
Pima County Board of Supervisors), or holds the words with it ("hawkers' association": Sibu
Central Market Hawkers' Association); 'the company' is the one firm named before, by its legal
form or a firm's last word ('Havbruk Nord ASA'). A body so called that holds the event ('The
company will hold a briefing on Friday', 'will hold its AGM on 12 May') is a side of it, whoever
else the sentence names (round 14, probes)."""

from __future__ import annotations

import re

from briefing.new.draft.entities import Entities
from briefing.new.draft.eventpeople import named_by
from briefing.new.draft.lexicon import BODY_WORDS, FIRM_TAILS, LEGAL_FORMS

Key = tuple[str, str]
# a body's word, the longest first (one alternation for every pattern below)
_BODY_WORD = "|".join(sorted(BODY_WORDS, key=len, reverse=True))
# 'the council', "the farmers' association", 'the provincial assembly'; not 'the council's
# chairman' (someone of it), not 'the council of elders' (another body's name)
_CALLED_BACK = re.compile(r"\b[Tt]he\s+(?P<words>(?:[a-z][\w\-]*['’]?\s+){0,3}?)"
                          rf"(?P<word>{_BODY_WORD})\b"
                          r"(?!['’]|\s+of\b|-)")

# 'Council will review the trial at a public meeting on Nov. 14': the word bare, opening its
# sentence before its verb (newspaper style for the local council)
_CAPITALISED = "|".join(sorted((w.capitalize() for w in BODY_WORDS), key=len, reverse=True))
_BARE = re.compile(rf"(?P<words>)(?P<word>{_CAPITALISED})"
                   r"\s+(?=(?:will|would|voted|votes|has|have|had|is|was|agreed|decided|meets|met)\b)")
# round 18 (develop set r18a): 'a first meeting with ministry officials had taken place in
# Budapest on 5 March': the body named before, by its word before its people
_ITS_PEOPLE = re.compile(r"(?<![\w\-])(?P<words>)"
                         rf"(?P<word>{_BODY_WORD})"
                         r"\s+(?:officials|representatives|delegates|negotiators|inspectors)\b")
# round 20 (r20a: 'miners' representatives would meet the ministry's officials at Port Kaituma this
# weekend'): the same people, told with the body's possessive or after them with 'of'/'from'
_PEOPLE_WORDS = r"(?:officials|representatives|delegates|negotiators|inspectors|leaders|executives|staff)"
_ITS_OWN_PEOPLE = re.compile(r"\b[Tt]he\s+(?P<words>)"
                             rf"(?P<word>{_BODY_WORD})['’]s\s+(?:own\s+|senior\s+|top\s+)?{_PEOPLE_WORDS}\b")
_PEOPLE_OF = re.compile(rf"\b{_PEOPLE_WORDS}\s+(?:of|from)\s+the\s+(?P<words>)"
                        rf"(?P<word>{_BODY_WORD})\b(?!['’]|\s+of\b|-)")
# (round 19, r18b: 'the union would meet the ministry next week', its speaker named)
_WITH_THE = re.compile(r"\b(?:with|meet|meets|met)\s+the\s+(?P<words>)"
                       rf"(?P<word>{_BODY_WORD})"
                       r"\b(?!['’]|\s+of\b|-)")
_AT_PLACE = re.compile(r"\b(?:at|in|inside|outside|near)\s+$")
# 'before the ministry's collegium meets on May 3': a body's own board sitting is the body's
# meeting (round 17's develop set)
_ITS_BOARD = re.compile(r"\b[Tt]he\s+(?P<words>(?:[a-z][\w\-]*['’]?\s+){0,3}?)"
                        rf"(?P<word>{_BODY_WORD})['’]s\s+"
                        r"(?:[a-z][\w\-]*\s+){0,2}?(?:board|collegium|executive|committee|council|cabinet|"
                        r"presidium|bureau|synod)\s+(?=(?:next\s+)?(?:meets|convenes|sits)\b)")


def bodies_called_back(entities: Entities, text: str, number: int, start: int, end: int) -> list[Key]:
    """The organisations named before paragraph `number` (or earlier in it) that text[start:end]
    calls back by their word."""
    found: list[Key] = []
    bare = _BARE.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()))
    for match in [*([bare] if bare else []), *_CALLED_BACK.finditer(text, start, end),
                  *_ITS_BOARD.finditer(text, start, end), *_ITS_PEOPLE.finditer(text, start, end)]:
        words = f"{match.group('words')}{match.group('word').lower()}"
        key = named_by(entities, words) if match.group("words") \
            else named_by(entities, words, last=True) or _headed_by(entities, words) \
            or _the_firm(entities, words, number, match.start())
        if _AT_PLACE.search(text, max(0, match.start() - 12), match.start()):
            continue  # ('signed on Monday at the ministry in Suva': where, not who)
        if key is not None and key not in found and _named_before(entities, key, number, match.start()):
            found.append(key)
    return found


def bodies_of_people(entities: Entities, text: str, number: int, start: int, end: int) -> list[Key]:
    """The bodies named before that text[start:end] calls back by their word before their people
    ('a first meeting with ministry officials', "the ministry's officials", 'officials of the
    ministry') or after 'with' or 'meet' ('talks with the ministry', 'would meet the ministry'): sides,
    whoever else the sentence names."""
    found: list[Key] = []
    for match in [*_ITS_PEOPLE.finditer(text, start, end), *_WITH_THE.finditer(text, start, end),
                  *_ITS_OWN_PEOPLE.finditer(text, start, end), *_PEOPLE_OF.finditer(text, start, end)]:
        word = match.group("word").lower()
        key = named_by(entities, word, last=True) or _headed_by(entities, word, lede=True)
        if key is not None and key not in found and _named_before(entities, key, number, match.start()):
            found.append(key)
    return found


def _the_firm(entities: Entities, word: str, number: int, at: int) -> Key | None:
    """'the company': the one organisation named before whose name ends in a legal form or a firm's
    word ('Havbruk Nord ASA', 'Acme Holdings')."""
    if word != "company":
        return None
    keys = [("organisations", key) for key, org in entities.organisations.items()
            if org.name.split()[-1].lower() in LEGAL_FORMS | FIRM_TAILS
            and _named_before(entities, ("organisations", key), number, at)]
    return keys[0] if len(keys) == 1 else None


# 'The company will hold a briefing', 'The council held its monthly meeting': the subject holds
# the event (its words up to the event's noun)
_HOLDS = re.compile(r"\s*[Tt]he\s+(?:[a-z][\w\-]*['’]?\s+){0,2}?"
                    rf"(?:{_BODY_WORD})\s+"
                    r"(?:will\s+|would\s+|(?:is|was)\s+(?:due\s+|set\s+|expected\s+)?to\s+|plans\s+to\s+)?"
                    r"(?:hold|holds|held|host|hosts|hosted|convene|convenes|convened)\s+"
                    r"(?:(?:a|an|its|the)\s+)?(?:[\w\-]+\s+){0,3}")


# round 18 (develop set r18a): 'The ministry will sit down with the Ethiopian Seed Enterprise':
# the body called back is the subject of the event's verb, which stands right after it
_SUBJECT = re.compile(r"\s*[Tt]he\s+(?:[a-z][\w\-]*['’]?\s+){0,2}?"
                      rf"(?:{_BODY_WORD})\s+")


# the words a speaker's reported plan opens with: 'X said the union would hold a protest on Friday'
_SAID_THAT = re.compile(r"\b(?:said|says|added|announced|warned|told\s+[\w\s]{1,30}?)\s+(?:that\s+)?")


def holders(entities: Entities, text: str, number: int, start: int, at: int) -> list[Key]:
    """The body the words text[start:at] call back as the one holding the event whose word is at
    `at` ('The company will hold a' briefing), or none; also in what a speaker said of it ('Its
    general secretary, X, said the union would hold a protest ... on Friday': round 17)."""
    opens = [start, *(m.end() for m in _SAID_THAT.finditer(text, start, at))]
    own = next((s for s in reversed(opens) if _HOLDS.fullmatch(text, s, at) is not None
                or _SUBJECT.fullmatch(text, s, at) is not None), None)
    if own is None:
        return []
    return bodies_called_back(entities, text, number, own, at)


# round 15 (events): "The commission's next annual session will be held in Manila", "the council's
# monthly meeting": the body whose event it is, by its word and a possessive right before the event
_POSSESSES = re.compile(r"\b[Tt]he\s+(?P<words>(?:[a-z][\w\-]*['’]?\s+){0,2}?)"
                        rf"(?P<word>{_BODY_WORD})['’]s\s+"
                        r"(?:[\w\-]+\s+){0,3}$")


def possessors(entities: Entities, text: str, number: int, start: int, at: int) -> list[Key]:
    """The body called back by its word in a possessive right before the event word at `at`
    ("The commission's next annual" session), named before; or none."""
    told = _POSSESSES.search(text, max(start, at - 80), at)
    if told is None:
        return []
    words = f"{told.group('words')}{told.group('word').lower()}"
    key = named_by(entities, words) if told.group("words") else named_by(entities, words, last=True) \
        or _headed_by(entities, words)
    return [key] if key is not None and _named_before(entities, key, number, told.start()) else []


def _headed_by(entities: Entities, word: str, lede: bool = False) -> Key | None:
    """The one organisation whose name's head, before 'of', is `word` ('the board': the Pima County
    Board of Supervisors; 'the ministry': the Ministry of Fisheries); for 'the board', else the one
    organisation whose executive the article names ('the chief executive of the Fiji Sugar
    Corporation, X': the corporation's board)."""
    head = re.compile(rf"(?:^|\s){re.escape(word)}\s+(?:of|for)\s", re.IGNORECASE)  # ('the Ministry for
    # Transport and Investment': round 18)
    keys = [("organisations", key) for key, org in entities.organisations.items() if head.search(org.name)]
    if not keys and word == "board":
        run = {title.split(" of ", 1)[1].removeprefix("the ") for person in entities.people.values()
               for title in person.titles if _EXECUTIVE.match(title)}
        keys = [("organisations", key) for key, org in entities.organisations.items() if org.name in run]
    if len(keys) > 1 and lede:  # round 19 (r18b, open): 'would meet the ministry' in an article
        # whose lede names the Ministry of Education and Sports, the Ministry of Finance named after
        # it in passing: the one of its word the lede names is the article's
        keys = [key for key in keys if entities.paragraphs_of(key)[:1] == [1]]
    return keys[0] if len(keys) == 1 else None


# who answers to a company's board: 'chief executive of X', 'managing director of X'
_EXECUTIVE = re.compile(r"(?:chief\s+executive|managing\s+director|chief\s+operating\s+officer)\s+of\s+",
                        re.IGNORECASE)


def _named_before(entities: Entities, key: Key, number: int, at: int) -> bool:
    return any(m.paragraph < number or m.paragraph == number and m.start < at
               for m in entities.mentions if m.key == key)
