"""Capitalised runs of words: the raw material of people, organisations and places."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.new.draft import window
from briefing.new.draft.glottal import GLOTTAL_MARKS, POLY_SHAPED, glottal_at, mark_before
from briefing.new.draft.lexicon import (
    CITIES,
    CLUB_TAILS,
    COUNTRIES,
    HYPHEN_ARTICLES,
    NUMBERED_BODIES,
    NUMBERED_PLACES,
    ORG_HEADS,
    PARLIAMENTS,
    TITLE_WORDS,
)

# Capital letters, accented ones included: 'Ó Flaherty', 'České Budějovice', 'Ærø'.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
# A capitalised word ("Kerry", "O'Brien", "Al-Sisi", "COP28") or an initialism ("U.S.").
# The possessive "'s" is no part of the word.
# A plural possessive inside a name ("the Altiplano Drivers' Federation", "Workers' Party") is
# part of it when another capitalised word follows.
# A name may open with a lower-case letter before a capital ('eThekwini', 'iSimangaliso').
# So is a singular one before a name ending in an organisation word ("the Finnish Seamen's
# Union", "the Women's Institute"); not "Qatar's Prime Minister".
# Round 18 (geo-r18): the people a hospital cares for, in the possessive before its word, are part
# of its name ("the Iashvili Children's Hospital", "the Women's Clinic" drafted nothing).
_CARED_FOR = (r"(?:Children|Women|Men|Mothers|Maternity|Veterans|Seamen|Sailors)['’]s?"
              r"(?=[ \t]+(?:Hospital|Clinic|Infirmary)\b)")
_HEADS = "|".join(sorted({*(h.capitalize() for h in ORG_HEADS if h.isalpha()), *CLUB_TAILS},
                         key=len, reverse=True))  # (round 13: a club's, "Newell's Old Boys")
# An apostrophe for a glottal stop inside a Polynesian name ("Nuku'alofa", "Vava'u", "Hawai'i"), never
# a possessive's or a contraction's ('s, 't, 're, 'll, 'd, 've, 'm).
_OKINA = r"(?:['’‘](?!(?:s|t|re|ll|d|ve|m)\b)[a-z][\w\-]*)*"  # (round 21: and '‘', "Tu‘ipulotu")
# A glottal stop opening a Polynesian name ("Rev. Dr. 'Ahio Fifita-Taufa", "ʻAna Taufeʻulungaki";
# round 21): the run opens at the capital after it (every check of a name reads its first letter),
# and `glottal_named` gives the name its mark back (glottal.py). Inside a run the mark stays on its
# word ('Pualani ʻAkana', "Siaosi 'Ofa Tupou").
_AFTER_GLOTTAL = rf"(?:(?<=(?<![\w'’‘.])ʻ)|(?<=(?<![\w'’‘.])['’‘])(?={POLY_SHAPED}))"
_GLOTTAL_INSIDE = rf"(?:ʻ|['’‘](?={POLY_SHAPED}))"


def glottal_named(name: str, whole: str) -> str:
    """`name` with the glottal stop the article writes before it ('Ahio Fifita-Taufa' ->
    "'Ahio Fifita-Taufa"), else `name`: where it stands as a whole name after the mark."""
    if not name[:1].isupper():
        return name
    at = whole.find(name)
    while at >= 0:
        end = at + len(name)
        if glottal_at(whole, at, end) and not whole[end:end + 1].isalnum():
            return whole[at - 1] + name
        at = whole.find(name, at + 1)
    return name


# An Italian or a Luxembourg firm's legal form, its stops and small letters part of the name
# ('Lanificio Dell'Orto S.p.A.', 'Tessiture Riunite S.r.l.', 'Lunacore Robotics S.à r.l.'; round 20:
# the name was cut at 'S', a firm "Lanificio Dell'Orto S").
_SMALL_FORMS = r"S\.(?:p\.A|p\.a|r\.l|a\.s|n\.c|à[ \t]r\.l)\.(?![\w.])"
# A name opening with a digit, then two capitals or more ('the group 2XL', 'the band 10CC'; round 15:
# no run at all); not a clock's '10AM', nor '5G', '3D'.
_DIGIT_LED = r"(?<![\d.,])\d{1,2}(?!AM\b|PM\b)[A-Z]{2,}(?![\w\-])"
WORD = (rf"(?:A/S(?![\w/])|{_SMALL_FORMS}"
        rf"|[{UPPER}](?:\.[{UPPER}])+\.?|[{UPPER}][\w\-]*s['’](?=[ \t]+[{UPPER}])"
        rf"|[{UPPER}][\w\-]*['’]s(?=[ \t]+(?:[{UPPER}][\w\-]*[ \t]+){{0,2}}(?:{_HEADS})\b)"
        rf"|{_CARED_FOR}"
        rf"|[{UPPER}][\w\-]*(?:['’][{UPPER}][\w\-]*)?{_OKINA}|[a-z][{UPPER}][a-z][\w\-]*"
        rf"|{_DIGIT_LED})")
# ('A/S': a Danish or Norwegian firm's legal form, a word of the name: 'Mærsk Tankers A/S'.)
# A middle or leading initial ('Einar K. Gudfinnsson', 'R. Premadasa Stadium') belongs to the
# name: it is followed by another capitalised word. Cyrillic names shorten a patronymic or a
# given name to two Latin letters ('Ts. Batbayar', 'Nurlan Zh. Abenov'); in the middle of a name
# 'St.' is one too ('Krasimir St. Dimitrov'), never a title there.
DIGRAPHS = "Ch|Kh|Sh|Ts|Zh|Yu|Ya|Yo|Dzh"
# A word that opens a sentence is none of the name's: 'at the Stade Mohammed V. The winners will'
# (round 14, lead: a place 'Stade Mohammed V. The'), 'Plan B. It'.
_OPENS = r"(?![ \t]+(?:The|A|An|It|He|She|They|We|This|That|These|Those|His|Her|Its|Their|There|But|And)\b)"
# Two or three middle initials likewise ('Councillor P. J. Hogan'; round 15: the title took the
# first, 'Councillor P', and the person was drafted 'J. Hogan' or lost).
# A surname's particle in small letters may follow the initials ('Senior Principal Magistrate S. K.
# arap Ngeny', 'J. van der Merwe', 'A. de la Cruz'; round 16: the run stopped at the initials and
# the person was lost); the letter after a surname's capital may be accented ('Rodrigo M. Píriz',
# 'Tomás J. Ñúñez'; round 16: the run stopped at the initial, and a person 'Rodrigo M' was drafted).
_AFTER_INITIALS = (r"(?:[ \t]+(?:arap|van|von|de|der|den|da|dos|das|do|du|di|del|della|dela|delos|la|le"
                   r"|ter|bin|bint|ibn|al|ole|wa|ap|ab|af|zu)){0,2}")
_MIDDLE = (rf"(?:[{UPPER}]\.[ \t]+){{0,3}}(?:[{UPPER}]|{DIGRAPHS}|St)\.{_OPENS}{_AFTER_INITIALS}"
           rf"(?=[ \t]+[{UPPER}][{LOWER}])")
# Two to four leading initials ('Mr. J. R. Brennan', 'P. J. Hogan'; round 14, lead: only the last
# joined the name, which read 'R. Brennan'; round 17: Sri Lanka's 'S. W. R. D. Bandaranaike').
# A given name cut short before another given name opens a name as an initial does: the Philippines'
# and Spain's 'Ma.' for María ('Ma. Lourdes Villanueva-Cruz', 'Ma. Cristina Reyes'; round 17: a
# person 'Lourdes Villanueva-Cruz', and a person 'Ma'), South Asia's 'Md.' and Malaysia's 'Mohd.' for
# Mohammad ('Prof. Md. Rezaul Karim'; not after a comma: 'Annapolis, Md.' is Maryland), and the old
# English 'Wm.', 'Chas.', 'Thos.'. After a comma 'Md.' opens a name only before two capitalised words
# that open no sentence (round 18: 'the mayor of Dhaka North City Corporation, Md. Rafiqul Islam
# Bhuiyan,' drafted 'Rafiqul Islam Bhuiyan', and 'The mayor, Md. X Y,' a person 'Md'; still
# Maryland in 'Annapolis, Md. The governor', 'Bethesda, Md. Police said', 'Annapolis, Md., said').
_MD_AFTER_COMMA = (r"(?<=,[ \t])Md(?=\.[ \t]+(?!(?:The|A|An|In|On|At|As|By|For|From|He|She|It|They|We|I|"
                   r"This|That|There|But|And|Police|State|County|City|Officials?)\b)"
                   r"[A-Z][a-z]+[ \t]+[A-Z][a-z]+\b(?!\.))")
GIVEN_SHORT = rf"Ma|(?<!,[ \t])Md|{_MD_AFTER_COMMA}|Mohd|Muhd|Wm|Chas|Thos|Jas|Fco"
_INITIAL = (rf"(?:[{UPPER}]\.[ \t]+){{0,3}}(?:[{UPPER}]|{DIGRAPHS}|{GIVEN_SHORT})\."
            rf"{_OPENS}{_AFTER_INITIALS}(?=[ \t]+[{UPPER}](?:[{LOWER}]|['’][{UPPER}]))")  # (and before
# 'O'Sullivan')
# Māori 'o' (of) inside a body's or a place's name, before 'Te', a 'Ngā-' or a word with a macron
# ('Te Ātiawa o Te Waka-a-Māui', 'Te Rūnanga o Ngāi Tahu'; round 17: two names, each drafted a person
# who spoke).
_MAORI_OF = r"o(?=[ \t]+(?:Te\b|Ng[aā]|[A-Z]\S*[āēīōūĀĒĪŌŪ]))"
# (Faroese particles: 'Sámal Pauli í Dali', 'Hjalti á Rógvi Joensen'; Romanian 'Ștefan cel Mare')
_JOINS = ("of|the|de|del|da|do|das|di|dos|du|van|von|der|den|ter|ten|bin|bint|ibn|al|for|&|la|las|los|le|el"
          "|í|á|cel|cea|ap|ab|arap|wa|ole|es|binti|af|zu"
          "|des|y|dela|delos|uulu|kyzy|en|" + _MAORI_OF)  # (round 20: Kyrgyz 'Bakyt uulu Azamat')
# (round 21: French and Dutch 'en' inside a name: 'Flic en Flac', 'Juan-les-Pins' aside; 'Ministerie
# van Economische Zaken en Klimaat'; never a word of English)
# (Welsh 'ap', 'ab': 'Gwyn ap Rhys'; Kenyan 'Daniel arap Moi', 'Ngũgĩ wa
# Thiong'o', 'William ole Ntimama'; 'Dar es Salaam'; round 12, French and Spanish names: 'Compagnie
# des Phosphates de Gafsa', 'Gimnasia y Esgrima de Jujuy', 'Ortega y Gasset', words never lower-case
# English; round 14, helper r14c: Arabic 'bint', a daughter's 'bin': 'Sheikha Moza bint Nasser';
# round 17: the Philippines' 'dela', 'delos': 'Rodolfo dela Paz Jr.', 'Ma. Teresa delos Santos' were
# cut at the particle, a person 'Rodolfo' and another 'Paz Jr' who took his quote)
# An Arabic article joined by a hyphen to a later part of a name: 'Khalil al-Hayya', 'Abu el-Haj';
# a Maltese one likewise ('Din l-Art Ħelwa', 'Triq il-Kbira', 'Ħal Far ix-Xatt').
# (round 16, lead: Hausa 'dan-', son of: 'Abubakar dan-Musa Lawal')
_ARTICLE = f"(?:{'|'.join(HYPHEN_ARTICLES)}|l|il|i[cdnrstxzż])-"
# A saint's or a mount's abbreviation opening a place's name: 'St. Louis', 'Sta. Cruz', 'Mt. Kenya'.
_SAINT = rf"(?:St|Sta|Sto|Ste|Mt|Ft|Pt)\.(?=[ \t]+[{UPPER}])"
# A French or Italian article cut short before a vowel inside a name (round 13, stint 2: 'Côte
# d'Ivoire' drafted a place 'Côte'; 'Office National de l'Huile', 'Università dell'Aquila').
_ELIDED = "(?:[dl]|dell|dall|nell|sull|all)['’]"
RUN = re.compile(rf"(?:(?<![\w'’.])|{_AFTER_GLOTTAL})(?:(?:{_INITIAL}|{_SAINT})[ \t]+)?{WORD}"
                 rf"(?:[ \t]+(?:(?:{_JOINS})[ \t]+)*(?:{_MIDDLE}[ \t]+)?"
                 rf"(?:{_ARTICLE}|{_ELIDED}|{_GLOTTAL_INSIDE})?{WORD})*")
WORDS = re.compile(r"[A-Za-z][\w'’\-.]*")


def irish_article(tokens: list[str]) -> bool:
    """'An Post', 'An Garda Síochána', 'An Bord Pleanála': the Irish article opens the name. English
    writes 'An' only before a vowel's sound, so before a consonant's letter (not 'H', 'X', nor a
    word in capitals: 'An MP', 'An FBI agent', 'An X-ray') it is no English article (round 12)."""
    return len(tokens) >= 2 and tokens[0] == "An" and tokens[1][:1] in "BCDFGJKLMNPQRSTVWZ" \
        and not tokens[1].isupper() and not re.match(r"[A-Z]-", tokens[1])


@dataclass(frozen=True)
class Run:
    paragraph: int  # 1-based
    start: int
    end: int
    text: str

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


def runs(paragraphs: tuple[str, ...]) -> list[Run]:
    found: list[Run] = []
    whole = "\n".join(paragraphs)
    for number, text in enumerate(paragraphs, 1):
        matches = _matches(text)
        index = 0
        while index < len(matches):
            match = matches[index]
            if index + 2 < len(matches) and _nickname(text, match, matches[index + 1], matches[index + 2]):
                # 'Rodolfo "Dodong" Tupas Jr.': one name around its nickname
                last = matches[index + 2]
                found.append(Run(number, match.start(), last.end(), f"{match.group()} {last.group()}"))
                index += 3
                continue
            if index + 1 < len(matches) and _possessive_inside(text, whole, match, matches[index + 1]):
                # "in Cox's Bazar", "at the Queen's Park Savannah": one place's name
                last = matches[index + 1]
                found.append(Run(number, match.start(), last.end(), text[match.start():last.end()]))
                index += 2
                continue
            if index + 1 < len(matches) and _short_given_after_title(text, match, matches[index + 1]):
                last = matches[index + 1]  # 'Associate Justice Ma. Theresa Dolores C. Gomez-Estoesta'
                found.append(_without_post_nominal(Run(number, match.start(), last.end(),
                                                       text[match.start():last.end()])))
                index += 2
                continue
            if index + 1 < len(matches) and _and_sons(text, match, matches[index + 1]):
                last = matches[index + 1]  # 'Thomas Lynch and Sons': one firm (round 15: a person)
                found.append(Run(number, match.start(), last.end(), text[match.start():last.end()]))
                index += 2
                continue
            end = _numbered_end(text, match)  # 'District 7': the number is the place's name
            # (read to just past the run: to the paragraph's end for each run was quadratic)
            dated = _JOINED_DATE.search(text, match.start(), match.end() + 40)
            if dated is not None and dated.start() < match.end():
                end = dated.start()  # 'the final in Lisbon for May 19': the place, then a date
            numbered = _CAMEL_NUMBER.match(text, end) if _CAMEL.search(match.group().split()[-1]) else None
            if numbered is not None:  # 'SpareBank 1 Nord-Norge': a firm's number in its name
                end = numbered.end()
                if index + 1 < len(matches) and matches[index + 1].start() == end + 1 \
                        and text[end] == " ":
                    end = matches[index + 1].end()
                    index += 1
            start = _numbered_start(text, match)  # '82nd Airborne Division', 'the 6th Circuit'
            found.extend(_stem_of_where(part) for whole in
                         _owner_apart(_without_post_nominal(Run(number, start, end, text[start:end])))
                         for part in _cut_at_a_stop(whole))
            index += 1
    return found


def _matches(text: str) -> list[re.Match[str]]:
    """RUN's matches in `text`, but none opening after an apostrophe that is an opening quote
    (`glottal_at`): the run then opens at the next word, as before the glottal stop was read (a
    run opened after '‘' before, whatever it stood for)."""
    found: list[re.Match[str]] = []
    at = 0
    while (match := RUN.search(text, at)) is not None:
        if match.start() and text[match.start() - 1] in "'’" \
                and not glottal_at(text, match.start(), match.end()):
            at = match.start() + 1
            continue
        found.append(match)
        at = max(match.end(), match.start() + 1)
    return found


# A numeral ordinal before a unit's or a court's name is part of it ('the 82nd Airborne Division',
# 'the 6th U.S. Circuit Court of Appeals', 'the 6th Circuit'; round 12, stint 2: it was dropped)
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}(?:st|nd|rd|th)[ \t]+$")


# A month and its day after a joining word inside a run are a date, no part of the name ('the final
# in Lisbon for May 19', 'a deadline of March 3'; round 15: the run 'Lisbon for May' named no place).
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_JOINED_DATE = re.compile(rf"[ \t]+(?:for|of|the|and|&)[ \t]+(?:{_MONTHS})(?=[ \t]+\d{{1,2}}\b)")


# The tail of a firm's name after 'and' ('Thomas Lynch and Sons', 'Marks and Spencer' is no such).
_FIRM_AFTER_AND = frozenset("Sons Brothers Partners Associates Co Company".split())


_GIVEN_SHORT_WORDS = frozenset({"Ma", "Md", "Mohd", "Muhd", "Wm", "Chas", "Thos", "Jas", "Fco"})


def _short_given_after_title(text: str, name: re.Match[str], rest: re.Match[str]) -> bool:
    """A title, then a given name cut short ('Associate Justice Ma. Theresa Gomez-Estoesta', 'Prof.
    Md. Rezaul Karim' has it opening a run): the short name's full stop ends no name when a title
    word stands before it (round 17: the name was cut to 'Theresa ...'); not after a given name,
    whose surname it is ('Jack Ma. Alibaba ...'), which is no title."""
    words = name.group().split()
    return len(words) >= 2 and words[-1] in _GIVEN_SHORT_WORDS \
        and (words[-2].lower() in TITLE_WORDS or words[-2] in ("Justice", "Judge")) \
        and text[name.end():rest.start()] == ". "


def _and_sons(text: str, name: re.Match[str], rest: re.Match[str]) -> bool:
    """'Messrs. Thomas Lynch and Sons, Kilrush': a name, 'and', then a firm's tail alone is one
    firm's name, as 'Thomas Lynch & Sons' is."""
    between = text[name.end():rest.start()]
    return rest.group() in _FIRM_AFTER_AND and re.fullmatch(r"[ \t]+and[ \t]+", between) is not None


# A word in camel case ('SpareBank', 'PostNord') closing a name, then one digit: the number is part
# of a firm's name ('SpareBank 1 said', 'SpareBank 1 Nord-Norge'; round 15: the name was cut at it).
_CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]+[A-Z][a-z]+$")  # (not "McDonald")
_CAMEL_NUMBER = re.compile(r" [1-9](?![\d%]|[.,]\d|\s+(?:percent|per|km|m|kg|million|billion)\b)")


