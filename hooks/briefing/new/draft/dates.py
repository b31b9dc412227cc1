"""Dates the article gives, relative ones resolved against the publication date.

Plain `datetime` arithmetic, not dateparser: wire copy uses a handful of relative forms, and
each resolution must carry its reason in words ('Friday' -> the Friday before publication),
which a general parser does not report. Each found date says how it was resolved; a date the
article states in full needs no note.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.new.draft.calendarwords import MONTH
from briefing.new.draft.gists import dateline_end
from briefing.new.draft.lexicon import EVENT_NOUNS, IRREGULAR_PASTS, PAST_ACTS, TITLE_WORDS
from briefing.new.draft.plans import REMANDED
from briefing.new.draft.sentences import sentence_at

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = MONTH
_YEAR = r"(?:,?\s+(?P<year>\d{4})\b)?"
_OPENS_A_TIME = "(?:" + "|".join(f"(?<=\\b{word} )" for word in (
    "in", "In", "since", "Since", "by", "By", "until", "from", "of", "early", "late", "during",
    "before", "after", "between", "and", "till")) + "|(?<=\\bmid-))"
# A weekday written with its date is that date ('on Tuesday, April 6', 'on Tuesday 6 April'; round
# 15, lead, found on the outside set after its end score: dated the Tuesday after the paper, unmarked)
_ITS_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?"
_PATTERNS = [
    ("month_day", rf"\b{_ITS_WEEKDAY}(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}"),
    # 'on 7-9 May': the first day of a range (its month after the second day, which is found on its
    # own after it: eventdates.end_date reads the two as start and end); in words too: 'from 26 to
    # 28 January', 'between 26 and 28 January', '26 until 28 January' (round 15, the quotes
    # and events helpers both: dated the 28th)
    ("day_range", rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?=\s*(?:[-–]|to|and|until|till|through)\s*"
                  rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                  rf"(?P<month>{_MONTH})\b{_YEAR})"),
    ("day_month", rf"\b{_ITS_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                  rf"(?P<month>{_MONTH})\b{_YEAR}"),
    ("month_year", rf"\b(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\b"),
    # a month with its year in words: 'in March last year', 'by June next year' (round 14, lead's
    # probes: only the year, from 'last year', was drafted); a month's name capitalised after a
    # word that opens a time ('Theresa May this year' is no month)
    ("month_words", rf"{_OPENS_A_TIME}(?-i:(?P<month>{_MONTH}))(?:,?\s+(?:of\s+)?"
                    r"(?P<which>last|next|this)\s+year)\b"),
    # round 18 (develop set r18a): 'on the 28th of this month', 'the 3rd of next month': a day of
    # the month the publication date names, or of the one after or before it
    ("day_of_month", r"\bthe\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?P<which>this|next|last)\s+month\b"),
    # round 19 (develop set r19a): 'has scheduled a hearing for the 16th, the day after that
    # meeting': a day of the month alone, the nearest one ahead or past as the clause tells it
    ("bare_day", r"(?:(?<=\bon\s)|(?<=\bfor\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)|"
                 r"(?<=\bbefore\s))the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
                 r"(?!\s+(?:of|century|centuries|anniversary|minute|floor|round|time|times|place|edition|"
                 r"birthday|day|hole|lap|over|inning|innings|stage|amendment|congress|session|year|grade|"
                 r"kilometre|kilometer|mile|week|month|hour|division|district|ward|precinct|street|avenue|"
                 r"century's|consecutive|straight|best|largest|biggest|most)\b)"),
    ("weekday", r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    # (a part of the day is its day: 'Parliament will meet this afternoon', 'talks ended last night')
    ("relative", r"\b(?P<rel>yesterday|today|tomorrow|tonight|to-day|to-morrow|to-night|last night|"
                 r"this (?:morning|afternoon|evening)|(?:this|next|last) weekend|"
                 r"(?:earlier |later )?(?:this|last|next) "
                 r"(?:week|month|year)|in the past (?:week|month|year))\b"),
    ("year", r"\b(?:in|since|by|until|of|from)\s+(?P<year>(?:19|20)\d{2})\b"),
]
_ANY = re.compile("|".join(f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}_')})"
                           for name, pattern in _PATTERNS), re.IGNORECASE)
# 'X will cut ..., the minister said on Friday': the day things were said is past.
# (a verb in lower case, not 'will be held', nor a name in -ed: 'Sheikh Mohammed bin ... on Thursday')
_PAST_BEFORE = re.compile(r"\b(?<!\bbe\s)(?<!\bbeen\s)(?=[a-z])"
                          r"(?:said|told|announced|added|reported|stated|confirmed|warned|began|"
                          r"met|held|took|ran|won|lost|fell|rose|left|came|went|gave|made|spoke|"
                          r"wrote|stood|kept|sent|struck|"
                          r"(?<!be )(?<!remain )(?<!stay )(?<!remains )(?<!stays )"
                          # (round 21, r21b after its end score: 'schools would remain closed on Thursday':
                          # a state ahead, no act done)
                          r"(?!will\b)(?!scheduled\b)\w+ed)"
                          r"(?:\s+(?:a|an|the|its|their|his|her))?(?:\s+\w+)?"
                          # a body's name told to or met ('told the Seimas Committee on Health
                          # Affairs on Wednesday', 'met the National Union of Mineworkers on')
                          r"(?:(?:\s+(?:[A-Z][\w'’\-]*|of|on|for|and|the))*?\s+[A-Z][\w'’\-]*)?"
                          # a tally after the verb: 'voted 26 to 22 on Tuesday', 'won 3-1 on Sunday'
                          r"(?:\s+\d{1,3}\s*(?:to|-|–)\s*\d{1,3})?\s+(?:on|last)\s+$")
# 'The watchdog on Wednesday approved ...': a past verb right after the day (a later 'a deal that
# will create' in the sentence is another clause's future).
_PAST_AFTER = re.compile(r"\s+(?:(?:adjourned|postponed|deferred|remanded)(?=\s+(?:to|until|till)\s)|"
                         # (round 20, lead's probe: 'the Zomba Magistrate's Court on Tuesday adjourned to 18
                         # March the case': the day the court sat, not one still to come)
                         r"(?:[a-z]{2,}ed|said|told|met|held|took|won|lost|gave|made|struck|began|"
                         r"ran|sent|kept|beat|drew|chose|threw|rose|fell|"
                         # a past the same as the present, told after a day ('The court on Wednesday
                         # put off until next month a decision'): 'puts' would be the present
                         r"put|set|cut|shut|let|cast|bid|quit)\b(?!\s+(?:to|by)\b))")
# 'will face Vouliagmeni after beating Glyfada 11-9 on Wednesday night': the day of an act done
# before the sentence's plan
_DONE_BEFORE = re.compile(r"\b(?:after|since)\s+[a-z]+ing\b[^,;.\"“”]*?\bon\s+$")
# (round 14, probes: 'signed a fisheries agreement in Oslo on Tuesday that will let boats fish'
# was drafted as the Tuesday after publication, scheduled)
_PAST_ACT = re.compile(rf"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeing )\b(?:{'|'.join(PAST_ACTS)})\b"
                       r"(?!\s+to\b)")


def done_before(before: str) -> bool:
    """The words of a day's clause before it tell an act done ('signed a fisheries agreement in Oslo
    on'), with no future word, no 'next' and no plan among them: the day is the act's, and a future
    told after the day ('... that will let boats fish') is another clause's. Not 'agreed to meet in
    Oslo on' (a plan), 'is held in' (a timetable), 'will have signed' (ahead)."""
    acts = list(_PAST_ACT.finditer(before))
    act = acts[-1] if acts else None
    return act is not None and not _AHEAD.search(before) and not _NEXT.search(before) \
        and not _WOULD.search(before) and not _TO_DO.search(before, act.end())


