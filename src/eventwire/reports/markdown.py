"""Render a `Layout` as Markdown, with charts written as PNG files beside it.

Text from documents is escaped so that it cannot turn into links, emphasis, tables or raw HTML
in a Markdown viewer.
"""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.reports.layout import Block, Entry, Figure, Layout, Paragraph, Table

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Backslash-escape Markdown's special characters and fold newlines into spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _table(block: Table) -> str:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(escape(c) or " " for c in cells) + " |"

    rule = "|" + "|".join("---:" if i in block.numeric else "---"
                          for i in range(len(block.headers))) + "|"
    return "\n".join([row(block.headers), rule, *(row(r) for r in block.rows)])


def _entry(block: Entry) -> str:
    lines = [f"**{escape(block.title)}**  ", f"*{escape(block.meta)}*", ""]
    for c in block.citations:
        note = f" ({escape(c.note)})" if c.note else ""
        lines.append(f"> {escape(c.text)}  ")
        source = (f"[{escape(c.source)}]({c.url})"
                  if c.url and c.url.startswith(("http://", "https://")) else escape(c.source))
        lines.append(f"> — {source}{note}")
        lines.append("")
    return "\n".join(lines).rstrip()


def _block(block: Block, images: dict[str, str]) -> str:
    if isinstance(block, Paragraph):
        return escape(block.text)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Entry):
        return _entry(block)
    name = images.get(block.name)
    if name is None:
        return f"*{escape(block.caption)}*"
    return f"![{escape(block.alt)}]({name})\n\n*{escape(block.caption)}*"


def render(layout: Layout, out: Path | None = None) -> str:
    """The report as Markdown; with `out`, charts are written beside it as `<stem>-<name>.png`."""
    images: dict[str, str] = {}
    if out is not None:
        for section in layout.sections:
            for block in section.blocks:
                if isinstance(block, Figure):
                    path = out.with_name(f"{out.stem}-{block.name}.png")
                    path.write_bytes(block.png)
                    images[block.name] = path.name
    parts = [f"# {escape(layout.title)}", f"*{escape(layout.subtitle)}*"]
    for section in layout.sections:
        parts.append(f"## {escape(section.title)}")
        parts.extend(_block(b, images) for b in section.blocks)
    return "\n\n".join(parts) + "\n"