def _numbered_start(text: str, match: re.Match[str]) -> int:
    if not set(match.group().split()) & NUMBERED_BODIES:
        return match.start()
    ordinal = _ORDINAL_BEFORE.search(text, max(0, match.start() - 8), match.start())
    return ordinal.start() if ordinal else match.start()


# (a unit after the number is no name's: 'a district 7 km away')
_NUMBER_AFTER = re.compile(r" \d{1,3}(?![\d%]|[,.]\d)(?!\s+(?!(?:and|or|of|in|on|at|to|with|where|which|"
                           r"was|is|has|had|were|are)\b)[a-z])")


# A body's number after 'No.' and what it serves ('Federal Oral Tribunal No. 1 of Posadas',
# "Magistrates' Court No. 3"; round 18: the name was cut at 'No').
_NUMBER_SIGN = re.compile(r"\.?[ \t]+\d{1,3}(?![\d%]|[,.]\d)(?:[ \t]+of[ \t]+(?:the[ \t]+)?"
                          rf"[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,2}})?")


def _numbered_end(text: str, match: re.Match[str]) -> int:
    """The end of a run that closes with a place word and its number ('canals of District 7 and',
    'Ward 12,'), else the match's end ('a district 7 km away', 'Region 4 percent' stay apart); a
    name of two words or more closing with 'No.', its number and what it serves is one name."""
    words = match.group().split()
    if len(words) >= 3 and words[-1] in ("No", "Nr", "Nº"):
        sign = _NUMBER_SIGN.match(text, match.end())
        return sign.end() if sign else match.end()
    number = _NUMBER_AFTER.match(text, match.end()) if words[-1].lower() in NUMBERED_PLACES else None
    return number.end() if number else match.end()


