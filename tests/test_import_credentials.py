"""An import address with `user:password@` is refused wherever it is given (briefing.yml,
`briefing new --import`, `briefing hub --import`, `refetch`): the password is never printed and
never stored in the import cache, which is left as it was."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.core.problems import DataError
from briefing.core.settings import Settings
from briefing.engine import build
from conftest import ENGINE
from hostileserver import hostile_server
from test_crosslinks import edit_yaml
from test_new import SEED

SECRET = "hunter2"


@pytest.fixture(scope="module")
def secret_address() -> Iterator[str]:
    with hostile_server() as base:
        yield base.replace("http://", f"http://reader:{SECRET}@") + "good/"


def cache_texts(root: Path) -> str:
    return "".join(path.name + path.read_text(encoding="utf-8", errors="replace")
                   for path in root.rglob("*") if path.is_file() and "cache" in str(path))


def test_briefing_yml_import_with_a_password_is_refused_unprinted(mini: Path,
                                                                  secret_address: str) -> None:
    edit_yaml(mini / "data/briefing.yml", lambda data: data.update(imports={"other": secret_address}))
    with pytest.raises(DataError) as error:
        build(Settings(mini))
    message = str(error.value)
    assert "data/briefing.yml" in message and "field 'imports.other'" in message, message
    assert "user name or password" in message and "http://***@127.0.0.1" in message, message
    assert SECRET not in message and "reader" not in message
    assert SECRET not in cache_texts(mini)


def test_the_command_line_refuses_it_unprinted(tmp_path: Path, secret_address: str) -> None:
    for args in (["new", str(tmp_path / "b"), "--article", str(SEED), "--title", "T",
                  "--published", "2023-07-18", "--import", f"other={secret_address}"],
                 ["hub", str(tmp_path / "h"), "--import", f"other={secret_address}"]):
        result = subprocess.run([sys.executable, "-m", "briefing", *args, "--engine", ENGINE],
                                text=True, capture_output=True, timeout=120)
        assert result.returncode != 0 and "user name or password" in result.stderr, result.stderr
        assert SECRET not in result.stderr + result.stdout and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_refetch_refuses_it_unprinted(mini: Path, secret_address: str) -> None:
    edit_yaml(mini / "data/briefing.yml", lambda data: data.update(imports={"other": secret_address}))
    result = subprocess.run([sys.executable, "-m", "briefing", "refetch"], cwd=mini, text=True,
                            capture_output=True, timeout=120)
    told = result.stdout + result.stderr
    assert result.returncode != 0 and "user name or password" in told, told
    assert SECRET not in told and SECRET not in cache_texts(mini)