# an infinitive after the act holds the day ('approved plans to hold a referendum on Sunday, which
# will ...'); not 'to' before a noun ('handed the keys to the mayor on Tuesday')
_TO_DO = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|[A-Z]\w*)\b)[a-z]+\b")


# 'would' or a word of intent in a weekday's clause: a plan reported ('he said he would see
# them on Friday', 'the ministry was willing to meet the drivers on Thursday').
_WOULD = re.compile(r"\b(?:would|(?:willing|ready|prepared)\s+to|(?:offered|agreed|proposed|wanted|"
                    r"hoped|intended|planned|decided|resolved|promised|pledged|vowed)\s+to|"
                    # 'invited both sides to talks at his office on Thursday'
                    r"invited\s+(?:[\w'’\-]+\s+){1,4}?to|"
                    # 'ordered the council and the union back to the bargaining table on Monday'
                    r"(?:ordered|summoned|called|sent)\s+[^.;]{1,120}?\s+back\s+to|"
                    # 'voted yesterday to go back to work on Monday': the act has its own day; the
                    # day after 'to' is the plan's (a tally's 'to' first is no plan's: 'voted by 300
                    # votes to 120 yesterday to go back', 'voted 14 to 7 on Friday to start')
                    r"(?:voted|agreed|decided|resolved)\s+(?:(?:by\s+)?(?:\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*|"
                    r"\d[\d,]*\s+votes?\s+to\s+\d[\d,]*)\s+|unanimously\s+)?"
                    r"(?:yesterday|today|tonight|last\s+night|"
                    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+to)\b", re.I)
# A future marker in a weekday's clause ('X will meet Y on Friday', 'is scheduled for').
_AHEAD = re.compile(r"\b(?:will|scheduled|due to|plans? to|is to|are to|going to|"
                    # a forecast reaches ahead: 'has forecast more rain in the region till Thursday'
                    r"forecasts?\b[^.;]{0,80}?\b(?:till|until|through)|"
                     # (round 18, r17b seen: 'The next meeting was fixed for 15 January', 'arranged for')
                     r"(?:planned|set|slated|expected|due|postponed|delayed|put off|fixed|arranged)\s+"
                     r"(?:for|to|until|on)|"
                     # 'is due in court on Friday', 'due before magistrates on Monday'
                     r"due\s+(?:in|before|at)\s+(?:[\w'’\-]+\s+){0,3}?(?:court|magistrates|tribunal)|"
                     r"(?:continues|resumes|reconvenes|begins|starts|opens|closes|ends)\s+on|"
                     # a deadline given: 'had given Transnet until 5pm on Friday to improve it'
                     r"(?:given|gave|give|gives|giving|has|have)\s+(?:[\w\-]+\s+){0,4}?(?:until|till)|"
                     # 'adjourned the hearing to Thursday': the day the court sits again
                     r"adjourn(?:ed|s)?\s+(?:(?:the|its|their)\s+(?:[\w\-]+\s+)?(?:hearing|trial|case|"
                     r"session|meeting|talks|inquest|debate)\s+)?(?:to|until|till)|"
                     # 'suspended the trial of four former directors of X until Oct. 20' (round 18)
                     r"suspend(?:ed|s)?\s+(?:the|its|their)\s+(?:[\w\-]+\s+)?(?:hearing|trial|case|session|talks|"
                     r"proceedings|inquest)\b[^.;]{0,100}?\b(?:until|till))\b"
                     # 'was remanded in custody to appear again on November 11': the next appearance
                     rf"|{REMANDED}", re.I)
