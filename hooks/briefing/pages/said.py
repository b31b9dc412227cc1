"""Who said what to whom, where and when, as one sentence a person would write: "John Kerry said
this to Wang Yi† in their meeting on 18 July 2023†." Each value keeps its mark."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from briefing.core.escape import md
from briefing.core.schema import optional
from briefing.model.names import joined, kind_of
from briefing.pages.page import PageContext

# How an event reads after "in" or "at": its kind as a noun ("their meeting"); kinds that read
# badly as a noun ("a visit") are named instead ("during Kerry's visit to China").
_NOUN = {"meeting": ("in", "meeting"), "talks": ("in", "talks"), "speech": ("in", "speech"),
         "conference": ("at", "conference"), "summit": ("at", "summit")}


def said_clause(page: PageContext, record: Any) -> Markup:
    """' to Wang Yi† in their meeting on 18 July 2023†': to whom, at what, when."""
    return Markup(f"{_to_whom(page, record)}{_at_event(page, record)}{_on_day(page, record)}")


def listed(page: PageContext, ids: Any, kind: str) -> Markup:
    """Links as a sentence lists them: 'Joe Biden and Xi Jinping'."""
    return Markup(joined([page.named(record_id, kind=kind) for record_id in ids]))


def line(page: PageContext, record: Any) -> Markup:
    """A quote or statement in a list, as one sentence of who said it to whom, where and when:
    'Wang Yi told John Kerry in their meeting on 18 July 2023: “my old friend” (¶ 15)'. A
    statement is the article's report of what was said: 'John Kerry, speaking to Wang Yi in
    their meeting on 18 July 2023: The talks could provide … (¶ 11)'."""
    who: str = page.speaker(record, start=True)
    if optional(record, "on_behalf_of"):
        who = f"{who}, relaying {page.named(record.on_behalf_of, kind='people')},"
    rest = f"{_at_event(page, record)}{_on_day(page, record)}"
    if kind_of(record) == "quotes":
        if record.addressees:
            verb = (f" told {listed(page, record.addressees, 'people')}"
                    f"{page.mark(record, 'addressees')}")
        else:
            verb = f" said{_to_whom(page, record)}"
        return Markup(f"{who}{verb}{rest}: {page.link(record)} ({page.para(record.paragraph)})")
    clause = f"{_to_whom(page, record)}{rest}"
    speaking = f", speaking{clause}" if clause else ""
    return Markup(f"{who}{speaking}: {page.link(record)} ({page.paras(record)})")


# The parts of a sentence: markup (escaped parts joined), made `Markup` once by the sentence
# that joins them (a list of 1,900 lines made 12,000 `Markup`s).


def _to_whom(page: PageContext, record: Any) -> str:
    if record.addressees:
        return f" to {listed(page, record.addressees, 'people')}{page.mark(record, 'addressees')}"
    if getattr(record, "audience", None):
        return f" to {page.audience(record)}{page.mark(record, 'audience')}"
    return ""


def _at_event(page: PageContext, record: Any) -> str:
    if not record.meeting:
        return ""
    meeting = page.resolve(record.meeting, "meetings")
    mark = page.mark(record, "meeting")
    if meeting.type not in _NOUN:
        return f" during {page.link(meeting)}{mark}"
    preposition, noun = _NOUN[meeting.type]
    people = {key[1] for key in page.model.speakers(record)} | set(record.addressees)
    whose = "their" if len(people) > 1 and people <= set(meeting.participants) else "the"
    return f" {preposition} {page.link(meeting, text=f'{whose} {noun}')}{mark}"


def _on_day(page: PageContext, record: Any) -> str:
    """' on 18 July 2023†', ' in July 2023†', ' in 2021': a preposition that fits the date."""
    if not record.date:
        return ""
    preposition = "on" if len(record.date) == 10 else "in"
    return f" {preposition} {page.when(record)}"


def reported(page: PageContext, record: Any) -> Markup:
    """The article's attribution as a sentence of its own ('Reported by Xinhua in a separate
    report on July 18 (Xinhua News Agency†).'); nothing when it says only that the article
    reports it, which every record's page shows by its paragraph links."""
    text = " ".join(str(record.reported).split()).rstrip(" .;")
    source = ""
    if record.reported_by:
        source = f" ({page.link(record.reported_by, 'organisations')}{page.mark(record, 'reported_by')})"
    if text.lower() in ("", "reported by the article") and not source:
        return Markup("")
    return Markup(f"{md(text[:1].upper() + text[1:])}{source}.")
