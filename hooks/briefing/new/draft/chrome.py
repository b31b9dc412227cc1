"""Page chrome a scraped article carries, recognised so that no record is drafted from it:

- before the text: menus and breadcrumbs ('Home | Sport | Rugby'), cookie and share lines,
  'Skip to main content', time stamps ('Published 9 October 2025, updated ...');
- after it: a block opened by 'Tags:', 'Related', 'Other stories', 'More on this story',
  'Read more', 'Share this', and everything below it;
- anywhere: a photo caption ending in its credit ('... on Cerro Armazones. (ESO/Carlos
  Fuentes)', 'Photo: Jane Doe/AFP', '... Photo / NIWA') or opening with its label
  ('Caption: ...'), a byline ('By Thandi Mokoena'), a row of share buttons
  ('Share  Tweet  Email'), a newsletter box ('Sign up to our Africa newsletter', 'after
  newsletter promotion') or an advertisement's label, a link to another story set in the text
  ('Read more: ...', when the text goes on below it).
"""

from __future__ import annotations

import re

from briefing.new.draft.calendarwords import MONTH_ANY, WEEKDAY_ANY
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import CREDIT_LABELS

_LINE = re.compile(
    r"^(?:skip to (?:main )?content|accept(?: all)? cookies|we use cookies|this (?:site|website) "
    r"uses cookies|by continuing to (?:browse|use)|share (?:on|this|via)\b|sign up\b|subscribe\b|"
    r"follow us\b|advertisement$|click here\b|print this\b|listen to this\b|copy link\b|"
    r"(?:published|updated|last (?:updated|modified)|posted)\b[^.]{0,60}\d|"
    # round 15 (lead): a blog's 'Posted on 3 June 2027 by X | 4 Comments', 'Reading time: 3 minutes',
    # '4 min read'
    r"reading time\b|\d{1,2}\s*min(?:ute)?s?\s+read$)", re.IGNORECASE)
_TAIL = re.compile(
    r"^(?:tags?|topics|keywords|related(?: (?:stories|articles|links|coverage|content|news))?|"
    r"other stories|more (?:on this story|from|stories|news)|read (?:more|also)|also read|"
    r"most (?:read|popular)|"
    r"recommended|you may also like|see also|share this(?: article| story)?|"
    # the same in the languages scraped pages around English copy come in: Spanish, Portuguese,
    # French, German, Italian ('Relacionadas:', 'Leia também', 'Lire aussi', 'Mehr zum Thema')
    r"(?:noticias |not[ií]cias )?relacionad[ao]s|etiquetas|temas relacionados|lea tambi[eé]n|"
    r"lee tambi[eé]n|leia tamb[eé]m|veja tamb[eé]m|mais lidas|(?:[aà] )?lire aussi|mots[- ]cl[eé]s|"
    r"sur le m[eê]me sujet|mehr zum thema|schlagw[oö]rter|leggi anche|articoli correlati|"
    # 'you may be interested' ('Te puede interesar:', 'Pode interessar:', 'Vous aimerez aussi')
    r"(?:tambi[eé]n )?te puede interesar|te podr[ií]a interesar|puede interesarte|pode (?:te )?interessar|"
    r"voc[eê] (?:pode|vai) gostar|vous aimerez aussi|[cç]a peut vous int[eé]resser|"
    r"das k[oö]nnte sie (?:auch )?interessieren|(?:ti )?potrebbe interessarti)\b\s*:?",
    re.IGNORECASE)
# A row of share buttons: 'Share  Tweet  Email', 'Facebook Twitter WhatsApp Copy link'.
_SHARE_WORDS = frozenset("share tweet email e-mail facebook twitter x whatsapp linkedin reddit "
                         "pinterest telegram print copy link comment comments save flipboard "
                         "messenger sms bluesky threads mastodon gift article".split())
