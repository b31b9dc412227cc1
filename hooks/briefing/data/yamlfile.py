"""Read one YAML file safely, keeping the line of every value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from briefing.core.problems import Problem
from briefing.data.yamlplain import NotPlain, first_character_resolver, plain_data

Path_ = tuple[str | int, ...]

# Aliases (*name) make a value appear again without being written again: ten lines of them
# can stand for a billion values (a "billion laughs"), which every walk over the data would
# expand. A file may use them, but may not add more than this many values through them.
MAX_ALIAS_VALUES = 100_000
MAX_DEPTH = 100  # levels of nesting; real data has a handful
# Values of one file, counted before they are built: a node costs PyYAML about 500 bytes, so
# 2 MB of `[a,a,a,...]` would take half a gigabyte. The largest file of the 10,000-page
# benchmark (1 MB) has 65,000.
MAX_NODES = 500_000
# Every value after the first starts after one of these: a file with fewer of them than
# MAX_NODES needs no count (every real file); others are counted event by event, in constant
# memory, and stop at the limit.
_SEPARATORS = (",", "\n", "\r", "[", "{", ":", "-", "?")


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as text, so that the schema judges dates."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

class _FastLoader(getattr(yaml, "CSafeLoader", _Loader)):  # type: ignore[misc]
    """The same loader in C (libyaml) where PyYAML has it: large data files parse ~10x faster."""


_FastLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
if not _FastLoader.yaml_path_resolvers:  # as SafeLoader has it: the resolver here has none
    _FastLoader.resolve = first_character_resolver(_FastLoader.yaml_implicit_resolvers)

# Parser message -> (what is wrong, in plain words; how to fix it). The parser's own words are
# kept underneath, for whoever knows YAML.
_HINTS = {
    "found character '\\t'": ("a tab is used for indentation",
                               "YAML does not allow tabs for indentation: indent with spaces."),
    "could not determine a constructor": (
        "a tag asks to build an object instead of a plain value",
        "Tags such as !!python/... are not allowed in data: write plain values."),
    "found undefined alias": ("an alias (*name) refers to an anchor (&name) that is not defined",
                              "Anchors and aliases (&x, *x) must be defined before use."),
    "while scanning a quoted scalar": ("a quotation mark is opened and never closed",
                                       "Close the quoted value with the same quotation mark."),
    "while parsing a flow sequence": ("a list opened with '[' is never closed with ']'",
                                      "Close the list with ']' on the same value."),
    "while parsing a flow mapping": ("a mapping opened with '{' is never closed with '}'",
                                     "Close it with '}', or write one `field: value` per line."),
    "expected <block end>": ("this line is indented differently from the lines around it",
                             "Indent every field of a record the same (two spaces after '- '); "
                             "start a new record with '- ' at the list's indentation."),
    "cannot start any token": ("a value starts with a character YAML reserves (@, ` or %)",
                               "Put the value in quotes."),
}
_COLON = ("a value contains ': ', which YAML reads as the start of another field",
          "Put the whole value in quotes, e.g. text: \"He said: no\".")
_INDENT = ("this line is indented more than the field above it, as if it belonged inside it",
           "Indent it like the other fields of its record.")


@dataclass
class YamlDocument:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    _by_record: dict[str | int, dict[Path_, int]] = field(default_factory=dict, repr=False)

    def line(self, path: Path_) -> int:
        """Line of the deepest known value on `path` (1-based)."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1

    def lines_under(self, prefix: Path_) -> dict[Path_, int]:
        """Lines of the values under `prefix`, with paths relative to it."""
        if len(prefix) != 1:
            return {path[len(prefix):]: line for path, line in self.lines.items()
                    if path[:len(prefix)] == prefix}
        if not self._by_record:
            # Grouped once: filtering every line for every record grows with records x lines.
            for path, line in self.lines.items():
                if path:
                    self._by_record.setdefault(path[0], {})[path[1:]] = line
        return self._by_record.get(prefix[0], {})


def parse_yaml(raw: bytes, shown: str) -> tuple[YamlDocument | None, list[Problem]]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [Problem(shown, line, "", "", f"not UTF-8 text (byte {error.start})",
                              "Save the file as UTF-8.")]
    if not text.strip():
        return None, [Problem(shown, 1, "", "", "the file is empty",
                              "Add records, or delete the file.")]
    try:
        node, data = _parse_either(text)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(shown, error)]
    except yaml.YAMLError as error:
        return None, [Problem(shown, 1, "", "", f"invalid YAML: {error}")]
    except RecursionError:
        return None, [_too_deep(shown)]
    except _Refused as refused:
        return None, [Problem(shown, 1, "", "", *refused.args)]
    doc = YamlDocument(data)
    problems: list[Problem] = []
    if node is not None:
        _record_lines(node, (), doc.lines, problems, shown)
    return doc, problems


def _parse_either(text: str) -> tuple[yaml.Node | None, Any]:
    _check_count(text)
    try:
        return _parse(text, _FastLoader)
    except yaml.YAMLError:
        # libyaml words its errors differently: report the Python loader's words, which the
        # hints were written for.
        return _parse(text, _Loader)


class _Refused(Exception):
    """(message, hint) of a file that is valid YAML but too costly to read."""


def _too_deep(shown: str) -> Problem:
    return Problem(shown, 1, "", "", *_TOO_DEEP)


