"""Hostile sites for the tests of this folder (built once per session, see sites.py)."""

from __future__ import annotations

import pytest

from hostile.sites import HostileSite, cases, hostile_site


@pytest.fixture(params=sorted(cases()))
def hostile(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> HostileSite:
    return hostile_site(request.param, tmp_path_factory)
