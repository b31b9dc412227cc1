"""Old addresses keep working: a record's `former_ids` become small pages that redirect.

A redirect page stands at `<kind>/<former-id>/index.html` and sends the reader (and search
engines, through `rel=canonical`) to the record's page by a relative address, so that it works
under a project subpath too. The address's #fragment is carried over.
"""

from __future__ import annotations

from briefing.core.escape import html
from briefing.core.kinds import RESERVED_ID, page_kinds
from briefing.core.problems import Problem
from briefing.model.model import Model
from briefing.model.names import display_name

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved: {title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{target}">
<meta http-equiv="refresh" content="0; url={target}">
<script>location.replace("{target}" + location.hash)</script>
</head>
<body>
<p>This page has moved: <a href="{target}">{title}</a>.</p>
</body>
</html>
"""


def redirect_pages(model: Model) -> dict[str, str]:
    """`{site path: HTML}` of a redirect page for every former id."""
    pages = {}
    for kind in page_kinds():
        for record in model.all(kind):
            for old in record.former_ids:
                # From <kind>/<old>/ the record's page is one folder up.
                target = f"../{record.id}/"
                pages[f"{kind}/{old}/index.html"] = _PAGE.format(
                    title=html(display_name(record)), target=target)
    return dict(sorted(pages.items()))



def problems(model: Model) -> list[Problem]:
    """No id may take a kind's index address; a former id must not be a record's id, nor
    claimed by two records of a kind."""
    found = []
    for kind in page_kinds():
        claimed: dict[str, str] = {}
        for record in model.all(kind):
            if record.id == RESERVED_ID:
                where, line = model.where((kind, record.id), "id")
                found.append(Problem(where, line, record.id, "id",
                                     f"'{RESERVED_ID}' is reserved: {kind}/{RESERVED_ID}.md is the "
                                     f"list of all {kind}", "Use another id, e.g. 'index-1'."))
            for number, old in enumerate(record.former_ids):
                field = f"former_ids[{number}]"
                where, line = model.where((kind, record.id), "former_ids", number)
                if old in model.records[kind]:
                    found.append(Problem(where, line, record.id, field,
                                         f"'{old}' is the id of another {kind} record",
                                         "An address can lead to one page only: drop the former id."))
                elif old in claimed:
                    found.append(Problem(where, line, record.id, field,
                                         f"'{old}' is also a former id of '{claimed[old]}'",
                                         "Keep it on the record the old address should lead to."))
                claimed.setdefault(old, record.id)
    return found