# Letters after a name that are no part of it: a barrister's rank, an honour, a seat
# ('Donald Findlay KC', 'Sir Keir Starmer MP', 'Dame Sarah Storey DBE').
_POST_NOMINALS = frozenset("KC QC SC MP MSP MLA MEP OBE CBE MBE KBE DBE GBE PhD".split())


# A word that closes with its own full stop: a firm's legal form ('S.A.', 'Ltd.', 'Inc.', 'S.A.C.',
# 'K.K.'), a country's initials ('U.S.').
_DOTTED = re.compile(rf"(?:[A-Z]\.){{2,4}}|(?:Ltd|Inc|Corp|Co|Bhd|Pty|Plc|Ltda|Cia)\.|{_SMALL_FORMS}")
# Words that open a sentence and never go on a name.
_OPENERS = frozenset("It Its The This That These Those He She They We I You His Her Their Our But And "
                     "In On At For From By With After Before Since When While As If Yet So Then There "
                     "Here What Who Why How".split())


def _cut_at_a_stop(run: Run) -> list[Run]:
    """'The company is called Canteras del Sur S.A. It wants ...': a name whose last word closes with
    a full stop ends there when the next sentence opens with a word no name goes on with ('It',
    'The', 'In'); the run ran over the stop into a name 'Canteras del Sur S.A. It'."""
    tokens = run.tokens
    for at, token in enumerate(tokens[:-1]):
        if _DOTTED.fullmatch(token) and tokens[at + 1] in _OPENERS:
            text = " ".join(tokens[:at + 1])
            if run.text.startswith(text):
                rest = run.text[len(text):].lstrip()
                start = run.start + len(run.text) - len(rest)
                return [Run(run.paragraph, run.start, run.start + len(text), text),
                        *_cut_at_a_stop(Run(run.paragraph, start, run.end, rest))]
    return [run]


