"""Command line: `python -m briefing validate | generate OUT | schema-doc`."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from briefing.engine import build
from briefing.problems import DataError
from briefing.schema_doc import schema_markdown
from briefing.settings import MKDOCS_YML, Settings, read_mkdocs_yml


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
    commands.add_parser("validate", help="run every check the build runs; exit 1 listing every "
                        "problem and warning")
    write = commands.add_parser("generate", help="write the generated Markdown pages to a folder")
    write.add_argument("out", type=Path)
    commands.add_parser("schema-doc", help="print the data format reference as Markdown")
    args = parser.parse_args(argv)
    try:
        settings, docs_dir = _settings(args)
        return _run(args, settings, docs_dir)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1


def _settings(args: argparse.Namespace) -> tuple[Settings, Path | None]:
    """The settings a `mkdocs build` in the root would use (mkdocs.yml's `extra.briefing` and
    `docs_dir`, when there is a mkdocs.yml), with the command line's folders on top."""
    root = args.root.resolve()
    config_file = root / MKDOCS_YML
    config = read_mkdocs_yml(config_file) if config_file.is_file() else {}
    settings = Settings.from_extra(root, config.get("extra"), str(config.get("site_url") or ""),
                                   config_file)
    given = {"data_dir": args.data, "seeds_dir": args.seeds, "templates_dir": args.templates}
    settings = replace(settings, **{name: value for name, value in given.items() if value})
    docs_dir = root / str(config.get("docs_dir") or "docs")
    return settings, docs_dir if config_file.is_file() and docs_dir.is_dir() else None


def _run(args: argparse.Namespace, settings: Settings, docs_dir: Path | None) -> int:
    if args.command == "validate":
        return validate(settings, docs_dir)
    if args.command == "generate":
        site = build(settings)
        for warning in site.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        write_pages(site.pages, args.out)
    else:
        sys.stdout.write(schema_markdown())
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
    model = site.links.model
    counts = ", ".join(f"{len(by_id)} {kind}" for kind, by_id in model.records.items())
    print(f"ok: {counts}")
    return 0


def write_pages(pages: dict[str, str], out: Path) -> None:
    """Write pages to `out`, replacing it whole: a failure leaves the old folder as it was."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".briefing-", dir=out.parent))
    for path, markdown in pages.items():
        target = (staging / path).resolve()
        if not target.is_relative_to(staging):
            raise ValueError(f"page path {path!r} leaves the output folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")
    if out.exists():
        shutil.rmtree(out)
    staging.rename(out)
