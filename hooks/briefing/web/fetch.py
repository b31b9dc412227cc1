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
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 5
_CHUNK = 65536


class FetchError(OSError):
    """The fetch failed; the message says why in a few words."""


def fetch(url: str, max_bytes: int, timeout: float) -> bytes:
    """The body of a `200` answer at `url` (following redirects between http(s) addresses)."""
    deadline = time.monotonic() + timeout
    for _hop in range(MAX_REDIRECTS + 1):
        status, location, body = _get(url, max_bytes, deadline, timeout)
        if location is None:
            if status != 200:
                raise FetchError(f"HTTP {status}")
            return body
        url = urljoin(url, location)
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"redirected to a non-http address {url[:200]!r}")
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _get(url: str, max_bytes: int, deadline: float,
         timeout: float) -> tuple[int, str | None, bytes]:
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
                                                 "Accept": "application/json"})
        response = connection.getresponse()
        location = response.getheader("Location")
        redirect = response.status in (301, 302, 303, 307, 308) and location
        body = b"" if redirect else _body(response, max_bytes)
        if cut.is_set():  # a cut socket may read as a clean, short end
            raise OSError("cut")
        return response.status, location if redirect else None, body
    except (OSError, http.client.HTTPException) as error:
        if cut.is_set():
            raise FetchError(f"no complete answer within {timeout:g} seconds") from None
        raise FetchError(str(error) or type(error).__name__) from None
    finally:
        if timer is not None:
            timer.cancel()
        connection.close()


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
