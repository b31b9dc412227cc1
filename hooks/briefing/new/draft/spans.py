"""Where the quoted words are: every span between quotation marks, paragraph by paragraph.

Double marks, straight or curly, pair up in order. A paragraph that ends inside a quote (wire
style for a quote running over paragraphs: no closing mark, the next paragraph opens again)
gives a span to its end, flagged `runs_on`. Single marks count as quotation marks only in a
text with no double ones (British style), and only where they cannot be apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.new.draft.interviews import publication_asking
from briefing.new.draft.lexicon import ADDRESS
from briefing.new.draft.names import LOWER, UPPER

_DOUBLE = re.compile(r"[\"“”„«»]")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=$|[\s.,;:!?)\]—–-])")
# how a broadcast's clip was delivered, in brackets after its speaker's label: not part of the label
# ('OYUNTSETSEG (recorded):', 'HALVORSEN (on tape):', 'MINISTER (via interpreter):')
_DELIVERY = (r"recorded|on\s+tape|on\s+the\s+phone|by\s+(?:tele)?phone|via\s+(?:video\s+link|satellite|"
             r"(?:an\s+)?interpreter|translator)|translated|through\s+(?:an\s+)?interpreter|voice-?over|"
             r"archive|file|in\s+[A-Z][a-z]+|off\s+camera|clip")
# 'PRESIDENT XI:', 'Kerry:', and a hearing's 'CHAIR (Alice Quayle):' or 'JOHN KERMODE (Steam Packet
# Company):' (a name or an affiliation in brackets after the label). Accented capitals count
# ('GALÍPOLO:', 'ÖZDEMİR:', 'Łukasz:').
# (round 17: a name in capitals keeps a Scottish or Irish prefix's small letters, 'KATE McINERNEY', and
# may be followed by the speaker's role and place in capitals, as Australian and British broadcasters
# write them: 'ANGUS FITZGERALD-BROWN, GRAZIER, "WARRAMBOOL" STATION:')
_CAPS = rf"[{UPPER}](?:[a-z]{{1,2}}(?=[{UPPER}]))?[{UPPER}.'’\-]*"
_ROLE_AFTER = rf"(?:, [{UPPER}\"“][{UPPER}\"“”'’.\- ]{{0,60}}?)*"
_LABEL = re.compile(rf"^((?:{_CAPS}(?: {_CAPS}){{0,4}}{_ROLE_AFTER}"
                    rf"|[{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+){{0,2}})"
                    r"(?: \([A-Z][^()]{1,60}\))?)(?: \((?:" + _DELIVERY + r")\))?:\s+")
# A parliament's record: a member by honorific and name, with seat and party in brackets ('Ms Aisha
# Rahman (Bradford West) (Lab):', 'Mr Okafor:'), or an office with its holder in brackets ('The
# Secretary of State for Housing (Mr Daniel Okafor):'). Each may open one paragraph only: two such
# labels make the record.
_HONORIFIC = ADDRESS
_RECORD_LABEL = re.compile(rf"^((?:{_HONORIFIC} [{UPPER}][\w'’\-]+(?: [{UPPER}][\w'’\-]+){{0,3}}"
                           r"(?: \([^()]{1,60}\)){0,2}"
                           rf"|(?:The )?[{UPPER}][{LOWER}]+(?: (?:of|for|the|and|[{UPPER}][\w'’\-]+)){{0,8}}"
                           rf" \({_HONORIFIC} [^()]{{1,60}}\))):\s+")
# A person's name in a label's brackets: two to four capitalised words ('Alice Quayle').
_NAME_WITHIN = re.compile(r"[A-Z][\w'’\-]+(?: (?:[A-Z]\.|[A-Z][\w'’\-]+|de|van|von|da|di)){1,3}")
_ROLE_LABELS = frozenset("CHAIR CHAIRMAN CHAIRWOMAN CHAIRPERSON PRESIDENT MODERATOR PRESIDING JUDGE "
                         "JUSTICE SPEAKER MAYOR HOST WITNESS COUNSEL PROSECUTOR CLERK "
                         # round 12: a broadcast's own voices ('PRESENTER:', 'ANCHOR:')
                         "PRESENTER ANCHOR NEWSREADER INTERVIEWER".split())
ANSWER_LABELS = frozenset(("A", "ANSWER"))  # an interview's answers: the interviewee's
UNNAMED_LABELS = frozenset("Q QUESTION REPORTER REPORTERS AUDIENCE MODERATOR VOICE VOICES "
                           "PRESENTER ANCHOR NEWSREADER HOST CORRESPONDENT COMMENTATOR "
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
    turn_opens: int = 0  # words a transcript turn quotes: where the turn's own words begin


def quote_spans(paragraphs: tuple[str, ...], labels: dict[int, str]) -> list[Span]:
    singles = not any(_DOUBLE.search(p) for p in paragraphs)
    found: list[Span] = []
    for number, text in enumerate(paragraphs, 1):
        if number in labels:
            start = (_LABEL.match(text) or _RECORD_LABEL.match(text)).end()  # type: ignore[union-attr]
            found.append(Span(number, start, len(text), text[start:], label=labels[number]))
            # (and the words the turn itself quotes: 'told people in Betio, "Nobody leaves ..."')
            found.extend(replace(span, turn_opens=start) for open_at, close_at in _double_pairs(text[start:])
                         if close_at < len(text) - start
                         and (span := _span(number, text, start + open_at, start + close_at)))
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
        elif opened is not None and (mark not in "“„«" or mark == "“" and text[opened] == "„"):
            # ('„We lost three days,“ he said': German marks close a low opener with a high one)
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
    turns = turn_labels(paragraphs)
    asking = publication_asking(paragraphs, turns)
    return {n: label for n, label in turns.items()  # 'AUDIENCE MEMBER:' names nobody
            if (not UNNAMED_LABELS & set(_head(label).upper().split()) or _named_within(label))
            and label not in asking}


def turn_labels(paragraphs: tuple[str, ...]) -> dict[int, str]:
    """Paragraph number -> label, for every turn of a transcript, those that name nobody ('Q:',
    'REPORTER:') included: each opens a turn, though no speaker's."""
    found = {n: m.group(1) for n, p in enumerate(paragraphs, 1) if (m := _LABEL.match(p))}
    capitals = {n: label for n, label in found.items() if in_capitals(_head(label))}
    counts: dict[str, int] = {}
    for label in found.values():
        counts[label] = counts.get(label, 0) + 1
    labels = dict(capitals) if len(capitals) >= 2 else {}
    labels.update({n: label for n, label in found.items() if counts[label] >= 2 and n not in labels})
    record = {n: m.group(1) for n, p in enumerate(paragraphs, 1) if (m := _RECORD_LABEL.match(p))}
    if len(record) >= 2:
        labels.update(record)
    if labels:  # 'PRESENTER' -> 'PRESENTER (Losana Vuniwaqa)' where the introduction names her
        labels = {n: _role_named(label, paragraphs[:min(labels) - 1]) for n, label in labels.items()}
    return dict(sorted(labels.items()))


