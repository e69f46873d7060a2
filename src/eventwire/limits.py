"""Bounds on the work one input may cause, declared once with their defaults.

Coding is linear in the input, but an input can be as large as a sender likes: a 30 MB line
of text once took minutes and gigabytes, and one huge POST held the store's write lock for
minutes. So every entry point refuses a document over `document_bytes`, the sentence splitter
cuts runs longer than `sentence_chars`, the API refuses bodies over `request_bytes`, and the
batch gives each document `document_seconds` before rejecting it. Each limit is read from its
environment variable when set (a positive integer), else its default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from eventwire.errors import InputError


@dataclass(frozen=True)
class Limit:
    """One configurable bound: its name, environment variable, default and meaning."""

    name: str
    env: str
    default: int
    help: str


LIMITS = (
    Limit("document_bytes", "EVENTWIRE_MAX_DOCUMENT_BYTES", 5_000_000,
          "largest document coded (UTF-8 bytes of its text); larger ones are refused"),
    Limit("sentence_chars", "EVENTWIRE_MAX_SENTENCE_CHARS", 1_000,
          "longest sentence; a longer run without a boundary is cut at white space"),
    Limit("request_bytes", "EVENTWIRE_MAX_REQUEST_BYTES", 1_000_000,
          "largest HTTP request body the API reads; larger ones get 413"),
    Limit("document_seconds", "EVENTWIRE_DOCUMENT_SECONDS", 60,
          "time budget of one document in `eventwire batch`; over it, the document is "
          "rejected and its partition goes on"),
)
"""Every limit; docs/limits.md lists them with their defaults."""

_BY_NAME = {limit.name: limit for limit in LIMITS}


def limit(name: str) -> int:
    """The value of limit `name`: its environment variable if set, else its default."""
    spec = _BY_NAME[name]
    raw = os.environ.get(spec.env, "").strip()
    if not raw:
        return spec.default
    if not raw.isdigit() or int(raw) <= 0:
        raise InputError(f"must be a positive whole number, got {raw!r}", source=spec.env)
    return int(raw)


def check_size(text: str | bytes, source: str | None, line: int | None = None, *,
               allowance: int = 1) -> None:
    """Refuse a document over `document_bytes` (UTF-8), naming the limit.

    `allowance` multiplies the limit for input that is mostly not coded text (an HTML page, a
    feed of many entries), whose text is checked again once extracted.
    """
    most = limit("document_bytes") * allowance
    if isinstance(text, bytes):
        size = len(text)
    elif len(text) * 4 <= most:  # cheap: no text of this many characters can be over
        return
    else:
        size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > most:
        raise InputError(f"document is {size:,} bytes, over the limit of {most:,} "
                         f"(set {_BY_NAME['document_bytes'].env} to raise it)",
                         source=source, line=line)