def _without_post_nominal(run: Run) -> Run:
    """'Donald Findlay KC' -> 'Donald Findlay' (two capitalised words at least before it)."""
    tokens = run.tokens
    if len(tokens) >= 3 and tokens[-1] in _POST_NOMINALS and all(t[:1].isupper() for t in tokens[-3:-1]):
        text = run.text[:run.text.rfind(" ")]
        return Run(run.paragraph, run.start, run.start + len(text), text)
    return run


# 'London-listed Antofagasta', 'Oslo-based Equinor', 'Kenyan-born Anna Berg': a word of where
# before a name is no part of it (round 14, lead: a person 'London-listed Antofagasta').
_WHERE_WORD = re.compile(r"(?:(?:The|A|An)\s+)?[A-Z][\w]*-(?:listed|based|born|headquartered|registered|"
                         r"owned|run|backed)\s+")


_WHERE_ALONE = re.compile(r"(?:(?:The|A|An)\s+)?(?P<stem>[A-Z][\w]*)-(?:listed|based|born|headquartered|"
                          r"registered|owned|run|backed)")


def _stem_of_where(run: Run) -> Run:
    """'Leeuwarden-based' -> 'Leeuwarden': a word of where, alone, names the place or the body it
    is made of ('Shareholders in Leeuwarden-based cheese maker X': round 16, a body
    'Leeuwarden-based'; 'a Kremlin-backed plan')."""
    match = _WHERE_ALONE.fullmatch(run.text)
    if match is None:
        return run
    start = run.start + match.start("stem")
    return Run(run.paragraph, start, start + len(match.group("stem")), match.group("stem"))


