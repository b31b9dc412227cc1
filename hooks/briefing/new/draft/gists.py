"""Short plain statements from the article's sentences, for gists, labels and summaries: the
attribution clause and a dateline taken off, the sentence never cut.

- '..., the ministry said on Tuesday.' -> '...'
- '..., a spokesperson for the ministry, Rui Antunes, said.' -> '...'
- 'Health Minister Ana Phiri said (on Tuesday) (that) 40 people had died.' -> '40 people had died.'
- 'He told France Inter radio that the unions would strike.' -> 'The unions would strike.'
- 'ROTTERDAM, Netherlands (April 12, 2026) - Kenya's ...' -> "Kenya's ..."
"""

from __future__ import annotations

import re

from briefing.new.draft.calendarwords import MONTH_ANY
from briefing.new.draft.lexicon import CITIES, COUNTRIES, SPEECH_VERBS

_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_WHEN = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
         r"(?:\s+(?:morning|afternoon|evening|night))?"
         r"|\s+(?:last|this|earlier this)\s+(?:week|month|year|night|morning|evening)|\s+tonight)?")
# (round 10: 'said last night that', 'said yesterday evening', the older papers' way)
# A tail holding one of these says what was said, not where: '..., and Liu Fang said the rains
# were intense' is no attribution to cut.
_FINITE = "was|were|is|are|had|has|have|would|will|could|can|should|did|must|may|might"
_TRAILING = re.compile(rf",\s+(?:[^,\"“”]{{0,80}}?(?:,\s+[^,\"“”]{{1,40}},)?\s)?"
                       rf"(?<!who )(?<!which )(?<!that )(?:{_VERBS})\b"
                       rf"(?:\s+(?!(?:{_FINITE})\b)(?:\d{{1,3}}(?:,\d{{3}})+|[^,\"“”\s]+)){{0,7}}"
                       r"(?:,\s+(?:(?:some|about|around|nearly)\s+\d|the\s+capital\b|(?:north|south|east|west)"
                       r"[\w\-]*\s+of\b)[^,\"“”]{0,60})?$")
# (round 14, lead: a place set off after whom they told, '..., Máximo Pacheco told reporters at the
# mine's entrance near Rancagua, some 80 km (50 miles) south of Santiago.', left the gist 'Reporters
# at the mine's entrance ...')
# (a number with thousands may stand in the tail: 'Huang told about 25,000 attendees at the SAP Center')
# '..., Fisheries Minister X said on Friday, following the advice of ...'
_MIDDLE = re.compile(rf",\s+(?:[^,\"“”]{{0,80}}?\s)?(?:{_VERBS}){_WHEN},(?=\s+[a-z])")
_ACCORDING = re.compile(r",\s+according to [^,\"“”]{1,80}$")
# '... said in a statement that ...': where the words were given, part of the attribution.
_IN_WORDS = (r"(?:\s+in\s+(?:a|an|its|their|his|her|the)\s+(?:written\s+|joint\s+|brief\s+)?"
             r"(?:statement|interview|letter|post|report|speech|filing|ruling|judgment|judgement|"
             r"note|video|press release|submission))?")
# 'told a parliamentary inquiry on Tuesday that ...': whom they told runs on to the 'that' (one word
# after 'told a' was taken for all of it; the rest would open mid-phrase, 'Inquiry on Tuesday');
# 'told the House of Commons this afternoon that ...' (round 14: 'House of Commons this ...').
_TOLD_LONGER = re.compile(r"\btold\s+(?:(?:the|a|an)\s+)?(?!(?:the|a|an)\b)[\w\-]+\s+(?!that\b)"
                          r"(?!(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                          r"yesterday|(?:last|this|earlier\s+this)\s+(?:week|month|year))\s+that\b)"
                          r"(?:[\w\-'’,]+\s+){1,5}?that\b")
# '... had violated the truce and called for ...': the second verb is the speaker's own act again.
# Verbs of saying that also take a thing as their object ('announced the amnesty', 'praised the
# workers', 'described the plan as reckless', 'urged the council to act'): cut after them, the
# rest is no statement.
_TAKES_AN_OBJECT = frozenset("announced announces praised praises described describes called calls "
                             "urged urges urging promised promises recalled reported reports posted "
                             "tweeted referred asked asks asking welcomed welcomes declared declares".split())
