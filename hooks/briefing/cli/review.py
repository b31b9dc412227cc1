"""`briefing review`: what a drafted briefing needs from a person, most important first, and
accepting it: a record, a kind, or everything shown loses its `draft:` and `uncertain:` lines.

In a terminal it asks record by record; `--list` (text) and `--json` print the list, and
`--accept REF...` accepts without asking (REF: kind/id, an id, a kind, a category, or all).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from briefing.core.kinds import KINDS
from briefing.core.problems import terminal_safe
from briefing.core.settings import Settings
from briefing.core.suggest import did_you_mean
from briefing.data.accept import AcceptError, clear_marks
from briefing.model.build import build_model
from briefing.model.review import CATEGORIES, Item, items

SHOWN_AROUND = 240  # characters of the paragraph shown on each side of the sentence


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = commands.add_parser("review", help="list what the draft needs a person to check, "
                                 "most important first, and accept it (clears draft marks)")
    review.add_argument("--list", action="store_true", help="print the list and ask nothing")
    review.add_argument("--json", action="store_true", help="print the list as JSON")
    review.add_argument("--accept", nargs="+", metavar="REF", default=[],
                        help="accept without asking: kind/id, an id, a kind (people), a "
                        "category (rewrite), or all")


def run(args: argparse.Namespace, settings: Settings) -> int:
    found = items(build_model(settings.root, settings.data_dir, settings.seeds_dir))
    if args.accept:
        return _accept_refs(settings.root, found, args.accept)
    if args.json:
        print(json.dumps([item.as_json() for item in found], ensure_ascii=False, indent=1))
        return 0
    if args.list or not sys.stdin.isatty():
        print(listing(found, highlight=_plain))
        return 0
    return _ask(settings.root, found)


def listing(found: list[Item], highlight: Callable[[str], str]) -> str:
    if not found:
        return "Nothing to review: no record is a draft."
    lines = [f"{len(_refs(found))} records to review ({len(found)} items), most important first."]
    for category, title in CATEGORIES.items():
        chosen = [item for item in found if item.category == category]
        if chosen:
            lines += ["", f"== {title} ({len(chosen)}) [accept all: --accept {category}]"]
            lines += [shown(item, highlight) for item in chosen]
    return terminal_safe("\n".join(lines))


def shown(item: Item, highlight: Callable[[str], str]) -> str:
    head = f"- {item.ref} ({item.name}), {item.field}: {item.reason}\n  {item.file}:{item.line}"
    if item.paragraph is None:
        return head
    before = item.text[max(0, item.start - SHOWN_AROUND):item.start]
    after = item.text[item.end:item.end + SHOWN_AROUND]
    lead = "…" if item.start > SHOWN_AROUND else ""
    tail = "…" if len(item.text) - item.end > SHOWN_AROUND else ""
    sentence = highlight(item.text[item.start:item.end])
    return f"{head}\n  ¶{item.paragraph}: {lead}{before}{sentence}{after}{tail}"


def _plain(sentence: str) -> str:
    return f">>{sentence}<<"


def _terminal(sentence: str) -> str:
    return f"\x1b[1;7m{sentence}\x1b[0m"


def _refs(found: Iterable[Item]) -> list[str]:
    return list(dict.fromkeys(item.ref for item in found))


def select(found: list[Item], refs: list[str]) -> tuple[list[str], list[str]]:
    """(record refs chosen, refs that matched nothing) among the items shown."""
    chosen: list[str] = []
    unknown = []
    for ref in refs:
        matched = [item.ref for item in found if ref in ("all", item.ref, item.id, item.kind,
                                                          item.category)]
        chosen += matched
        if not matched:
            unknown.append(ref)
    return list(dict.fromkeys(chosen)), unknown


def accept(root: Path, found: list[Item], refs: list[str]) -> list[str]:
    """Clear the marks of these records in their files; the refs accepted."""
    by_file: dict[str, set[str]] = {}
    for item in found:
        if item.ref in refs:
            by_file.setdefault(item.file, set()).add(item.id)
    done = []
    for file, ids in sorted(by_file.items()):
        kind = Path(file).stem
        done += [f"{kind}/{record_id}" for record_id in clear_marks(root / file, ids)]
    return done


def _accept_refs(root: Path, found: list[Item], refs: list[str]) -> int:
    chosen, unknown = select(found, refs)
    if unknown:
        known = ["all", *CATEGORIES, *KINDS, "briefing", *_refs(found)]
        for ref in unknown:
            hint = did_you_mean(ref, known)
            print(f"briefing review: nothing to review matches {ref!r}. {hint}".rstrip(),
                  file=sys.stderr)
        return 2
    try:
        done = accept(root, found, chosen)
    except AcceptError as error:
        print(f"briefing review: {error}", file=sys.stderr)
        return 1
    print(f"accepted {len(done)} records: {', '.join(done)}" if done else "nothing to accept")
    return 0


def _ask(root: Path, found: list[Item]) -> int:
    print(listing([], _terminal) if not found else
          f"{len(_refs(found))} records to review, most important first.")
    chosen: list[str] = []
    for ref in _refs(found):
        if ref in chosen:
            continue
        record_items = [item for item in found if item.ref == ref]
        print("\n" + "\n".join(shown(item, _terminal) for item in record_items))
        answer = _answer(f"accept {ref}? [y]es, [n]o, all of this [k]ind, [a]ll shown, [q]uit: ")
        if answer == "q":
            break
        if answer == "a":
            chosen = _refs(found)
            break
        if answer == "k":
            chosen += [other for other in _refs(found) if other.split("/")[0] == ref.split("/")[0]]
        elif answer == "y":
            chosen.append(ref)
    return _accept_refs(root, found, chosen) if chosen else 0


def _answer(prompt: str) -> str:
    while True:
        try:
            answer = input(prompt).strip().lower()[:1]
        except EOFError:
            return "q"
        if answer in ("y", "n", "k", "a", "q"):
            return answer