_TOO_DEEP = (f"values are nested more than {MAX_DEPTH} levels deep",
             "Flatten the data: records are lists of `field: value` mappings.")


def _parse(text: str, loader_class: type[Any]) -> tuple[yaml.Node | None, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        aliased = "*" in text
        if node is not None:
            _check_size(node, aliased)  # before anything builds the expanded values
        if node is not None and not aliased and loader_class is _FastLoader:
            try:
                return node, plain_data(node, loader)
            except (NotPlain, ValueError, TypeError, KeyError):
                pass  # PyYAML's constructor builds it, or says what is wrong, as before
        return node, loader.construct_document(node)
    finally:
        loader.dispose()


def _check_count(text: str) -> None:
    if sum(text.count(separator) for separator in _SEPARATORS) <= MAX_NODES:
        return
    count = 0
    try:
        for event in yaml.parse(text, Loader=_FastLoader):
            count += isinstance(event, yaml.NodeEvent)
            if count > MAX_NODES:
                raise _Refused(f"this file holds more than {MAX_NODES:,} values",
                               "Check that this is the data file you meant: the largest real "
                               "ones hold a tenth of that.")
    except yaml.YAMLError:
        return  # the parse that follows reports it, with its line


def _check_size(root: yaml.Node, aliased: bool = True) -> None:
    """Refuse a document whose aliases expand too far, that contains itself, or that nests
    too deeply. Each distinct node is visited once: this costs what the file costs. A file
    with no `*` has no alias (every one starts with it), so only its depth is measured."""
    if not aliased:
        _check_depth(root)
        return
    sizes: dict[int, int] = {}
    unique = 0

    def size(node: yaml.Node, depth: int) -> int:
        nonlocal unique
        if id(node) in sizes:
            if sizes[id(node)] < 0:
                raise _Refused("an alias refers to a value that contains it, so the value "
                               "would never end", "Remove the alias (*name) inside its anchor.")
            return sizes[id(node)]
        if depth > MAX_DEPTH:
            raise _Refused(*_TOO_DEEP)
        sizes[id(node)] = -1
        unique += 1
        children: list[yaml.Node] = []
        if isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        total = 1 + sum(size(child, depth + 1) for child in children)
        sizes[id(node)] = total
        return total

    expanded = size(root, 0)
    if expanded - unique > MAX_ALIAS_VALUES:
        raise _Refused(f"anchors and aliases (&name, *name) expand this file to {expanded:,} "
                       f"values; at most {MAX_ALIAS_VALUES:,} may come from aliases",
                       "Write the values out, or use fewer aliases: this looks like a "
                       "'billion laughs' file.")


def _check_depth(root: yaml.Node) -> None:
    """Refuse a tree of nodes (no node reached twice) that nests more than MAX_DEPTH levels,
    a level at a time: no recursion and no per-node bookkeeping."""
    level = [root]
    for _ in range(MAX_DEPTH + 1):
        level = [child for node in level if not isinstance(node, yaml.ScalarNode)
                 for child in (node.value if isinstance(node, yaml.SequenceNode)
                               else [part for pair in node.value for part in pair])]
        if not level:
            return
    raise _Refused(*_TOO_DEEP)


# Something opened and never closed: the line that opened it is the one to fix.
_OPENED = ("while scanning a quoted scalar", "while parsing a flow")


def _syntax_problem(shown: str, error: yaml.MarkedYAMLError) -> Problem:
    raw = " ".join(str(part) for part in (error.context, error.problem) if part)
    opened = error.context_mark if raw.startswith(_OPENED) else None
    mark = opened or error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    plain, fix = _explain(raw, mark)
    where = f" (line {line}, column {mark.column + 1})" if mark else ""
    return Problem(shown, line, "", "", f"invalid YAML: {plain}", f"{fix}\n    parser: {raw}{where}")


def _explain(raw: str, mark: Any) -> tuple[str, str]:
    """(what is wrong, how to fix it) for a parser message."""
    if "mapping values are not allowed" in raw:
        # An unquoted ': ' inside a value, or a line indented under a plain value.
        return _COLON if ": " in _line_before(mark) else _INDENT
    plain, fix = next((hint for key, hint in _HINTS.items() if key in raw),
                      ("the file is not valid YAML here", "Fix the YAML syntax."))
    tag = re.search(r"for the tag '(?:tag:yaml\.org,2002:)?([^']+)'", raw)
    return (f"{plain} (!!{tag.group(1)})" if tag else plain), fix


def _line_before(mark: Any) -> str:
    """The text of the mark's line before the mark, after its indentation."""
    buffer = getattr(mark, "buffer", None)
    if not buffer:
        return ""
    start = buffer.rfind("\n", 0, mark.pointer) + 1
    return str(buffer[start: mark.pointer]).strip()


def _record_lines(node: yaml.Node, path: Path_, lines: dict[Path_, int],
                  problems: list[Problem], shown: str) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                problems.append(Problem(shown, key_node.start_mark.line + 1, "", key,
                                        "this key appears twice in one mapping",
                                        "Keep one of them: YAML would silently drop the first."))
            seen.add(key)
            inner = (*path, key)
            _record_lines(value_node, inner, lines, problems, shown)
            lines[inner] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, (*path, index), lines, problems, shown)
