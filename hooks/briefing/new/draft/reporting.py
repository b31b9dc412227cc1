"""How a quote reached the article, in the article's own words, for a quote's `reported` field:
the attribution's verb and what follows it, where that says more than who spoke.

- '"...," Kowalczyk said during the debate.' -> 'Said during the debate, as reported by the
  article.'
- '"...," Justice Ana Vidal wrote for the chamber.' -> 'Wrote for the chamber, ...'
- 'Okonkwo told reporters at the signing: "..."' -> 'Told reporters at the signing, ...'
- '"...," he said.' and '"...," said coach Ana Lima.' say only who spoke (the speaker field has
  it), '"...," she warned that ...' what was said: the plain 'Reported by the article.' stays.
"""

from __future__ import annotations

import re

from briefing.new.draft import window

# Verbs of giving words ('called on X to ...', 'urged X to ...' take what was asked, not where).
_VERBS = ("said|says|told|tells|added|adds|wrote|writes|stated|states|noted|notes|explained|"
          "recalled|remarked|tweeted|posted|declared")
# After the closing mark: ', Kowalczyk said during the debate.' (a speaker of at most six words,
# then the verb, then the words up to the sentence's end).
_AFTER = re.compile(rf"[,.!?]?\s*(?:[^\s.,;:!?\"“”]+\s+){{1,6}}?(?P<verb>{_VERBS})\b"
                    r"(?P<rest>[^.;:!?\"“”]{0,100})(?:[.;]|$)")
# Before the opening mark: 'Okonkwo told reporters at the signing: "' (the verb's words end with
# a colon or a comma straight before the quote).
_BEFORE = re.compile(rf"\b(?P<verb>{_VERBS})\b(?P<rest>[^.;:!?\"“”]{{0,100}}?)[,:]\s*$")
_MARKS = "\"“”'‘’"
# Words that open where, when or how the words were given ('in a statement', 'after the vote',
# 'by satellite phone'), not what was said ('warned that ...', 'said it would ...').
_CIRCUMSTANCE = frozenset("in at on after before during by for from outside inside alongside afterwards "
                          "later earlier while when via over through to".split())


def how_reported(text: str, open_at: int, close_at: int) -> str | None:
    """'Said during the debate, as reported by the article.' for the quote whose marks stand at
    `open_at` and `close_at` in `text`; None when the attribution says no more than its verb."""
    inside = window.before(text, close_at).rstrip()[-1:]
    after = window.after(text, close_at + 1).lstrip(_MARKS)
    # '..." He said it twice.': a quote closed by a full stop ends its sentence there
    match = None if inside == "." or after[:1] in ".!?" else _AFTER.match(after)
    if match is None:
        match = _BEFORE.search(window.before(text, open_at))
    if match is None:
        return None
    rest = " ".join(re.split(r",|\sthat\s", match.group("rest"))[0].split())  # not ', adding
    # that ...', nor 'told a news conference in Warsaw that the project, launched ...' (what was said)
    verb = match.group("verb")
    told = verb in ("told", "tells", "tell")
    if not rest or len(rest.split()) > 12 or not (told or rest.split()[0] in _CIRCUMSTANCE):
        return None  # 'said.', 'said Ana Lima.', 'warned that ...': who spoke, or what was said
    return f"{verb[:1].upper()}{verb[1:]} {rest}, as reported by the article."
