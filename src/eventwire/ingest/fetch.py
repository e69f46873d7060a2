"""Fetching a URL (httpx): timeouts, a size cap, and errors that say what went wrong."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire import __version__
from eventwire.errors import InputError

TIMEOUT = 20.0
"""Seconds to wait for a connection and for each read."""

MAX_BYTES = 50_000_000
"""Largest response read; a longer one is an error rather than a memory blow-up."""


@dataclass(frozen=True)
class Fetched:
    """A fetched resource: its bytes, content type and final URL (after redirects)."""

    content: bytes
    content_type: str
    url: str


def fetch(url: str, *, timeout: float = TIMEOUT) -> Fetched:
    """GET `url`; any failure is an InputError naming the URL and the reason."""
    import httpx

    headers = {"User-Agent": f"eventwire/{__version__} (+offline news coder)"}
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client, \
                client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise InputError(f"HTTP {response.status_code} {response.reason_phrase}",
                                 source=url)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise InputError(f"response larger than {MAX_BYTES // 1_000_000} MB",
                                     source=url)
                chunks.append(chunk)
            return Fetched(b"".join(chunks), response.headers.get("content-type", ""),
                           str(response.url))
    except httpx.ConnectError as exc:
        raise InputError(f"cannot connect ({_reason(exc)}); are you offline?",
                         source=url) from None
    except httpx.TimeoutException:
        raise InputError(f"no answer within {timeout:g} s (timed out)", source=url) from None
    except httpx.TooManyRedirects:
        raise InputError("too many redirects", source=url) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InputError(f"not a fetchable URL ({exc})", source=url) from None
    except httpx.HTTPError as exc:
        raise InputError(f"fetch failed ({_reason(exc)})", source=url) from None


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