# ... or 'next' told before the day ('the next hearing is on Friday', 'next Monday') or right after
# it ('on Monday next'): 'next' after the day governs another thing ('toured farms on Monday,
# promising seed for the next planting' is the Monday before).
_NEXT = re.compile(r"\bnext\b(?!\s+(?:generations?|versions?|models?|steps?|chapter|president|government|"
                   r"leaders?|prime\s+minister|door|of\s+kin)\b)", re.I)  # ('unveiled its next generation
# of chips on Tuesday' tells of no day ahead)
_NEXT_AFTER = re.compile(r"\s+next\b", re.I)
# (a sentence told as past unless it says something of what is to come, 'next' included)
_FUTURE = re.compile(rf"\bnext\b|{_AHEAD.pattern}", re.I)

# An event called or set for a weekday ('called an emergency meeting for Thursday', 'a strike
# called for Monday'): the day it is to be held, ahead of the call.
# ('an emergency meeting of its executive board for Thursday': the body meeting may stand between)
_CALLED_FOR = re.compile(r"\b(?:(?:" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
                         + r")s?(?:\s+of\s+(?:the|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)?"
                         r"|called|convened|summoned|fixed|arranged)\s+for\s+$", re.I)
# 'The union has called a mass meeting ... on Sunday': an act of now can have no weekday of its
# own, so the day is the gathering's, still to come
_CONVENED = re.compile(r"\b(?:has|have)\s+(?:now\s+|also\s+|just\s+)?(?:called|convened|summoned|arranged|"
                       r"organi[sz]ed)\s+(?:a|an|the|its|their)\s+(?:[\w\-'’]+\s+){0,3}?(?:"
                       + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
                       + r")\b[^.;\"“”]{0,80}?\bon\s+$", re.I)
# ... unless the rest of its sentence tells what was done at it ('for Thursday, at which the
# councillors voted'): then both readings stand.
_DONE_AT = re.compile(r"[^.;]*?,\s+(?:at\s+which|where|when)\s+[^.;]*?\b(?:[a-z]{2,}ed|met|voted|"
                      r"agreed|spoke|told|said)\b")


@dataclass(frozen=True)
class FoundDate:
    paragraph: int
    start: int
    as_written: str
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    how: str  # '' when the article states the date in full
    doubt: str = ""  # another reading the text supports, for `uncertain`
    planned: bool = False  # a day reported as planned ('would see them on Friday')


def find_dates(paragraphs: tuple[str, ...], published: dt.date) -> list[FoundDate]:
    """Every date; a weekday or 'yesterday' that the dateline's day would resolve to another
    day than the publication date does carries that doubt."""
    found: list[FoundDate] = []
    dateline = _dateline(paragraphs, published)
    # An explicit dateline a day or two before the paper is the writer's day: 'yesterday', 'today'
    # and 'tomorrow' count from it ('VALLETTA, Oct. 3.—... yesterday', printed on Oct. 4; lead,
    # round 14). A weekday is left to both readings: 'Wellington, 3 July 2029 — ... cut rates on
    # Wednesday', printed on Wednesday 4 July, is that Wednesday, not the one a week before the
    # dateline. A dateline after the paper's date, or far from it, leaves both readings too.
    writer = dateline if dateline and 0 < (published - dateline).days <= _WRITER_DAYS else published
    for number, text in enumerate(paragraphs, 1):
        for match in _ANY.finditer(text):
            clause = _clause_around(text, match.start())
            across = _clause_around(text, match.start(), asides=True)  # ('X, the officer, will
            # meet Y, the director, in Swansea on Friday': the 'will' is this day's)
            convened = match.lastgroup == "weekday" \
                and _CONVENED.search(text, max(0, match.start() - 160), match.start()) is not None
            past = not convened and _PAST_BEFORE.search(text[max(0, match.start() - 80):match.start()]) \
                or match.lastgroup == "weekday" and _PAST_AFTER.match(text, match.end()) \
                and not _AHEAD.search(clause[:max(clause.rfind(match.group()), 0)]) \
                or _DONE_BEFORE.search(text, max(0, match.start() - 80), match.start()) \
                or done_before(clause[:max(clause.rfind(match.group()), 0)])
            future = (_ahead(clause, match) or _ahead(across, match)) and not past
            called = not past and match.lastgroup == "weekday" \
                and _CALLED_FOR.search(text, max(0, match.start() - 70), match.start())
            done_at = called and _DONE_AT.match(text, match.end())
            future = bool(future or (called and not done_at) or convened)
            plan = _WOULD.search(clause[:clause.rfind(match.group())]) \
                or _WOULD.search(across[:across.rfind(match.group())])  # (the plan holds the day;
            # 'would question the authority's former director, Omar Zoubi, on Sunday')
            reported = not future and not past and match.lastgroup in ("weekday", "bare_day") and plan
            # ('She said the firm would review its rota at a meeting on the 17th': ahead; round 19)
            timetable = not future and not past and match.lastgroup == "weekday" \
                and _TIMETABLE.search(text, max(0, match.start() - 50), match.start())
            day_word = writer != published and match.lastgroup == "relative" \
                and match.group().lower() in _DAYS_OFF
            resolved = _resolve(match, writer if day_word else published, future or reported or timetable)
            if resolved and day_word:
                resolved = resolved[0], resolved[1].replace("the publication date", "the dateline's date")
            if not resolved:
                continue
            doubt = ""
            told = bool(past or future or reported or timetable or called)
            if (earlier := _given_before(found, match, told, resolved[0])) is not None:
                how = (f"'{match.group()}' as paragraph {earlier.paragraph} gives it ({earlier.value}): "
                       "an article's weekday is one day.")
                resolved, doubt = (earlier.value, how), earlier.doubt
            worded = match.lastgroup in ("month_day", "day_month", "day_range", "month_year") \
                and year_in_words(match) is not None or match.lastgroup == "month_words"
            # ('June 3 last year', 'in March last year': no year to guess)
            if not worded and _told_as_past(match, clause, resolved[0], published) \
                    and not _FUTURE.search(_sentence_around(text, match.start())):
                if _days_after(resolved[0], published) > _SOON:
                    resolved = _year_before(resolved[0]), (
                        f"'{match.group()}' gives no year, and the sentence tells of it as done: "
                        f"taken as the year before publication ({published.isoformat()}).")
                else:  # 'was planned for March 19', a week after publication: a plan, or a year ago
                    doubt = (f"'{match.group()}' gives no year and the sentence tells of it as done, "
                             f"but {resolved[0]} is only {_days_after(resolved[0], published)} days "
                             f"after publication ({published.isoformat()}): taken as that day; it may "
                             f"be {_year_before(resolved[0])}. Check the date.")
            elif future and match.lastgroup in ("month_day", "day_month", "day_range") \
                    and resolved[1] and resolved[0] < published.isoformat() \
                    and _FUTURE.search(clause[:clause.rfind(match.group())]):  # (told before the
                # day: 'taken on Jan. 28 with the segments that will make up the mirror' is past)
                resolved = _year_after(resolved[0]), (
                    f"'{match.group()}' gives no year, and the sentence tells of it as still to "
                    f"come: taken as the year after publication ({published.isoformat()}).")
            recent = bool(plan and _PERFECT.search(clause, 0, plan.start()))
            if reported and match.lastgroup == "weekday" \
                    and _plan_from_another_day(found, number, match, resolved[0], published.isoformat(),
                                                   recent):
                # 'adding that he would see them again on Friday', said on a day the paragraph gives
                said = plan.group() if plan else "would"
                doubt = (f"'{said} ... {match.group()}' reports a plan: taken as the {match.group()} "
                         f"after publication ({resolved[0]}); it may be the one before, if the plan "
                         "was made days earlier. Check the date.")
            if match.lastgroup == "relative" and match.group().lower().endswith("weekend"):
                doubt = (f"'{match.group()}' taken as its Saturday ({resolved[0]}); it may be the "
                         "Sunday. Check the date.")
            if match.lastgroup == "relative" and match.group().lower().endswith("week"):
                doubt = _week_across_months(match.group(), resolved[0], published) or doubt
            if dateline and match.lastgroup in ("weekday", "relative") and not day_word:
                other = _resolve(match, dateline, future)
                if other and other[0] != resolved[0]:
                    doubt = (f"'{match.group()}' is {resolved[0]} counted from the publication date "
                             f"({published.isoformat()}) but {other[0]} counted from the dateline's "
                             f"date ({dateline.isoformat()}).")
            if called:
                doubt = _called_for(match.group(), resolved[0], published, bool(done_at)) or doubt
            if not doubt and match.lastgroup == "weekday" \
                    and not _WEEK_TOLD.search(text, max(0, match.start() - 12), match.start()):
                doubt = _read_otherwise(found, match.group(), resolved[0])
            if not doubt and match.lastgroup == "weekday" \
                    and _NEXT_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                doubt = _next_this_week(match.group(), resolved[0], published)
            found.append(FoundDate(number, match.start(), match.group(), *resolved, doubt, bool(reported)))
    return found


