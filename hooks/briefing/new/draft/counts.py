"""Numbers that count things ('more than 3,500 runners', 'nearly 40 clubs', '46 counts of
fraud') and sums of money with no unit word ('€350,000'), beside the measured figures of
`figures`: a count names what it counts, so a reader can check it.

The word counted is the first plural noun after the number, up to three modifiers allowed
('3,000 low-cost houses', 'some 42,000 electrically heated detached houses'); a part of a whole
counts the same things ('18 of the 798 segments': 18 segments); a year ('in 2007'), 'two' ('the
two sides') or a number inside another figure is not a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.new.draft.calendarwords import MONTH
from briefing.new.draft.lexicon import (
    CURRENCY_CODES,
    IRREGULAR_PLURALS,
    NOT_COUNTED,
    NOT_NAME,
    NUMBERED_PLACES,
    PEOPLE_ADJECTIVES,
    QUALIFIERS,
)

_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
# A plural noun ends in 's', not in 'ss', 'us' or 'is' ('to discuss', 'a bonus', 'the crisis');
# the words before it describe it, and a link word never does ('October 15 to discuss').
_PLURAL = r"[a-z][a-z\-]*s(?<!ss)(?<!us)(?<!is)"
_NOT_LINK = (r"(?!(?:to|and|or|of|in|on|at|for|from|by|with|than|as|but|if|after|before|during|since|until|"
             r"when|while|because)\s)")  # ('passed 192-0 after lawmakers': no '0 after lawmakers')
_QUALIFIER = rf"(?:(?P<qualifier>{'|'.join(sorted(QUALIFIERS, key=len, reverse=True))})\s+)?"
# A number after a clock's colon or a decimal point is no count ('14:10 Godongwana says', a live
# report's time stamp, was '10 Godongwana says').
_NOT_CLOCK = r"(?<!\d[:.])"
# Animals whose plural is the singular, counted only when no noun follows that they would describe
# ('around 180,000 Atlantic salmon escaped'; not 'two salmon farms'; round 18: no figure was
# drafted). (Livestock counted by the head: _HEAD.)
_SAME_PLURAL = (r"(?:salmon|trout|deer|bison|moose|elk|reindeer)"
                r"(?![ \t]+(?:[a-z]+s|farm|stock|industry|fishery|river)\b)")
_COUNT = re.compile(
    rf"\b{_QUALIFIER}{_NOT_CLOCK}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{'|'.join(_WORDS)})"
    rf"(?P<scale>\s+(?:million|billion|thousand)|(?:m|bn|mn)(?=\s+(?:{'|'.join(IRREGULAR_PLURALS)}|{_PLURAL})\b))?"
    # (round 12: '1.2m people' as British copy writes it; the noun right after: '6m deep trenches'
    # and '100m freestyle heats' are metres)
    rf"\s+(?:{_NOT_LINK}[a-z][\w\-]*\s+){{0,3}}?(?P<noun>{'|'.join(IRREGULAR_PLURALS)}|{_SAME_PLURAL}|{_PLURAL})\b",
    re.IGNORECASE)
# '120,000 rubber and oil palm estate workers': two kinds joined by 'and' before the noun counted
# (nouns, no verb: a word before 'and' and after it, neither ending in -ed, nor in -ing before
# 'and'; round 12: '38 water treatment and pumping units', a gerund after 'and' describes the noun).
_JOINED_KINDS = re.compile(
    rf"\b{_QUALIFIER}{_NOT_CLOCK}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+{_NOT_LINK}(?:[a-z]+\s+)?[a-z]+(?<!ed)(?<!ing)"
    rf"\s+(?:and|or)\s+(?:[a-z]+(?<!ed)\s+){{1,3}}?(?P<noun>{'|'.join(IRREGULAR_PLURALS)}|{_PLURAL})\b")
_MONEY = re.compile(rf"(?<![\w$€£¥₹]){_QUALIFIER}"
                    r"(?P<symbol>[$€£¥₹₦]|\b(?:US|A|C|NZ|HK|S|NT|Z)\$(?=\d)|\bR(?=\d)|\bN(?=\d)|\bRs\.?\s?(?=\d)|\bINR\s?(?=\d)"
                    r"|\b(?:K|T|U)?Sh\.?(?=\d)|\b(?:K|T|U)Sh\s(?=\d)"  # (shillings: 'TSh500,000')
                    rf"|\b(?:{'|'.join(CURRENCY_CODES)})\s?(?=\d))"  # ('PGK 400,000', 'ZMW4.5 million')
                    r"(?P<value>\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+(?:\.\d+)?)(?!\.?\d)"
                    r"(?P<scale>\s+(?:million|billion|trillion|thousand|crores?|lakhs?)|(?:bn|mn|m|tn|k)\b)?(?!\w|,\d)")
# ('€350,000, most of it'; round 10: '£115m', '$3.5bn' as British copy writes them, no more
# '$3' of '$3.5bn'; round 17: '$50k', '20 thousand people', drafted in full by `textrecords`)
_SCALES = {"bn": "billion", "m": "million", "mn": "million", "tn": "trillion", "crores": "crore",
           "lakhs": "lakh", "k": "thousand"}
# '18 of the 798 hexagonal segments', 'Three of the five bidders', 'Two of the dead': the first
# number counts the same things; 'eight of them' counts what the sentence before named (its unit
# left to the reviewer). Round 12: a whole that is someone's ("14 of the city's 38 water treatment
# and pumping units"), its noun up to four words on.
_OF_TOTAL = re.compile(
    rf"\b{_QUALIFIER}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(_WORDS)})\s+of\s+"
    rf"(?:(?:the|its|their|his|her|our|all|these|those)\s+(?:[a-z]+['’]s\s+)?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+\s+|\d+\s+|(?:{'|'.join(_WORDS)})\s+)?(?:[a-z][\w\-]*\s+){{0,4}}?"
    rf"(?P<noun>{'|'.join(IRREGULAR_PLURALS + PEOPLE_ADJECTIVES)}|[a-z][a-z\-]*s)\b|them\b|those\b)",
    re.IGNORECASE)
# 'killing 14 people and injuring 23', 'the blast wounded 40': a number right after a verb that
# harms or holds people, with no noun after it, counts people.
_HARMED = re.compile(
    r"\b(?:kill(?:ing|ed|s)|injur(?:ing|ed|es)|wound(?:ing|ed|s)|hurt(?:ing|s)?|arrest(?:ing|ed|s)|"
    rf"detain(?:ing|ed|s)|evacuat(?:ing|ed|es)|rescu(?:ing|ed|es))\s+{_QUALIFIER}"
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]\d)(?=\s*(?:[,.;)]|\s+(?:and|in|on|at|as|when|after|before|"
    r"while|during|near|across|including|among|among them|of whom)\b))", re.IGNORECASE)


# 'an unbeaten 102 off 89 balls', 'bowled out for 187 in 46.2 overs', 'a stand of 121 with':
# a number the sentence ties to no unit or noun. Drafted with the unit left for the reviewer
# (marked uncertain), not dropped: the article gives it as a fact. Not a year, a date ('on 14
# March'), a time ('10.30'), a score ('1-0'), a part of a name ('Route 66') or one digit. (Round
# 10: with its qualifier, 'against fewer than 20 in the last survey'.)
_BARE = re.compile(rf"\b(?:(?:an?|for|of|with|by|to|from|against)\s+{_QUALIFIER}"
                   r"|(?:an?|for|of|with|by|to|from)\s+(?:[a-z]+\s+)?)(?P<value>\d{1,3}(?:,\d{3})+|\d{2,})"
                   r"(?=\s+(?:off|in|with|for|at|against|from|by|before|after|last|this)\b|[,;.](?:\s|$))")
# (round 12: 'down from 210,000 last year')
# The end of a range of days after a month's day ('from March 12 to 15.', 'on May 3-5,'): a date's
# day, no count (round 15, lead: a figure '15' of no unit).
_RANGE_END = re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|until|till|through|thru|-|–)\s*$")
# 'Dengue cases crossed 12,000 this year', 'The death toll rose to 1,200 on Friday', 'Attendance
# topped 60,000': a number the things before the verb reached, no noun after it (round 14, lead).
_REACHED = re.compile(r"\b(?P<noun>[a-z]+s|toll|total|attendance|turnout)\s+"
                      r"(?:(?:has|have|had)\s+(?:now\s+)?)?"
                      r"(?:crossed|passed|topped|reached|hit|exceeded|surpassed|(?:rose|risen|climbed|jumped|"
                      r"fell|fallen|dropped|grew|grown|increased)\s+to|st(?:ood|ands)\s+at)\s+"
                      rf"{_QUALIFIER}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d{{2,}})"
                      r"(?=[,;.](?:\s|$)|\s+(?:on|in|this|last|for|by|since|after|before|during|from|at|"
                      r"officials|and)\b)", re.IGNORECASE)
_REACHED_UNITS = {"toll": "deaths", "attendance": "people", "turnout": "voters", "total": ""}
# Counted however small ('The toll rose to 43 on Friday'); other nouns with thousands only. No
# price or level is a count ('Shares hit 1,050 in early trade').
_ALWAYS_COUNTED = frozenset("toll attendance turnout deaths cases casualties infections arrests".split())
_NOT_REACHED = frozenset("shares prices rates yields stocks bonds futures markets sales levels temperatures "
                         "indexes indices points".split())


# '27-nation bloc', 'a three-judge bench', 'the 20-club table', 'a four-storey complex': a number
# joined by a hyphen to a singular noun, before the noun it describes, counts that noun. Not an
# age ('a 30-year-old'), a time ('six-hour': a duration of `figures`) or a score ('2-1').
_HYPHENED = re.compile(
    rf"\b(?<![\d.,])(?P<value>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{'|'.join(_WORDS)})-(?P<noun>[a-z]{{3,}})"
    r"(?=\s+[a-z])",
    re.IGNORECASE)
_TIMES = frozenset("year month week day hour minute second percent point time fold".split())
# 'by a vote of 19 to 7', 'a tally of 192 to 63': both numbers count votes.
# (round 7: 'the council voted 15 to 11', 'approved 26 to 14': the verb's tally)
_TALLY = re.compile(r"\b(?:(?:vote|tally|ballot|margin)\s+of|voted|approved|rejected|passed)\s+"
                    r"(?P<value>\d{1,3}(?:,\d{3})*)"
                    r"\s*(?:to|-|–|against)\s*(?P<other>\d{1,3}(?:,\d{3})*)\b")
# (round 15) a tally after the object or a verb of being ('approved the budget 245-180 on Thursday',
# 'The vote was 9-0', 'carried the motion 23 to 19'), ending where a clause does (not 'approved the
# 2-3 year plan'). (In words, 'by seven votes to two', `pairs` gives the two its unit.)
_TALLY_AFTER = re.compile(r"\b(?:(?:vote|tally|ballot|count)\s+(?:was|is|stood\s+at|ended)\s+|"
                          r"(?:approved|rejected|passed|backed|adopted|carried|defeated|endorsed|ratified|"
                          r"voted\s+(?:for|against|down|through))\s+(?:(?:the|a|an|its|their|his|her|it|them)\s+)?"
                          r"(?:[a-z][\w\-]*\s+){0,3}?)"
                          r"(?P<value>\d{1,3}(?:,\d{3})*)\s*(?:to|-|–|against)\s*(?P<other>\d{1,3}(?:,\d{3})*)"
                          r"(?=\s*(?:[,.;)]|$|\s+(?:on|in|at|with|after|before|to|votes?|vote|margin|majority|"
                          r"against|for|by|when|as|and)\b))")
# 'A crowd of 61,432 watched': a gathering of people.
_GATHERED = re.compile(r"\b(?:crowd|audience|attendance|gathering)\s+of\s+"
                       rf"{_QUALIFIER}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d,.]\d|\s*%)")

# 'Police estimated the crowd at 107,000', 'organisers put it at between 275,000 and 325,000' (round
# 14, helper r14c: no figure): a crowd's size estimated, maybe as a range; 'it' or 'them' where the
# paragraph names a crowd or marchers.
_ESTIMATED = re.compile(r"\b(?:estimated|estimates|estimate|put|puts|numbered|counted|reckoned|placed)\s+"
                        r"(?P<object>(?:the\s+)?(?:crowds?|attendance|turnout|(?:number|size)\s+of\s+[a-z]+|"
                        r"protesters|demonstrators|marchers)|it|them)\s+at\s+(?:between\s+)?"
                        rf"{_QUALIFIER}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d{{3,}})"
                        r"(?:\s+(?:and|to)\s+(?P<other>\d{1,3}(?:,\d{3})+|\d{3,}))?(?![\d,.]\d|\s*%)")
_CROWD = re.compile(r"\b(?:crowds?|protesters|demonstrators|marchers|rally|rallies|march|protest)\b",
                    re.IGNORECASE)

# 'a staff of around 4,300', 'a workforce of 900': the people a body is made of.
# (round 10: 'a town of 20,000', 'an island of 4,000': the people living there, no noun after)
_BODY_OF = re.compile(r"\b(?P<noun>staff|workforce|membership|population|headcount|town|city|village|"
                      r"island|community)\s+of\s+"
                      rf"{_QUALIFIER}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d,.]\d|\s*%)")
# 'Its workforce, which numbered more than 17,000 in 1980', 'membership stood at 4,200': a body's
# people told with a verb of number (round 18: no figure was drafted).
_BODY_NUMBERED = re.compile(r"\b(?P<noun>staff|workforce|membership|population|headcount)\b(?:,\s+which)?\s+"
                            r"(?:(?:had|has)\s+)?(?:numbered|numbers|totalled|totaled|totals|stood\s+at|stands\s+at|"
                            rf"peaked\s+at|reached)\s+{_QUALIFIER}"
                            r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]\d|\s*%)")
_BODY_UNITS = {"staff": "staff", "workforce": "workers", "membership": "members", "population": "people",
               "headcount": "staff", "town": "people", "city": "people", "village": "people",
               "island": "people", "community": "people"}


# 'a team of three', 'A team of four spent 19 days', 'a delegation of 12': the members of a group
# named by its number alone (a noun after the number is a count of its own: 'a team of six engineers').
_GROUP_OF = re.compile(rf"\b(?:team|squad|crew|delegation|panel|group|contingent|family)\s+of\s+"
                       rf"{_QUALIFIER}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(_WORDS)})\b"
                       r"(?![\d,.]\d|\s*%|-|\s+[a-z]+(?<!ed)\s+(?:of|who|that|which)\b)", re.IGNORECASE)
# '41 women started and 26 finished', 'Of the 12 stakes, nine were still standing': a number that
# is a verb's subject with no noun counts the things the sentence counted before it.
# A tally in words: 'The vote was 11 in favour and 3 against', '40 votes for and 12 against' (round
# 21, r21a kw-municipal: no figure).
_FOR_AND_AGAINST = re.compile(r"\b(?P<value>\d{1,3}(?:,\d{3})*)\s+(?:votes?\s+)?(?:in\s+favou?r|for)\s*,?\s+"
                              r"(?:and|to|with)\s+(?P<other>\d{1,3}(?:,\d{3})*)\s+(?:votes?\s+)?against\b")
# 'a report on the removal of abandoned cars, of which Kuwait Municipality teams towed 2,914 in
# January': a number after 'of which' counts the things named before it (round 21: no figure).
_OF_WHICH = re.compile(r"\b(?P<noun>[a-z][a-z\-]*s)(?<!ss),?\s+of\s+which\s+(?:[\w\-'’]+\s+){0,8}?"
                       r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d|\s*%|\s+(?:per\s*cent|percent)\b)")
_DID = re.compile(rf"(?:(?<=^)|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bonly\s)|(?<=\bwhile\s))"
                  rf"(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(_WORDS)})\s+(?:finished|started|"
                  r"completed|qualified|withdrew|abstained|survived|died|drowned|escaped|fled|returned|"
                  r"recovered|voted|were|remained|remain)\b", re.IGNORECASE | re.MULTILINE)
# The noun of the sentence's last count before such a number: 'Of the 84 riders who ...', '41 women'.
_COUNTED_BEFORE = re.compile(rf"(?:\d[\d,]*|\b(?:{'|'.join(_WORDS)}))\s+(?:[a-z][\w\-]*\s+)?"
                             rf"(?P<noun>{'|'.join(IRREGULAR_PLURALS)}|{_PLURAL})\b", re.IGNORECASE)


# '1,200 head of cattle', '300 head already slaughtered': livestock counted by the head (a
# singular unit noun); not 'the 12 head coaches' (a noun follows 'head').
_HEAD = re.compile(rf"\b{_QUALIFIER}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+head\b"
                   r"(?:\s+of\s+(?P<noun>[a-z]+)|(?=[,.;:)]|\s+(?:already|were|was|had|have|has|are|is|in|"
                   r"on|at|from|to|and|or|a|per|each|lost|died|been|still|that|which|this|last|since|"
                   r"so|over|during|after|before|because)\b))")  # (round 18: "We've sold 4,000
# head since Christmas" drafted no figure)

# 'Pornpimol Kaewmanee, 34, who ...': a number set off by commas right after a name is the
# person's age. Not a date's day ('May 5, 2020,'): the word before is a name's, not a month's.
_AGE = re.compile(r"\b(?P<name>[A-Z][\w'’\-]+),\s+(?P<value>[1-9]\d?),"
                  r"(?=\s+[a-z\"“]|\s+[A-Z][a-z]+\s+(?:was|is|has|had|said|says))")
AGE_UNIT = "years of age"
_NOT_AGED = frozenset("January February March April May June July August September October November December "
                      "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday "
                      "Friday Saturday Sunday Chapter Article Section Page Room Route Group Pool Round "
                      "Game Stage Race Class Grade Level Row Gate".split())


# 'the two sides', 'its two ministers': 'two' after a determiner names a pair, not a count.
_DETERMINED = re.compile(r"\b(?:the|these|those|its|their|his|her|our|both|all|my|your|those)\s+$", re.I)


# The end of a number written in words before its last word: 'two hundred and (forty)', 'twenty-'.
_COMPOUND = re.compile(r"\b(?:hundred|thousand)\s+(?:and\s+)?$|\b[a-z]+ty-$", re.IGNORECASE)


@dataclass(frozen=True)
class FoundCount:
    paragraph: int
    start: int
    as_written: str
    value: float
    unit: str  # '' for a bare number: the article names no unit
    qualifier: str | None  # as the schema words it: 'more than', 'about'
    counted: str = ""  # what is counted, as written: 'police officers', 'construction sites'


# A telephone number, after its word or written in the international form ('tel. +358 44 439 1200',
# 'phone 0800 123 456'): its groups of digits count nothing (round 18: a press release's contact
# block gave a figure '1200 Media enquiries', the number's last group and the next line's words).
_PHONE = re.compile(r"\b(?:tel|phone|telephone|mobile|mob|fax|cell)\b\.?:?\s*\+?\(?\d[\d \t\-()./]{4,}\d"
                    r"|(?<![\w+])\+\d{1,3}[ \t\-]?\(?\d[\d \t\-()]{5,}\d", re.IGNORECASE)


def find_counts(paragraphs: tuple[str, ...], taken: dict[int, list[tuple[int, int]]]) -> list[FoundCount]:
    """`taken`: paragraph -> (start, end) of the figures already found there."""
    found: list[FoundCount] = []
    cricket = len({m.group().lower() for text in paragraphs for m in _CRICKET.finditer(text)}) >= 3
    for number, text in enumerate(paragraphs, 1):
        used = list(taken.get(number, [])) + [m.span() for m in _PHONE.finditer(text)]
        for match in [*_MONEY.finditer(text), *_COUNT.finditer(text), *_JOINED_KINDS.finditer(text)]:
            count = _count(number, match, used)
            if count:
                used.append((match.start(), match.end()))
                found.append(count)
        for match in _OF_TOTAL.finditer(text):  # its part: '18 of the 798 segments'
            count = None if any(s <= match.start("value") < e for s, e in used) else _count(number, match, [])
            if count:
                used.append((match.start(), match.end("value")))
                found.append(count)
        found.extend(_written_counts(number, text, used))
        found.extend(_tallies(number, text, used))
        found.extend(_innings(number, text, used, cricket))
        found.extend(_more(number, text, used))
        for match in _BARE.finditer(text):
            if any(s <= match.start("value") < e for s, e in used) \
                    or re.fullmatch(r"(?:1[89]|20)\d\d", match.group("value")) \
                    or _RANGE_END.search(text, max(0, match.start("value") - 40), match.start("value")):
                continue
            compared = _COMPARED.search(text, 0, match.start("value"))
            earlier = _counted_before(text, match.start()) if compared else ""
            found.append(FoundCount(number, match.start("value"), match.group("value"),
                                    float(match.group("value").replace(",", "")), earlier,
                                    QUALIFIERS.get((match.group("qualifier") or "").lower()), earlier))
    return sorted(found, key=lambda c: (c.paragraph, c.start))


def _written_counts(number: int, text: str, used: list[tuple[int, int]]) -> list[FoundCount]:
    """Counts written as a tally, with a hyphen, or as a gathering (see the patterns)."""
    found: list[FoundCount] = []

    def add(start: int, written: str, value: float, unit: str, qualifier: str | None = None,
            counted: str = "") -> None:
        if not any(s <= start < e for s, e in used):
            used.append((start, start + len(written)))
            found.append(FoundCount(number, start, written, value, unit, qualifier, counted or unit))

    for match in [*_TALLY.finditer(text), *_TALLY_AFTER.finditer(text), *_FOR_AND_AGAINST.finditer(text)]:
        for group in ("value", "other"):
            add(match.start(group), match.group(group), _value(match.group(group)), "votes")
    for match in _HYPHENED.finditer(text):
        noun = match.group("noun").lower()
        if noun not in _TIMES and not text[match.end():match.end() + 4] == "-old" \
                and not re.match(r"(?:1[89]|20)\d\d$", match.group("value")):
            add(match.start(), match.group(), _value(match.group("value")), _plural(noun))
    for match in [*_BODY_OF.finditer(text), *_BODY_NUMBERED.finditer(text)]:
        qualifier = QUALIFIERS.get((match.group("qualifier") or "").lower())
        add(match.start("value"), match.group("value"), _value(match.group("value")),
            _BODY_UNITS[match.group("noun").lower()], qualifier)
    for match in _HARMED.finditer(text):  # named as written with its verb: 'injuring 23'
        add(match.start(), text[match.start():match.end("value")], _value(match.group("value")), "people",
            QUALIFIERS.get((match.group("qualifier") or "").lower()))
    for match in _GATHERED.finditer(text):
        add(match.start("value"), match.group("value"), _value(match.group("value")), "people",
            QUALIFIERS.get((match.group("qualifier") or "").lower()))
    for match in _ESTIMATED.finditer(text):
        if match.group("object") in ("it", "them") and not _CROWD.search(text):
            continue
        for group in ("value", "other"):
            if match.group(group):
                add(match.start(group), match.group(group), _value(match.group(group)), "people",
                    QUALIFIERS.get((match.group("qualifier") or "").lower()))
    for match in _HEAD.finditer(text):
        noun = (match.group("noun") or "").lower()
        end = match.end("noun") if noun else match.end("value") + len(" head")
        add(match.start("value"), text[match.start("value"):end], _value(match.group("value")),
            f"head of {noun}" if noun else "head", QUALIFIERS.get((match.group("qualifier") or "").lower()))
    for match in _GROUP_OF.finditer(text):
        if not re.fullmatch(r"(?:1[89]|20)\d\d", match.group("value")):  # ('the class of 2024')
            add(match.start("value"), match.group("value"), _value(match.group("value")), "members",
                QUALIFIERS.get((match.group("qualifier") or "").lower()))
    for match in _OF_WHICH.finditer(text):
        if match.group("noun").lower() not in NOT_COUNTED \
                and not re.fullmatch(r"(?:1[89]|20)\d\d", match.group("value")):
            add(match.start("value"), match.group("value"), _value(match.group("value")),
                match.group("noun").lower())
    for match in _DID.finditer(text):
        if not re.fullmatch(r"(?:1[89]|20)\d\d", match.group("value")):
            add(match.start(), match.group("value"), _value(match.group("value")),
                _counted_before(text, match.start()))
    for match in _REACHED.finditer(text):
        noun = match.group("noun").lower()
        if noun not in _TIMES | _NOT_REACHED and not noun.endswith("ss") \
                and ("," in match.group("value") or noun in _ALWAYS_COUNTED) \
                and not re.fullmatch(r"(?:1[89]|20)\d\d", match.group("value")):
            add(match.start("value"), match.group("value"), _value(match.group("value")),
                _REACHED_UNITS.get(noun, noun), QUALIFIERS.get((match.group("qualifier") or "").lower()))
    for match in _AGE.finditer(text):
        if match.group("name") not in _NOT_AGED:
            add(match.start(), text[match.start():match.end("value")], _value(match.group("value")),
                AGE_UNIT, counted=f"years of {match.group('name')}'s age")
    return found


# A table's standing or a final tally told after a count of points, votes or seats, the number with
# no noun of its own: 'Hajduk are second on 54, with HNK Rijeka third on 48' (after 'top with 57
# points'), 'finishing on 331 points to Kingston College's 314.5', 'third on 187 points, ahead of
# Jamaica College on 166' (round 18: each drafted nothing). Not a date ('on 14 March'), a year, a
# time or a number with a noun after it.
_ON_TALLY = re.compile(r"(?:\bon|\bto\s+(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*['’]s?)\s+"
                       r"(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,.]\d)"
                       r"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:and|with|ahead|behind|after|while|but|each)\b)")
_TALLIED = re.compile(r"(?:\d[\d,.]*)\s+(?P<noun>points|votes|seats|goals|medals)\b", re.IGNORECASE)


# A cricket innings told as a score, in a paragraph that speaks of cricket ('PNG made 187 for 8 in
# reply to Vanuatu's 185 all out', '245/6', 'Kalotiti scored 92, his best score'; round 18: none was
# drafted): runs, and the wickets lost after 'for' or '/'.
_CRICKET = re.compile(r"\b(?:wickets?|overs|innings|all\s+out|bowled|bowler|batsman|batter|batted|batting|"
                      r"declared|not\s+out|runs|cricket|spinner|opener|century)\b", re.IGNORECASE)
# (round 21, r20b's radio phone-in: 'we were 96 for 3.' closing its sentence, 'put on 118 for the
# fifth wicket', 'Last year he averaged 19.', 'needing 250 to win', and a scorecard told as the
# sides' totals, 'Jamaica 287 and 201, Red Force 239,': none was drafted)
_INNINGS = re.compile(r"(?<![\d.,/\-])(?P<value>\d{2,3})(?:\s+for\s+|/)(?P<other>10|[1-9])"
                      r"(?![\d,/]|\.\d|\s*-)"
                      r"|(?<![\d.,/\-])(?P<out>\d{2,3})\s+all\s+out\b"
                      r"|\b(?:scored|made|hit|posted|reached|put\s+on|averaged|averages|averaging|"
                      r"carried\s+(?:his|her|their)\s+bat\s+for)\s+"
                      r"(?P<made>\d{2,3})(?![\d.,]\d)"
                      r"(?=\s*[,;]|\.(?:\s|$)|\s+(?:not\s+out|off|from|in|before|as|and|for\s+the)\b)"
                      r"|\bneed(?:ed|ing|s)?\s+(?P<need>\d{2,3})\s+to\s+win\b")
# A side's total on a scorecard: a name, then its innings' runs, and a second innings after 'and'
# ('Jamaica 287 and 201, Red Force 239, so ...'), closed by a comma, a semicolon or a full stop.
_CARD = re.compile(rf"(?<![\w'’.])(?!{MONTH}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                   r"(?P<side>[A-Z][a-z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+(?P<card>\d{2,3})"
                   r"(?:\s+and\s+(?P<card2>\d{2,3}))?(?=\s*[,;]|\.(?:\s|$))")


# Words a number names a thing by, no side's total ('Ward 12,', 'Route 66,', 'Article 15.').
_NUMBERED_NAMES = NUMBERED_PLACES | frozenset("route article section clause chapter page room gate platform "
                                              "highway road flight bus line number no".split())


def _innings(number: int, text: str, used: list[tuple[int, int]], cricket: bool = False) -> list[FoundCount]:
    """The runs and wickets of `_INNINGS` in a paragraph that speaks of cricket, or of any paragraph
    of an article that does (three of its words or more: a radio phone-in's turns, 'Jamaica 287 and
    201, Red Force 239'), and there the sides' totals of `_CARD`."""
    if _CRICKET.search(text) is None and not cricket:
        return []
    found: list[FoundCount] = []
    cards = [m for m in _CARD.finditer(text) if m.group("side").split()[-1] not in NOT_NAME
             and m.group("side").split()[-1].lower() not in _NUMBERED_NAMES] if cricket else []
    for match in [*_INNINGS.finditer(text), *cards]:
        for group, unit in (("value", "runs"), ("other", "wickets"), ("out", "runs"), ("made", "runs"),
                            ("need", "runs"), ("card", "runs"), ("card2", "runs")):
            if group not in match.re.groupindex:
                continue
            start = match.start(group)
            if match.group(group) is None or any(s <= start < e for s, e in used):
                continue
            used.append((start, match.end(group)))
            found.append(FoundCount(number, start, match.group(group), _value(match.group(group)), unit, None,
                                    unit))
    return found


def _tallies(number: int, text: str, used: list[tuple[int, int]]) -> list[FoundCount]:
    """The numbers of `_ON_TALLY` after a count of points, votes, seats, goals or medals in their
    paragraph: counts of those things."""
    found: list[FoundCount] = []
    for match in _ON_TALLY.finditer(text):
        start, raw = match.start("value"), match.group("value")
        before = [m.group("noun").lower() for m in _TALLIED.finditer(text, max(0, start - 400), start)]
        if not before or any(s <= start < e for s, e in used) or re.fullmatch(r"(?:1[89]|20)\d\d", raw):
            continue
        used.append((start, match.end("value")))
        found.append(FoundCount(number, start, raw, _value(raw), before[-1], None, before[-1]))
    return found


# 'covers 9 fire units, with an option for 6 more', 'ordered 20 buses and may buy 10 more': a number
# and 'more' with no noun counts the things its sentence counted before it (round 18: no figure).
_MORE = re.compile(rf"\b{_QUALIFIER}(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(_WORDS)})\s+more\b"
                   r"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:if|in|by|later|next|over|at|to|from|before|after|when|were|are|have|had)\b)",
                   re.IGNORECASE)


def _more(number: int, text: str, used: list[tuple[int, int]]) -> list[FoundCount]:
    found: list[FoundCount] = []
    for match in _MORE.finditer(text):
        start, raw = match.start("value"), match.group("value")
        noun = _counted_before(text, start)
        if not noun or any(s <= start < e for s, e in used) or re.fullmatch(r"(?:1[89]|20)\d\d", raw):
            continue
        used.append((start, match.end("value")))
        found.append(FoundCount(number, start, raw, _value(raw), noun,
                                QUALIFIERS.get((match.group("qualifier") or "").lower()), noun))
    return found


# A number compared with an earlier count of the same things: '120,000 tickets ..., up from 108,000
# last year' counts tickets too (round 12).
_COMPARED = re.compile(r"\b(?:up|down|rising|falling|rose|fell|compared)\s+(?:from|with)\s+$")


def _counted_before(text: str, at: int) -> str:
    """The plural noun of the last count in the sentence before `at`, '' for none."""
    sentence = re.split(r"[.!?](?:\s|$)", text[:at])[-1]
    nouns = [m.group("noun").lower() for m in _COUNTED_BEFORE.finditer(sentence)
             if m.group("noun").lower() not in NOT_COUNTED]
    return nouns[-1] if nouns else ""


def _value(raw: str) -> float:
    return float(_WORDS[raw.lower()]) if raw.lower() in _WORDS else float(raw.replace(",", ""))


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


# 'no more than 1,900 jobs' is at most 1,900; 'no fewer than 40' at least 40.
_NEGATED = {"more than": "at most", "over": "at most", "less than": "at least", "fewer than": "at least"}


def _qualifier(match: re.Match[str]) -> str | None:
    written = (match.group("qualifier") or "").lower()
    if written and re.search(r"\bno\s+$", match.string[max(0, match.start() - 4):match.start()], re.I):
        return _NEGATED.get(written, QUALIFIERS.get(written))
    return QUALIFIERS.get(written)


def _count(number: int, match: re.Match[str], used: list[tuple[int, int]]) -> FoundCount | None:
    if any(start < match.end() and match.start() < end for start, end in used):
        return None
    raw = match.group("value")
    groups = match.groupdict()
    noun = (groups.get("noun") or "").lower()
    if noun in NOT_COUNTED or re.fullmatch(r"(?:1[89]|20)\d\d", raw):
        return None  # 'three times', 'in 2007'
    if raw.lower() in _WORDS and _COMPOUND.search(match.string, max(0, match.start() - 20), match.start()):
        return None  # 'Two hundred and forty families' is no count of forty
    if raw.lower() == "two" and _DETERMINED.search(match.string, max(0, match.start() - 40), match.start()):
        return None  # 'the two sides', 'both two ...': the pair the text already has in mind'
    value = float(_WORDS[raw.lower()]) if raw.lower() in _WORDS else float(raw.replace(",", ""))
    scale = (groups.get("scale") or "").strip()
    scale = _SCALES.get(scale, scale)
    unit = f"{groups['symbol'].strip()} {scale}".strip() if groups.get("symbol") else (
        f"{scale} {noun}".strip())
    written = match.group()
    counted = re.sub(r"^of\s+(?:the|its|their|all)\s+(?:[\d,]+\s+)?", "",
                     written[match.end("value") - match.start():].strip()) if noun else ""
    return FoundCount(number, match.start(), written, value, unit, _qualifier(match), counted)
