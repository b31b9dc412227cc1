"""Command line: `python -m briefing validate | review | import | generate | schema-doc | new | hub`."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from briefing.checks.drafts import drafted
from briefing.cli import link, review
from briefing.cli.output import OutputRefused, check_output, write_pages
from briefing.cli.schema_doc import schema_markdown
from briefing.core.problems import DataError
from briefing.core.settings import MKDOCS_YML, Settings, read_mkdocs_yml
from briefing.data.load import load
from briefing.engine import build
from briefing.hub import hub_file
from briefing.hub.config import read_hub
from briefing.new.draft.source import ArticleError, read_article
from briefing.web.imports import credentials_refused, has_credentials, is_url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd(),
                        help="folder holding data/ and seeds/ (default: here)")
    parser.add_argument("--data", default=None,
                        help="data folder, relative to the root (default: mkdocs.yml's, or data)")
    parser.add_argument("--seeds", default=None,
                        help="seeds folder, relative to the root (default: mkdocs.yml's, or seeds)")
    parser.add_argument("--templates", default=None, help="folder of template overrides")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="run every check the build runs; exit 1 "
                                "listing every problem and warning (drafts included)")
    write = commands.add_parser("generate", help="write the generated Markdown pages to a folder")
    write.add_argument("out", type=Path)
    for command in (check, write):
        command.add_argument("--allow-drafts", action="store_true",
                             help="accept records still marked draft (default: mkdocs.yml's "
                             "extra.briefing.allow_drafts, or refuse them)")
    commands.add_parser("schema-doc", help="print the data format reference as Markdown")
    review.add_parser(commands)
    link.add_parser(commands, _import)
    commands.add_parser("refetch", help="ask every imported briefing (conditionally) whether its "
                        "index changed, and refresh the cache; a briefing that cannot be reached "
                        "keeps its cached copy")
    _add_new(commands)
    _add_hub(commands)
    args = parser.parse_args(argv)
    try:
        if args.command == "new":
            return _new(args)
        if args.command == "hub":
            return _hub(args)
        settings, docs_dir = _settings(args)
        if args.command == "refetch":
            return _refetch(settings)
        return _run(args, settings, docs_dir)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:  # the output folder cannot be written: say so, no traceback
        print(f"error: {error}", file=sys.stderr)
        return 1


def _add_new(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = commands.add_parser("new", help="make DIR a ready-to-build briefing drafted from an article")
    new.add_argument("dir", type=Path, help="the new briefing's folder (must not exist, or be empty)")
    new.add_argument("--article", type=Path, required=True, help="the article, as UTF-8 text")
    new.add_argument("--title", required=True, type=_text, help="the article's title")
    new.add_argument("--published", required=True, type=_date, help="publication date, YYYY-MM-DD")
    new.add_argument("--url", type=_url, help="where the article was published")
    new.add_argument("--publisher", type=_text, help="who published it")
    new.add_argument("--import", dest="imports", action="append", default=[], type=_import,
                     metavar="NAME=ADDRESS", help="another briefing to link to (repeatable)")
    new.add_argument("--no-quotes", action="store_true", dest="allow_no_quotes",
                     help="draft an article that quotes nobody (refused without this)")
    new.add_argument("--engine", type=_text, help="pip requirement the new briefing installs "
                     "the engine with (default: where this engine came from: its git address "
                     "and commit)")


def _add_hub(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hub = commands.add_parser("hub", help="make DIR a hub: a site built from other briefings' "
                              "published indexes, with a dossier for everyone found in two or more")
    hub.add_argument("dir", type=Path, help="the hub's folder (must not exist, or be empty)")
    hub.add_argument("--import", dest="imports", action="append", default=[], type=_import,
                     metavar="ID=ADDRESS", required=True,
                     help="a briefing to gather: its id and the address of its site (repeatable)")
    hub.add_argument("--title", type=_text, default="Briefings", help="the hub's title")
    hub.add_argument("--id", type=_slug, default="hub", help="the hub's id")
    hub.add_argument("--engine", help="pip requirement the Pages workflow installs the engine with")


def _slug(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value):
        raise argparse.ArgumentTypeError(f"{value!r}: lower-case letters, digits and hyphens")
    return value


def _hub(args: argparse.Namespace) -> int:
    from briefing.new.hub import NewHub, create_hub
    from briefing.new.scaffold import ScaffoldError

    try:
        create_hub(args.dir.absolute(), NewHub(args.id, args.title, dict(args.imports), args.engine))
    except ScaffoldError as error:
        print(f"briefing hub: {error}", file=sys.stderr)
        return 1
    print(f"{args.dir}: a hub of {len(args.imports)} briefings (data/hub.yml)")
    print(f"next: cd {args.dir} && mkdocs serve")
    return 0


def _refetch(settings: Settings) -> int:
    from briefing.web.refetch import refetch_all

    results = refetch_all(_imports(settings), settings)
    for result in results:
        print(result.message, file=sys.stderr if result.outcome in ("kept", "failed") else sys.stdout)
    return 1 if any(result.outcome == "failed" for result in results) else 0


def _imports(settings: Settings) -> dict[str, str]:
    """The imports of the hub (`hub.yml`) or the briefing (`briefing.yml`) in the root."""
    if hub_file(settings.root, settings.data_dir).is_file():
        return dict(read_hub(settings.root, settings.data_dir)[0].imports)
    loaded, problems = load(settings.root, settings.data_dir, settings.seeds_dir)
    if loaded.briefing is None:
        raise DataError(problems)
    return dict(loaded.briefing.record.imports)


def _text(value: str) -> str:
    if not value.strip() or len(value) > 300 or "\n" in value:
        raise argparse.ArgumentTypeError("give one line of text, at most 300 characters")
    return value.strip()


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: write YYYY-MM-DD") from None


def _url(value: str) -> str:
    if not re.fullmatch(r"https?://[^\s<>\"']+", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not an http(s) address")
    return value


def _import(value: str) -> tuple[str, str]:
    name, _, address = value.partition("=")
    if has_credentials(address.strip()):
        raise argparse.ArgumentTypeError(credentials_refused(address.strip()))
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name) or not address.strip():
        raise argparse.ArgumentTypeError(f"{value!r}: write NAME=ADDRESS, NAME a briefing id "
                                         "such as kerry-beijing-2023")
    return name, address.strip()


def _new(args: argparse.Namespace) -> int:
    # Imported here: the drafting code is a tenth of `validate`'s start-up, and only `new` uses it.
    from briefing.new.scaffold import NewBriefing, ScaffoldError, create

    # A local --import is where the command runs, as a person typing it means it.
    imports = {alias: location if is_url(location) else str(Path(location).resolve())
               for alias, location in args.imports}
    options = NewBriefing(args.title, args.published, args.url, args.publisher,
                          imports, args.engine, args.allow_no_quotes)
    try:
        result = create(args.dir.absolute(), read_article(args.article), options)
    except (ArticleError, ScaffoldError) as error:
        print(f"briefing new: {error}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(records)} {kind}" for kind, records in result.draft.data.items()
                       if kind != "briefing")
    print(f"{args.dir}: {len(result.draft.paragraphs)} paragraphs; drafted {counts or 'no records'}")
    if not result.draft.data.get("quotes") and not result.draft.unattributed:
        print("note: no quoted words found in the article; data/quotes.yml was not written")
    if result.draft.cut:
        print(f"note: paragraph {result.draft.cut} stops mid-sentence (the article looks cut off); "
              "nothing was drafted from its unfinished sentence")
    if result.draft.unattributed:
        print(f"note: {result.draft.unattributed} quoted span(s) left out: no speaker found")
    if args.imports:
        print(f"linked: {result.proposed_links} records match one in "
              f"{', '.join(alias for alias, _ in args.imports)}: proposed as same_as, listed "
              "by `briefing review`")
    for cut in result.draft.shortened:
        print(f"note: {cut}")
    for record in result.left_out:
        print(f"note: left out {record}")
    print(f"engine: {result.engine}  (in {args.dir}/requirements.txt)")
    print(f"next: cd {args.dir} && make serve   (every record is marked draft: review them, "
          "then `make check` builds as publishing does)")
    return 0


def _settings(args: argparse.Namespace) -> tuple[Settings, Path | None]:
    """The settings a `mkdocs build` in the root would use (mkdocs.yml's `extra.briefing` and
    `docs_dir`, when there is a mkdocs.yml), with the command line's folders on top."""
    root = args.root.resolve()
    config_file = root / MKDOCS_YML
    config = read_mkdocs_yml(config_file) if config_file.is_file() else {}
    settings = Settings.from_extra(root, config.get("extra"), str(config.get("site_url") or ""),
                                   config_file, _theme_language(config))
    given = {"data_dir": args.data, "seeds_dir": args.seeds, "templates_dir": args.templates}
    settings = settings.but(**{name: value for name, value in given.items() if value})
    if getattr(args, "allow_drafts", False):
        settings = settings.but(allow_drafts=True)
    docs_dir = root / str(config.get("docs_dir") or "docs")
    return settings, docs_dir if config_file.is_file() and docs_dir.is_dir() else None


