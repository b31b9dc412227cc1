"""The parts of reading YAML that PyYAML does in Python, for what data files hold: a plain
value's type found by its first character, and the values built from a tree of nodes.

libyaml parses in C, but asks PyYAML's Python resolver the type of every value and builds the
values with PyYAML's Python constructor, which keeps state for aliases and recursion on every
node: at 1,000 pages those are most of the time spent reading YAML. A file without aliases
and with only strings, numbers, booleans, nulls, lists and mappings is built here, in one walk,
to the same values; any other file (aliases, tags, merge keys, keys that are not text) is
built by PyYAML's constructor, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_SCALARS = ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float")

Resolvers = dict[Any, list[tuple[str, re.Pattern[str]]]]


class NotPlain(Exception):
    """A node `plain_data` leaves to PyYAML's constructor."""


def first_character_resolver(implicit: Resolvers) -> Callable[..., str]:
    """PyYAML's `BaseResolver.resolve` for a loader with these implicit resolvers and no path
    resolvers: the tag of a plain scalar is the first of the resolvers of its first character
    (and the wildcard ones) whose pattern matches, else text; a quoted one is text."""
    wildcard = tuple(implicit.get(None, ()))
    by_first = {first: (*resolvers, *wildcard) for first, resolvers in implicit.items()
                if first is not None}
    scalar, sequence = yaml.ScalarNode, yaml.SequenceNode

    def resolve(self: Any, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is scalar:
            if implicit[0]:
                for tag, pattern in by_first.get(value[:1], wildcard):
                    if pattern.match(value):
                        return tag
            return _STR
        return _SEQ if kind is sequence else _MAP

    return resolve


def plain_data(node: yaml.Node, constructor: Any) -> Any:
    """The values of a tree of nodes with no alias, as `constructor` (a SafeLoader) builds them;
    `NotPlain` at the first node of a tag other than text, list, mapping, null, boolean or
    number, or a key that is not one of those scalars."""
    kind, tag = node.__class__, node.tag
    if kind is yaml.ScalarNode:
        if tag == _STR:
            return node.value
        if tag not in _SCALARS:
            raise NotPlain(tag)
        return constructor.yaml_constructors[tag](constructor, node)
    if kind is yaml.SequenceNode and tag == _SEQ:
        return [plain_data(child, constructor) for child in node.value]
    if kind is not yaml.MappingNode or tag != _MAP:
        raise NotPlain(tag)
    mapping = {}
    for key_node, value_node in node.value:
        if key_node.__class__ is not yaml.ScalarNode:
            raise NotPlain(key_node.tag)  # a list or mapping as a key: PyYAML's error
        mapping[plain_data(key_node, constructor)] = plain_data(value_node, constructor)
    return mapping
