"""The size checks of a data file before its values are built: a file with no `*` (so no alias)
has only its depth measured; the limits must be the same as the full check's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.data.yamlfile import MAX_DEPTH, parse_yaml

TOO_DEEP = "values are nested more than 100 levels deep"


def problems(text: str) -> list[str]:
    return [problem.message for problem in parse_yaml(text.encode(), "data/x.yml")[1]]


def nested_lists(levels: int) -> str:
    return "[" * levels + "1" + "]" * levels


def nested_mappings(levels: int) -> str:
    return "".join("  " * depth + f"k{depth}:\n" for depth in range(levels)) + "  " * levels + "end\n"


@pytest.mark.parametrize("nested", [nested_lists, nested_mappings])
@pytest.mark.parametrize("aliased", ["", "# a * in a comment: the full check\n"])
def test_the_deepest_accepted_file_and_one_level_more(nested: Callable[[int], str],
                                                      aliased: str) -> None:
    # MAX_DEPTH levels of lists hold a value at depth MAX_DEPTH: accepted; one more is refused.
    assert problems(aliased + nested(MAX_DEPTH)) == []
    assert problems(aliased + nested(MAX_DEPTH + 1)) == [TOO_DEEP]


def test_a_mapping_s_keys_count_as_deep_as_its_values() -> None:
    deep_key = "{" * MAX_DEPTH + "[1]: 2" + "}" * MAX_DEPTH
    assert problems(deep_key) == [TOO_DEEP]
    assert problems("# *\n" + deep_key) == [TOO_DEEP]