def _called_for(weekday: str, value: str, published: dt.date, done_at: bool) -> str:
    """An event called for a weekday is ahead; in doubt when the sentence also tells what was done
    at it (then taken as past), or when the weekday is the publication's own (taken as the week
    after; it may be that very day)."""
    if done_at:
        return (f"'for {weekday}' sets the day ahead of the call, but the sentence tells what was done "
                f"at it: taken as {value}, on or before publication ({published.isoformat()}); it may "
                "be the one after. Check the date.")
    if WEEKDAYS.index(weekday.lower()) == published.weekday():
        return (f"'for {weekday}' is ahead of the call: taken as {value}, a week after publication "
                f"({published.isoformat()}, itself a {weekday}); it may be that very day. Check the date.")
    return ""


def _given_before(found: list[FoundDate], match: re.Match[str], told: bool, value: str) -> FoundDate | None:
    """The same weekday given before, when this one's clause tells nothing of its own to place it
    ('The final series begins on Saturday', then 'tickets for Saturday's game', '"Saturday is the
    first of three steps"'): that day, not the one before publication by default."""
    if told or match.lastgroup != "weekday":
        return None
    return next((d for d in found if d.as_written.lower() == match.group().lower() and d.value != value),
                None)


# 'play Boca Juniors next Sunday' after 'beat Newell's on Sunday': the word says which week
_WEEK_TOLD = re.compile(r"\b(?:next|last|this\s+coming)\s+$", re.IGNORECASE)


def _read_otherwise(found: list[FoundDate], weekday: str, value: str) -> str:
    """A weekday the article has already given as another day ('The final series begins on
    Saturday', then 'Saturday's game' in a sentence told in the past): one of the two readings is
    wrong; the later one is marked."""
    other = next((d for d in found if d.as_written.lower() == weekday.lower() and d.value != value), None)
    if other is None:
        return ""
    return (f"'{weekday}' is taken as {value}, but paragraph {other.paragraph} gives '{other.as_written}' "
            f"as {other.value}: one of the two is the other week. Check the date.")


_NEXT_BEFORE = re.compile(r"\bnext\s+$", re.IGNORECASE)


