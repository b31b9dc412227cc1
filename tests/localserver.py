"""A static file server on 127.0.0.1 in a thread, for sites that must be reached over HTTP."""

from __future__ import annotations

import functools
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
        pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(folder: Path, port: int = 0) -> Iterator[str]:
    """Serve `folder`; yields its base URL, e.g. `http://127.0.0.1:8123/`."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    with running(ThreadingHTTPServer(("127.0.0.1", port), handler)) as url:
        yield url


@contextmanager
def running(server: ThreadingHTTPServer) -> Iterator[str]:
    """Run `server` in a thread; yields its base URL; shuts it down and joins the thread."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
