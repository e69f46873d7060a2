"""Where alerts go: the terminal (stderr), a JSON Lines file, or a webhook.

A notifier that fails (a file that cannot be written, a webhook that times out or answers an
error) logs a warning and returns False: an alert must never stop an ingest. The alert itself
is already in the store by the time it is sent.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any, TextIO

import httpx

log = logging.getLogger(__name__)

WEBHOOK_TIMEOUT = 5.0
"""Seconds a webhook may take to answer before the alert is logged as not delivered."""


def alert_line(alert: dict[str, Any]) -> str:
    """One human line for an alert: `ALERT [rule] summary`."""
    return f"ALERT [{alert['rule']}] {alert['summary']}"


def to_stream(alert: dict[str, Any], stream: TextIO | None = None) -> bool:
    """Write the alert's line to `stream` (stderr by default)."""
    print(alert_line(alert), file=stream or sys.stderr, flush=True)
    return True


def to_jsonl(alert: dict[str, Any], path: str | Path) -> bool:
    """Append the alert as one JSON line to `path` (created with its folder if missing)."""
    file = Path(path)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with file.open("a", encoding="utf-8") as out:
            out.write(json.dumps(alert, ensure_ascii=False) + "\n")
    except OSError as exc:
        log.warning("alert %r not written to %s: %s", alert["rule"], file,
                    exc.strerror or exc)
        return False
    return True


def to_webhook(alert: dict[str, Any], url: str, *, timeout: float = WEBHOOK_TIMEOUT,
               client: httpx.Client | None = None) -> bool:
    """POST the alert as JSON to `url`; False (and a warning) if it is not accepted."""
    try:
        if client is not None:
            response = client.post(url, json=alert, timeout=timeout)
        else:
            response = httpx.post(url, json=alert, timeout=timeout)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        log.warning("alert %r not delivered to %s: %s", alert["rule"], url,
                    str(exc) or type(exc).__name__)
        return False
    return True


def send(alert: dict[str, Any], targets: list[dict[str, Any]] | tuple[dict[str, Any], ...],
         *, stream: TextIO | None = None) -> int:
    """Send an alert to each target (`{"stderr": True}`, `{"jsonl": PATH}`,
    `{"webhook": URL}`); return how many accepted it."""
    delivered = 0
    for target in targets:
        if "stderr" in target:
            delivered += to_stream(alert, stream)
        elif "jsonl" in target:
            delivered += to_jsonl(alert, target["jsonl"])
        elif "webhook" in target:
            delivered += to_webhook(alert, target["webhook"])
    return delivered
