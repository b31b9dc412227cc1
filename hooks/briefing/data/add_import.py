"""Adding one import to a briefing's `data/briefing.yml` in place: one line goes under
`imports:` (or an `imports:` block is added at the end), and nothing else changes."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from briefing.data.accept import replace_file


class AddImportError(ValueError):
    """The import cannot be added by inserting a line; the message says why."""


def add_import(briefing_file: Path, alias: str, address: str) -> None:
    text = briefing_file.read_text(encoding="utf-8")
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        raise AddImportError(f"{briefing_file}: not a mapping of the briefing's fields")
    entry = f"{alias}: {json.dumps(address, ensure_ascii=False)}\n"
    found = next(((key, value) for key, value in root.value if key.value == "imports"), None)
    lines = text.splitlines(keepends=True)
    if found is None:
        new_text = text + ("" if text.endswith("\n") or not text else "\n") + "imports:\n  " + entry
    else:
        key, value = found
        if isinstance(value, yaml.ScalarNode) and value.value in ("", "~", "null"):
            lines[key.start_mark.line] = "imports:\n  " + entry
            new_text = "".join(lines)
        elif isinstance(value, yaml.MappingNode) and not value.flow_style and value.value:
            if any(name.value == alias for name, _ in value.value):
                raise AddImportError(f"{briefing_file}:{key.start_mark.line + 1}: "
                                     f"imports already has {alias}")
            last = value.value[-1][1]
            indent = " " * value.value[0][0].start_mark.column
            at = last.end_mark.line + (1 if last.end_mark.column else 0)
            lines.insert(at, indent + entry)
            new_text = "".join(lines)
        else:
            raise AddImportError(f"{briefing_file}:{key.start_mark.line + 1}: `imports:` is "
                                 f"written on one line; add `{entry.strip()}` by hand")
    if yaml.safe_load(new_text).get("imports", {}).get(alias) != address:
        raise AddImportError(f"{briefing_file}: adding the line would not add the import; "
                             "add it by hand")
    replace_file(briefing_file, new_text)
