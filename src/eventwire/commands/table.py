"""Plain fixed-width tables for terminal output of the store commands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


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
