"""The "Not stated in the article" box of a page, made from the marks the page shows: every
marked value on the page is listed, grouped by its reason, and each reason is given once (the
year, which most dates share, in a line of its own)."""

from __future__ import annotations

import html
import re
from typing import Any

from markupsafe import Markup

from briefing.core.escape import md
from briefing.model.model import Model
from briefing.model.names import display_name, shorten
from briefing.pages import provenance

PLACE = Markup("<!-- briefing: not stated -->")  # markup: the template writes it as it is
_MARK = re.compile(r'<(?:abbr|tspan) class="(?:briefing|tl)-inferred"[^>]*>')
_ATTRIBUTE = re.compile(r'([a-z-]+)="([^"]*)"')
_PART = re.compile(r"^(?:Not stated in the article:? )?(?:\((?P<field>[^)]*)\): )?(?P<reason>.*)$",
                   re.DOTALL)
_YEAR = " The year: "
_MANY = 6  # more values than this under one reason are counted, not named


def with_box(body: str, model: Model, own: str) -> str:
    """The page with its box where the template asked for it (or at the end)."""
    box = _box(_marks(body, model), model, own)
    if PLACE in body:
        return body.replace(PLACE, box, 1).replace(PLACE, "")
    return f"{body.rstrip()}\n\n{box}" if box else body


def _marks(body: str, model: Model) -> list[tuple[str, str, str]]:
    """(record key, field in words, reason) of every mark on the page, in page order."""
    found = []
    for tag in _MARK.finditer(body):
        attributes = {name: html.unescape(value) for name, value in _ATTRIBUTE.findall(tag.group(0))}
        pairs = [pair.split(" ", 1) for pair in attributes.get("data-marks", "").split("|") if pair]
        pairs = pairs or [[attributes.get("data-record", ""), attributes.get("data-field", "")]]
        tip = attributes.get("title") or attributes.get("data-briefing-tip")
        reasons = _reasons(tip) if tip else {}
        for key, field in pairs:
            words = provenance.field_words(field, key)
            reason = reasons.get(words) or _reason_in_model(model, key, field)
            if reason:
                found.append((key, words, reason))
    return found


def _reasons(tip: str) -> dict[str, str]:
    """Field in words -> reason, from a mark's tip (one field, or several merged by ' — ')."""
    reasons: dict[str, str] = {}
    for part in tip.split(" — "):
        match = _PART.match(part.strip())
        if match and match.group("field"):
            reasons.setdefault(match.group("field"), match.group("reason").strip())
    return reasons


def _reason_in_model(model: Model, key: str, field: str) -> str:
    record = _record(model, key)
    reason = (getattr(record, "inferred", None) or {}).get(field)
    return provenance.reason_text(reason) if reason else ""


def _record(model: Model, key: str) -> Any:
    if key == "briefing":
        return model.briefing
    if key == "article":
        return model.article.source
    kind, _, record_id = key.partition("/")
    return model.records.get(kind, {}).get(record_id)


def _box(marks: list[tuple[str, str, str]], model: Model, own: str) -> str:
    if not marks:
        return ""
    groups: dict[str, dict[str, list[str]]] = {}  # reason -> field -> names of the records
    year, dated = "", set()
    for key, words, reason in marks:
        particular, shared = _split(reason)
        if shared:
            year = year or shared
            dated.add((key, words))
        names = groups.setdefault(particular, {}).setdefault(words, [])
        name = _name(model, key, own)
        if name and name not in names:
            names.append(name)
    lines = [f"    - {_fields(fields)}: {md(reason)}" for reason, fields in groups.items() if reason]
    if year:
        many = "the date marked" if len(dated) == 1 else f"each of the {len(dated)} dates marked"
        lines.append(f"    - **The year** ({many}): the article gives none. {md(year)}")
    return ("!!! note \"Not stated in the article\"\n"
            f"    Values marked {provenance.MARK} come from elsewhere than the article's words:\n\n"
            + "\n".join(lines) + "\n")


def _split(reason: str) -> tuple[str, str]:
    """(what is particular to the value, the shared year explanation or '')."""
    if reason.startswith(_YEAR.lstrip()):
        return "", reason[len(_YEAR.lstrip()):].strip()
    particular, _, year = reason.partition(_YEAR)
    return particular.strip(), year.strip()


def _name(model: Model, key: str, own: str) -> str:
    """The record a value belongs to, named unless it is the page's own."""
    record = _record(model, key)
    if key == own or record is None or key in ("briefing", "article"):
        return ""
    return shorten(display_name(record), 50)


def _fields(fields: dict[str, list[str]]) -> str:
    """'**Who it was said to** (“my old friend”; “hard work”)', fields one after another."""
    parts = []
    for words, names in fields.items():
        shown = "; ".join(md(name) for name in names[:_MANY])
        if len(names) > _MANY:
            shown += f"; {len(names) - _MANY} more"
        parts.append(f"**{md(words[:1].upper() + words[1:])}**" + (f" ({shown})" if shown else ""))
    return "; ".join(parts)
