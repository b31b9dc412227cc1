"""One bounded HTTP GET: a size cap and a deadline for the whole fetch, whatever the server does.

urllib's timeout applies to each read, so a server that sends one byte every few seconds holds
a build for ever. Here a timer cuts the connection when the deadline passes, whichever step
(connect, headers, body, a redirect) is waiting then, and the body is read in chunks up to the
cap only.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 5
_CHUNK = 65536


class FetchError(OSError):
    """The fetch failed; the message says why in a few words."""


@dataclass(frozen=True)
class Answer:
    """A final answer: `200` with a body, or `304` (not modified since the copy we hold)."""

    status: int
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


def fetch(url: str, max_bytes: int, timeout: float) -> bytes:
    """The body of a `200` answer at `url` (following redirects between http(s) addresses)."""
    return fetch_answer(url, max_bytes, timeout).body


def fetch_answer(url: str, max_bytes: int, timeout: float,
                 validators: dict[str, str] | None = None) -> Answer:
    """`fetch`, asking only for a changed copy when given the `ETag` and `Last-Modified` of the
    one held (a conditional request): a `304` answer has no body."""
    deadline = time.monotonic() + timeout
    headers = {name: value for name, value in (validators or {}).items()
               if name in ("If-None-Match", "If-Modified-Since") and _header_safe(value)}
    for _hop in range(MAX_REDIRECTS + 1):
        status, location, body, response = _get(url, max_bytes, deadline, timeout, headers)
        if location is None:
            if status not in (200, 304) or (status == 304 and not headers):
                raise FetchError(f"HTTP {status}")
            return Answer(status, body, *response)
        url = urljoin(url, location)
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"redirected to a non-http address {url[:200]!r}")
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _header_safe(value: str) -> bool:
    """A validator we send back: printable ASCII on one line, of a sane length."""
    return len(value) <= 200 and all(" " <= char <= "~" for char in value)


def _get(url: str, max_bytes: int, deadline: float, timeout: float,
         headers: dict[str, str] | None = None
         ) -> tuple[int, str | None, bytes, tuple[str | None, str | None]]:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        raise FetchError(f"{url[:200]!r} has no valid port") from None
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"no complete answer within {timeout:g} seconds")
    connection = kind(parts.hostname or "", port, timeout=remaining)
    cut = threading.Event()
    timer = None
    try:
        connection.connect()  # bounded by the socket timeout
        # The connection lets go of its socket once the headers say it will close: keep it.
        timer = threading.Timer(deadline - time.monotonic(), _cut, (connection.sock, cut))
        timer.start()
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", path, headers={"User-Agent": "briefing-site",
                                                 "Accept": "application/json", **(headers or {})})
        response = connection.getresponse()
        location = response.getheader("Location")
        redirect = response.status in (301, 302, 303, 307, 308) and location
        body = b"" if redirect or response.status == 304 else _body(response, max_bytes)
        if cut.is_set():  # a cut socket may read as a clean, short end
            raise OSError("cut")
        validators = (_validator(response, "ETag"), _validator(response, "Last-Modified"))
        return response.status, location if redirect else None, body, validators
    except (OSError, http.client.HTTPException) as error:
        if cut.is_set():
            raise FetchError(f"no complete answer within {timeout:g} seconds") from None
        raise FetchError(str(error) or type(error).__name__) from None
    finally:
        if timer is not None:
            timer.cancel()
        connection.close()


def _validator(response: http.client.HTTPResponse, name: str) -> str | None:
    value = response.getheader(name)
    return value if value and _header_safe(value) else None


def _body(response: http.client.HTTPResponse, max_bytes: int) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"the index is {int(declared):,} bytes, more than the limit of "
                         f"{max_bytes:,} (extra.briefing.import_max_bytes)")
    chunks, size = [], 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the index is more than {max_bytes:,} bytes, the limit "
                             "(extra.briefing.import_max_bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _cut(sock: socket.socket, cut: threading.Event) -> None:
    """Wake whatever read is waiting: shutting the socket down makes it return at once."""
    cut.set()
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