_OBJECT = re.compile(r"(?:the|a|an|its|his|her|their|this|these|those|both)\s", re.IGNORECASE)
_SPEAKERS_ACT = re.compile(r"\s+and\s+(?:called|urged|demanded|asked|said|warned|added|appealed)\b.*$")
_LEADING = re.compile(rf"^[^\"“”]{{0,140}}?\b(?:{_VERBS})"
                      r"(?:(?<=told)\s+(?:the\s+|a\s+)?(?:[a-z]+|[A-Z][\w\-]*(?:['’]s)?(?:\s+[A-Z][\w\-]*(?:['’]s)?){0,2}"
                      r"(?:\s+(?:radio|television|TV|newspaper|daily|weekly|magazine|channel|"
                      r"station|broadcaster|programme|program|show|podcast|website|agency))?)"
                      r"|\s+(?:reporters|journalists|parliament))?"
                      rf"{_IN_WORDS}{_WHEN}\s+(?:that\s+)?"
                      # ('said about 6,000 families had applied': 'about' a number, not a topic)
                      r"(?!(?:to|about(?!\s+[\d$€£])|on|with|for|of|at|in|during|after|before)\b)(?=[\w$€£])")
# (a city in capitals may hold letters outside ASCII: 'WROCŁAW —', 'REYKJAVÍK -')
# (or without a dash when an agency's credit closes it: 'MUMBAI, Dec 29 (PTI) Patna Pirates won',
# 'NEW DELHI (AP) The government')
# (or an old cable's, the dash touching the text: 'VALLETTA, Oct. 3.—The Minister')
_DATELINE = re.compile(r"^[^\W\d_a-z](?:[^\W\d_a-z]|[.'’\- ]){1,30}(?:,\s+[^()\-–—]{1,40}?)?"
                       r"(?:(?:\s*\([^()]{1,40}\))?\s*[-–—]{1,2}\s+|(?<=\d\.)—(?=[A-Z\"“])"
                       r"|\s*\([^\W\d_a-z][^()]{0,24}\)\s+(?=[^\W\d_a-z\s]|[\"“‘']))")


# A wire's dateline of a day and its credit, no place: 'Aug 27 (Reuters) - ', '3 March (AFP) -'.
_MONTH = MONTH_ANY
_DATE_DATELINE = re.compile(rf"^(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
                            r"\s*\([A-Z][^()]{0,24}\)\s*[-–—]{1,2}\s+")


# A place written in small letters, then a day, then a dash: 'Wellington, 3 July 2029 — ',
# 'Nairobi, March 4 (AFP) - ' (round 13, lead: the dateline's date was read as the day of the
# first sentence, beside the sentence's own 'on Wednesday').
_TITLED_DATELINE = re.compile(rf"^[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s+(?:{_MONTH}\.?\s+\d{{1,2}}|"
                              rf"\d{{1,2}}\s+{_MONTH}\.?)(?:,?\s+\d{{4}})?(?:\s*\([A-Z][^()]{{0,24}}\))?"
                              r"(?:\s*[-–—]{1,2}\s+|—(?=[A-Z\"“]))")  # ('London, Feb. 6—King George VI died')


# A live report's entry opens with its time: '14:02 The finance minister rises', '9.15am BST The
# markets open' (lead 13: the time stood at the start of the summary and the labels).
_CLOCK_STAMP = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
                          r"\s+(?=[A-Z\"“])")


# 'Mumbai: Maharashtra Chief Minister ...', 'New Delhi, Sept 22 (PTI): The ...'
_COLON_DATELINE = re.compile(r"(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?:,\s+[\w .]{1,20}?)?"
                             r"(?:\s*\([^()]{1,24}\))?:\s+(?=[A-Z\"“‘'])")


def dateline_credit(text: str) -> tuple[int, int] | None:
    """Where the agency credit of a dateline stands ('LUXEMBOURG, Dec 11 (Reuters) - '): the
    agency that wrote the copy, no organisation the article is about."""
    end = dateline_end(text)
    bracket = re.search(r"\([^()]{1,40}\)", text[:end]) if end else None
    return (bracket.start(), bracket.end()) if bracket else None


