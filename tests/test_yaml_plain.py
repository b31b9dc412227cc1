"""Data files read without PyYAML's Python constructor and resolver (data/yamlplain.py): the
same values, of the same types, as PyYAML's SafeLoader builds (timestamps left as text, as the
engine reads them), and every file the plain walk does not build left to PyYAML's constructor."""

from __future__ import annotations

import math
import re
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from briefing.data import yamlfile
from briefing.data.yamlfile import parse_yaml
from briefing.data.yamlplain import NotPlain, first_character_resolver, plain_data


class Reference(yaml.SafeLoader):
    """PyYAML's own loader in Python, with the engine's one change: no timestamps."""


Reference.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def same(left: Any, right: Any) -> bool:
    """Equal and of the same types all the way down (1, 1.0 and True are equal in Python)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return (list(map(type, left)) == list(map(type, right)) and list(left) == list(right)
                and all(same(left[key], right[key]) for key in left))
    if isinstance(left, list):
        return len(left) == len(right) and all(map(same, left, right))
    if isinstance(left, float) and math.isnan(left):
        return math.isnan(right)
    return bool(left == right)


PLAIN = [
    "- id: kerry\n  name: John Kerry\n  paragraphs: [1, 2]\n",
    "a: 0x1F\nb: 0o17\nc: 017\nd: 1_000\ne: -3\nf: +4\ng: 1:30\nh: 0b101\n",
    "a: 1.5\nb: .inf\nc: -.Inf\nd: .NaN\ne: 6.02e+23\nf: 1_0.5\ng: 1:30.5\n",
    "a: yes\nb: No\nc: on\nd: OFF\ne: true\nf: False\ng: y\nh: n\n",
    "a: ~\nb: null\nc:\nd: ''\ne: 'null'\nf: \"12\"\ng: '3.5'\n",
    "date: 2023-07-18\nwhen: 2023-07-18 10:00:00\n",
    "a: 1\na: 2\nb: {a: 1, a: [x, {y: z}]}\n",
    "1: one\ntrue: yes\n~: nothing\n1.5: half\n0x10: sixteen\n",
    "text: |\n  two\n  lines\nfolded: >\n  one\n  line\nkeep: |+\n  end\n\n",
    "[1, [2, [3, {a: [4]}]], {}, [], '', \"\\t\"]",
    "just text",
    "- - - deep\n    - list\n",
]
NOT_PLAIN = [
    "base: &b {x: 1}\nother: *b\n",  # an alias: the caller's constructor keeps one object
    "<<: {x: 1}\ny: 2\n",  # a merge key
    "a: !!set {x, y}\n",
    "a: !!binary aGVsbG8=\n",
    "a: !!str [1, 2]\n",  # a tag on a node of the wrong kind: PyYAML's error
    "? [1, 2]\n: list as a key\n",
    "a: !!omap [x: 1]\n",
    "a: !!int 'twelve'\n",
    "=: value key\n",
]


@pytest.mark.parametrize("text", PLAIN + NOT_PLAIN)
def test_a_file_reads_as_pyyaml_s_safe_loader_reads_it(text: str) -> None:
    try:
        expected: Any = yaml.load(text, Loader=Reference)
    except yaml.YAMLError as error:
        doc, problems = parse_yaml(text.encode(), "data/x.yml")
        assert doc is None and problems, error
        return
    except ValueError as error:  # PyYAML's int() of '!!int twelve': raised as it always was
        with pytest.raises(ValueError, match=re.escape(str(error))):
            parse_yaml(text.encode(), "data/x.yml")
        return
    doc, _ = parse_yaml(text.encode(), "data/x.yml")
    assert doc is not None and same(doc.data, expected)


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_file_is_built_without_pyyaml_s_constructor(text: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_: Any) -> Any:
        raise AssertionError("PyYAML's constructor was asked")

    monkeypatch.setattr(yamlfile._FastLoader, "construct_document", refused)
    doc, _ = parse_yaml(text.encode(), "data/x.yml")
    assert doc is not None and same(doc.data, yaml.load(text, Loader=Reference))


@pytest.mark.parametrize("text", NOT_PLAIN)
def test_the_plain_walk_refuses_what_it_does_not_build(text: str) -> None:
    loader = yamlfile._FastLoader(text)
    try:
        node = loader.get_single_node()
        if "*" in text:  # an alias is caught by the caller, before the walk: the walk sees a
            return       # tree whose shared node it would build twice
        with pytest.raises((NotPlain, ValueError)):
            plain_data(node, loader)
    finally:
        loader.dispose()


PLAIN_VALUES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "~", "null", "Null", "NULL", "yes", "Off", "0x1f", "0o17", "0b11",
                     "1:20", "1:20.5", "-.inf", ".nan", "1e3", "1.", "<<", "=", "+12", "-0",
                     "2023-07-18", "0.1_2", "._", "True", "tRUE", "0xG", "1__0"]))


@given(PLAIN_VALUES, st.booleans(), st.booleans())
def test_the_resolver_gives_pyyaml_s_tag(value: str, plain: bool, quoted: bool) -> None:
    resolve = first_character_resolver(Reference.yaml_implicit_resolvers)
    loader: Any = Reference("")
    for kind in (yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode):
        expected = loader.resolve(kind, value if kind is yaml.ScalarNode else None, (plain, quoted))
        assert resolve(loader, kind, value, (plain, quoted)) == expected
