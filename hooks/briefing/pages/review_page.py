"""The review page `mkdocs serve` adds while drafts remain: the list `briefing review` prints,
with links to each record's page and its paragraph, and the file and line to edit."""

from __future__ import annotations

from briefing.core.escape import md
from briefing.model import urls
from briefing.model.model import Model
from briefing.model.review import CATEGORIES, Item, items

PATH = "review.md"


def review_page(model: Model) -> str:
    found = items(model)
    lines = ["# Review the draft", "",
             f"{len({item.ref for item in found})} records to check, most important first. "
             "Accept a record, a kind or all of them with `briefing review` in the briefing's "
             "folder (`briefing review --accept people/ID`), which deletes their `draft:` and "
             "`uncertain:` lines; or edit the file at the line given.", ""]
    for category, title in CATEGORIES.items():
        chosen = [item for item in found if item.category == category]
        if chosen:
            lines += [f"## {md(title)} ({len(chosen)})", "",
                      *(_entry(item) for item in chosen), ""]
    return "\n".join(lines) + "\n"


def _entry(item: Item) -> str:
    page = (f"[{md(item.name)}]({urls.record_link(PATH, (item.kind, item.id))})"
            if item.kind != "briefing" else f"[{md(item.name)}]({urls.relative(PATH, urls.HOME)})")
    where = f"`{item.file}:{item.line}`"
    entry = f"- {page} ({md(item.ref)}), **{md(item.field)}**: {md(item.reason)}; edit {where}"
    if item.paragraph is None:
        return entry
    before, sentence = item.text[:item.start], item.text[item.start:item.end]
    after = item.text[item.end:]
    link = f"[¶ {item.paragraph}]({urls.relative(PATH, urls.ARTICLE)}#p{item.paragraph})"
    return f"{entry}\n\n    {link}: {md(before)}<mark>{md(sentence)}</mark>{md(after)}\n"