# A role's holder as the introduction names them: 'the presenter, Losana Vuniwaqa,', 'presenter
# Losana Vuniwaqa', 'Losana Vuniwaqa, the presenter' (two to four capitalised words).
_HOLDER = r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3})"


def _role_named(label: str, introduction: tuple[str, ...]) -> str:
    """'PRESENTER' -> 'PRESENTER (Losana Vuniwaqa)' where the text before the first turn names
    exactly one holder of the role; else the label as it is."""
    role = label.lower()
    if label not in _ROLE_LABELS or not introduction:
        return label
    text = "\n".join(introduction)
    holders = {m.group("name") for pattern in (
        rf"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w\-]+['’]s)\s+{role},\s+{_HOLDER}"
        r"(?=[,.;)]|\s+(?:and|who)\b)",
        rf"(?<![\w\-])(?:{role}|{role.capitalize()})\s+{_HOLDER}\b",
        rf"{_HOLDER},\s+(?:the|our|its)\s+{role}\b")
        for m in re.finditer(pattern, text)}
    return f"{label} ({holders.pop()})" if len(holders) == 1 else label


# A broadcast's own voices: its labels, and the words that introduce one by name ('Our labour
# reporter Jukka-Pekka Vähäkangas was outside the talks').
_NARRATORS = frozenset("PRESENTER ANCHOR NEWSREADER HOST CORRESPONDENT REPORTER INTERVIEWER NARRATOR "
                       "COMMENTATOR".split())