def _next_this_week(weekday: str, value: str, published: dt.date) -> str:
    """'next Wednesday' told on a Tuesday: the day after, or the Wednesday of the week after
    (writers use it both ways when the day is this close: they would say 'tomorrow'); a day of a
    later week than publication's ('next Monday' told on a Friday) or of the end of its week
    ('next Sunday' told on a Monday) is not in doubt."""
    day = dt.date.fromisoformat(value)
    if not (0 < (day - published).days <= 3 and day.weekday() > published.weekday()):
        return ""
    later = (day + dt.timedelta(days=7)).isoformat()
    return (f"'next {weekday}' is taken as {value}, the first {weekday} after publication "
            f"({published.isoformat()}, a {WEEKDAYS[published.weekday()].capitalize()}); it may mean "
            f"the {weekday} of the week after, {later}. Check the date.")


# A day with no year this close after publication is more likely still to come than a year old.
_SOON = 60


def _days_after(value: str, published: dt.date) -> int:
    return (dt.date.fromisoformat(value) - published).days


# A finished act in the clause: 'was launched', 'had signed', 'opened'.
_PAST_CLAUSE = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b")


def _told_as_past(match: re.Match[str], clause: str, value: str, published: dt.date) -> bool:
    """'was launched from Sriharikota on September 2', published in January: a day with no year
    that would fall after publication, in a clause that tells of it as done; not a deadline of
    what someone was asked to do ('urged traders to register by April 15')."""
    head = clause[:clause.rfind(match.group())]
    return match.lastgroup in ("month_day", "day_month", "day_range") \
        and not _group(match, match.lastgroup, "year") \
        and len(value) == 10 and value > published.isoformat() and bool(_PAST_CLAUSE.search(clause)) \
        and not _DEADLINE.search(head) and not _PUT_OFF_UNTIL.search(head) and not _INTENT.search(head) \
        and not _WOULD.search(head)  # ('said that the talks would be resumed on Wednesday, July 24')


# 'adjourned the trial of X until December 3', 'postponed the vote to May 2': the day it was put
# off to is ahead, though the verb is past
_PUT_OFF_UNTIL = re.compile(r"\b(?:adjourn|postpon|defer)\w*\b[^.;]{0,90}?\b(?:until|till|to)\s+(?:the\s+)?$")
# 'Both sides agreed to meet again in Bayankhongor on February 20', 'decided to hold the vote on May 2':
# the day of what was agreed or decided, ahead (round 15, lead: marked as maybe a year before)
_INTENT = re.compile(r"\b(?:agreed|decided|resolved|promised|pledged|vowed|undertook|arranged|planned|"
                     r"intended|voted|offered)\s+to\s+[a-z]+\b[^.;]{0,90}$")
# 'to register by April 15', 'to apply before May 2': the day of an infinitive's act, ahead
_DEADLINE = re.compile(r"\bto\s+[a-z]+\b[^,;]{0,60}?\b(?:by|before|until|from|no\s+later\s+than)\s+$")


# 'A mediator has ordered the two sides back to the table on Monday': a plan made now
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|also\s+|just\s+)?$")


def _plan_from_another_day(found: list[FoundDate], number: int, match: re.Match[str], value: str,
                           published: str, recent: bool = False) -> bool:
    """A plan's weekday ('would meet on Monday') counted from publication is in doubt only when
    counting it from the day the words may have been said gives another day: the paragraph's last
    past day before it ('met ... on Wednesday ..., adding that he would see them again on
    Friday'), else the lede's ('beat Nacional on Sunday night', a dateline); with neither, always
    (the report may be days older than the publication), unless the plan is told in the present
    perfect ('has ordered ... back to the table on Monday': made as the report was written)."""
    past = [d for d in found if len(d.value) == 10 and d.value <= published and not d.planned]
    said = [d for d in past if d.paragraph == number] or [d for d in past if d.paragraph == 1]
    if not said:
        return not recent
    day = dt.date.fromisoformat(said[-1].value)
    target = WEEKDAYS.index(str(_group(match, "weekday", "weekday")).lower())
    return (day + dt.timedelta(days=(target - day.weekday()) % 7 or 7)).isoformat() != value


# A timetable verb in the present tense before a weekday, as _FUTURE's 'opens on' but plural or a
# few words away: 'Ticket sales open on Tuesday', 'voting runs until ... on' (a plan in news copy;
# 'opened on Tuesday' is past).
# A body's sitting told in the present is its timetable too ('the House, which sits again on
# Monday'; 'The council meets on Thursday to set the rate'), not 'met on'; so is a fixture ('Nepal
# play Oman on Sunday', 'The teams meet again on Friday'), and a journey ('She flies to Paris on
# Monday').
_TIMETABLE = re.compile(r"\b(?:opens?|reopens?|starts?|begins?|closes?|ends?|resumes?|runs?|kicks?\s+off|"
                        r"sits|meets|convenes|reconvenes|"
                        # a fixture, as sports copy tells it (lead 13: 'The teams play again on Sunday'
                        # was the Sunday before publication, unmarked)
                        r"(?:meet|sit)\s+again|plays?|faces?|hosts?|take\s+on|takes\s+on|"
                        # a journey in the present ('Vaher travels to Brussels on Monday for talks')
                        r"travels|flies|heads|leaves\s+for|arrives|returns|"
                        # an event that 'is on' a day (lead 14: 'The deciding match is on Sunday' was
                        # the Sunday before publication, unmarked)
                        r"(?:match|final|game|leg|decider|replay|race|fight|bout|tie|test|vote|ballot|"
                        r"election|hearing|trial|sentencing|funeral|ceremony|meeting|summit|debate|"
                        r"launch|opening|premiere)\s+(?:is|are)|"
                        r"goes\s+on\s+sale|go\s+on\s+sale|"
                        # an election in the present (round 17: 'Voters go to the polls on Thursday')
                        r"go(?:es)?\s+to\s+the\s+polls)\s+(?:[\w\-]+\s+){0,6}?on\s+$")


