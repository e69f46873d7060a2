"""Live-blog structure read from a page's own markup: updates and embedded posts.

Many live blogs carry no JSON-LD; their updates are repeated containers, each with a
`<time datetime>` (or a `data-timestamp` attribute), an author line and sometimes a headline,
and quoted posts are `blockquote` elements whose footer names the author and the time. The
text extractor keeps the words but drops that structure, so this module reads it from the
parsed page and `html` finds each piece in the extracted text by its words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

_UPDATE_CLASS = re.compile(r"(?:^|[\s_-])(?:update|block|entry|post|item|card)(?:$|[\s_-])",
                           re.I)
_TIME_ATTRIBUTES = ("data-timestamp", "data-time", "data-published", "data-datetime")
_AUTHOR_CLASS = re.compile(r"author|byline", re.I)
_HEADINGS = ("h2", "h3", "h4")
_BY = re.compile(r"^\s*(?:by|posted\s+by)\s+", re.I)
_POST_AUTHOR = re.compile(r"^[\s—–-]*(?P<name>[^(@\n]+?)\s*(?:\(@\w+\)|@\w+|$)")


@dataclass
class MarkupUpdate:
    """One update container: its time, headline, author and first paragraph of prose."""

    time: dt.datetime
    headline: str | None
    author: str | None
    body: str | None


@dataclass
class MarkupPost:
    """A `blockquote`: the words quoted, and the post's author, time and address if given."""

    body: str
    author: str | None
    time: dt.datetime | None
    url: str | None


def updates(tree: Any) -> list[MarkupUpdate]:
    """The page's update containers in page order (none unless there are at least two)."""
    containers: list[tuple[Any, dt.datetime]] = []
    seen: set[Any] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or _in_blockquote(element):
            continue
        moment = _attribute_time(element)
        if moment is None and element.tag == "time" and element.get("datetime"):
            container = _container(element)
            moment = parse_time(element.get("datetime"))
            element = container
        if element is None or moment is None or element in seen:
            continue
        if any(_inside(element, other) or _inside(other, element) for other in seen):
            continue
        seen.add(element)
        containers.append((element, moment))
    if len(containers) < 2:
        return []
    return [MarkupUpdate(moment, _headline(c), _author(c), _body(c)) for c, moment in containers]


def posts(tree: Any) -> list[MarkupPost]:
    """Every outermost `blockquote` with its words, author and time."""
    out = []
    for quote in tree.iter("blockquote"):
        if _in_blockquote(quote):
            continue
        footer = [e for e in quote.iter() if isinstance(e.tag, str)
                  and (e.tag in ("footer", "cite") or _AUTHOR_CLASS.search(e.get("class") or ""))]
        paragraphs = [_words(p) for p in quote.iter("p") if not any(
            _inside(p, f) for f in footer)]
        body = " ".join(p for p in paragraphs if p) or _words(quote)
        author = quote.get("data-author")
        if author is None and footer:
            match = _POST_AUTHOR.match(_words(footer[0]))
            author = match["name"].strip() if match and match["name"].strip() else None
        times = [parse_time(t.get("datetime")) for t in quote.iter("time")]
        links = [a.get("href") for a in quote.iter("a") if a.get("href")]
        if body:
            out.append(MarkupPost(body, author, next((t for t in times if t), None),
                                  links[-1] if links else None))
    return out


def parse_time(value: str | None) -> dt.datetime | None:
    """An ISO date-time as an aware datetime (UTC when it names no zone)."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _attribute_time(element: Any) -> dt.datetime | None:
    for name in _TIME_ATTRIBUTES:
        moment = parse_time(element.get(name))
        if moment is not None:
            return moment
    return None


def _container(time_element: Any) -> Any | None:
    """The nearest ancestor that looks like an update: its class says so."""
    for ancestor in time_element.iterancestors():
        if _UPDATE_CLASS.search(ancestor.get("class") or "") and ancestor.tag not in (
                "p", "span", "time", "header", "footer"):
            return ancestor
    return None


def _in_blockquote(element: Any) -> bool:
    return any(a.tag == "blockquote" for a in element.iterancestors())


def _inside(element: Any, other: Any) -> bool:
    return any(a is other for a in element.iterancestors())


def _words(element: Any) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _headline(container: Any) -> str | None:
    for tag in _HEADINGS:
        for heading in container.iter(tag):
            return _words(heading) or None
    return None


def _author(container: Any) -> str | None:
    for element in container.iter():
        if not isinstance(element.tag, str) or _in_blockquote(element):
            continue
        if _AUTHOR_CLASS.search(element.get("class") or "") or element.get("rel") == "author" \
                or element.get("itemprop") == "author":
            words = _BY.sub("", _words(element))
            if words and not any(t.tag == "time" for t in element.iter()):
                return words
    return None


def _body(container: Any) -> str | None:
    """The first paragraph of the update's own prose (no meta line, no quoted post)."""
    for paragraph in container.iter("p"):
        if _in_blockquote(paragraph) or _AUTHOR_CLASS.search(paragraph.get("class") or ""):
            continue
        if any(t.tag == "time" for t in paragraph.iter()) or "meta" in (
                paragraph.get("class") or ""):
            continue
        words = _words(paragraph)
        if len(words.split()) >= 3:
            return words
    return None