_NARRATOR_WORDS = r"(?i:presenter|anchor|newsreader|host|correspondent|reporter|interviewer|commentator)"
# round 20 (r20a: a transcript's slate, 'Presenter: Losana Vakaloloma', is kept above the text since
# round 19, so her turns, which tell of the match, were read as a guest's quotes): a name after the
# narrator's word and a colon, up to the slate's next 'Word:'
_SLATE_NARRATOR = re.compile(rf"\b{_NARRATOR_WORDS}s?:\s+(?P<name>[A-Z][\w'’\-]+"
                             r"(?: (?:[A-Z][\w'’\-]+)(?![\w'’\-]*:)){1,3})")


def narrator_turns(paragraphs: tuple[str, ...], labels: dict[int, str], slate: str = "") -> frozenset[int]:
    """The turns of a transcript that a broadcast's own voices speak: a presenter's, an anchor's,
    a reporter's ('PRESENTER (Kirsi Länsman):', 'REPORTER:', or 'VÄHÄKANGAS:' where the text
    introduces 'our labour reporter Jukka-Pekka Vähäkangas'). Their words are the report the
    article gives, as a printed article's are: what they tell of (talks, who was there) is read
    as the article's own account, not as what a speaker said of it (round 17: every outside
    writer's answers read them so; the draft still offers them as quotes for the reviewer)."""
    names = narrators(paragraphs, labels, slate)
    return frozenset(n for n, label in labels.items()
                     if set(re.split(r"[ ,()]+", label.upper())) & _NARRATORS
                     or _head(label).upper() in names)


def narrators(paragraphs: tuple[str, ...], labels: dict[int, str], slate: str = "") -> frozenset[str]:
    """The names (in capitals, full and surname) of a broadcast's own voices: those the text
    introduces as its presenter, reporter or correspondent, those a narrator's label names
    ('PRESENTER (Kirsi Länsman)'), and those the broadcast's slate above the text lists
    (`slate`: 'Presenter: Losana Vakaloloma Guests: Mick Byrne'). They tell of an event; they take
    no part in it."""
    text = "\n".join(paragraphs)
    found = {m.group("name").upper() for pattern in (
        rf"(?<![\w\-]){_NARRATOR_WORDS}\s+{_HOLDER}\b",
        rf"{_HOLDER},\s+(?:the|our|its)\s+(?:[\w\-]+\s+){{0,2}}{_NARRATOR_WORDS}\b")
        for m in re.finditer(pattern, text)}
    found |= {m.group("name").upper() for m in _SLATE_NARRATOR.finditer(slate)}
    found |= {label_name(label).upper() for label in labels.values()
              if set(_head(label).upper().split()) & _NARRATORS and _named_within(label)}
    found |= {label_name(label).upper() for label in labels.values()  # ('MARJUN HAMMERSHAIMB (PRESENTER)':
              if " (" in label and set(re.split(r"[ ,()]+", label.upper().split(" (", 1)[1])) & _NARRATORS}
    # round 21, r21a: the name first, the role in brackets; the later 'MARJUN HAMMERSHAIMB:' is hers)
    found |= {label_name(label).upper() for label in labels.values()  # ('KATE McINERNEY, PRESENTER')
              if ", " in label.split(" (")[0] and set(re.split(r"[ ,]+", label.upper().split(", ", 1)[1]))
              & _NARRATORS}
    return frozenset(found | {name.split()[-1] for name in found})


def _head(label: str) -> str:
    """'JOHN KERMODE (Steam Packet Company)' -> 'JOHN KERMODE'; 'KATE McINERNEY, PRESENTER' ->
    'KATE McINERNEY'."""
    return label.split(" (")[0].split(", ")[0]


_PREFIX = re.compile(r"\bMa?c(?=[A-Z])")  # a Scottish or Irish prefix written small: 'McINERNEY'


def in_capitals(words: str) -> bool:
    """Written in capitals, a prefix's small letters aside ('KATE McINERNEY')."""
    plain = _PREFIX.sub("MC", words)
    return plain.upper() == plain