def _owner_apart(run: Run) -> list[Run]:
    """"Ghana's National Communications Authority": a country's or a city's possessive is not
    part of the body's name ("the Women's Institute" stays whole): the place, then the body."""
    where = _WHERE_WORD.match(run.text)
    if where and len(run.text) > where.end():
        first = run.text[:where.end()].rstrip()
        return [Run(run.paragraph, run.start, run.start + len(first), first),
                *_owner_apart(Run(run.paragraph, run.start + where.end(), run.end, run.text[where.end():]))]
    owner = re.match(r"([^\s'’]+(?: [^\s'’]+){0,2})['’]s ", run.text)
    if owner is None or not (owner.group(1) in COUNTRIES or owner.group(1) in CITIES
                             or _titled_person(owner.group(1).split())
                             or _body_owning_a_body(owner.group(1), run.text[owner.end():])):
        return [run]
    rest = run.start + owner.end()
    return [Run(run.paragraph, run.start, run.start + len(owner.group(1)), owner.group(1)),
            Run(run.paragraph, rest, run.end, run.text[owner.end():])]


def _body_owning_a_body(owner: str, rest: str) -> bool:
    """"the Central Bank's Superintendency of Financial Institutions", "the Bundestag's Committee on
    Education": a body of two words or more, its own head last, or a parliament, owning a body named
    with a head of its own: two bodies (round 18: one). A chamber or a government named by its
    word alone owns one too ("Parliament's Committee on Education and Sports", "Congress's Budget
    Office", "the Cabinet's Economic Committee": round 19, one body 'Parliament's Committee on
    Education'): the owner stays its own body, the owned one keeps its own name."""
    words = owner.removeprefix("The ").split()
    return (len(words) >= 2 and words[-1].lower() in ORG_HEADS and words[0][:1].isupper()
            or " ".join(words) in PARLIAMENTS or " ".join(words) in _CHAMBERS) \
        and any(w.lower() in ORG_HEADS for w in rest.split())