def _week_across_months(phrase: str, value: str, published: dt.date) -> str:
    """'next week' from Thursday 24 September: the week of 28 September runs into October, so
    the month drafted is only one of two."""
    shift = {"last": -7, "next": 7}.get(phrase.lower().split()[-2], 0)
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=shift)
    sunday = monday + dt.timedelta(days=6)
    if monday.month == sunday.month:
        return ""
    return (f"'{phrase}' is the week of {monday.isoformat()} to {sunday.isoformat()}, in two months: "
            f"taken as {value}; it may be {sunday.year:04d}-{sunday.month:02d}. Check the date.")


def _year_after(value: str) -> str:
    year, rest = value.split("-", 1)
    return f"{int(year) + 1:04d}-{rest}" if rest != "02-29" else f"{int(year) + 1:04d}-02-28"


def _year_before(value: str) -> str:
    year, rest = value.split("-", 1)
    return f"{int(year) - 1:04d}-{rest}" if rest != "02-29" else f"{int(year) - 1:04d}-02-28"


_WRITER_DAYS = 3  # (a cable or wire filed the day before, or over a weekend)


def _dateline(paragraphs: tuple[str, ...], published: dt.date) -> dt.date | None:
    """The day a dateline gives ('LIMA, Oct. 20, 2026 -'), when it is not the publication date."""
    for text in paragraphs[:2]:
        head = text[:dateline_end(text)]
        if not head:
            continue
        match = _ANY.search(head) or _SHORT_WEEKDAY.search(head)
        if match and match.lastgroup in ("month_day", "day_month"):
            value = _calendar(match, match.lastgroup, published)
            if value and len(value[0]) == 10 and value[0] != published.isoformat():
                return dt.date.fromisoformat(value[0])
        if match and match.lastgroup in ("weekday", "short"):  # 'SHEFFIELD, Friday.' over a paper of Saturday
            # (round 14, helper r14c: 'ended to-night' was the publication day): the day named,
            # the last before publication, within the days a cable takes
            day = re.search(r"mon|tue|wed|thu|fri|sat|sun", match.group().lower())
            back = (published.weekday() - _WEEKDAYS.index(day.group())) % 7 if day else 0
            if 0 < back <= _WRITER_DAYS:
                return published - dt.timedelta(days=back)
    return None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# a weekday cut short in a dateline only ('IPOH, Tues. —'; round 15's outside set: 'today' was the
# paper's day, not the writer's)
_SHORT_WEEKDAY = re.compile(r"\b(?P<short>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.")


def _ahead(clause: str, match: re.Match[str]) -> bool:
    """A future marker in the clause of the date `match`, or 'next' that governs the day."""
    day = clause.rfind(match.group())
    return bool(_AHEAD.search(clause) or _NEXT.search(clause, 0, max(day, 0))
                or _NEXT_AFTER.match(clause, day + len(match.group())) and day >= 0)


def _sentence_around(text: str, at: int) -> str:
    """The sentence holding `at`, by pySBD: 'Dr. Koram will present on Wednesday' is one."""
    start, end = sentence_at(text, at)
    return text[start:end]


# Where a clause ends: 'The strike began on Tuesday and is due to last until Sunday' has two;
# so has 'The forum opened on Monday, with leaders from 18 countries expected to attend' (the
# 'with' phrase's plan is not the opening's).
_CLAUSE_END = re.compile(r"[;:]|\s(?:and|but|as|while|because)\s|,\s+with\s")


# 'as' before a role opens no clause: 'will be sworn in as president on Monday' (round 14, probes:
# the Monday before publication)
_AS_ROLE = re.compile(r"\s+as\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:new|interim|acting|next)\s+)?"
                      rf"(?:{'|'.join(re.escape(w) for w in sorted(TITLE_WORDS, key=len, reverse=True))})\b",
                      re.IGNORECASE)


# 'and' before a noun phrase ('and the directors', 'and his deputy', 'and Carlos Galán') joins
# names, unless a verb of its own follows before the day.
_JOINS_NAMES = re.compile(r"\s+and\s+(?:the|his|her|its|their|a|an|[A-Z])")
_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|did|does|do|can|could|should|may|"
                     rf"might|must|said|says|[a-z]{{3,}}ed|{'|'.join(IRREGULAR_PASTS)})\b")


# A name or a role set off by commas inside a clause: ', Thomas Pugh-Lewis,', ', the company's
# managing director,' (a role opens with its article, the group 'role').
APPOSED = re.compile(r",\s+(?P<role>(?:the|its|his|her|their|a|an)\s+)?[^,;.:\"“”]{1,60}?,")


def _last_comma(text: str, start: int, at: int) -> int:
    """The last comma before `at` that ends a clause: commas closing an aside do not ('Its
    officer, Thomas Pugh-Lewis, will meet the director, Hugh Barraclough, in Swansea on
    Friday' is one clause, its 'will' the day's)."""
    comma = text.rfind(",", start, at)
    while comma >= start:
        opening = text.rfind(",", start, comma)
        aside = APPOSED.fullmatch(text, opening, comma + 1) \
            if opening >= 0 and text[comma + 1:comma + 2].isspace() else None
        if aside is None or not _NAME_OR_ROLE.match(text, opening + 1):
            return comma
        comma = text.rfind(",", start, opening)
    return -1


# a body's name listing its fields: 'Ministry of Minerals, Energy and Water Resources'
_IN_A_NAME = re.compile(r"[A-Z][\w\-]*\s+(?:of|for)\s+(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*$")
_LIST_GOES_ON = re.compile(r"\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s+and\s+[A-Z]")
_NAME_OR_ROLE = re.compile(r"\s+(?:(?:the|its|his|her|their|a|an)\s+[\w'’\-]+|[A-Z]|which\b|who\b)")
# (a relative clause between commas is an aside too: 'will visit the plant, which closed in 2019,
# on Friday' is one clause, its 'will' the day's)


