"""Markup to text with offsets: one walker for trafilatura's XML and for HTML fragments.

Paragraph-like elements (p, headings, block quotes, list items, table cells, line breaks)
become lines; inline elements (bold, italics, links) stay inline with white space collapsed.
Each link becomes a `LinkHint` over the exact characters of its anchor text in the result, so
offsets agree with the text every later stage reads.

An extractor may drop the space after an inline element ("<a>6 May</a> on" comes back as
"<ref>6 May</ref>on"); given the page's own text as `reference`, the walker puts the space
back wherever the page has the two words apart and never together ("6 May on", not "6 Mayon").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from eventwire.model import LinkHint

BLOCKS = frozenset({
    "p", "div", "head", "quote", "blockquote", "list", "item", "ul", "ol", "li", "table", "row",
    "cell", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "aside", "figure", "figcaption", "dl", "dt", "dd", "pre", "main", "doc",
    "body", "tbody", "thead", "caption",
})
BREAKS = frozenset({"lb", "br", "hr"})
SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "comments",
                  "graphic", "img"})
LINK_TARGETS = {"ref": "target", "a": "href"}


@dataclass
class Rendered:
    """Text made from markup, with the links found in it."""

    text: str
    links: list[LinkHint] = field(default_factory=list)


class _Writer:
    """Accumulates text; collapses white space; keeps offsets exact."""

    def __init__(self, reference: str | None = None) -> None:
        self.reference = reference  # the page's text, white space collapsed
        self.parts: list[str] = []
        self.length = 0
        self.space = False  # a space is owed before the next inline text
        self.fresh = True  # at the start of a line

    def inline(self, value: str | None) -> None:
        if not value:
            return
        words = value.split()
        if not words:
            self.space = self.space or not self.fresh
            return
        if (self.space or value[0].isspace() or self._lost_space(words[0])) and not self.fresh:
            self._emit(" ")
        self._emit(" ".join(words))
        self.space = value[-1].isspace()

    def _lost_space(self, following: str) -> bool:
        """True when the text before and `following` are words the page has apart, never
        joined: an extractor dropped the space between an element and its tail."""
        if self.reference is None or not self.parts or not following[0].isalnum():
            return False
        previous = re.search(r"(\w+)\W*$", self.parts[-1])
        first = re.match(r"\w+", following)
        if previous is None or first is None or not self.parts[-1][-1].isalnum():
            return False
        left, right = previous.group(1), first.group(0)
        return f"{left} {right}" in self.reference and f"{left}{right}" not in self.reference

    def block(self) -> None:
        if not self.fresh:
            self._emit("\n")
            self.fresh = True
        self.space = False

    def _emit(self, piece: str) -> None:
        self.parts.append(piece)
        self.length += len(piece)
        self.fresh = piece == "\n"


def render(root: etree._Element, titles: dict[str, str] | None = None,
           reference: str | None = None) -> Rendered:
    """Render an element tree as text with link hints (`titles`: href -> title attribute;
    `reference`: the source page's text, to restore spaces an extractor dropped)."""
    writer = _Writer(" ".join(reference.split()) if reference else None)
    spans: list[tuple[int, int, str | None, str | None]] = []
    _walk(root, writer, spans, titles or {})
    text = "".join(writer.parts).rstrip("\n")
    links = []
    for start, end, url, title in spans:
        while start < end and text[start].isspace():
            start += 1
        end = min(end, len(text))
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            links.append(LinkHint(text[start:end], start, end, url, title))
    return Rendered(text, links)


def _walk(element: etree._Element, writer: _Writer,
          spans: list[tuple[int, int, str | None, str | None]], titles: dict[str, str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.rsplit("}", 1)[-1].lower()
    if tag in SKIP or not isinstance(element.tag, str):
        writer.inline(element.tail)
        return
    if tag in BREAKS:
        writer.block()
        writer.inline(element.tail)
        return
    block = tag in BLOCKS
    if block:
        writer.block()
    link_start = writer.length
    writer.inline(element.text)
    for child in element:
        _walk(child, writer, spans, titles)
    if tag in LINK_TARGETS:
        url = element.get(LINK_TARGETS[tag])
        title = element.get("title") or (titles.get(url) if url else None)
        if writer.length > link_start:
            spans.append((link_start, writer.length, url, title))
    if block:
        writer.block()
    writer.inline(element.tail)