# round 20 (r20b, after its end score): a phone-in's caller, named in brackets by a given name and
# where they call from ('CALLER (KEISHA, DIEGO MARTIN):', then 'CALLER (KEISHA):')
_CALLER_LABELS = frozenset("CALLER LISTENER VIEWER TEXTER".split())
_GIVEN_WITHIN = re.compile(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3}")


def _named_within(label: str) -> str | None:
    """'Alice Quayle' of 'CHAIR (Alice Quayle)': the person a role's label names in brackets;
    'Keisha' of 'CALLER (KEISHA, DIEGO MARTIN)'."""
    inner = label[len(_head(label)) + 2:-1]
    if _head(label).upper() in _CALLER_LABELS:
        name = inner.split(",")[0].strip()
        return name if _GIVEN_WITHIN.fullmatch(name) else None
    office = _head(label).upper() in _ROLE_LABELS | UNNAMED_LABELS \
        or re.match(rf"{_HONORIFIC} ", inner) is not None  # ('The Secretary of State for Housing (Mr X)')
    if not office or not _NAME_WITHIN.fullmatch(inner):
        return None
    return inner


def label_name(label: str) -> str:
    """'PRESIDENT XI' -> 'President Xi', 'CHAIR (Alice Quayle)' -> 'Alice Quayle', 'JOHN KERMODE
    (Steam Packet Company)' -> 'John Kermode'; mixed case stays as written."""
    within = _named_within(label)
    if within:  # ('PRESENTER (MARTA SILVA)' -> 'Marta Silva')
        return within if within.upper() != within else " ".join(_titled(word) for word in within.split())
    head = _head(label)
    if not in_capitals(head):
        return head
    return " ".join(_titled(word) for word in head.split())


def _titled(word: str) -> str:
    """A word of a label in capitals as a name writes it: each part of a hyphenated name opens with
    its capital ('RÄSÄNEN-KALLIO' -> 'Räsänen-Kallio', 'AL-HAYYA' -> 'Al-Hayya'; round 17: the
    person 'Räsänen-kallio' was drafted beside 'Timo Räsänen-Kallio' and took his quotes), and so
    does the part after an Irish or French one-letter prefix ('O'BRIEN' -> 'O'Brien'); initials
    stay ('U.S.')."""
    if word.count(".") >= 2:
        return word
    prefix = re.match(r"(Ma?c)(?=[A-Z])", word)  # ('McINERNEY' -> 'McInerney')
    if prefix:
        return prefix.group(1) + _titled(word[prefix.end():])
    return "-".join(re.sub(r"^([A-Za-z]['’])(\w)", lambda m: m.group(1).upper() + m.group(2).upper(),
                           part.capitalize()) for part in word.split("-"))


# 'Rodolfo "Dodong" Tupas Jr.': a capitalised word in quotation marks between two parts of a name
# is the person's nickname, not words anyone said.
_NICKNAME_AROUND = re.compile(r"[A-Z][\w.\-]*\s+$")


def is_nickname(text: str, open_at: int, close_at: int) -> bool:
    inner = text[open_at + 1:close_at]
    return bool(re.fullmatch(r"[A-Z][\w\-]*(?: [A-Z][\w\-]*)?", inner)) \
        and bool(_NICKNAME_AROUND.search(text[max(0, open_at - 40):open_at])) \
        and bool(re.match(r"\s+[A-Z]", text[close_at + 1:close_at + 3])) \
        or _name_inside_a_name(text, open_at, close_at)


# A person's name in quotation marks inside a body's or a place's name, as Spanish and Portuguese
# copy writes it: 'the Unión de Comerciantes Ambulantes "Benito Juárez" del Estado de Oaxaca', 'the
# Escuela Primaria "Emiliano Zapata"' (round 19: a quote 'Benito Juárez', given to UNESCO). Two to
# five capitalised words (a particle between), after a capitalised word: words nobody said.
_QUOTED_NAME = re.compile(r"[A-ZÀ-Ý][\w\-]*(?: (?:(?:de|del|la|las|los|da|do|dos|y) )*[A-ZÀ-Ý][\w\-]*){1,4}")


def _name_inside_a_name(text: str, open_at: int, close_at: int) -> bool:
    return _QUOTED_NAME.fullmatch(text, open_at + 1, close_at) is not None \
        and _NICKNAME_AROUND.search(text, max(0, open_at - 40), open_at) is not None