# A newsletter or advertising box inside the text, anywhere in it.
_PROMO = re.compile(
    r"^(?:advertisement|advert|sponsored(?: content)?|after newsletter promotion|skip past newsletter "
    r"promotion|(?:sign up|subscribe) (?:to|for) (?:our|the)\b[^.!?]{0,80}\bnewsletters?\b[^.!?]{0,40}"
    r"|free (?:daily|weekly|monthly) newsletter|privacy notice: newsletters\b.{0,200}"
    r"|(?:story|article) continues (?:below|after)\b.{0,40}"
    # a printed page's jump line ('(Continued on Page 5)', 'Continued from Page 1'; round 15, lead)
    r"|\(?\s*(?:continued|cont(?:['’]d|\.)?)\s+(?:on|from)\s+(?:page|p\.)\s*[A-Z]?\d{1,3}[A-Z]?\s*\)?\.?"
    # the page's notes to readers (round 15, lead: paragraphs of the draft): where the story was
    # first published, asking for comments or follows ('This article was originally published on The
    # Conversation. Read the original article.', 'Have your say in the comments below.', 'Follow the
    # Northland Herald on Facebook and Instagram.', 'Got a story tip? Email ...')
    r"|this\s+(?:article|story|piece)\s+(?:was\s+)?(?:originally\s+|first\s+)?(?:published|appeared)\s+"
    r"(?:in|on|by)\b.{0,120}"
    r"|republished\s+(?:from|with|under)\b.{0,120}|read\s+the\s+original\s+article\.?"
    r"|have\s+your\s+say\b.{0,80}|join\s+the\s+(?:conversation|discussion)\b.{0,80}"
    r"|follow\s+(?:us|the\s+[A-Z][^.!?]{0,40}|[A-Z][^.!?]{0,40})\s+on\s+(?:facebook|twitter|x|instagram|"
    r"tiktok|linkedin|youtube|threads|bluesky|whatsapp)\b.{0,60}"
    r"|got\s+a\s+(?:story|news)\s+tip\?.{0,80})\s*$",
    re.IGNORECASE)
# An archive's line over a scanned page: 'ARCHIVE | The Otago Courier, 14 August 1986, Page 3'
# (round 15, lead: the headline).
_PAGE_REFERENCE = re.compile(r"^archive\b|[,|]\s*(?:page|p\.)\s*[A-Z]?\d{1,3}[A-Z]?\s*$"
                             # (round 20, r19b: a pointer to another page of the paper, 'Correspondence
                             # on this subject: see Letters, page 4.')
                             r"|\bsee\s+(?:[\w&\-]+[,:]?\s+){0,3}?(?:on\s+)?(?:page|p\.)\s*[A-Z]?\d{1,3}[A-Z]?"
                             r"[.)]?\s*$", re.IGNORECASE)
# A link to another story set inside the text: 'Read more: Kenya's cost of living protests
# explained', 'Lire aussi : Sécheresse dans le Sud'. The text goes on below it, where 'Related'
# over a list of links ends it.
_INLINE_LINK = re.compile(r"^(?:read more|read also|also read|more|related|see also|watch|listen|"
                          r"recommended|explainer|analysis|opinion|(?:[aà] )?lire aussi|lea tambi[eé]n|"
                          r"lee tambi[eé]n|leia tamb[eé]m|veja tamb[eé]m|leggi anche|lesen sie auch)"
                          r"\s*[:|–—-]\s*\S", re.IGNORECASE)
_SEPARATED = re.compile(r"\s(?:\||›|»|>|•|·)\s")
_STAMP = re.compile(r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?\d{1,2}\s+\w{3,9}\.?\s+\d{4}"
                    r"(?:,?\s+\d{1,2}[.:]\d{2}(?:\s*(?:am|pm))?(?:\s+[A-Z]{2,4})?)?$", re.IGNORECASE)
