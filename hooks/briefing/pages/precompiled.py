"""The engine's templates, shipped compiled: a fresh checkout's first build does not compile them.

Compiling the 15 templates (Jinja's parse and code generation) cost 0.2 s of every cold seed
build, a build with no compiled templates kept (a fresh clone, the deploy workflow's only
build). `templates.json` beside this module holds the Python code Jinja generates for each, with
the digest of the source it came from, the Jinja version and the environment's options
(`bytecode.options_tag`). A template is taken from it only when all three are the same as
this run's; otherwise (a template edited and the file not made again, another Jinja) it is
compiled from its source as before, so the pages never depend on the file being current.
A briefing's own template (`templates_dir`) is loaded by its own loader, never from here.

After editing a template: `make templates` (`python -m briefing.pages.precompiled`) writes the
file again; tests/test_precompiled.py fails while it is behind the templates.

The shipped code is Python source, compiled in every build (0.024 s for the 15). `make install`
compiles it once more (`--bytecode`), as `compileall` compiles the modules, into `__pycache__`
for this Python; a build takes a template's bytecode from there when it was compiled from the
same code at the same place by the same Python, and compiles the code otherwise.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import marshal
import sys
from collections.abc import Callable, MutableMapping
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2 import Environment, PackageLoader, Template

from briefing.pages.bytecode import options_tag

SHIPPED = Path(__file__).parent / "templates.json"
BYTECODE = Path(__file__).parent / "__pycache__" / f"templates.{sys.implementation.cache_tag}.bin"


class PackageTemplates(PackageLoader):
    """`PackageLoader` over the engine's templates, loading each from its shipped code when
    that code was generated from the same source under the same options."""

    def __init__(self) -> None:
        super().__init__("briefing.pages", "templates")

    def load(self, environment: Environment, name: str,
             globals: MutableMapping[str, Any] | None = None) -> Template:
        source, filename, uptodate = self.get_source(environment, name)
        code = shipped(jinja2.__version__, options(environment)).get(name, {})
        if code.get("source") != digest(source):
            return super().load(environment, name, globals)  # compiled from the source
        compiled = _compiled(name, filename or "<template>", code["code"])
        return environment.template_class.from_code(environment, compiled, globals or {},
                                                     uptodate)


def _compiled(name: str, filename: str, code: str) -> CodeType:
    """The template's shipped code as bytecode: installed if it is of this code and place."""
    installed = installed_bytecode().get(name)
    if installed is not None and installed[:2] == (filename, digest(code)):
        return installed[2]
    return compile(code, filename, "exec")


@functools.lru_cache(maxsize=1)
def installed_bytecode() -> dict[str, tuple[str, str, CodeType]]:
    """name -> (file name, digest of the code, its bytecode), as `write_bytecode` wrote them
    for this Python; nothing if absent, unreadable or written by another Python."""
    try:
        magic, compiled = marshal.loads(BYTECODE.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return compiled if magic == importlib.util.MAGIC_NUMBER and isinstance(compiled, dict) else {}


def write_bytecode(env: Environment) -> None:
    """Compile the shipped code of each template that is current for `env` (what `make install`
    runs after `compileall`)."""
    loader, compiled = PackageTemplates(), {}
    for name, code in sorted(shipped(jinja2.__version__, options(env)).items()):
        filename = loader.get_source(env, name)[1] or "<template>"
        compiled[name] = (filename, digest(code["code"]), compile(code["code"], filename, "exec"))
    BYTECODE.parent.mkdir(exist_ok=True)
    partial = BYTECODE.with_suffix(".partial")
    partial.write_bytes(marshal.dumps((importlib.util.MAGIC_NUMBER, compiled)))
    partial.replace(BYTECODE)  # a build reading it meanwhile reads the old file or the new
    installed_bytecode.cache_clear()


def options(env: Environment) -> str:
    """What the generated code depends on besides the template: `bytecode.options_tag`, and
    whether the environment is asynchronous or optimised."""
    return f"{options_tag(env)}-{int(env.is_async)}{int(env.optimized)}"


def digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=2)
def shipped(version: str, options: str) -> dict[str, dict[str, str]]:
    """The shipped code of each template, if it was generated by this Jinja with these
    options; else nothing."""
    try:
        data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("jinja2") != version or data.get("options") != options:
        return {}
    templates: dict[str, dict[str, str]] = data.get("templates", {})
    return templates


def generate(env: Environment) -> str:
    """The file's text for `env`'s built-in templates: deterministic (sorted, no paths)."""
    loader = PackageTemplates()
    templates = {}
    for name in sorted(loader.list_templates()):
        source = loader.get_source(env, name)[0]
        templates[name] = {"source": digest(source),
                           "code": env.compile(source, name, raw=True)}
    return json.dumps({"jinja2": jinja2.__version__, "options": options(env),
                       "templates": templates}, indent=1, sort_keys=True) + "\n"


def main(environment: Callable[[], Environment] | None = None,
         argv: list[str] | None = None) -> None:
    """`--bytecode`: compile the shipped code (`make install`); else write it (`make templates`)."""
    if environment is None:
        from briefing.pages.render import environment as built_in
        environment = built_in
    if (sys.argv[1:] if argv is None else argv) == ["--bytecode"]:
        write_bytecode(environment())
        print(f"wrote {BYTECODE}")
        return
    SHIPPED.write_text(generate(environment()), encoding="utf-8")
    shipped.cache_clear()
    print(f"wrote {SHIPPED}")
    if BYTECODE.exists():  # installed before: compiled again from the new code
        write_bytecode(environment())


if __name__ == "__main__":
    main()