# Chambers and governments a text names by their word alone, capitalised, as owners of a body.
_CHAMBERS = frozenset("Parliament Congress Assembly Legislature Government Cabinet Council Senate".split())


def _titled_person(words: list[str]) -> bool:
    """"President Abdoulaye Wade's Senegalese Democratic Party": a title and a name of two words
    own the body; the person, then the body."""
    return len(words) == 3 and words[0].lower() in TITLE_WORDS and all(w[:1].isupper() for w in words[1:])


# A preposition of place before a name: "in Cox's Bazar", "at the Queen's Park Savannah".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|outside|around|across|into)\s+(?:the\s+)?$")


_SAINT_OWNER = re.compile(r"(?:St\.?|Saint)\s+[A-Z][a-z]+")


def _possessive_inside(text: str, whole: str, owner: re.Match[str], rest: re.Match[str]) -> bool:
    """"Cox's Bazar" after a preposition of place: a possessive inside a place's name (round 13),
    when the owner's word is no known place and the article writes it nowhere else ("to Trump's
    White House" stays two names: Trump stands alone elsewhere, and 'House' ends bodies)."""
    word = owner.group()
    joint = text[owner.end():rest.start()]
    if joint in ("'s ", "’s ") and _SAINT_OWNER.fullmatch(word) and len(rest.group().split()) <= 5:
        return True  # "St Michael's Cathedral", "St Mary's Hospital": named for a saint (round 21:
        # and longer, "St John's Island National Marine Laboratory", "St. Mary's Hospital Lacor")
    if joint not in ("'s ", "’s ") or " " in word or word in COUNTRIES or word in CITIES \
            or len(rest.group().split()) > 2 or any(t.lower() in ORG_HEADS for t in rest.group().split()) \
            or not _PLACE_BEFORE.search(window.before(text, owner.start())) \
            or re.match(r"\s+[a-z]", text[rest.end():rest.end() + 20]) and not re.match(
                r"\s+(?:in|on|at|to|near|and|for|from|since|where|when|was|is|has|yesterday|today|tonight|"
                r"last|this|next|earlier)\b", text[rest.end():]):  # (round 21: 'at the Queen's Park
            # Oval yesterday')
        return False
    name = f"{word}{joint}{rest.group()}"
    return len(whole_words(whole, word)) == whole.count(name)


