"""Daily situation reports: what changed, where, and who said what, from the store.

    >>> from eventwire.store import Store
    >>> from eventwire.reports import report
    >>> text = report(Store.open(":memory:"), "2019-05-10", fmt="markdown")
    >>> "No events were coded" in text
    True

`data` gathers the period's figures as dataclasses, `writing` turns them into sentences,
`charts` draws the map and timeline (matplotlib), `layout` arranges sections of plain blocks,
and `html`/`markdown` render them (HTML self-contained; Markdown with PNG files beside it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.errors import InputError
from eventwire.reports import data, layout
from eventwire.reports.period import Period, Region, parse_period, parse_region

if TYPE_CHECKING:
    from eventwire.store import Store

__all__ = ["FORMATS", "Period", "Region", "format_for", "parse_period", "parse_region",
           "report", "write"]

FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}
"""Output file suffix -> format."""


def format_for(path: str | Path) -> str:
    """The format an output file's suffix asks for; `InputError` for any other suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"{path}: the report is written as .html, .htm or .md",
                         parameter="out")
    return FORMATS[suffix]


def report(store: Store, date: str, days: int | None = 1, region: str | None = None, *,
           fmt: str = "html", out: Path | None = None, charts: bool = True) -> str:
    """The report for the `days` days ending on `date` as HTML or Markdown text.

    Markdown written to `out` gets its charts as PNG files beside `out`; HTML embeds them.
    """
    period = parse_period(date, days)
    gathered = data.gather(store, period, parse_region(region))
    arranged = layout.build(gathered, with_charts=charts)
    if fmt == "html":
        from eventwire.reports import html

        return html.render(arranged)
    from eventwire.reports import markdown

    return markdown.render(arranged, out)


def write(store: Store, out: str | Path, date: str, days: int | None = 1,
          region: str | None = None) -> Path:
    """Write the report to `out` (format by suffix); return the path written."""
    path = Path(out)
    fmt = format_for(path)
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a file name such as report.html",
                         parameter="out")
    path.parent.mkdir(parents=True, exist_ok=True)
    text = report(store, date, days, region, fmt=fmt, out=path)
    path.write_text(text, encoding="utf-8")
    return path