def _theme_language(config: dict[str, Any]) -> str:
    """`theme.language` of mkdocs.yml, as a build reads it ('' when not given)."""
    theme = config.get("theme")
    return str(theme.get("language") or "") if isinstance(theme, dict) else ""


def _run(args: argparse.Namespace, settings: Settings, docs_dir: Path | None) -> int:
    if args.command == "validate":
        return validate(settings, docs_dir)
    if args.command == "review":
        return review.run(args, settings)
    if args.command == "import":
        return link.run(args, settings)
    if args.command == "generate":
        return _generate(args.out, settings, docs_dir)
    sys.stdout.write(schema_markdown())
    return 0


def _generate(out: Path, settings: Settings, docs_dir: Path | None) -> int:
    keep = [settings.root / settings.data_dir, settings.root / settings.seeds_dir,
            docs_dir or settings.root / "docs"]
    try:
        out = check_output(out, settings.root, keep)
    except OutputRefused as error:
        print(f"briefing generate: {error}", file=sys.stderr)
        return 1
    site = build(settings)
    for note in site.notes:
        print(f"note: {note}", file=sys.stderr)
    for warning in site.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    write_pages(site.pages, out)
    return 0


def validate(settings: Settings, docs_dir: Path | None) -> int:
    """Every check of `mkdocs build --strict`, without writing a page: the same `build` runs."""
    site = build(settings, docs_dir)
    for note in site.notes:
        print(f"note: {note}", file=sys.stderr)
    if site.warnings:
        count = len(site.warnings)
        print(f"{count} warning{'s' if count != 1 else ''} (a strict build fails on them):\n"
              + "\n".join(map(str, site.warnings)), file=sys.stderr)
        return 1
    if site.briefing_links is None:  # a hub
        print(f"ok: a hub of {len(site.pages)} pages")
        return 0
    model = site.links.model
    counts = ", ".join(f"{len(by_id)} {kind}" for kind, by_id in model.records.items())
    print(f"ok: {counts}")
    drafts = drafted(model)
    if drafts:
        print(f"{len(drafts)} drafts, not yet checked (draft: true):")
        for key in drafts:
            file, line = model.where(key, "draft")
            print(f"  {file}: {key[1]} (line {line})")
    return 0
