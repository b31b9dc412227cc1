"""The facts a "Copy citation" button copies (its data-cite attribute) hold no bidirectional
control from the data: pasted elsewhere, one would make the citation read other than it is."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from conftest import MINI, mkdocs, site_project

BIDI = [chr(0x061C), chr(0x200E), chr(0x200F), *map(chr, range(0x202A, 0x202F)),
        *map(chr, range(0x2066, 0x206A))]


class _Cites(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.facts += [value or "" for name, value in attrs if name == "data-cite"]


def test_no_bidi_control_reaches_a_citation(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    controls = "".join(BIDI)
    for name, old, new in (
            ("quotes", "  reported: told to Babbage\n",
             f'  reported: told to Babbage\n  audience: "the {controls}board"\n'),
            ("people", "  name: Charles Babbage\n", f'  name: "Charles {controls}Babbage"\n')):
        path = project / "data" / f"{name}.yml"
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode == 0, result.stderr
    found = _Cites()
    found.feed((project / "site/quotes/weaves-patterns/index.html").read_text(encoding="utf-8"))
    facts = json.loads(found.facts[0])
    assert facts["to"] == ["Charles Babbage", "the board"], facts["to"]
    for page in (project / "site").rglob("*.html"):
        found = _Cites()
        found.feed(page.read_text(encoding="utf-8"))
        assert not [facts for facts in found.facts if set(BIDI) & set(facts)], page
