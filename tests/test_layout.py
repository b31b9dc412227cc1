"""The package's folders are its phases: no module imports a layer above its own, and no
module imports a sibling package of the same level (so the layers stay a line, and no circle
can form)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "hooks" / "briefing"

# Lowest first; a module may import its own package and any package of a lower level.
LEVELS = {
    "core": 1,      # kinds, schema, problems, settings: what every phase reads
    "data": 2,      # load: files -> validated records
    "model": 3,     # link: records -> one resolved Model
    "web": 4,       # other briefings: imports, published index, cross-references
    "pages": 5,     # render: Model -> Markdown pages
    "checks": 5,    # checks run after linking
    "hub": 5,       # a hub: dossiers, lists and timeline from many briefings' indexes
    "engine": 6,    # the one orchestration module
    "adapter": 7,   # MkDocs events
    "new": 7,       # drafting and scaffolding a new briefing
    "cli": 8,       # the command line, which also runs `new`
    "mkdocs_hook": 9, "__main__": 9, "__init__": 9,  # the package's face
}


def layer(module: str) -> str:
    """`briefing.model.link` -> `model`; `briefing.engine` -> `engine`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imported(path: Path) -> set[str]:
    """Every `briefing...` module a file imports, lazily inside functions included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("briefing"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("briefing")}
    return found


def modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        dotted = ".".join(("briefing", *path.relative_to(PACKAGE).with_suffix("").parts))
        found.append((dotted, path))
    return found


def test_every_layer_is_declared() -> None:
    assert {layer(name) for name, _ in modules()} <= set(LEVELS)


def test_top_level_holds_only_subpackages_and_the_package_face() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "engine.py", "mkdocs_hook.py"]


@pytest.mark.parametrize(("name", "path"), modules(), ids=[name for name, _ in modules()])
def test_imports_point_down(name: str, path: Path) -> None:
    own = layer(name)
    wrong = []
    for target in sorted(imported(path)):
        other = layer(target)
        if other == own or target == "briefing":
            continue
        if LEVELS[other] >= LEVELS[own]:
            wrong.append(f"{target} (level {LEVELS[other]}, {own} is {LEVELS[own]})")
    assert not wrong, f"{name} imports up or sideways: {wrong}"


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "x.py"
    bad.write_text("def f():\n    from briefing.pages.render import render_site\n")
    assert imported(bad) == {"briefing.pages.render"}
    assert LEVELS[layer("briefing.pages.render")] > LEVELS["core"]


def test_a_wheel_ships_every_file_the_engine_reads(tmp_path: Path) -> None:
    """A normal (non-editable) install carries templates, assets, theme and scaffold files."""
    import subprocess
    import sys
    import zipfile

    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "-w", str(tmp_path), str(PACKAGE.parent.parent)], check=True, capture_output=True)
    wheel = zipfile.ZipFile(next(tmp_path.glob("*.whl")))
    shipped = {name for name in wheel.namelist() if name.startswith("briefing/")}
    needed = {"briefing/" + p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*")
              if p.is_file() and "__pycache__" not in p.parts}
    assert needed - shipped == set()