# The credit labels of other languages ('Kuva', 'Bild', 'Crédit photo'), as a pattern.
_LABELS = "|".join(re.escape(label).replace(r"\ ", r"\s+")
                   for label in sorted(CREDIT_LABELS, key=len, reverse=True))
# (the credit in round or square brackets: '(ESO/Carlos Fuentes)', '[Zohra Bensemra/Reuters]')
_CREDIT = re.compile(r"(?:\(\s*(?:photo(?:graph)?:?\s*|credit:?\s*|image:?\s*)?[^()]{2,60}/[^()]{2,60}\)"
                     r"|\[\s*(?:photo(?:graph)?:?\s*|credit:?\s*|image:?\s*)?[^\[\]]{2,60}/[^\[\]]{2,60}\]"
                     r"|\((?:photo(?:graph)?|credit|image)s?:?\s[^()]{2,60}\)"
                     r"|\[(?:photo(?:graph)?|credit|image)s?:?\s[^\[\]]{2,60}\]"
                     r"|\b(?:" + _LABELS + r")s?\s?[:/]\s*[^.]{2,60}"
                     r"|\b[A-Z]{2,}/[A-Z][\w.\- ]{2,40})\s*$", re.IGNORECASE)
# A credit line of its own in the language of the paper it was scraped from ('Foto: Equinor/Ole
# Jørgen Bratland.', 'Kuva: Antti Keränen / Yle', 'Bild: Maja Lindqvist', 'Photo : AFP'): the
# label, a colon (none after an abbreviated label), then names: a few words, nearly all capitalised.
_CREDIT_LINE = re.compile(
    r"^\(?(?:" + _LABELS + r")(?:\s?[:/]|(?<=\.))\s*(?P<names>[^\W\d_].{1,80}?)\.?\)?$", re.IGNORECASE)


def _credit_line(paragraph: str) -> bool:
    match = _CREDIT_LINE.match(paragraph.strip())
    if not match or re.search(r"[!?;:]|\.\s+[a-z]", match.group("names")):
        return False
    words = re.split(r"[\s/|,]+", match.group("names"))
    return len(words) <= 10 and sum(1 for word in words if word[:1].islower()) <= 2


_BYLINE = re.compile(r"^by\s+[A-Z][\w.'’\-]+(?:\s+(?:and\s+)?[A-Z][\w.'’\-]+){0,5}\s*$", re.IGNORECASE)
# 'By AFP, published Wednesday 6 December 2023 at 18:20', 'By Jane Doe | May 13, 2025 | Photo
# courtesy of X', 'By Wanjiru Kamau in Marsabit': a byline with its place, date or credit (a
# line, not a sentence: no full stop at its end; 'By Friday, ...' is a sentence).
_BYLINE_LINE = re.compile(r"^By\s+[A-Z][^.!?\n]{0,140}(?<![.!?\"”])$")
# '25/08/2021 - 17h42 · Updated 25/08/2021 - 19h05': a numeric date stamp.
_NUMERIC_STAMP = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b[^.!?]{0,80}$")


# a learner's site's level line: 'NEWS IN EASY ENGLISH — Level 2', 'Easy News — Level 2 (short
# sentences, key words explained)', 'Level B1' (round 16: taken for the headline, or a paragraph)
_LEVEL = re.compile(r"\b(?:Level|LEVEL)\s+(?:\d|[ABC][12])\b")


# round 20 (r20a): a wire's notes to its clients, each on a line of its own: the exchange rate it
# used, '($1 = 4.24 pula)', and its newsroom's line in double brackets, '((Gaborone newsroom +267 ...))'
_WIRE_NOTE = re.compile(r"^(?:\(\(.{1,200}\)\)|\(\s*(?:US|A|C|NZ|HK|S)?[$€£¥]\s*1\s*=\s*[^()]{1,60}\))$")


