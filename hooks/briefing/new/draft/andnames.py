"""Bodies whose name holds 'and' and no organisation word: 'Law and Justice', 'Bread and
Freedom'. Two capitalised runs joined by 'and' are one body where the article says it is one
('the largest party, Bread and Freedom,', 'the Bread and Freedom party', "Bread and Freedom's
leader"); where it only hints so ('Bread and Freedom, which won 38 seats', a verb in the
singular) the draft takes one body and says that it may be two. With no hint they stay apart,
as before: 'Liberals and Agrarians', 'Britain and France'."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import CITIES, COUNTRIES, DEMONYMS, NOT_NAME, ORG_HEADS, REGIONS, TITLE_WORDS
from briefing.new.draft.names import Run
from briefing.new.draft.orgwords import BODY_FIELDS, INSTITUTION_HEADS

# A noun for a body just before the name ('party, X and Y', 'the movement X and Y').
_NOUN_BEFORE = re.compile(r"\b(?:party|movement|alliance|coalition|bloc|platform|front|group|list|"
                          r"organisation|organization|association)\s*,?\s+$")
# ... or right after it ('the X and Y party', "X and Y's leader", 'X and Y, its leader').
_NOUN_AFTER = re.compile(r"\s+(?:party|movement|alliance|coalition|bloc|platform|list)\b|['’]s\s|,\s+its\s")
# One body, maybe: a relative 'which' or a verb in the singular.
# (round 14, lead: 'Law and Justice took 14 seats' drafted 'Law' and 'Justice'; a count of seats or
# votes taken is told of a party as 'won' is)
_ONE_AFTER = re.compile(r",\s+which\s|\s+(?:has|is|was|says|wants|holds|leads|won|"
                        r"(?:took|secured|gained|captured|kept|retained)\s+(?:\d|[a-z]+\s+seats?\b))\s*")

DOUBT = ("The article writes '{name}' as one body; it may be two, '{left}' and '{right}'. "
         "Check the name.")


def join_and_names(found: list[Run], paragraphs: tuple[str, ...]) -> tuple[list[Run], dict[str, str]]:
    """The runs with each 'X and Y' body (or country: 'Trinidad and Tobago') joined into one, and
    those bodies' names -> a doubt ('' where the article says it is one body)."""
    pairs = [(left, right) for left, right in zip(found, found[1:], strict=False)
             if _pair(left, right, paragraphs)]
    names: dict[str, str] = {f"{' '.join(_core(left.tokens))} and {right.text}": ""
                             for left, right in zip(found, found[1:], strict=False)
                             if _fields_of_a_body(left, right, paragraphs)}
    places = {f"{' '.join(_core(left.tokens))} and {right.text}"
              for left, right in zip(found, found[1:], strict=False) if _one_place(left, right, paragraphs)}
    for left, right in pairs:
        name = f"{' '.join(_core(left.tokens))} and {right.text}"
        text = paragraphs[left.paragraph - 1]
        before, after = window.before(text, left.start), window.after(text, right.end)
        if _NOUN_BEFORE.search(before) or _NOUN_AFTER.match(after):
            names[name] = ""
        elif _ONE_AFTER.match(after) and not _BETWEEN.search(before):
            names.setdefault(name, DOUBT.format(name=name, left=left.text, right=right.text))
    if not names and not places:
        return found, {}
    joined: list[Run] = []
    index = 0
    while index < len(found):
        left = found[index]
        later = found[index + 1] if index + 1 < len(found) else None
        if later is not None and f"{' '.join(_core(left.tokens))} and {later.text}" in {*names, *places} \
                and (_pair(left, later, paragraphs) or _one_place(left, later, paragraphs)
                     or _fields_of_a_body(left, later, paragraphs)):
            joined.append(Run(left.paragraph, left.start, later.end, f"{left.text} and {later.text}"))
            index += 2
        else:
            joined.append(left)
            index += 1
    return joined, names


def _pair(left: Run, right: Run, paragraphs: tuple[str, ...]) -> bool:
    if left.paragraph != right.paragraph \
            or paragraphs[left.paragraph - 1][left.end:right.start] != " and ":
        return False
    core = _core(left.tokens)
    return 1 <= len(core) <= 2 and len(right.tokens) <= 3 and _plain(core) and _plain(right.tokens)


