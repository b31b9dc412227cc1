"""Numbers as a reader of the site's language writes them: "3,500" in English, "3.500" in German.

English is formatted here; any other language through Babel's locale data (the thousands and
decimal separators, and the grouping, e.g. "12,34,567" in Hindi). A language Babel does not
know is written as English.
"""

from __future__ import annotations

import re
from decimal import Decimal


def counted(count: int, one: str, many: str) -> str:
    """'1 event', '12 events', '1,200 pages': a count with its noun in the right number."""
    return f"{count:,} {one if count == 1 else many}"


def reader_number(value: float, language: str = "en") -> str:
    """`value` with the separators of `language` (a BCP 47 tag such as 'en', 'de', 'pt-BR'),
    every digit the data gives kept and no float noise added."""
    # repr() is the shortest text that reads back as the same float: 52.2, not 52.200000000000003.
    exact = Decimal(repr(float(value)))
    if language.split("-")[0].lower() != "en":
        written = _babel_number(exact, language)
        if written is not None:
            return written
    return format(exact.normalize() if exact == exact.to_integral() else exact, ",f")


def _babel_number(value: Decimal, language: str) -> str | None:
    # Imported only for a language other than English: loading Babel costs 25 ms.
    from babel.core import Locale, UnknownLocaleError
    from babel.numbers import format_decimal

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    return str(format_decimal(value, locale=locale, decimal_quantization=False))


# Scale words: a figure's `value` is the full number ('21.6 billion tolars' is 21600000000), its
# `unit` what is counted ('tolars'); the scale is a way of writing the number, not a unit.
SCALES = {"thousand": 10**3, "lakh": 10**5, "million": 10**6, "crore": 10**7, "billion": 10**9,
          "trillion": 10**12}
# The same as news copy abbreviates them or writes them in the plural ('£115m', '$3.5bn', 'Rs 1,200
# crores', '$50k').
SCALE_WORDS = {**{word: word for word in SCALES}, "k": "thousand", "m": "million", "mn": "million",
               "bn": "billion", "tn": "trillion", "crores": "crore", "lakhs": "lakh",
               "thousands": "thousand"}
# A number followed by a scale word, as an article writes it ('21.6 billion', 'R1.2-million', '£115m').
_SCALE_WORD = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
_WRITTEN_SCALE = re.compile(rf"\d(?:[\d,]*\d)?(?:\.\d+)?\s?-?\s?({_SCALE_WORD})(?![\w])", re.IGNORECASE)
# The most digits after the point a number shown in its scale keeps ('21.625 billion'); a value
# that needs more is no multiple of the scale and is shown whole.
_SCALED_DIGITS = 3
# The least value shown in a scale: '0.5 million' is written so, '0.005 million' never is ('a
# 5,000 m race' is 5,000 metres).
_LEAST_SCALED = Decimal("0.1")


def unit_scale(unit: str) -> str | None:
    """The scale word among a unit's words ('million' of 'million dollars', '$ billion'), written
    the old way, with the value in that scale (value 47, unit 'million dollars'); None for none."""
    return next((SCALE_WORDS[word] for word in unit.lower().split() if word in SCALES), None)


def full_number(value: float, unit: str) -> tuple[float, str]:
    """A value written in a scale as the full number and the unit without the scale word:
    (21.6, 'billion tolars') -> (21600000000.0, 'tolars'), (47, '$ million') -> (47000000.0, '$'),
    computed exactly (21.6 billion has no float noise). A unit with no scale word is kept."""
    scale = unit_scale(unit)
    if scale is None:
        return value, unit
    words = unit.split()
    words.remove(next(word for word in words if word.lower() == scale))
    return float(Decimal(repr(float(value))) * SCALES[scale]), " ".join(words)


def written_scale(value: float, as_written: str) -> tuple[Decimal, str] | None:
    """The value in the scale its words write it in: (21.6, 'billion') for 21600000000 written
    '21.6 billion tolars'; None when the words have no scale word or the value is no multiple of
    it (at most three digits after the point in that scale, and at least 0.1 of it)."""
    exact = Decimal(repr(float(value)))
    for match in _WRITTEN_SCALE.finditer(as_written):
        scale = SCALE_WORDS[match.group(1).lower()]
        shown = exact / SCALES[scale]
        if shown == shown.quantize(Decimal(1).scaleb(-_SCALED_DIGITS)) and abs(shown) >= _LEAST_SCALED:
            return shown.normalize(), scale
    return None


def scaled_number(value: float, as_written: str, language: str = "en") -> str | None:
    """The value as its words write it, in their scale: '21.6 billion' in English, '21,6
    Milliarden' in German (Babel's long compact form); None when `written_scale` finds none."""
    found = written_scale(value, as_written)
    if found is None:
        return None
    shown, scale = found
    if language.split("-")[0].lower() != "en":
        written = _babel_compact(Decimal(repr(float(value))), language)
        if written is not None:
            return written
    return f"{reader_number(float(shown))} {scale}"


def _babel_compact(value: Decimal, language: str) -> str | None:
    from babel.core import Locale, UnknownLocaleError
    from babel.numbers import format_compact_decimal

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    # Every digit kept: Babel drops the zeros at the end ('47 Millionen', not '47,000000').
    return str(format_compact_decimal(value, format_type="long", locale=locale, fraction_digits=12))
