"""The API's front door: which hosts and origins may talk to it, how large a body may be, and
the security headers every response carries.

A server on loopback is still reachable from any web page the analyst opens: through DNS
rebinding (a hostile name that resolves to 127.0.0.1) the page's scripts can read the API as
if it were their own site. Browsers always send that hostile name as `Host`, so only requests
whose `Host` (and `Origin`, when a browser sends one) names an allowed host get through:
loopback names by default, more with `eventwire serve --allow-host`.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from eventwire.web.errors import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
"""Host names served by default: only the machine itself."""

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; connect-src 'self'; "
        "img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}
"""Sent with every response: the dashboard loads only its own scripts and cannot be framed."""


def host_name(value: str) -> str | None:
    """The host of a `Host` header value ("[::1]:8000" -> "::1"), lower case; None if bad."""
    try:
        parsed = urlsplit("//" + value.strip())
        name = parsed.hostname
        parsed.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        return None
    return name.lower().rstrip(".") if name else None


class Guard:
    """ASGI middleware: host and origin allow-list, body size limit, security headers."""

    def __init__(self, app: ASGIApp, *, allowed_hosts: Iterable[str] = LOOPBACK_HOSTS,
                 max_body_bytes: int = 1_000_000) -> None:
        self.app = app
        names = {h.strip().lower().strip("[]").rstrip(".") for h in allowed_hosts if h.strip()}
        self.any_host = "*" in names
        self.allowed = frozenset(names - {"*"})
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        refusal = self._refusal(headers)
        if refusal is not None:
            await _send_error(send, *refusal)
            return
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            body = await self._read_body(receive, headers)
            if body is None:
                await _send_error(send, 413, f"request body over {self.max_body_bytes} bytes "
                                             "(EVENTWIRE_MAX_REQUEST_BYTES)")
                return
            receive = _replay(body)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                    if k.encode() not in present]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _allowed(self, name: str | None) -> bool:
        return name is not None and (self.any_host or name in self.allowed)

    def _refusal(self, headers: dict[str, str]) -> tuple[int, str] | None:
        """(status, message) when the request's Host or Origin is not allowed."""
        if not self._allowed(host_name(headers.get("host", ""))):
            return 400, "host not allowed: serve with --allow-host NAME to allow it"
        origin = headers.get("origin")
        if origin is not None and not self._allowed(urlsplit(origin).hostname
                                                    if origin != "null" else None):
            return 403, "origin not allowed: serve with --allow-host NAME to allow it"
        return None

    async def _read_body(self, receive: Receive, headers: dict[str, str]) -> bytes | None:
        """The whole body, or None when it is (or says it is) over the limit."""
        declared = headers.get("content-length", "")
        if declared.strip().isdigit() and int(declared) > self.max_body_bytes:
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    """A `receive` that hands the app the body already read, then waits like the server."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps(error_body(message, status)).encode()
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
