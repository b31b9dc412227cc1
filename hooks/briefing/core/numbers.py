"""Numbers as a reader of the site's language writes them: "3,500" in English, "3.500" in German.

English is formatted here; any other language through Babel's locale data (the thousands and
decimal separators, and the grouping, e.g. "12,34,567" in Hindi). A language Babel does not
know is written as English.
"""

from __future__ import annotations

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
