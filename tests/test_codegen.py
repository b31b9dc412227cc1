"""The engine's templates compile with direct calls and no second escaping (pages/codegen.py):
every template renders as Jinja's own code renders it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import jinja2
import pytest
from jinja2 import DictLoader, Environment, StrictUndefined
from jinja2.compiler import CodeGenerator
from markupsafe import Markup

from briefing.core.settings import Settings
from briefing.engine import build
from briefing.pages import precompiled, render
from briefing.pages.codegen import DirectCalls
from conftest import MINI, ROOT

MACROS = """\
{% macro box(title, body="", caller=None) %}[{{ title }}|{{ body }}
{%- if caller %}|{{ caller() }}{% endif %}]{% endmacro %}
{% macro many() %}{{ varargs | join(",") }}/{{ kwargs | dictsort | join(",") }}{% endmacro %}
"""

# One row a way a template writes a value or calls a function.
TEMPLATES = [
    "{{ text }} and {{ number }} and {{ nothing }}",
    "{{ shout(text) }} {{ shout(text=text) }} {{ shout(*[text]) }} {{ shout(**{'text': text}) }}",
    "{{ pair(1, b=2) }}{{ pair(a=1) }}{{ keyword(**{'class': 'k'}) }}",
    "{% from '_m' import box, many %}{{ box(text) }}{{ box(title=text, body='*b*') }}",
    "{% from '_m' import box %}{% call box('c') %}inside {{ text }}{% endcall %}",
    "{% from '_m' import many %}{{ many(1, text, k=text) }}",
    "{% import '_m' as m %}{% for i in [1, 2] %}{% set x = i * 2 %}{{ m.box(x) }}"
    "{{ loop.cycle('a', 'b') }}{% endfor %}",
    "{% set block %}{{ text }}{{ shout('_') }}{% endset %}{{ block }}|{{ block | length }}",
    "{{ text ~ shout(text) }}{{ [text, shout(text)] | join('; ') }}",
    "{% autoescape false %}{{ text }}{{ shout(text) }}{% endautoescape %}{{ text }}",
    "{% autoescape not off %}{{ text }}{% endautoescape %}",
    "{{ ns.value }}{% set ns = namespace(value=text) %}{{ ns.value }}{{ range(3) | list }}",
    "{{ method() }}{{ holder.method(text) }}{{ (shout)(text) }}{{ shout(shout(text)) }}",
]


def environment(generator: type[CodeGenerator]) -> Environment:
    env = Environment(loader=DictLoader({"_m": MACROS}), finalize=render._finalize,
                      undefined=StrictUndefined, autoescape=True, trim_blocks=True)
    env.code_generator_class = generator
    return env


class Holder:
    def method(self, text: str = "*m*") -> str:
        return text.upper()


VALUES: dict[str, Any] = {
    "text": "a *b* <c> & [d](e)", "number": 3, "nothing": None, "off": False,
    "shout": lambda text: text + "!", "pair": lambda a, b=0: a + b,
    "keyword": lambda **kwargs: sorted(kwargs), "ns": {"value": "-"},
    "method": Holder().method, "holder": Holder(),
}


@pytest.mark.parametrize("source", TEMPLATES)
def test_a_template_renders_as_with_jinjas_own_code(source: str) -> None:
    jinja = environment(CodeGenerator).from_string(source).render(VALUES)
    assert environment(DirectCalls).from_string(source).render(VALUES) == jinja


def test_the_code_calls_directly_and_escapes_once() -> None:
    env = environment(DirectCalls)
    code = env.compile("{{ text }}{{ shout(text) }}{% from '_m' import box %}{{ box(text) }}",
                       raw=True)
    assert "context.call(" not in code and "escape(" not in code
    volatile = env.compile("{% autoescape off %}{{ shout(text) }}{% endautoescape %}", raw=True)
    assert "context.call(" in volatile  # Jinja's own code where a template switches escaping


@pytest.mark.parametrize("value", [None, "", "*x*", 3, 2.5, Markup("<b>"), ["a"], object()])
def test_finalize_returns_markup_so_escaping_again_changes_nothing(value: Any) -> None:
    assert type(render._finalize(value)) is Markup


def test_the_shipped_code_is_direct() -> None:
    shipped = precompiled.shipped(jinja2.__version__, precompiled.options(render.environment()))
    code = "".join(entry["code"] for entry in shipped.values())
    assert code and "context.call(" not in code and "escape(" not in code


@pytest.mark.parametrize("source", [ROOT, MINI], ids=["seed", "mini"])
def test_every_page_is_the_same_as_with_jinjas_code(
        source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for part in ("data", "seeds"):
        shutil.copytree(source / part, tmp_path / part)
    direct = build(Settings(tmp_path)).pages
    monkeypatch.setattr(render._Environment, "code_generator_class", CodeGenerator)
    render.environment.cache_clear()
    try:
        assert build(Settings(tmp_path)).pages == direct
    finally:
        render.environment.cache_clear()


def test_a_templates_globals_are_one_dict_of_the_environments() -> None:
    env = render.environment()
    template = env.get_template("home.md.j2")
    assert type(template.globals) is dict and template.globals == env.globals