# round 21 (r21a): 'said he would report to the government and return to Vitebsk for a new round of
# talks on Friday': a second verb after 'and' with no subject of its own shares the first one's
# 'would' (a past tense after 'and' has its own: 'met on Monday and flew home on Friday')
_MODAL_BEFORE = re.compile(r"\b(?:would|will|shall|to)\s+(?:not\s+)?[a-z]+\b[^.;,:]*$")
_BARE_VERB = re.compile(r"[a-z]{2,}\b")
_NOT_BARE = frozenset("the a an his her its their this that these those it he she they we i then also not "
                      "so there".split())


def _shares_modal(text: str, start: int, joint: re.Match[str]) -> bool:
    if joint.group().strip() != "and":
        return False
    verb = _BARE_VERB.match(text, joint.end())
    return verb is not None and verb.group() not in _NOT_BARE and not verb.group().endswith("ed") \
        and verb.group() not in IRREGULAR_PASTS \
        and _MODAL_BEFORE.search(text, start, joint.start()) is not None


def _clause_around(text: str, at: int, asides: bool = False) -> str:
    """The clause of the sentence holding `at`: a future marker elsewhere in the sentence ('...
    stood still on Wednesday as workers kept up a strike against plans to close stations')
    says nothing about this day. With `asides`, commas around a name or a role do not end it."""
    start, end = sentence_at(text, at)
    left = max((m.end() for m in _CLAUSE_END.finditer(text, start, at)
                if (not _JOINS_NAMES.match(text, m.start()) or _FINITE.search(text, m.end(), at))
                and not _AS_ROLE.match(text, m.start()) and not _shares_modal(text, start, m)),
               default=start)  # ('will meet Galán and the directors ... on Monday': 'and' joins
    # those met, no clause of its own before the day)
    comma = _last_comma(text, start, at) if asides else text.rfind(",", start, at)
    while comma > start and _IN_A_NAME.search(text, start, comma) and _LIST_GOES_ON.match(text, comma + 1):
        comma = text.rfind(",", start, comma)  # ('the Ministry of Minerals, Energy and Water
        # Resources to appear before it on Thursday': a name's comma, no clause's)
    left = max(left, comma + 1)  # (a clause opened by a comma-ended phrase
    # runs on: 'In a session on Wednesday, Dr Koram will present')
    left = max([left, *(m.end() for m in _SUBORDINATE.finditer(text, left, at)
                        if _FINITE.search(text, m.end(), at))])
    right = next((m.start() for m in _CLAUSE_END.finditer(text, at, end)), end)
    right = next((m.start() for m in _SUBORDINATE.finditer(text, at, right)
                  if _FINITE.search(text, m.end(), right)), right)
    return text[left:right]


# A clause of time with a verb of its own: 'X will play La Rochelle on May 25 after a late try
# sealed a win over Toulouse on Saturday' (round 14, lead: that Saturday was the one ahead, by the
# 'will' of the main clause). Not 'will meet after the summit on Monday' (no verb of its own).
_SUBORDINATE = re.compile(r"\s(?:after|since|once)\s")


def _group(match: re.Match[str], kind: str, name: str) -> str | None:
    return match.groupdict().get(f"{kind}_{name}")


def _resolve(match: re.Match[str], published: dt.date, future: object) -> tuple[str, str] | None:
    kind = match.lastgroup or ""
    if kind in ("month_day", "day_month", "day_range", "month_year", "month_words"):
        return _calendar(match, kind, published)
    if kind == "weekday":
        return _weekday(str(_group(match, kind, "weekday")), published, bool(future))
    if kind == "relative":
        return _relative(str(_group(match, kind, "rel")).lower(), published)
    if kind == "bare_day":
        return _bare_day(match.group(), int(str(_group(match, kind, "day"))), published, bool(future))
    if kind == "day_of_month":
        return _day_of_month(match.group(), int(str(_group(match, kind, "day"))),
                             str(_group(match, kind, "which")).lower(), published)
    year = _group(match, kind, "year")
    return (year, "") if year else None