# round 20 (r19b): a site's line over the text, its parts set apart by bars and closing on a date
# with its full stop ('Serbia Monitor | Local | 27.05.2014.')
_SITE_LINE_DATE = re.compile(r"\s(?:\||›|»|•|·)\s*\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})\.?$")


def is_chrome(paragraph: str) -> bool:
    """A line of the page around the article: menu, breadcrumb, cookie or share line, stamp, a
    wire's note to its clients."""
    words = paragraph.split()
    if _LINE.match(paragraph) or "cookie" in paragraph.lower() and len(words) < 60 \
            or _WIRE_NOTE.match(paragraph.strip()):
        return True
    if _STAMP.match(paragraph) or _NUMERIC_STAMP.match(paragraph) or is_promo(paragraph) \
            or len(words) <= 15 and _PAGE_REFERENCE.search(paragraph) \
            or len(words) <= 15 and _LEVEL.search(paragraph) and not paragraph.rstrip().endswith("."):
        return True
    parts = _SEPARATED.split(paragraph)
    return len(parts) >= 2 and all(len(p.split()) <= 5 for p in parts) \
        and (not paragraph.rstrip().endswith((".", "!", "?", '"', "”"))
             or _SITE_LINE_DATE.search(paragraph.rstrip()) is not None)


def is_promo(paragraph: str) -> bool:
    """A newsletter sign-up, an advertisement's label or a row of share buttons, anywhere."""
    words = paragraph.split()
    return len(paragraph) < 400 and bool(_PROMO.match(paragraph)) or 0 < len(words) <= 10 and all(
        word.lower().strip(":|·•") in _SHARE_WORDS or not word.strip(":|·•") for word in words)


def is_inline_link(paragraph: str) -> bool:
    """'Read more: <another story's title>': one line, no sentence of the article."""
    return len(paragraph.split()) <= 25 and bool(_INLINE_LINK.match(paragraph))


