"""HTML pages: main text (trafilatura), page date (htmldate), links and live-blog updates.

The main text is trafilatura's, asked for as XML with formatting and links kept, then rendered
by `markup.render` so that block quotes stay paragraphs of their own, bold update markers
("**UPDATE 1330 GMT:**") stay at the start of their line for the segmenter, and every anchor
becomes a `LinkHint` (href, and title attribute from the page). The page date comes from
metadata only (htmldate without its free-text search), so a "© 2023" footer is never taken
for a publication date. A schema.org `LiveBlogPosting` in JSON-LD gives `UpdateHint`s: each
`liveBlogUpdate` is found in the text by its body (or headline) and carries its own
`datePublished`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from eventwire.errors import InputError
from eventwire.ingest import livemarkup
from eventwire.ingest.markup import render
from eventwire.ingest.text import check_text, decode_bytes
from eventwire.limits import check_size
from eventwire.model import Document, LinkHint, QuoteHint, UpdateHint

logger = logging.getLogger(__name__)

_BOILERPLATE = re.compile(r"\b(?:enable javascript|javascript (?:is )?(?:disabled|required)|"
                          r"your browser|accept (?:all )?cookies|we use cookies|"
                          r"loading\W*$)", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass
class LiveUpdate:
    """One `liveBlogUpdate` of a page's JSON-LD."""

    headline: str | None
    body: str | None
    time: dt.datetime | None
    author: str | None = None