def _nickname(text: str, name: re.Match[str], nick: re.Match[str], rest: re.Match[str]) -> bool:
    return len(nick.group().split()) == 1 and bool(re.fullmatch(r"\s+[\"“]", text[name.end():nick.start()])) \
        and bool(re.fullmatch(r"[\"”]\s+", text[nick.end():rest.start()]))


def words_before(text: str, position: int, count: int) -> list[str]:
    """Up to `count` words just before `position`, stopping at punctuation other than '.'."""
    head = window.before(text, position)
    cut = max(head.rfind(mark) for mark in ',;:()"“”')
    return WORDS.findall(head[cut + 1:])[-count:]


def word_after(text: str, position: int) -> str:
    match = re.match(r"\s*([\w'’.\-]+)", window.after(text, position))
    return match.group(1).lower().rstrip(".") if match else ""  # 'said.' ends a sentence


# How far back the searches anchored just before a name look. A search for `words$` over the
# whole text before a name tries every start position, and each runs to the end of the word it
# starts in: quadratic on one long word (a base64 blob, a long URL). A bounded tail is linear.
TAIL = 200


def tail(text: str, position: int, size: int = TAIL) -> str:
    """At most `size` characters just before `position`, starting at a whole word (a word cut
    by the window is left out); before a name opened by a glottal stop, the text before the mark.
    """
    if position and text[position - 1] in GLOTTAL_MARKS and mark_before(text, position):
        position -= 1
    start = max(0, position - size)
    head = text[start:position]
    if start and not text[start - 1].isspace():
        space = re.search(r"\s", head)
        head = head[space.start():] if space else ""
    return head


def _joins(char: str, joiners: str) -> bool:
    return char.isalnum() or char == "_" or char in joiners


def whole_words(text: str, word: str, joiners: str = "-") -> list[int]:
    """Where `word` stands in `text` as a whole word (no letter, digit, '_' or one of
    `joiners` on either side; 'Brussels' of 'Brussels-based' stands whole). Plain string search:
    a pattern compiled per name would push the sentence splitter's own patterns out of `re`'s
    cache of 512, and each recompiles."""
    found: list[int] = []
    at = text.find(word) if word else -1
    while at >= 0:
        end = at + len(word)
        joined = (at and _joins(text[at - 1], joiners)) or (end < len(text) and _joins(text[end], joiners)
                                                           and not text.startswith("-based", end))
        if not joined:
            found.append(at)
        at = text.find(word, at + 1)
    return found


def word_before(text: str, position: int) -> str:
    match = re.search(r"([\w'’.\-]+)\s*$", tail(text, position))
    return match.group(1).lower() if match else ""
