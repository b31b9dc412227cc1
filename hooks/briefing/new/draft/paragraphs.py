"""The article's paragraphs, as the briefing will number them.

The rule (also in the README):
1. Header lines at the very top that look like `field: value` (`source:`, `title:`, `date:`,
   `by:`, `url:`; a word or two, then a colon) are metadata, not paragraphs.
2. Paragraphs are separated by blank lines. A text with no blank line at all (scraped text
   often has none) has one paragraph per non-empty line.
3. A first paragraph of at most 15 words with no closing punctuation is the headline.
4. Trailing credit lines ("Reporting by ...", "(Editing by ...)", "© 2024 ...", "Copyright",
   "Additional reporting ...") are left out; the copyright line's holder is kept aside (in
   `headers`) as who published the article.
5. Page chrome is left out (see `chrome`): menus, cookie and share lines and time stamps before
   the text, a byline, photo captions with their credit, and everything from 'Tags:',
   'Related' or 'Other stories' down; a block of lines that are each chrome (a byline over
   its time stamp) goes as a whole. A last paragraph that stops mid-sentence is kept (it is
   the article's) but flagged `cut`: nothing is drafted from its unfinished sentence.
What remains is written to `seeds/<id>.txt` joined by blank lines, so the engine's numbering
(blank-line separated, from 1) is the one these paragraphs have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.new.draft.calendarwords import MONTH_ANY, MONTH_STEM, WEEKDAY
from briefing.new.draft.chrome import (
    is_bare_byline,
    is_byline,
    is_caption,
    is_caption_line,
    is_chrome,
    is_editors_note,
    is_inline_link,
    is_learner_apparatus,
    is_link_line,
    is_promo,
    is_stamp_line,
    is_time_line,
    is_writer_note,
    opens_boilerplate,
    opens_tail,
    stops_mid_sentence,
)
from briefing.new.draft.gists import dateline_end
from briefing.new.draft.lexicon import COUNTRIES
from briefing.new.draft.scorelines import score_line
from briefing.new.draft.spans import turn_labels

_HEADER = re.compile(r"^\s*([A-Za-z][A-Za-z_-]{0,20}(?: [A-Za-z_-]{1,20})?)\s*:\s*(.*)$")
_HEADER_NAMES = frozenset(
    "source title headline date published url link by byline author publisher section "
    "category tags dateline language id updated site".split())
_COPYRIGHT = re.compile(r"^\(?\s*(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)
_TAGS = re.compile(r"^(?:tags?|topics|keywords|filed under)\s*:\s*", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n")
_CREDIT = re.compile(
    r"^\(?\s*(?:(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by|"
    r"translated\s+by|this\s+story\s+(?:has\s+been|was)|©|\(c\)|copyright|all\s+rights\s+"
    r"reserved|our\s+standards:|read\s+more:|related:|follow\s+us)", re.IGNORECASE)


@dataclass(frozen=True)
class Split:
    paragraphs: tuple[str, ...]
    headers: dict[str, str]  # header name (lower case) -> value
    cut: bool = False  # the last paragraph stops mid-sentence


def split_article(text: str) -> Split:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    headers, body_start = _headers(lines)
    body = "\n".join(lines[body_start:]).strip("\n")
    if _BLANK_LINES.search(body):
        chunks = [turn for chunk in _BLANK_LINES.split(body) for turn in _turns(chunk)]
    else:
        chunks = body.split("\n")
    head = next((number for number, chunk in enumerate(chunks[:3])
                 if number < len(chunks) - 2 and _transcript_head(chunk)), None)
    if head is not None:  # a broadcast's slate above its turns: station, programme, air time, cast
        headers.setdefault("programme", " ".join(" ".join(chunks[:head + 1]).split()))
        del chunks[:head + 1]
    holder = next((line.strip() for chunk in chunks for line in chunk.split("\n")
                   if _COPYRIGHT.match(line.strip()) and len(line) < 200), None)
    if holder:
        headers.setdefault("copyright", " ".join(holder.split()))  # who published it
    tags = next((line.strip() for chunk in chunks[1:] for line in chunk.split("\n")
                 if _TAGS.match(line.strip()) and len(line.split()) <= 30), None)
    if tags:  # 'Tags: farming, nitrogen': what the page files the article under
        headers.setdefault("tags", _TAGS.sub("", tags))
    boilerplate = next((number for number, chunk in enumerate(chunks) if number >= 2
                        and opens_boilerplate(chunk.strip().split("\n")[0])), None)
    if boilerplate is not None:
        del chunks[boilerplate:]  # 'About Tata Steel', 'Media contact:': a press release's end
    while len(chunks) > 2 and _link_block(chunks[-1]):
        chunks.pop()  # 'Compartir: Facebook · X' over 'Te puede interesar: ...', below the text
    chunks = [line for chunk in chunks[:3] for line in _lead_block(chunk)] + chunks[3:]
    chunks = _edge_lines([_without_page_lines(chunk, headers) for chunk in chunks])
    chunks = [part for chunk in chunks for part in _page_lines_apart(chunk)]
    paragraphs = _without_chrome([" ".join(chunk.split()) for chunk in chunks
                                  if chunk.strip() and not _chrome_lines(chunk, headers)], headers)
    paragraphs = _without_subheads(_without_pull_quotes(paragraphs))
    while len(paragraphs) > 2 and (_is_credit(paragraphs[-1]) or is_link_line(paragraphs[-1])
                                   or is_chrome(paragraphs[-1])):  # ('Click to enlarge | Print this page')
        paragraphs.pop()
    # Above the text: short lines with no sentence end. A menu or a sign-up line ('Menu Search
    # Log in'), the headline, a standfirst, the writer's name, a place: the headline is the
    # first of them that reads as one (four words or more, not a menu); all of them go.
    lead = 0
    while lead < len(paragraphs) - 1 and (_is_headline(paragraphs[lead]) or _dateline_line(paragraphs[lead])
                                          or _is_menu(paragraphs[lead])):  # ('Search...')
        lead += 1
    if lead:
        score = next((line for line in paragraphs[1:lead] if score_line(line)), None)
        if score:  # 'Leinster 28 Toulouse 24' under a sports report's headline
            headers.setdefault("score", score)
        titles = [line for line in paragraphs[:lead] if not is_byline(line) and not _dateline_line(line)
                  and line != score and not _is_menu(line)]
        headline = next((line for line in titles if len(line.split()) >= 4 and not _is_menu(line)
                         and not is_bare_byline(line) and not _TAGLINE.search(line)),
                        titles[-1] if titles else "")
        if headline:  # (none above an old paper's report: its writer's line and its dateline)
            headers.setdefault("headline", headline)
        # The writer's line without 'By' ('Aoife Brennan, Agriculture Correspondent').
        writer = next((line for line in paragraphs[:lead] if line != headline and is_bare_byline(line)), None)
        if writer:
            headers.setdefault("by", writer)
        dateline = next((line for line in paragraphs[:lead]
                         if line != headline and _dateline_line(line)), None)
        del paragraphs[:lead]
        if dateline and not dateline_end(paragraphs[0]):  # 'CANBERRA, Thursday 28 November 2024' over
            # the text: the text's dateline, set on a line of its own (its place, its day)
            paragraphs[0] = re.sub(r"\s+[-–—]+\s+", ", ", dateline.rstrip(" -–—.")) + " — " + paragraphs[0]
    return Split(tuple(paragraphs), headers,
                 len(paragraphs) > 1 and stops_mid_sentence(paragraphs[-1]))


def _turns(chunk: str) -> list[str]:
    """A transcript's turns written one under another with no blank line between them (only
    the headline set apart): each labelled line opens a paragraph of its own, the lines under
    it (a turn wrapped) stay with it. A chunk with fewer than two labelled lines is one."""
    lines = chunk.split("\n")
    labelled = set(turn_labels(tuple(line.strip() for line in lines)))  # ('Q: ...' over 'A: ...':
    # two turns, though the question's label names nobody)
    if len(labelled) < 2:
        return [chunk]
    by_line = not _hard_wrapped(lines)
    turns: list[list[str]] = []
    for number, line in enumerate(lines, 1):
        if number in labelled or not turns or by_line and _ENDS_SENTENCE.search(turns[-1][-1]) \
                and _opens_sentence(line.strip()):
            turns.append([line])  # (one line per paragraph: a line that opens a sentence after
            # one that ends one is the next paragraph, the narration after a turn, not the turn's)
        else:
            turns[-1].append(line)
    return ["\n".join(turn) for turn in turns]


_ENDS_SENTENCE = re.compile(r"[.!?:…][\"”’')\]]*\s*$")


def _opens_sentence(line: str) -> bool:
    return line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'("


def _hard_wrapped(lines: list[str]) -> bool:
    """The chunk's lines are a text wrapped at a width (most lines stop mid-sentence), not one
    paragraph per line (a scrape: nearly every line ends a sentence)."""
    body = [line for line in lines if line.strip()][:-1]
    return sum(1 for line in body if not _ENDS_SENTENCE.search(line)) * 2 > len(body)


def _without_chrome(paragraphs: list[str], headers: dict[str, str]) -> list[str]:
    body_started = False
    kept: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        if is_promo(paragraph) or is_time_line(paragraph) or (body_started and is_inline_link(paragraph)
                                   and _text_follows(paragraphs[number + 1:])):
            continue  # a newsletter box, an advertisement, 'Read more: ...' inside the text
        if body_started and len(kept) >= 2 and opens_tail(paragraph):
            break  # 'Tags:', 'Related', 'Other stories': the page below the article
        if is_caption(paragraph) or is_byline(paragraph):
            headers.setdefault("caption" if is_caption(paragraph) else "by", paragraph)
            if not is_caption(paragraph) and _standfirst(kept, paragraphs[number + 1:]):
                headers.setdefault("standfirst", " ".join(p for p in kept if _ENDS_SENTENCE.search(p)))
                kept = [p for p in kept if not _ENDS_SENTENCE.search(p)]  # (the headline stays)
            continue
        if body_started and is_writer_note(paragraph) or is_editors_note(paragraph):
            continue  # 'Carla Fuentes is our Santiago correspondent.', 'Correction: ...'

        if not body_started and (is_chrome(paragraph) or is_learner_apparatus(paragraph)):
            continue  # (a glossary above the text: 'Words to know: cashew (a kind of nut), ...')
        body_started = body_started or len(paragraph.split()) >= 20
        kept.append(paragraph)
    return kept


def _standfirst(kept: list[str], after: list[str]) -> bool:
    """round 20 (r19a): the writer's line under a headline and a standfirst ('Lanificio Dell'Orto
    ... won time from its banks on Tuesday. Whether it can use that time is another matter.', then
    'By Francesca Nardi-Gualtieri', then the text): what stands above the writer's line is the
    head of the page, when it is a few short lines and one or two sentences, none a dateline's,
    and the text follows."""
    return 0 < len(kept) <= 6 and 1 <= sum(1 for p in kept if _ENDS_SENTENCE.search(p)) <= 2 \
        and all(len(p.split()) <= 60 and not _DATELINE_OPENS.match(p) and not _QUOTE_OPENS.match(p)
                for p in kept) \
        and sum(1 for p in after if len(p.split()) >= 20) >= 2


_DATELINE_OPENS = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{1,40}(?:,[^—–\-]{1,40})?\s*(?:—|–|-{1,2}|:)\s")
_QUOTE_OPENS = re.compile(r"[\"“‘']")


# round 20 (r19a): a cross-head between the paragraphs of a long article ('A long decline', 'Next
# steps', 'THE WORKERS' VIEW'): a few words with no sentence end, after a sentence's end and over
# a paragraph of text
def _without_subheads(paragraphs: list[str]) -> list[str]:
    kept: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        words = paragraph.split()
        if 0 < number < len(paragraphs) - 1 and len(words) <= 6 and words[0][:1].isupper() \
                and not _ENDS_SENTENCE.search(paragraph) and not paragraph.rstrip().endswith((",", ";")) \
                and _ENDS_SENTENCE.search(paragraphs[number - 1]) \
                and len(paragraphs[number + 1].split()) >= 15 and not _QUOTE_OPENS.match(paragraph):
            continue
        kept.append(paragraph)
    return kept


def _without_page_lines(chunk: str, headers: dict[str, str]) -> str:
    """A block of lines carrying the page's stamp and a caption on lines of their own ('Supporters
    celebrate in Dakar [Zohra Bensemra/Reuters]' over 'Published On 15 Mar 2024', over the text
    or not): those lines go, the rest of the block is kept."""
    lines = chunk.split("\n")
    if len(lines) < 2:
        return chunk
    kept = []
    for line in lines:
        if is_stamp_line(line):
            continue
        if is_caption_line(line):
            headers.setdefault("caption", " ".join(line.split()))
            continue
        kept.append(line)
    return "\n".join(kept) if len(kept) < len(lines) else chunk


# A paragraph that is one quotation alone, maybe with a dash and a name after it: '"This is the
# biggest decision this board has made." — Hemi Walker'.
_QUOTED_ALONE = re.compile(r"^[\"“‘']\s*(?P<words>[^\"“”]{12,}?)[,.!?]?\s*[\"”’']"
                           r"(?:\s*[—–-]+\s*[A-Z][^.!?]{0,60})?$")


def _without_pull_quotes(paragraphs: list[str]) -> list[str]:
    """A pull quote: a quotation set apart that repeats words another paragraph quotes ('"This is
    the biggest decision this board has made."' under the paragraph that quotes it, said by its
    speaker). The page's display, no new words: it goes (round 15, lead: the quote was drafted
    twice)."""
    kept = []
    for number, paragraph in enumerate(paragraphs):
        alone = _QUOTED_ALONE.match(paragraph.strip())
        words = " ".join(alone.group("words").split()) if alone else ""
        if words and any(words in " ".join(other.split()) for index, other in enumerate(paragraphs)
                         if index != number and not _QUOTED_ALONE.match(other.strip())):
            continue
        kept.append(paragraph)
    return kept


def _page_line(line: str) -> bool:
    """A line of the page, whole: an advertisement's label or a sign-up box, 'Read more: ...',
    'Most read', 'Tags: ...', the copyright line."""
    text = line.strip()
    return bool(text) and (is_promo(text) or is_inline_link(text) or opens_tail(text)
                           or bool(_COPYRIGHT.match(text)))


def _page_lines_apart(chunk: str) -> list[str]:
    """A block with page lines among its lines, no blank line between ('Advertisement' over 'Read
    more: ...'; a writer's note over 'Sign up to our newsletter', 'Most read', the readers'
    comments and the copyright line): each page line stands apart, so the rules for page lines
    read it, and the lines between stay together (round 15, lead: the block was one paragraph, its
    comments' names people of the draft)."""
    lines = chunk.split("\n")
    if len(lines) < 2 or not any(_page_line(line) for line in lines):
        return [chunk]
    parts: list[list[str]] = [[]]
    for line in lines:
        if _page_line(line):
            parts.extend([[line], []])
        else:
            parts[-1].append(line)
    return ["\n".join(part) for part in parts if any(line.strip() for line in part)]


def _edge_lines(chunks: list[str]) -> list[str]:
    """Above and below the text, a block of page lines ('Skip to main content' over a menu, the
    headline, the writer's line and a stamp; 'Related' over links, tags and the copyright line)
    is one paragraph a line: joined, the block read as one paragraph, which took the headline
    with the chrome above, or kept the links below as the article's last paragraph."""
    def page_block(chunk: str) -> bool:  # (a menu's words set apart by spaces only: 'Home  News  Sports
        # Business  Opinion'; round 15, lead, found on the outside set after its end score)
        return all(_is_headline(line) or is_chrome(line) or is_caption(line) or _is_credit(line.strip())
                   or _is_menu(line)
                   for line in chunk.split("\n") if line.strip())

    def lines(block: list[str]) -> list[str]:
        return [line for chunk in block for line in chunk.split("\n") if line.strip()]

    top = next((number for number, chunk in enumerate(chunks) if not page_block(chunk)), len(chunks))
    bottom = next((number for number in range(len(chunks), top, -1)
                   if not page_block(chunks[number - 1])), top)
    return lines(chunks[:top]) + chunks[top:bottom] + lines(chunks[bottom:])


def _text_follows(paragraphs: list[str]) -> bool:
    """The article goes on: a paragraph of sentences comes before any list of links ends it."""
    for paragraph in paragraphs:
        if opens_tail(paragraph) and not is_inline_link(paragraph):
            return False
        # (a short last paragraph is text too: 'Chile's mining minister, Aurora Williams, is due to
        # visit the mine on Friday.' below 'READ MORE: ...' was cut with the links)
        if len(paragraph.split()) >= 8 and re.search(r"[.!?][\"”’']?$", paragraph.rstrip()) \
                and not is_writer_note(paragraph):
            return True
    return False


def _chrome_lines(chunk: str, headers: dict[str, str]) -> bool:
    """A block of several lines, each of them chrome ('By A and B' over 'Published 5 October
    2023'): joined, the lines would read as one sentence and escape each line's rule."""
    lines = [" ".join(line.split()) for line in chunk.split("\n") if line.strip()]
    if len(lines) < 2 or not all(is_chrome(line) or is_byline(line) or is_caption(line)
                                 for line in lines):
        return False
    for line in lines:
        if is_byline(line) or is_caption(line):
            headers.setdefault("by" if is_byline(line) else "caption", line)
    return True


# The sections a site's menu names: a line of them is no headline.
# A site's own line under its name, above the headline ('Local news for the Upper Waikato since
# 1998', 'Your community paper, est. 1961'; round 15, lead: it was taken for the headline).
_TAGLINE = re.compile(r"\b(?:since|est\.?|established|founded)\s+(?:in\s+)?(?:1[6-9]|20)\d\d\s*$"
                      r"|^(?:your|the)\s+(?:local|community|independent|daily|weekly|regional)\s+"
                      r"(?:news|newspaper|paper|voice|source)\b"
                      # a masthead and its edition: 'TIRANA POST — English edition', 'The Daily Star |
                      # Online edition' (round 19, develop set r19a: it named the main event)
                      # (not 'Store sales fall - shoppers go online': an edition only)
                      r"|[—–|·-]\s*(?:[\w\-]+\s+){0,2}(?:edition|e-paper|epaper)\s*$"
                      # a masthead with the day and the page: 'THE IBERIAN POST - Tuesday, June 30,
                      # 1992 - Page 7' (round 20, r19b: it was taken as the headline)
                      r"|[—–|·-]\s*(?:Page|P\.|p\.)\s*[A-Z]?\d{1,3}\s*$",
                      re.IGNORECASE)
_MENU_WORDS = frozenset(
    "menu search log sign in up out subscribe home news world politics business sport sports "
    "culture opinion lifestyle video videos live latest more account register login uk us "
    "tech technology science health travel weather entertainment arts money markets economy "
    "climate environment local national international europe africa asia americas australia "
    "podcasts newsletters games puzzles food style books music film tv media education "
    "today edition the | · • ›".split())


def _is_menu(line: str) -> bool:
    words = [word.lower().strip(".,") for word in line.split()]
    return sum(word in _MENU_WORDS for word in words) >= 0.6 * len(words)


def _link_block(chunk: str) -> bool:
    """A last block of several lines, each a link, a share line or a label without a sentence
    end: joined, they would read as one paragraph too long for a link line."""
    lines = [" ".join(line.split()) for line in chunk.split("\n") if line.strip()]
    return len(lines) >= 2 and all(is_link_line(line) or is_chrome(line) for line in lines)


# A dateline on a line of its own: a place in capitals, a comma, then a day ('SANTIAGO, Chile -
# March 5, 1985', 'CANBERRA, Thursday 28 November 2024').
_DATELINE_LINE = re.compile(r"^[^\W\d_a-z](?:[^\W\d_a-z]|[.'’\- ]){2,30},\s+[^.!?]{0,30}?"
                            rf"\b(?:\d{{1,2}}|(?i:{MONTH_STEM}))[^!?]{{0,30}}$")


# Round 14 (lead): a day's name alone after the place ('WESTMINSTER, Tuesday.', an old paper's
# parliamentary report), or a place in small letters before a whole date ('Kathmandu, September 9').
_WEEKDAY_LINE = re.compile(rf"^[^\W\d_a-z](?:[^\W\d_a-z]|[.'’\- ]){{2,30}},\s+{WEEKDAY}\.?$")
_TITLED_DATE_LINE = re.compile(rf"^[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s+(?:{MONTH_ANY}\s+\d{{1,2}}|"
                               rf"\d{{1,2}}\s+{MONTH_ANY})(?:,?\s+\d{{4}})?\.?$")


def _dateline_line(line: str) -> bool:
    head = line.split(",")[0]
    return len(line.split()) <= 10 and (
        head.isupper() and (bool(_DATELINE_LINE.match(line)) and any(c.isdigit() for c in line)
                            or bool(_WEEKDAY_LINE.match(line)))
        or bool(_TITLED_DATE_LINE.match(line))
        or head.isupper() and len(head) >= 3 and line[len(head) + 1:].strip(" .") in COUNTRIES)  # ('SULINA,
    # Romania': a place and its country, no day)


# A broadcast transcript's slate: 'RADIO ROMANIA BUCHAREST - ENGLISH SERVICE' over '"Health
# Matters" - broadcast Thursday, 20 November 2014, 18:10' over 'Transcript (edited for length)';
# 'Host: X. Reporter: Y. Guest: Z.' (round 19: r18b's and r19a's slates were the text's first
# paragraph, its main event named and dated by the air time, the station a city)
_AIRED = re.compile(r"\b(?:transcript|broadcast|aired|air\s+date|on\s+air)\b", re.IGNORECASE)
_CAST = re.compile(r"^(?:hosts?|presenters?|guests?|reporters?|producers?|anchors?|panel|with)\s*:",
                   re.IGNORECASE)


def _transcript_head(chunk: str) -> bool:
    """A block of short lines, one telling the broadcast ('Broadcast: Monday ...', 'Transcript'),
    the others a name, a programme or the cast, none a sentence of the text."""
    lines = [line.strip() for line in chunk.split("\n") if line.strip()]
    # (round 20, the lead's probe: 'LOVE FM BELIZE - "MORNING SHOW" - FRIDAY 14 NOVEMBER 2025' over
    # 'Presenter: Marisol Chun' over 'Guests: ...': the cast tells a broadcast as well as 'Transcript')
    told = any(_AIRED.search(line) and len(line.split()) <= 14 for line in lines) \
        or len(lines) >= 2 and any(_CAST_NAMED.match(line) for line in lines)
    return bool(lines) and told and all(
        _CAST.match(line) and len(line.split()) <= 30
        or len(line.split()) <= 14 and not line.endswith((".", "!", "?")) and not _QUOTED_WORDS.search(line)
        for line in lines)


_QUOTED_WORDS = re.compile(r"\b(?:said|says|told)\b")
_CAST_NAMED = re.compile(r"^(?i:hosts?|presenters?|anchors?|reporters?|guests?)\s*:\s*"
                         r"(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z][\w'’\-]+\s+[A-Z]")


def _lead_block(chunk: str) -> list[str]:
    """A block above the text whose lines are each a writer's line or a dateline ('FROM OUR
    PARLIAMENTARY CORRESPONDENT' over 'WESTMINSTER, Tuesday.'): its lines one by one, so that
    the lead's rules see each (joined, they read as the text's first sentence: the summary)."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    if len(lines) >= 2 and any(_dateline_line(line.strip()) for line in lines) \
            and all(_dateline_line(line.strip()) or is_byline(line.strip()) or is_chrome(line.strip())
                    for line in lines):
        return lines
    return [chunk]


def _is_headline(paragraph: str) -> bool:
    words = len(paragraph.split())
    return words <= 20 and not _ends_sentence(paragraph) or score_line(paragraph) is not None \
        or words <= 40 and paragraph.upper() == paragraph and not _ends_sentence(paragraph)
    # (round 21, r21a: a press release's headline in capitals runs longer, 'MINISTRY OF HEALTH AND
    # LUBOMBO HEALTH TRUST SIGN AGREEMENT ON MOBILE TB SCREENING; NATIONAL LAUNCH AT SITEKI ON WORLD TB
    # DAY')
    # (a score line with its scorers: 'Arsenal 2 (Saka 34) Chelsea 1 (Palmer 80)')


def _ends_sentence(paragraph: str) -> bool:
    """A full stop, a mark or a bracket at the end; a closing quote only after one of those (round
    20, r17a: 'Picton terminal hearing hears of delays, dust and a "slow-motion embarrassment"' is
    a headline that ends on a quoted phrase)."""
    text = paragraph.rstrip()
    core = text.rstrip("\"”'’")
    if core != text:
        return core.endswith((".", "!", "?", ",", ":", "…")) or not core or core[-1:] in "“‘"
    return text.endswith((".", "!", "?", ":", ")"))


def _headers(lines: list[str]) -> tuple[dict[str, str], int]:
    headers: dict[str, str] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        match = _HEADER.match(line)
        if not line.strip() and headers:
            index += 1
            continue
        if not match or match.group(1).lower() not in _HEADER_NAMES:
            break
        headers[match.group(1).lower()] = match.group(2).strip()
        index += 1
    return headers, index


def _is_credit(paragraph: str) -> bool:
    return len(paragraph) < 300 and bool(_CREDIT.match(paragraph))


def seed_text(paragraphs: tuple[str, ...]) -> str:
    """The text to keep in seeds/: the paragraphs, one blank line apart."""
    return "\n\n".join(paragraphs) + "\n"
