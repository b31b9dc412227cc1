"""`mkdocs serve`'s builder without the server, in this process: the same events, the same
configuration (its startup event, the serve address, a temporary site folder; no file watcher).
For profiles (`serve_profile.py`) and for tests that count a rebuild's work."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config

SERVE_URL = "http://127.0.0.1:8000/"


class Server:
    def __init__(self, project: Path) -> None:
        self.project = project
        self.site = tempfile.mkdtemp(prefix="mkdocs_")
        config = self.config()
        config.plugins.on_startup(command="serve", dirty=False)
        self.rebuild(config)

    def config(self) -> Any:
        config = load_config(config_file=str(self.project / "mkdocs.yml"), site_dir=self.site)
        config.site_url = SERVE_URL
        return config

    def rebuild(self, config: Any = None) -> None:
        build(config or self.config(), serve_url=SERVE_URL, dirty=False)
