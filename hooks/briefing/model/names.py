"""What the reader sees a record called, and which kind a record is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing.core.kinds import KINDS, SINGULAR, TITLES, kind_of
from briefing.core.numbers import reader_number, scaled_number, unit_scale
from briefing.model import reads
from briefing.model.model import Model

__all__ = ["SINGULAR", "TITLES", "display_name", "joined", "kind_of"]
# SINGULAR and TITLES (read by the templates) are declared in kinds.py.


def shorten(text: str, limit: int = 90) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def joined(names: Sequence[str]) -> str:
    """Names as a sentence reads them: 'Wang Yi', 'Wang Yi and Li Qiang', 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def display_name(record: Any) -> str:
    """What the reader calls a record: its kind's `label` (a quote's words, else its name)."""
    return KINDS[kind_of(record)].label(record)


def name_of(model: Any, key: tuple[str, str]) -> str:
    """The display name of the record at `key`: to a page that traces its reads, a read of the
    name alone, not of the whole record (reads.of_record)."""
    if type(model) is Model:  # untraced: once per record and build (Model.memo)
        memo, question = model.memo, ("name", key)
        found = memo.get(question)
        if found is None:
            found = memo[question] = display_name(model.get(key))
        return found
    return reads.of_record(model, key, display_name)


def field_of(model: Any, key: tuple[str, str], field: str) -> Any:
    """One field of the record at `key`, read as that alone (see `name_of`)."""
    return reads.of_record(model, key, getattr, field)


# Organisations whose name is a common noun's phrase ("State Department", "Ministry of Commerce")
# read with "the" in a sentence; a name of its own ("Xinhua", "Reuters", "NASA") does not.
_COMMON_NOUNS = frozenset("""
    academy administration agency alliance army assembly association authority bank board bureau
    cabinet coalition commission committee congress consulate corporation council court
    delegation department embassy
    federation forum foundation fund government guard house institute league ministry nations
    navy office organisation organization panel parliament party police programme republic
    secretariat senate service states team tribunal union university""".split())


def needs_the(record: Any) -> bool:
    """Whether an organisation reads with "the" in a sentence: its name opens or ends on a
    common noun ("the U.S. State Department", "the Ministry of Ecology") and has none yet."""
    if kind_of(record) != "organisations":
        return False
    words = [word.strip(".,()").casefold() for word in str(record.name).split()]
    if not words or words[0] == "the":
        return False
    first_noun = words[0] in _COMMON_NOUNS and len(words) > 1 and words[1] in ("of", "for")
    return words[-1] in _COMMON_NOUNS or first_noun


def figure_value(figure: Any, language: str = "en") -> str:
    """A figure as the article would say it: 'more than 3,500 runners', 'about 12 hours'.

    A value the article writes in a scale ('21.6 billion tolars', '$47 million', 'Rs 5 crore')
    is shown in that scale, the full number (21600000000) being the data's: in the site's
    language where Babel knows it ('21,6 Milliarden tolars'), and a sum's sign before it as the
    article writes it ('$47 million'). A figure written the older way, its value in the scale and
    the scale in its unit (47, 'million dollars'), reads as it always has: '47 million dollars'."""
    qualifier = figure.qualifier or ("about" if figure.approximate else "")
    unit = str(figure.unit)
    written = str(figure.as_written or "")
    scaled = None if unit_scale(unit) else scaled_number(figure.value, written, language)
    sign = _sign_before(unit, written)
    words: tuple[str, ...]
    if scaled is None:
        words = (qualifier, reader_number(figure.value, language), unit)
    elif sign:
        words = (qualifier, f"{unit}{' ' if sign == 'spaced' else ''}{scaled}")
    else:
        words = (qualifier, scaled, unit)
    return " ".join(word for word in words if word)


def _sign_before(unit: str, written: str) -> str | None:
    """'spaced' or 'joined' where the unit is a sum's sign the article writes before the number
    ('$47 million', 'Rs 5 crore', 'more than Sh48 million'); None where it follows the number."""
    at = next((i for i, char in enumerate(written) if char.isdigit()), -1)
    head = written[:at] if at > 0 else ""
    if unit and head.rstrip().endswith(unit):
        return "spaced" if head != head.rstrip() else "joined"
    return None


def names_value(figure: Any, language: str = "en") -> bool:
    """Whether the figure's name only repeats its value ('about 7,800 tonnes' named 'about 7,800
    tonnes', as a draft names a figure by the words that give it): then a page shows the value
    once, not "about 7,800 tonnes: about 7,800 tonnes"."""
    def letters(text: str) -> str:
        return "".join(char for char in text.casefold() if char.isalnum())
    name = letters(str(figure.name))
    return name in (letters(figure_value(figure, language)), letters(str(figure.as_written or "")))