def decode_html(raw: bytes) -> str:
    """Decode a page by its declared charset when that works, else by detection."""
    declared = _CHARSET.search(raw[:4096])
    if declared:
        try:
            return raw.decode(declared[1].decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(raw)


def html_document(raw: bytes | str, *, source: str, doc_id: str, date: dt.date | None,
                  url: str | None = None) -> Document:
    """A Document from one HTML page; `date`, when given, overrides the page's own."""
    import trafilatura
    from htmldate import find_date

    html = raw if isinstance(raw, str) else decode_html(raw)
    check_text(html, source, markup=True)
    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError("not an HTML page that can be parsed", source=source)
    blog = live_blog(tree)
    titles = {a.get("href"): a.get("title") for a in tree.iter("a")
              if a.get("href") and a.get("title")}
    page_title = _page_title(tree)
    page_date = find_date(tree, extensive_search=False, original_date=True, url=url)
    xml = trafilatura.extract(html, url=url, output_format="xml", include_links=True,
                              include_formatting=True, include_comments=False,
                              include_tables=True, with_metadata=True)
    text, links, title = "", [], None
    if xml:
        doc = etree.fromstring(xml.encode("utf-8"))
        main = doc.find("main")
        rendered = render(main if main is not None else doc, titles, _page_text(tree))
        text, links, title = rendered.text, rendered.links, doc.get("title")
    updates: list[UpdateHint] = []
    published = None
    if blog is not None:
        blog_headline, published, entries = blog
        title = blog_headline or title
        if not text.strip() and entries:
            text = "\n".join(p for e in entries for p in (e.headline, e.body) if p)
        updates = locate_updates(text, entries)
    if not updates:  # no JSON-LD: the update containers of the markup, if any
        updates = locate_updates(text, [LiveUpdate(u.headline, u.body, u.time, u.author)
                                         for u in livemarkup.updates(tree)])
    quotes = locate_posts(text, livemarkup.posts(tree))
    if not has_prose(text):
        raise InputError("no main text found in the HTML page", source=source)
    check_size(text, source)
    if date is None:
        date = _as_date(page_date) or (published.date() if published else None)
    return Document(text=text, id=doc_id, date=date, title=title or page_title, url=url,
                    source=source, published=published, links=links, updates=updates,
                    quotes=quotes)


def has_prose(text: str) -> bool:
    """Whether extracted text has a line of prose, not just menu items and script notices."""
    for line in text.splitlines():
        if len(line.split()) >= 5 and not _BOILERPLATE.search(line):
            return True
    return False


def live_blog(tree: Any) -> tuple[str | None, dt.datetime | None, list[LiveUpdate]] | None:
    """(headline, datePublished, updates) of the page's LiveBlogPosting, or None."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            logger.debug("unreadable JSON-LD skipped")
            continue
        for item in _json_ld_items(data):
            if "LiveBlogPosting" in _types(item):
                raw_updates = item.get("liveBlogUpdate") or []
                if isinstance(raw_updates, dict):
                    raw_updates = [raw_updates]
                entries = [LiveUpdate(_string(u.get("headline")),
                                      _string(u.get("articleBody") or u.get("text")),
                                      _datetime(u.get("datePublished") or u.get("dateCreated")
                                                or u.get("dateModified")))
                           for u in raw_updates if isinstance(u, dict)]
                return (_string(item.get("headline")), _datetime(item.get("datePublished")),
                        entries)
    return None


def locate_updates(text: str, entries: list[LiveUpdate]) -> list[UpdateHint]:
    """Update hints over `text`: each update from the start of the line its body is on."""
    found: dict[int, UpdateHint] = {}
    for entry in entries:
        if entry.time is None:
            continue
        position = _find(text, entry.body) if entry.body else -1
        if position < 0 and entry.headline:
            position = _find(text, entry.headline)
        if position < 0:
            continue
        start = text.rfind("\n", 0, position) + 1
        if entry.headline:  # a headline on the line just above belongs to the update
            above = text.rfind("\n", 0, max(start - 1, 0)) + 1
            if start > 0 and text[above:start - 1].strip() == entry.headline.strip():
                start = above
        found.setdefault(start, UpdateHint(start, start, entry.time, entry.headline,
                                           entry.author))
    hints = sorted(found.values(), key=lambda h: h.start)
    if not hints:
        return []
    for hint, following in zip(hints, [*hints[1:], None], strict=True):
        hint.end = following.start if following is not None else len(text)
    return hints


def locate_posts(text: str, posts: list[livemarkup.MarkupPost]) -> list[QuoteHint]:
    """Quote hints over `text`: each block quote from its first word to its last."""
    out = []
    for post in posts:
        start = _find(text, post.body)
        if start < 0:
            continue
        tail = " ".join(post.body.split()[-8:])
        pattern = r"\s+".join(re.escape(w) for w in tail.split())
        match = re.compile(pattern).search(text, start)
        if match is None or "\n\n" in text[start:match.end()]:
            continue
        out.append(QuoteHint(start, match.end(), post.author, post.time, post.url))
    return out


def _find(text: str, snippet: str) -> int:
    """Where `snippet` (white space normalised, first 80 characters) begins in `text`."""
    words = snippet.split()
    probe = " ".join(words)[:80].rstrip()
    if len(probe) < 8:
        return -1
    pattern = r"\s+".join(re.escape(w) for w in probe.split())
    match = re.search(pattern, text)
    return match.start() if match else -1


def _json_ld_items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_items(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _json_ld_items(graph)


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    if isinstance(kind, str):
        return {kind.rsplit("/", 1)[-1]}
    if isinstance(kind, list):
        return {k.rsplit("/", 1)[-1] for k in kind if isinstance(k, str)}
    return set()


def _string(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _datetime(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _as_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _page_text(tree: Any) -> str:
    """The page body's text as a browser joins it: every text node in order, scripts out."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    return "".join(root.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]"))


def _page_title(tree: Any) -> str | None:
    for xpath in ('//meta[@property="og:title"]/@content', "//title/text()", "//h1//text()"):
        found = tree.xpath(xpath)
        if found and str(found[0]).strip():
            return " ".join(str(found[0]).split())
    return None


def html_fragment_text(fragment: str) -> tuple[str, list[LinkHint]]:
    """Text and links of an HTML fragment (a feed entry's content)."""
    from lxml import html as lxml_html

    if "<" not in fragment:
        return " ".join(fragment.split()), []
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(re.sub(r"<[^>]+>", " ", fragment).split()), []
    rendered = render(root)
    return rendered.text, rendered.links