# A heading of a few words and a colon over a row of other stories' titles split by bars, in
# any language ('Te puede interesar: A | B | C', 'Leia mais: A | B'): related links, no sentence.
# (the heading's later words in lower case: 'Sirikul Wongwan: 19 points | ...' is a score line)
_LABELLED_ROW = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:\s+[^\W\d_A-Z][^\W\d_'’\-]*){0,3}\s*:\s+\S")


def _labelled_row(paragraph: str) -> bool:
    parts = _SEPARATED.split(paragraph)
    return len(parts) >= 2 and bool(_LABELLED_ROW.match(paragraph)) \
        and all(len(part.split()) <= 14 for part in parts) \
        and not paragraph.rstrip().endswith((".", "!", "?", '"', "”"))


# A learner's rewrite's apparatus below the text: 'Questions' over numbered questions, 'Words to
# know' over a glossary (round 16: a develop article's questions were its last paragraph)
_LEARNER = re.compile(r"^(?:(?:comprehension |discussion |reading )?questions|exercises?|quiz|activities|"
                      r"words? to know|vocabulary|glossary|key words|word list|new words|words|"
                      r"difficult words|hard words|useful words|word bank|words in this (?:story|article)|"
                      r"think about it|talk about it)"
                      # (round 20, r20a: a heading 'Words' on its own line over 'reservoir - a big lake')
                      r"\s*(?::|\n|\s+1[.)]\s|$)",
                      re.IGNORECASE)


def is_learner_apparatus(paragraph: str) -> bool:
    """'Words to know: cashew (a kind of nut), ...', 'Vocabulary: ...': a learner's glossary, set
    above the text as often as below it (round 19, r18b, open: it became the meeting's summary)."""
    return bool(_LEARNER.match(paragraph))


def opens_tail(paragraph: str) -> bool:
    """'Tags: ...', 'Other stories', 'Related': the page below the article starts here."""
    if _labelled_row(paragraph) or _LEARNER.match(paragraph):
        return True
    match = _TAIL.match(paragraph)
    if not match or len(paragraph.split()) >= 80:
        return False
    # 'Topics of discussion include ...' is a sentence; 'Tags: ...' and 'Related Heineken
    # raises prices ...' (links, no full stop) are not.
    return ":" in match.group() or " " in match.group().strip() \
        or not re.search(r"[.!?][\"”’']?(?:\s|$)", paragraph)


# 'Caption: The ship arrives ...', 'Image caption, Residents ...', 'Image source, Getty Images':
# a caption's own label at the start of its line.
_CAPTION_LABEL = re.compile(r"^[\[(]?(?:(?:photo |image |picture )?caption|image source|pictured)\s*[:,]\s*\S"
                            # (round 20, r19b: '[PHOTO] Dr. Pilar Ortiz de Zárate fits a radio collar')
                            r"|^[\[(](?:photo|image|picture|pic|foto|graphic)(?:[\])]|\s*:)\s*\S",
                            re.IGNORECASE)


def is_caption(paragraph: str) -> bool:
    """A photo caption closing with its credit ('... (ESO/Carlos Fuentes)', '... Photo / NIWA')
    or opening with its label ('Caption: ...')."""
    return len(paragraph.split()) <= 60 and bool(_CREDIT.search(paragraph) or _CAPTION_LABEL.match(paragraph)
                                                  or _credit_line(paragraph))


# A writer's note below the text: 'Carla Fuentes is our Santiago correspondent.', 'Mark Hughes
# reports on commodities from London.', 'Ana Lima is a freelance journalist based in Maputo.'
_WRITER_NOTE = re.compile(
    r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s+(?:(?:is|was)\s+(?:our|an?|the)\s+[^.!?]{0,60}?"
    r"\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer|"
    r"photographer)\b[^.!?]{0,60}|(?:reports|writes)\s+(?:on|about)\s+[^.!?]{1,60}|"
    r"contributed\s+(?:reporting|to\s+this\s+(?:report|story|article))[^.!?]{0,60})[.]")


# An editor's note on the page about the story itself: 'Correction: An earlier version of this
# story misstated ...', "Editor's note: ...", 'Clarification: ...' (lead 13: it was the summary).
_EDITORS_NOTE = re.compile(r"^(?:corrections?|clarifications?|editor['’]?s\s+note|update|updated|"
                           r"this\s+(?:story|article)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended))"
                           r"\s*[:—–-]", re.IGNORECASE)


def is_editors_note(paragraph: str) -> bool:
    """'Correction: An earlier version of this story misstated the governor's first name.'"""
    return len(paragraph.split()) <= 80 and bool(_EDITORS_NOTE.match(paragraph.strip()))


# How to reach the writer, after the note ('She can be reached at ana.lima@example.com', 'Follow
# him on X @tomreyes', 'Email: news@example.com'; round 15, lead: the note was kept, its paper a
# person).
_CONTACT = re.compile(r"(?:(?:[A-Z][\w'’\-]+\s+){0,3}(?:can|may)\s+be\s+(?:reached|contacted|emailed)\s+"
                      r"(?:at|on|via|by)\s+\S+|(?:Follow|Contact|Email)\s+(?:him|her|them)\s+(?:on|at|via)\s+"
                      r"[^.!?]{1,60}|(?:E-?mail|Twitter|X):\s*\S+)\.?")


def is_writer_note(paragraph: str) -> bool:
    """A paragraph of writers' notes only ('X is our Santiago correspondent. Y reports on
    commodities from London.'), with how to reach them: the page's, not the article's (round 13,
    lead)."""
    sentences = re.split(r"(?<=[.])\s+(?=[A-Z])", paragraph.strip())
    return 0 < len(sentences) <= 4 and any(_WRITER_NOTE.fullmatch(s) for s in sentences) \
        and all(_WRITER_NOTE.fullmatch(s) or _CONTACT.fullmatch(s) for s in sentences)


# 'FROM OUR PARLIAMENTARY CORRESPONDENT', 'From our own correspondent in Delhi' (round 14, lead:
# an old paper's byline, in capitals over its dateline, was the summary).
_FROM_OUR = re.compile(r"^from\s+(?:our|a)\s+(?:own\s+)?(?:[a-z]+\s+){0,2}(?:correspondents?|reporters?|"
                       r"staff|special\s+correspondent)\b[^.!?]{0,40}$", re.IGNORECASE)


def is_byline(paragraph: str) -> bool:
    return bool(_BYLINE.match(paragraph) or _BYLINE_LINE.match(paragraph) or _FROM_OUR.match(paragraph))


def is_link_line(paragraph: str) -> bool:
    """A short line with no sentence end, below the text: a link or a section label of the page
    ('Mais lidas Leia também: ...', 'Most watched'), not a sentence cut off (which runs longer)."""
    text = paragraph.rstrip()
    return len(text.split()) <= 10 and not text.endswith((".", "!", "?", '"', "”", "'", "’", ")"))


def stops_mid_sentence(paragraph: str) -> bool:
    """The last paragraph of a text cut off: it ends on a word, not a full stop or a quote."""
    text = paragraph.rstrip()
    return len(text.split()) > 3 and not text.endswith(
        (".", "!", "?", '"', "”", "'", "’", ")", "]", "…", ":"))


def last_full_sentence_end(paragraph: str) -> int:
    """Where the last complete sentence of a cut paragraph ends (0: none)."""
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’']?(?=\s)", paragraph)]
    return ends[-1] if ends else 0


# What a writer is, after the name on a byline line that does not start with 'By'.
_JOB = re.compile(r"\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|staff|"
                  r"bureau|desk|producer|analyst|critic|photographer)s?\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*[a-zß-ÿĀ-ɏ]|[A-Z]\.)$")
_NAME_PARTICLES = frozenset("de da do dos das dela delos van von der den la le al el bin ibn y di du".split())


def is_bare_byline(line: str) -> bool:
    """'Aoife Brennan, Agriculture Correspondent', 'Ana Lima and Tom Reyes', 'Wanjiru Kamau in
    Marsabit': a writer's line above the text without 'By'. Each name opens with a given name;
    after a comma comes a job ('Correspondent'), not anything else."""
    text = " ".join(line.split())
    if not text or len(text.split()) > 14 or text.endswith((".", "!", "?", '"', "”", ":")):
        return False
    head, _, rest = text.partition(",")
    if rest and not _JOB.search(rest):
        return False
    parts = re.split(r"\s+(?:in|for)\s+(?=[A-Z])|\s[|·–—-]\s", head)
    # A job or a place named after the names says it is a writer's line; bare names must each
    # open with a given name ('Middle East' is a section of the site).
    evidence = bool(rest) or len(parts) > 1
    names = re.split(r"\s+(?:and|&)\s+", parts[0])
    return all(_is_writer_name(name.split(), evidence) for name in names)


def _is_writer_name(words: list[str], evidence: bool) -> bool:
    return 2 <= len(words) <= 4 and (evidence or is_given_name(words[0])) and all(
        _NAME_WORD.match(word) or word in _NAME_PARTICLES for word in words)


# A page's time stamp on a line of its own, also inside a block of text ('Published On 15 Mar
# 2024', 'Updated: 2 June 2025 14:05 GMT'): the label, then a date and nothing else.
_STAMP_LABEL = re.compile(r"^(?:published|updated|last (?:updated|modified)|posted)(?:\s+on)?\s*:?\s+",
                          re.IGNORECASE)
_DATE_WORD = re.compile(
    rf"^(?:\S*\d\S*|{MONTH_ANY}|{WEEKDAY_ANY}|at|on|am|pm|updated|[A-Z]{{2,4}}|[|·,-])$",
    re.IGNORECASE)


# A caption's last words: the credit in brackets, names and an agency, capitalised
# ('[Zohra Bensemra/Reuters]', '(AFP/Juan Barreto)'), not '(miles/hour)'.
_BRACKET_CREDIT = re.compile(r"(?:\[[^\[\]]{2,60}/[^\[\]]{2,60}\]|\([^()]{2,60}/[^()]{2,60}\))\s*$")


# A live blog's entry opens with its time on a line of its own ('17:42 GMT', '10.32am', '1432 GMT',
# '9:05 a.m. ET', '08:15 BST', 'Posted at 17:42'): the page's stamp of the entry, no words of it.
_TIME_LINE = re.compile(
    r"^(?:posted\s+(?:at\s+)?)?(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|[0-5]\d(?=\s*(?:GMT|UTC)))"
    r"(?:\s*(?:[ap]\.?m\.?))?(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|AEST|AEDT|IST|"
    r"SAST|EAT|WAT|JST|KST|HKT|SGT)(?:\s*[+-]\s*\d{1,2})?)?\s*$", re.IGNORECASE)


# A press release's boilerplate under its text: 'About Tata Steel' over what the company is, 'Media
# contact:', 'Forward-looking statements', the wire's 'SOURCE Acme Corp' line.
_BOILERPLATE = re.compile(
    # (round 20, r20a: 'About the University of Luxembourg', a name with 'of' in it)
    r"^(?:(?:About|ABOUT)\s+(?:the\s+)?[A-Z][\w&.'’\-]*(?:\s+(?:(?:of|and|for|the|de|du|des|di|del)\s+)?"
    r"[A-Z&][\w&.'’\-]*){0,6}\s*:?|"
    r"(?i:(?:media|press|investor)\s+(?:contacts?|enquiries|inquiries|relations)\b.*)|"
    r"(?i:(?:notes?\s+(?:to|for)\s+editors?|editors?['’]?\s+notes?)\b.*)|"
    r"(?i:(?:cautionary\s+(?:note|statement)\s+(?:regarding|on)\s+)?forward[- ]looking\s+statements?\b.*)|"
    r"(?i:safe\s+harbou?r\s+statement\b.*)|SOURCE\s+[A-Z][^.!?]{1,80}|"
    # (round 20, r19b: a release's end mark, '-ENDS-', '###', '- 30 -')
    r"[-–—\s]*(?:ENDS?|Ends|###|#\s#\s#|30)[-–—\s]*)$")


def opens_boilerplate(line: str) -> bool:
    """'About Tata Steel' (a heading: no sentence), 'Media contact: ...': a press release's end."""
    text = " ".join(line.split())
    return len(text.split()) <= 12 and bool(_BOILERPLATE.match(text)) \
        and not re.search(r"[.!?][\"”’']?$", text) or bool(re.match(r"(?i)media contacts?:", text))


def is_time_line(line: str) -> bool:
    """'17:42 GMT' on a line of its own: a live blog's stamp of the entry below it."""
    return bool(_TIME_LINE.match(line.strip()))


def is_stamp_line(line: str) -> bool:
    if is_time_line(line):
        return True
    label = _STAMP_LABEL.match(line.strip())
    if not label:
        return False
    words = [word.strip(",") for word in line.strip()[label.end():].split()]
    return 1 <= len(words) <= 8 and any(any(c.isdigit() for c in word) for word in words) \
        and all(_DATE_WORD.match(word) for word in words if word)


def is_caption_line(line: str) -> bool:
    """A caption on a line of its own inside a block (the stamp or the text below it): it ends
    with its credit in brackets, whose words are names ('[Zohra Bensemra/Reuters]')."""
    text = line.strip()
    match = _BRACKET_CREDIT.search(text)
    if not match or len(text.split()) > 60:
        return False
    words = re.split(r"[\s/]+", match.group().strip(" []()"))
    return all(word[:1].isupper() or word in _NAME_PARTICLES for word in words if word)
