"""Plain fixed-width tables for terminal output of the store commands."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click


def render(headers: Sequence[str], rows: Sequence[Sequence[Any]], *,
           widths: dict[str, int] | None = None) -> str:
    """Columns padded to their widest cell; cells longer than `widths[header]` are cut with …."""
    limits = widths or {}
    cells = [[_cell(value, limits.get(h)) for h, value in zip(headers, row, strict=True)]
             for row in rows]
    sizes = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(sizes[i]) for i, h in enumerate(headers)).rstrip(),
             "  ".join("-" * sizes[i] for i in range(len(headers)))]
    lines += ["  ".join(c.ljust(sizes[i]) for i, c in enumerate(r)).rstrip() for r in cells]
    return "\n".join(lines)


def _cell(value: Any, limit: int | None) -> str:
    text = "" if value is None else " ".join(str(value).split())
    if limit and len(text) > limit:
        return text[: limit - 1] + "…"
    return text


def echo_json(rows: Sequence[Any], output_format: str) -> bool:
    """Print `rows` as one JSON array ("json") or one object per line ("jsonl"); return False
    (printing nothing) for any other format, which the caller prints its own way."""
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    else:
        return False
    return True


def echo_events(events: list[dict[str, Any]], output_format: str, *,
                csv_fields: Sequence[str], csv_row: Callable[[dict[str, Any]], dict[str, Any]],
                headers: Sequence[str], table_row: Callable[[dict[str, Any]], list[Any]],
                widths: dict[str, int], footer: str) -> None:
    """Print a page of events as JSON, JSON Lines, CSV or a table (the footer to stderr)."""
    if echo_json(events, output_format):
        return
    if output_format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(csv_fields), lineterminator="\n")
        writer.writeheader()
        writer.writerows(csv_row(e) for e in events)
    else:
        click.echo(render(headers, [table_row(e) for e in events], widths=widths))
        click.echo(footer, err=True)


def actor_cell(event: dict[str, Any], role: str) -> str:
    """An event's source or target as one table cell: its code, else name, else text."""
    actor = event.get(role) or {}
    return actor.get("code") or actor.get("name") or actor.get("text") or ""


def page_span(offset: int, count: int) -> str:
    """"11-20" for the rows a page shows, "0" for an empty page."""
    return f"{offset + 1}-{offset + count}" if count else "0"