# 'between' before the pair, or before a name and 'and' before it: the ends of a stretch, a route or a
# match, two or more, whose verb after them is the sentence's ('services between Dingwall and Wick
# and Thurso was argued ...'; round 20: one body 'Wick and Thurso', and the towns no places).
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2},?\s+and\s+)?$")


def _fields_of_a_body(left: Run, right: Run, paragraphs: tuple[str, ...]) -> bool:
    """'the Food and Agriculture Organization of the United Nations': one field's word, 'and', then
    a body's name that opens with another field and holds a body's word is one body; so are up to
    three fields' words before the 'and' ('its Marine Science Research and Development Programme';
    round 21: a person 'Marine Science Research', 'Marine' a given name, and a body 'Development
    Programme')."""
    if left.paragraph != right.paragraph or paragraphs[left.paragraph - 1][left.end:right.start] != " and ":
        return False
    core = _core(left.tokens)
    return 1 <= len(core) <= 3 and all(t.lower() in BODY_FIELDS for t in core) and len(right.tokens) >= 2 \
        and right.tokens[0].lower() in BODY_FIELDS and any(t.lower() in ORG_HEADS for t in right.tokens[1:])


def _one_place(left: Run, right: Run, paragraphs: tuple[str, ...]) -> bool:
    """'Trinidad and Tobago', 'Bosnia and Herzegovina': a country (or city, or region) whose own
    name holds 'and' is one place, not two (round 13)."""
    if left.paragraph != right.paragraph or paragraphs[left.paragraph - 1][left.end:right.start] != " and ":
        return False
    name = f"{' '.join(_core(left.tokens))} and {right.text}"
    return name in COUNTRIES or name in CITIES or name in REGIONS


def _core(tokens: list[str]) -> list[str]:
    """Without the words that open a sentence: 'The Sun' -> 'Sun'."""
    index = 0
    while index < len(tokens) and tokens[index] in NOT_NAME:
        index += 1
    return tokens[index:]


def _plain(tokens: list[str]) -> bool:
    """Words that may make up such a name: no organisation or title word, no place, no
    person's full name (a given name, then more: 'Ana Lima'), nothing that opens sentences."""
    text = " ".join(tokens)
    return not (text in COUNTRIES or text in CITIES or text in REGIONS
                or len(tokens) >= 2 and is_given_name(tokens[0])
                or any(t in NOT_NAME or t in DEMONYMS or t.lower() in ORG_HEADS
                       or t.lower() in TITLE_WORDS or not t[:1].isupper() for t in tokens))


# A word that describes a field: an adjective's ending ('Tropical', 'Medical', 'Infectious',
# 'Veterinary', 'Respiratory'), or a field's noun (orgwords.BODY_FIELDS: 'Research').
_FIELD_ENDING = re.compile(r"[A-Z][a-z]+(?:al|ic|ive|ary|ory|ous)")


def fields_before_a_head(left: Run, right: Run) -> bool:
    """'Sukraraj Tropical' + 'and' + 'Infectious Disease Hospital', 'Kenya Medical Research' +
    'and' + 'Training Institute': a name that ends in a field's word, 'and', then more fields and an
    institution's head are one institution. Not 'William Ruto and Kenyatta University', not
    'Nairobi and Kenyatta National Hospital' (the left ends in no field's word)."""
    core = _core(left.tokens)
    last = core[-1] if core else ""
    return 1 <= len(core) <= 3 and 2 <= len(right.tokens) <= 4 \
        and (_FIELD_ENDING.fullmatch(last) is not None or last.lower() in BODY_FIELDS) \
        and last not in DEMONYMS and last.lower() not in ORG_HEADS \
        and (not is_given_name(core[0]) or core[0] in COUNTRIES | CITIES) \
        and " ".join(core) not in COUNTRIES | CITIES | REGIONS \
        and right.tokens[-1].lower() in INSTITUTION_HEADS \
        and not any(t in NOT_NAME or t in DEMONYMS or t.lower() in TITLE_WORDS
                    for t in [*core, *right.tokens])
