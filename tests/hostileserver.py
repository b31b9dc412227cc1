"""A hostile briefing-index server on 127.0.0.1, in a thread: each path is one attack.

`/<case>/briefing-index.json` answers as the case says: a good index, one that drips a byte at
a time, a huge one, an HTML page with status 200 (a captive portal), indexes whose addresses
or titles carry scripts, escape sequences and path climbs, redirect loops. Every index (but
`good`) claims Ada Lovelace of the mini briefing through `same_as`, so that its text lands on
her page.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from localserver import running

INJECTION = "T\n\n<div><img src=x onerror=window.__pwned=1></div>\n\nend"
DRIP_SECONDS = 1.0  # between two bytes of a dripping answer


def index(title: str = "Other briefing", url: str = "people/ada/", briefing_url: str | None = None,
          name: str = "Ada (elsewhere)") -> dict[str, Any]:
    record = {"kind": "people", "id": "ada", "name": name, "url": url,
              "same_as": ["mini:people/ada-lovelace"]}
    return {"format": "briefing-index/1", "records": [record],
            "briefing": {"id": "other", "title": title, "url": briefing_url}}


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


# case -> the index body it serves (see Handler for the cases that misbehave otherwise)
BODIES: dict[str, bytes] = {
    "good": _json(index()),
    "injection": _json(index(title=INJECTION, name=INJECTION)),
    "escape": _json(index(title="Evil\x1b[2J\x1b]0;pwned\x07\x9b31m title\u202e")),
    "javascript": _json(index(url="javascript:window.__pwned=1")),
    "data-url": _json(index(url="data:text/html,<script>window.__pwned=1</script>")),
    "other-host": _json(index(url="//evil.example/people/ada/")),
    "climb": _json(index(url="../../../evil/people/ada/")),
    "encoded-climb": _json(index(url="people/%2e%2e/%2E%2E/%2e%2e/evil/")),
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "many": _json({**index(), "records": [index()["records"][0]] * 200_000}),
    "not-an-index": b'{"format": "something-else/1"}',
}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
        pass

    # case -> the case it answers as for now: a test turns a good server bad this way
    overrides: dict[str, str] = {}

    def do_GET(self) -> None:  # noqa: N802 (the base's name)
        case = self.path.strip("/").split("/")[0]
        case = self.overrides.get(case, case)
        action: Callable[[], None] = getattr(self, "_" + case.replace("-", "_"), self._body)
        try:
            action()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _body(self) -> None:
        case = self.path.strip("/").split("/")[0]
        case = self.overrides.get(case, case)
        if case not in BODIES:
            self.send_error(404)
            return
        self._send(BODIES[case])

    def _send(self, body: bytes, kind: str = "application/json", status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _portal(self) -> None:
        """A captive portal: status 200, an HTML login page."""
        self._send(b"<!doctype html><title>Log in</title><form>Wi-Fi login</form>", "text/html")

    def _drip(self) -> None:
        """A whole, valid index, one byte at a time: each read succeeds, the fetch never ends."""
        body = BODIES["good"]
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for byte in body:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(DRIP_SECONDS)

    def _drip_headers(self) -> None:
        self.wfile.write(b"HTTP/1.0 200 OK\r\n")
        for _ in range(10_000):
            self.wfile.write(b"X")
            self.wfile.flush()
            time.sleep(DRIP_SECONDS)

    def _huge(self) -> None:
        """200 MB without a Content-Length: only counting the bytes read can stop it."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"format": "briefing-index/1", "x": "')
        chunk = b"x" * 1_000_000
        for _ in range(200):
            self.wfile.write(chunk)
        self.wfile.write(b'"}')

    def _huge_declared(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(200_000_000))
        self.end_headers()
        self.wfile.write(b"{" * 1000)

    def _loop(self) -> None:
        self.send_response(302)
        self.send_header("Location", self.path)
        self.end_headers()

    def _to_file(self) -> None:
        self.send_response(302)
        self.send_header("Location", "file:///etc/passwd")
        self.end_headers()


@contextmanager
def hostile_server() -> Iterator[str]:
    """Yields the server's base URL, e.g. `http://127.0.0.1:8123/`; append `<case>/`."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True  # a dripping answer must not hold the test run at exit
    with running(server) as url:
        yield url
