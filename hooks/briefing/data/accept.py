"""Accepting a reviewed record: its `draft:` and `uncertain:` lines leave its YAML file, and
nothing else changes: comments, order, quoting and indentation stay as the person wrote them.

The file is read with the safe composer (positions only, no object built) and only the lines
of those two fields are cut out; the result is checked to hold the same records less those
fields before it replaces the file. A record written in a way that line cutting cannot handle
(a flow mapping, or `draft:` first on the line of its `-`) is reported, not rewritten.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

MARKS = ("draft", "uncertain")


class AcceptError(ValueError):
    """A record whose marks cannot be cut out by line; the message names file and line."""


def clear_marks(path: Path, ids: set[str]) -> list[str]:
    """Cut `draft` and `uncertain` from the records of `path` whose id is in `ids` (a file
    holding one mapping, such as briefing.yml, is one record). Returns the ids changed."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    cut: set[int] = set()
    changed = []
    for record in _records(yaml.compose(text, Loader=yaml.SafeLoader)):
        record_id = _value(record, "id")
        if record_id not in ids:
            continue
        spans = [_span(record, key, value, path) for key, value in record.value
                 if key.value in MARKS]
        if spans:
            changed.append(str(record_id))
            cut.update(line for start, end in spans for line in range(start, end))
    if not cut:
        return []
    new_text = "".join(line for number, line in enumerate(lines) if number not in cut)
    _check(text, new_text, ids, path)
    replace_file(path, new_text)
    return changed


def _records(node: Any) -> list[yaml.MappingNode]:
    if isinstance(node, yaml.MappingNode):
        return [node]
    if isinstance(node, yaml.SequenceNode):
        return [item for item in node.value if isinstance(item, yaml.MappingNode)]
    return []


def _value(mapping: yaml.MappingNode, name: str) -> Any:
    return next((value.value for key, value in mapping.value
                 if key.value == name and isinstance(value, yaml.ScalarNode)), None)


def _span(record: yaml.MappingNode, key: yaml.Node, value: yaml.Node, path: Path) -> tuple[int, int]:
    """Lines [start, end) that hold exactly this key and its value."""
    start, end = key.start_mark.line, _last_line(value) + 1
    shares_a_line = any(other is not key and other.start_mark.line < end
                        and start <= _last_line(other_value)
                        for other, other_value in record.value)
    first_of_item = start == record.start_mark.line and record.start_mark.column > 0 and \
        record.value[0][0] is key
    if record.flow_style or shares_a_line or first_of_item:
        raise AcceptError(f"{path.name}:{start + 1}: record '{_value(record, 'id')}': "
                          f"its `{key.value}:` shares a line with other values; delete it by hand")
    return start, end


def _last_line(node: yaml.Node) -> int:
    """The last line a value is written on (a block collection ends with its last child)."""
    if isinstance(node, yaml.MappingNode) and node.value and not node.flow_style:
        return _last_line(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        return _last_line(node.value[-1])
    mark = node.end_mark
    return mark.line - 1 if mark.column == 0 and mark.line > node.start_mark.line else mark.line


def _check(old: str, new: str, ids: set[str], path: Path) -> None:
    """The new file must hold the same data but for the cut marks."""
    before, after = yaml.safe_load(old), yaml.safe_load(new)
    expected = [{k: v for k, v in record.items() if not (record.get("id") in ids and k in MARKS)}
                if isinstance(record, dict) else record
                for record in (before if isinstance(before, list) else [before])]
    if expected != (after if isinstance(after, list) else [after]):
        raise AcceptError(f"{path.name}: cutting the draft marks would change other values; "
                          "the file is left as it was: delete them by hand")


def replace_file(path: Path, text: str) -> None:
    """Replace a file whole: written beside it, then renamed over it."""
    handle, staging = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(staging, path.stat().st_mode & 0o777)
        os.replace(staging, path)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise
