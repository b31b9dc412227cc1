"""The calendar's words as patterns, written once for every rule that reads a day or a month.

Plain data (regular-expression source, no compiled state): each rule composes the form it needs.
"""

from __future__ import annotations

# A month as dates are written in running text: full names and the dotted or house abbreviations
# ('Jan.', 'Sept', 'Aug'), not a bare 'Mar' or 'Jun' ('Mar del Plata', 'Jun Ji-hyun').
MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|"
         r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")

# A month's first three letters, the stem every abbreviation starts with; and any word so started,
# where the place leaves no doubt it is a month (a page's time stamp, a wire's dateline).
MONTH_STEM = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
MONTH_ANY = MONTH_STEM + r"[a-z]*\.?"

# A weekday written in full; and in full or abbreviated ('Tues', 'Thurs.', 'Sat').
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
WEEKDAY_ANY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?)"
