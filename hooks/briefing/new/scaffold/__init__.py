"""`briefing new`: a complete, ready-to-build briefing folder from one article.

Everything is written into a staging folder beside the target and renamed into place at the
end, so a failure leaves nothing behind. The drafted data is loaded and linked by the engine
before the rename: a record the engine would refuse is left out (and said so), never shipped.
"""

from __future__ import annotations

import json
import shutil
import string
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from slugify import slugify

from briefing.core import swap
from briefing.core.problems import DataError
from briefing.model.build import build_model
from briefing.new.draft.paragraphs import seed_text
from briefing.new.draft.records import Draft, Meta, draft_records
from briefing.new.scaffold.engine import EngineError
from briefing.new.scaffold.engine import engine_requirement as engine_requirement
from briefing.new.scaffold.links import LinkError, propose_matches, read_imports, written_address
from briefing.new.scaffold.masthead import masthead

DATA_HEADER = ("# Drafted by `briefing new` from the article: check every record against it, fix\n"
               "# what is wrong, then delete its `draft: true` line. See docs: data format.\n")


class ScaffoldError(ValueError):
    """The folder cannot be made; the message says why."""


@dataclass(frozen=True)
class NewBriefing:
    title: str
    published: Any  # datetime.date
    url: str | None = None
    publisher: str | None = None
    imports: dict[str, str] = field(default_factory=dict)
    engine: str | None = None  # pip requirement for the engine; default: where this one came from
    # An article with no quoted words at all is most often the wrong file (a press release's
    # cover page, an index page): refused unless asked for. Quoted words whose speaker the
    # draft cannot name are no reason to refuse: the article is drafted, the count is reported.
    allow_no_quotes: bool = False


@dataclass(frozen=True)
class Result:
    draft: Draft
    left_out: list[str]
    engine: str  # the requirement written into requirements.txt
    proposed_links: int = 0  # records given a proposed match in an imported briefing


def create(target: Path, article: str, options: NewBriefing) -> Result:
    refuse_existing(target)
    if not options.engine:
        try:
            options = replace(options, engine=engine_requirement())
        except EngineError as error:
            raise ScaffoldError(str(error)) from None
    staging = swap.staging_beside(target)
    try:
        result = _fill(staging, article, options, target)
        staging.chmod(0o755)
        swap.swap_in(staging, target)  # an empty target folder (checked above) is replaced
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return result


def refuse_existing(target: Path) -> None:
    # A link is never followed (its target may be anywhere, or nowhere yet), and anything but a
    # folder (a FIFO would block the first read) is refused before it is opened.
    if target.is_symlink():
        to = f"to {target.resolve()}" if target.exists() else "to nothing"
        raise ScaffoldError(f"{target}: is a symbolic link {to}; give a new folder "
                            "(briefing new does not follow links)")
    if target.exists() and not target.is_dir():
        raise ScaffoldError(f"{target}: already exists and is not a folder (a file, FIFO or "
                            "device); give a new folder (briefing new never overwrites)")
    if target.is_dir() and any(target.iterdir()):
        raise ScaffoldError(f"{target}: already exists and is not empty; "
                            "give a new folder (briefing new never overwrites)")


def _fill(root: Path, article: str, options: NewBriefing, target: Path) -> Result:
    try:
        imported = read_imports(options.imports, root)
    except LinkError as error:
        raise ScaffoldError(str(error)) from None
    source_id = slugify(options.title)[:60].strip("-") or "article"
    draft = draft_records(article, Meta(options.title, options.published, source_id))
    if not draft.data.get("quotes") and not draft.unattributed and not options.allow_no_quotes:
        raise ScaffoldError("no quoted words found in the article: check it is the file you "
                            "meant, or pass --no-quotes to draft it from reported speech only")
    proposed = propose_matches(draft.data, imported)
    draft.data["briefing"]["imports"] = {alias: written_address(location, target) for
                                         alias, location in options.imports.items()} or None
    draft.data["briefing"] = {k: v for k, v in draft.data["briefing"].items() if v is not None}
    _write_site_files(root, options)
    _write_seed(root, source_id, draft, options)
    left_out = _write_checked_data(root, draft.data)
    return Result(draft, left_out, options.engine or "", proposed)


def _template(name: str) -> str:
    return (resources.files("briefing.new.scaffold") / "files" / name).read_text(encoding="utf-8")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _write_site_files(root: Path, options: NewBriefing) -> None:
    engine = options.engine or ""
    values = {"site_name": json.dumps(f"{options.title}: a briefing", ensure_ascii=False),
              "title": options.title.replace("\n", " ")}
    _write(root / "mkdocs.yml", string.Template(_template("mkdocs.yml.tmpl")).substitute(values))
    _write(root / ".github/workflows/pages.yml",
           string.Template(_template("pages.yml.tmpl")).substitute(values))
    _write(root / "README.md", string.Template(_template("README.md.tmpl")).substitute(values))
    _write(root / "hooks/briefing_hook.py", _template("briefing_hook.py.txt"))
    # The one place that names the engine: the Makefile, the workflow and the README install
    # from it, so they cannot disagree.
    _write(root / "requirements.txt", f"{engine}\n")
    _write(root / "Makefile", _template("Makefile.txt"))
    _write(root / ".gitignore", _template("gitignore"))
    # MkDocs needs the folder; hand-written pages go here. Git keeps no empty folder.
    _write(root / "docs" / ".gitkeep", "")


def _write_seed(root: Path, source_id: str, draft: Draft, options: NewBriefing) -> None:
    head = masthead(draft.headers, options.title, options.publisher, options.url,
                    draft.paragraphs[0] if draft.paragraphs else "")
    meta: dict[str, Any] = {"id": source_id, "title": head.title, "title_is_ours": head.title_is_ours,
                            "authors": list(head.authors) or None, "publisher": head.publisher,
                            "published": options.published.isoformat(), "language": "en",
                            "url": head.url}
    meta = {k: v for k, v in meta.items() if v is not None}
    _write(root / "seeds" / f"{source_id}.txt", seed_text(draft.paragraphs))
    _write(root / "seeds" / f"{source_id}.yml", _dump(meta))


def _dump(value: Any) -> str:
    return yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=100)


def _write_checked_data(root: Path, data: dict[str, Any]) -> list[str]:
    """Write data/, load it with the engine, and leave out any record it refuses."""
    left_out: list[str] = []
    for _ in range(5):
        for stem, content in data.items():
            _write(root / "data" / f"{stem}.yml", DATA_HEADER + _dump(content))
        try:
            build_model(root)
            return left_out
        except DataError as error:
            refused = {(Path(p.file).stem, p.record): p.message for p in error.problems}
            if not any(stem != "briefing" and record for stem, record in refused):
                raise ScaffoldError(f"the draft does not load: {error}") from None
            for (stem, record), why in sorted(refused.items()):
                if isinstance(data.get(stem), list):  # the briefing itself is never left out
                    data[stem] = [r for r in data[stem] if r.get("id") != record]
                    left_out.append(f"{stem}/{record}: the engine refused it ({why[:200]})")
    raise ScaffoldError("the draft does not load after leaving out refused records")