def _bare_day(written: str, day: int, published: dt.date, future: bool) -> tuple[str, str] | None:
    """'for the 16th': that day of the publication's month, or of the month after (a day still
    to come) or before (a past one) where the month's own has gone by or is still ahead."""
    months = (0, 1) if future else (0, -1)
    for shift in months:
        index = published.year * 12 + published.month - 1 + shift
        try:
            value = dt.date(index // 12, index % 12 + 1, day)
        except ValueError:
            continue
        if (value >= published) if future else (value <= published):
            return value.isoformat(), (f"'{written}' (no month given) resolved against the "
                                       f"publication date ({published.isoformat()}): {value.isoformat()}.")
    return None


def _day_of_month(written: str, day: int, which: str, published: dt.date) -> tuple[str, str] | None:
    """'the 28th of this month' (which 'this'), of 'next' or of 'last' month, against the
    publication date; None for a day the month has not."""
    index = published.year * 12 + published.month - 1 + {"last": -1, "next": 1}.get(which, 0)
    try:
        value = dt.date(index // 12, index % 12 + 1, day).isoformat()
    except ValueError:
        return None
    return value, (f"'{written}' resolved against the publication date "
                   f"({published.isoformat()}): {value}.")


# 'June 3 last year', 'in March next year', '4 May this year': the year told in words after the day
# (round 14, lead: 'the crash on June 3 last year' was drafted as a hearing on June 3 ahead).
_YEAR_WORDS = re.compile(r",?\s+(?:of\s+)?(?P<which>last|next|this)\s+year\b", re.IGNORECASE)
_YEAR_SHIFT = {"last": -1, "next": 1, "this": 0}


def year_in_words(match: re.Match[str]) -> int | None:
    """The years from publication the words after a day without a year give, else None."""
    words = _YEAR_WORDS.match(match.string, match.end())
    return _YEAR_SHIFT[words.group("which").lower()] if words else None


def _calendar(match: re.Match[str], kind: str, published: dt.date) -> tuple[str, str] | None:
    month = MONTHS.index(next(m for m in MONTHS if m.startswith(
        str(_group(match, kind, "month")).lower().rstrip(".")[:3]))) + 1
    year_text, day_text = _group(match, kind, "year"), _group(match, kind, "day")
    which = _group(match, kind, "which")
    shift = _YEAR_SHIFT[which.lower()] if which else None if year_text else year_in_words(match)
    if shift is not None:
        year = published.year + shift
        value = f"{year:04d}-{month:02d}" if not day_text else None
        try:
            value = value or dt.date(year, month, int(day_text or 1)).isoformat()
        except ValueError:
            return None
        return value, (f"'{match.group()}' with the year in words after it: {year}, counted from the "
                       f"publication date ({published.isoformat()}).")
    year = int(year_text) if year_text else published.year
    try:
        day = dt.date(year, month, int(day_text)) if day_text else None
    except ValueError:
        return None
    value = day.isoformat() if day else f"{year:04d}-{month:02d}"
    how = "" if year_text else (f"'{match.group()}' gives no year: taken as {year}, the year "
                                f"the article was published ({published.isoformat()}).")
    return value, how


def _weekday(name: str, published: dt.date, future: bool) -> tuple[str, str]:
    target = WEEKDAYS.index(name.lower())
    if future:
        day = published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
        side = "after"
    else:
        day = published - dt.timedelta(days=(published.weekday() - target) % 7)
        side = "on or before"
    return day.isoformat(), (f"'{name}' resolved against the publication date "
                             f"({published.isoformat()}): the {name} {side} it.")


_DAYS_OFF = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1,
             "this morning": 0, "this afternoon": 0, "this evening": 0,
             "to-day": 0, "to-morrow": 1, "to-night": 0}  # (an old paper's spelling)
# The words for publication's own day ('today', 'tonight', 'this afternoon'): eventdates.told_ahead
SAME_DAY = frozenset(phrase for phrase, days in _DAYS_OFF.items() if days == 0)


def _relative(phrase: str, published: dt.date) -> tuple[str, str]:
    unit = phrase.split()[-1]
    if phrase in _DAYS_OFF:
        day = published + dt.timedelta(days=_DAYS_OFF[phrase])
        value = day.isoformat()
    elif unit == "weekend":  # (its Saturday: round 20, r20a, 'would meet the ministry's officials
        # at Port Kaituma this weekend'; on a Sunday 'this weekend' is the day before)
        shift = {"last": -7, "next": 7}.get(phrase.split()[0], 0)
        saturday = published + dt.timedelta(days=5 - published.weekday()) + dt.timedelta(days=shift)
        value = (saturday - dt.timedelta(days=7) if published.weekday() == 6 and shift == 0
                 else saturday).isoformat()
    elif unit == "week":
        shift = {"last": -7, "next": 7}.get(phrase.split()[-2], 0)
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=shift)
        value = f"{monday.year:04d}-{monday.month:02d}"
    elif unit == "month":
        shift = -1 if "last" in phrase or "past" in phrase else (1 if "next" in phrase else 0)
        month_index = published.year * 12 + published.month - 1 + shift
        value = f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    else:
        shift = -1 if "last" in phrase or "past" in phrase else (1 if "next" in phrase else 0)
        value = f"{published.year + shift:04d}"
    return value, (f"'{phrase}' resolved against the publication date ({published.isoformat()}): "
                   f"{value}.")


# Dates of a sentence that are not the day its words were said: one in a relative clause ('Yeo,
# who is expected to travel to Jakarta next week, said'), one of another event told after
# 'after', 'before' or 'since' ('said his team had tired after a semi-final on Saturday'), and a
# dateline's day when the sentence gives another ('ACCRA, March 12 (AFP) - ... on Thursday'); nor
# a day told as ahead ('The government will present its estimate next week, X said').
_OTHER_EVENT = re.compile(r"(?:,\s+(?:who|which|whose)\b[^,;\"“”]*|\b(?:after|before|since|until)\s+"
                          r"(?:[\w\-'’]+\s+){0,5}?(?:on|in|at|of)?\s*)$")
# A year in a participle aside ('the project, launched in 2019 under the previous government,',
# 'The union, founded in 1999,'): the time of something else, never the day of the sentence's
# own act (a day there may be: 'The agreement, signed on Saturday, ...').
ASIDE_YEAR = re.compile(r",\s+(?:[a-z]+ed|built|begun|made|won|held)\s+(?:[\w\-'’]+\s+){0,4}?"
                        r"(?:(?:in|since)\s+)?$")  # (a year's match opens with its 'in')


def said_date(dates: list[FoundDate], paragraph: int, text: str, start: int, end: int) -> FoundDate | None:
    """The day the words of text[start:end] (a sentence) were said: its first date that is
    not another event's or the dateline's (when the sentence has one of its own)."""
    here = [d for d in dates if d.paragraph == paragraph and start <= d.start < end
            and not _OTHER_EVENT.search(text, max(start, d.start - 120), d.start)
            and not (len(d.value) == 4 and ASIDE_YEAR.search(text, max(start, d.start - 120), d.start))
            and not _FUTURE.search(_clause_around(text, d.start))  # ('will present ... next week')
            and not _CALLED_FOR.search(text, max(start, d.start - 40), d.start)]  # (the meeting's)
    head = dateline_end(text) if paragraph == 1 else 0
    own = [d for d in here if d.start >= head]
    chosen = own or here
    return chosen[0] if chosen else None