def dateline_end(text: str) -> int:
    """Where a paragraph's dateline ends ('LIMA, Oct. 20 (Reuters) - ', 'MUMBAI, Dec 29 (PTI) ',
    'Mumbai: '), 0 when it has none: the place must be in capitals, or a city or country the
    lists know before a colon (South Asian papers' 'Mumbai:', 'New Delhi, Sept 22:')."""
    match = _DATELINE.match(text)
    head = match.group().split(",")[0].split("(")[0].strip(" -–—") if match else ""
    if match and head.isupper():
        return match.end()
    dated = _DATE_DATELINE.match(text) or _TITLED_DATELINE.match(text) or _CLOCK_STAMP.match(text)
    if dated:
        return dated.end()  # 'Aug 27 (Reuters) - ': a wire's dateline with no place
    colon = _COLON_DATELINE.match(text)
    known = colon is not None and (colon.group("city") in CITIES or colon.group("city") in COUNTRIES)
    return colon.end() if colon and known else 0


def without_dateline(text: str) -> str:
    return text[dateline_end(text):]


def _named_then_said(body: str, trailing: re.Match[str], leading: re.Match[str] | None,
                     speaker: tuple[str, ...]) -> bool:
    """'Koushik Chatterjee, the company's finance director, said net debt stood at 870 billion
    rupees': the sentence opens with the speaker's name and an apposition, and the verb the
    trailing pattern found is the leading one's, with the words said after it: no trailing
    attribution ('Koushik Chatterjee, the company's finance director.' was the gist)."""
    if not leading or not any(body.startswith(name + ",")
                              or re.match(rf"[^,\"“”]{{1,60}},\s+{re.escape(name)},", body)
                              for name in speaker if name):
        return False  # (or after an office set off before it, round 14: 'Its director, Kristin
        # Erlandsen, said operators had already cancelled 35 calls ...' was cut at 'calls')
    verb = re.search(rf"\b(?:{_VERBS})\b", body[trailing.start():])
    return verb is not None and trailing.start() + verb.end() <= leading.end() \
        and len(body[leading.end():].split()) >= 4


def gist(sentence: str, speaker: tuple[str, ...] = ()) -> str:
    """The sentence without who said it; the sentence itself when too little would be left.
    `speaker`: the names of who said it; 'X, the mayor, said (that) ...' is cut only when the
    words before the verb hold one (a sentence with no comma before its verb needs none)."""
    text = without_dateline(sentence.strip())
    end = text[-1:] if text[-1:] in ".!?" else ""
    body = text[:-1] if end else text
    middle = _MIDDLE.search(body)
    if middle and len(body[:middle.start()].split()) >= 4:
        body = body[:middle.start()] + "," + body[middle.end():]
        text = body + (end or ".")
    leading = _LEADING.match(body)
    for pattern in (_TRAILING, _ACCORDING):
        match = pattern.search(body)
        # 'Berg said the chairman, Peter Holm, asked her to ...': a verb after the leading
        # 'Berg said' is inside what was said, not a second attribution.
        if match and len(body[:match.start()].split()) >= 4 \
                and not (leading and leading.end() <= match.start()) \
                and not _named_then_said(body, match, leading, speaker):
            return body[:match.start()].rstrip() + "."
    match = leading
    lead = body[:match.end()] if match else ""
    told = _TOLD_LONGER.search(body[:match.end() + 60]) if match else None
    told_at = told.start() if told and told.start() < len(lead) else None
    cut = told.end() if told and told_at is not None else len(lead)  # ('told a briefing in Mombasa
    # that the contractor had been fined': whom they told runs on to the 'that')
    if match and len(body[cut:].split()) >= 4 \
            and ("," not in lead or any(name in lead for name in speaker)) \
            and not re.match(r"\s*(?:it|he|she|they|we|i|its|his|her|their)\b", body[cut:], re.I):
        rest = body[cut:].lstrip()
        if re.search(r"\bthat\s*$", body[:cut]):  # ('... that the price would apply, and that
            rest = re.sub(r"(,?\s+and)\s+that\s+(?=[a-z])", r"\1 ", rest)  # farmers would be paid')
        verbs = re.findall(rf"\b(?:{_VERBS})\b", lead)
        if verbs and verbs[-1].lower() in _TAKES_AN_OBJECT and _OBJECT.match(rest) \
                and not re.search(r"\bthat\s*$", lead):  # ('promised that the government would')
            return text  # 'had announced the amnesty in February', 'praised the workers': what
            # follows is the verb's object, no words of theirs ('The amnesty in February.')
        rest = _SPEAKERS_ACT.sub("", rest).rstrip(" ,;")  # (not 'plastic sheeting,.' where ', and
        # said he had asked ...' went)
        return (rest if rest[1:2].isupper() else rest[0].upper() + rest[1:]) + "."  # ('eThekwini')
    return text
