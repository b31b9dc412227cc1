"""Command line: `python -m briefing validate | generate OUT | schema-doc`."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from briefing.api import build_model
from briefing.engine import build
from briefing.problems import DataError
from briefing.schema_doc import schema_markdown
from briefing.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd(),
                        help="folder holding data/ and seeds/ (default: here)")
    parser.add_argument("--data", default="data", help="data folder, relative to the root")
    parser.add_argument("--seeds", default="seeds", help="seeds folder, relative to the root")
    parser.add_argument("--templates", default=None, help="folder of template overrides")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="check the data; exit 1 listing every problem")
    write = commands.add_parser("generate", help="write the generated Markdown pages to a folder")
    write.add_argument("out", type=Path)
    commands.add_parser("schema-doc", help="print the data format reference as Markdown")
    args = parser.parse_args(argv)
    settings = Settings(args.root.resolve(), args.data, args.seeds, args.templates)
    try:
        return _run(args, settings)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:  # the output folder cannot be written: say so, no traceback
        print(f"error: {error}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "validate":
        model = build_model(settings.root, settings.data_dir, settings.seeds_dir)
        counts = ", ".join(f"{len(by_id)} {kind}" for kind, by_id in model.records.items())
        print(f"ok: {counts}")
    elif args.command == "generate":
        site = build(settings)
        for warning in site.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        write_pages(site.pages, args.out)
    else:
        sys.stdout.write(schema_markdown())
    return 0


def write_pages(pages: dict[str, str], out: Path) -> None:
    """Write pages to `out`, replacing it whole: the pages are written to a staging folder
    next to it, then two renames swap it in. A failure while writing leaves the old folder
    as it was and no staging folder; one between the renames says what it left where."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        _write_all(pages, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap(staging, out)


def _write_all(pages: dict[str, str], staging: Path) -> None:
    for path, markdown in pages.items():
        target = (staging / path).resolve()
        if not target.is_relative_to(staging):
            raise ValueError(f"page path {path!r} leaves the output folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        staging.rename(out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    out.rename(old / out.name)  # aside, inside a folder of its own: one rename, no overwrite
    try:
        staging.rename(out)
    except OSError as error:
        (old / out.name).rename(out)
        old.rmdir()
        shutil.rmtree(staging, ignore_errors=True)
        raise OSError(f"could not put the new pages at {out} ({error}); the old ones are "
                      "back in place") from None
    shutil.rmtree(old)
