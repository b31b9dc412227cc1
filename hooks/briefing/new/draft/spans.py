"""Where the quoted words are: every span between quotation marks, paragraph by paragraph.

Double marks, straight or curly, pair up in order. A paragraph that ends inside a quote (wire
style for a quote running over paragraphs: no closing mark, the next paragraph opens again)
gives a span to its end, flagged `runs_on`. Single marks count as quotation marks only in a
text with no double ones (British style), and only where they cannot be apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile(r"[\"“”„«»]")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=$|[\s.,;:!?)\]—–-])")
_LABEL = re.compile(r"^((?:[A-Z][A-Z.'’\-]*)(?: [A-Z][A-Z.'’\-]*){0,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s+")
ANSWER_LABELS = frozenset(("A", "ANSWER"))  # an interview's answers: the interviewee's
UNNAMED_LABELS = frozenset("Q QUESTION REPORTER REPORTERS AUDIENCE MODERATOR VOICE VOICES "
                           "SPEAKER OPERATOR CROWD INTERVIEWER NARRATOR PARTICIPANTS "
                           "PARTICIPANT UNIDENTIFIED CROSSTALK".split())


@dataclass(frozen=True)
class Span:
    paragraph: int
    open: int  # index of the opening mark (or of the first word, for a transcript turn)
    close: int  # index of the closing mark (or the paragraph's end)
    text: str  # the words, trailing comma and spaces removed
    runs_on: bool = False
    label: str | None = None  # transcript speaker label


def quote_spans(paragraphs: tuple[str, ...], labels: dict[int, str]) -> list[Span]:
    singles = not any(_DOUBLE.search(p) for p in paragraphs)
    found: list[Span] = []
    for number, text in enumerate(paragraphs, 1):
        if number in labels:
            start = _LABEL.match(text).end()  # type: ignore[union-attr]
            found.append(Span(number, start, len(text), text[start:], label=labels[number]))
            continue
        pairs = _single_pairs(text) if singles else _double_pairs(text)
        for open_at, close_at in pairs:
            span = _span(number, text, open_at, close_at)
            if span:
                found.append(span)
    return found


def _double_pairs(text: str) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for match in _DOUBLE.finditer(text):
        mark, at = match.group(), match.start()
        if opened is None and mark not in "”»":
            opened = at
        elif opened is not None and mark not in "“„«":
            pairs.append((opened, at))
            opened = None
    if opened is not None:
        pairs.append((opened, len(text)))
    return pairs


def _single_pairs(text: str) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    position = 0
    while True:
        opening = _SINGLE_OPEN.search(text, position)
        if not opening:
            return pairs
        closing = _SINGLE_CLOSE.search(text, opening.end())
        pairs.append((opening.start(), closing.start() if closing else len(text)))
        position = closing.end() if closing else len(text)


def _span(number: int, text: str, open_at: int, close_at: int) -> Span | None:
    words = text[open_at + 1:close_at].strip().rstrip(",").rstrip()
    if not re.search(r"\w", words) or is_nickname(text, open_at, close_at):
        return None
    return Span(number, open_at, close_at, words, runs_on=close_at == len(text))


def transcript_labels(paragraphs: tuple[str, ...]) -> dict[int, str]:
    """Paragraph number -> speaker label, for a transcript ('PRESIDENT XI: Thank you ...').

    An all-capitals label counts when two paragraphs have one; a mixed-case one ('Kerry:')
    only when the same label opens at least two paragraphs, which a header line never does."""
    found = {n: m.group(1) for n, p in enumerate(paragraphs, 1) if (m := _LABEL.match(p))}
    capitals = {n: label for n, label in found.items() if label.upper() == label}
    counts: dict[str, int] = {}
    for label in found.values():
        counts[label] = counts.get(label, 0) + 1
    labels = dict(capitals) if len(capitals) >= 2 else {}
    labels.update({n: label for n, label in found.items() if counts[label] >= 2 and n not in labels})
    return {n: label for n, label in labels.items()
            if not UNNAMED_LABELS & set(label.upper().split())}  # 'AUDIENCE MEMBER:' names nobody


def label_name(label: str) -> str:
    """'PRESIDENT XI' -> 'President Xi'; mixed case stays as written."""
    if label.upper() != label:
        return label
    return " ".join(word if word.count(".") >= 2 else word.capitalize()
                    for word in label.split())


# 'Rodolfo "Dodong" Tupas Jr.': a capitalised word in quotation marks between two parts of a name
# is the person's nickname, not words anyone said.
_NICKNAME_AROUND = re.compile(r"[A-Z][\w.\-]*\s+$")


def is_nickname(text: str, open_at: int, close_at: int) -> bool:
    inner = text[open_at + 1:close_at]
    return bool(re.fullmatch(r"[A-Z][\w\-]*(?: [A-Z][\w\-]*)?", inner)) \
        and bool(_NICKNAME_AROUND.search(text[max(0, open_at - 40):open_at])) \
        and bool(re.match(r"\s+[A-Z]", text[close_at + 1:close_at + 3]))
