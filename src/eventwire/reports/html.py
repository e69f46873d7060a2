"""Render a `Layout` as one self-contained HTML file: inline CSS, charts as data URIs.

Nothing in the page loads from the network (no fonts, scripts or stylesheets), so the file can
be mailed or archived as it is. Every piece of text is escaped with `html.escape`.
"""

from __future__ import annotations

import base64
from html import escape

from eventwire.reports.layout import Block, Citation, Entry, Figure, Layout, Paragraph, Table

STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d1d1f;
margin:0;background:#fafaf7}
main{max-width:860px;margin:0 auto;padding:24px 28px 48px;background:#fff;
box-shadow:0 0 0 1px #e6e4dc}
h1{font-size:26px;margin:8px 0 2px}h2{font-size:19px;margin:32px 0 8px;
border-bottom:2px solid #1d1d1f;padding-bottom:3px}
.subtitle{color:#666;font-size:13px;margin:0 0 8px}
nav{font-size:13px;margin:8px 0 0}nav a{color:#2f6f9f;margin-right:12px;text-decoration:none}
table{border-collapse:collapse;width:100%;margin:10px 0 14px;font-size:13.5px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e6e4dc;vertical-align:top}
th{background:#f3f1ea;font-weight:600}td.n,th.n{text-align:right;white-space:nowrap}
figure{margin:14px 0}figure img{max-width:100%;height:auto;border:1px solid #e6e4dc}
figcaption{font-size:12.5px;color:#555;margin-top:4px}
.entry{margin:14px 0 18px}.entry h3{font-size:15.5px;margin:0}
.meta{font-size:12.5px;color:#666;margin:1px 0 4px}
blockquote{margin:6px 0 6px 0;padding:2px 10px;border-left:3px solid #c9c4b3;font-size:14px}
blockquote .src{display:block;font-size:12px;color:#777;margin-top:1px}
.note{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:#8a6d1d;
margin-left:6px}
footer{font-size:12px;color:#777;margin-top:36px}
"""


def _table(block: Table) -> str:
    def cell(tag: str, i: int, value: str) -> str:
        cls = ' class="n"' if i in block.numeric else ""
        return f"<{tag}{cls}>{escape(value)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(block.headers))
    rows = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>"
                   for row in block.rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _source(citation: Citation) -> str:
    """The citation's source, a link to the original article when it has a web address."""
    if citation.url and citation.url.startswith(("http://", "https://")):
        return (f"<a href=\"{escape(citation.url)}\" rel=\"noopener noreferrer\">"
                f"{escape(citation.source)}</a>")
    return escape(citation.source)


def _entry(block: Entry) -> str:
    quotes = "".join(
        f"<blockquote>{escape(c.text)}<span class=\"src\">{_source(c)}"
        + (f"<span class=\"note\">{escape(c.note)}</span>" if c.note else "")
        + "</span></blockquote>" for c in block.citations)
    return (f"<div class=\"entry\"><h3>{escape(block.title)}</h3>"
            f"<p class=\"meta\">{escape(block.meta)}</p>{quotes}</div>")


def _figure(block: Figure) -> str:
    data = base64.b64encode(block.png).decode("ascii")
    return (f"<figure><img src=\"data:image/png;base64,{data}\" alt=\"{escape(block.alt)}\">"
            f"<figcaption>{escape(block.caption)}</figcaption></figure>")


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{escape(block.text)}</p>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Entry):
        return _entry(block)
    return _figure(block)


def render(layout: Layout) -> str:
    """The whole report as an HTML document (a string)."""
    nav = "".join(f"<a href=\"#{escape(s.anchor)}\">{escape(s.title)}</a>"
                  for s in layout.sections)
    body = "".join(f"<section id=\"{escape(s.anchor)}\"><h2>{escape(s.title)}</h2>"
                   + "".join(_block(b) for b in s.blocks) + "</section>"
                   for s in layout.sections)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{escape(layout.title)}</title><style>{STYLE}</style></head><body><main>"
        f"<h1>{escape(layout.title)}</h1><p class=\"subtitle\">{escape(layout.subtitle)}</p>"
        f"<nav>{nav}</nav>{body}"
        "<footer>Written by eventwire from coded news reports. Every figure counts stored "
        "records; quotations are the documents' own words.</footer></main></body></html>\n")
