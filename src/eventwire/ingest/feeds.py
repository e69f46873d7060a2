"""RSS and Atom feeds (feedparser): each entry one Document, dated by the entry."""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import io
import logging
from collections.abc import Iterator

from eventwire.errors import InputError
from eventwire.ingest.html import html_fragment_text
from eventwire.ingest.text import check_text
from eventwire.model import Document

logger = logging.getLogger(__name__)


def feed_documents(raw: bytes, *, source: str, date: dt.date | None = None
                   ) -> Iterator[Document | InputError]:
    """The entries of a feed; `date` only for entries that carry none. Bad entries are errors."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(raw))  # bytes, never a URL: feedparser stays offline
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception")
        message = f"not a readable RSS/Atom feed ({_first_line(reason)})" if reason else (
            "feed has no entries")
        yield InputError(message, source=source)
        return
    if parsed.get("bozo"):
        logger.warning("%s: feed is not well-formed (%s); reading its entries anyway", source,
                       _first_line(parsed.get("bozo_exception")))
    for number, entry in enumerate(entries, start=1):
        try:
            yield _entry_document(entry, source=source, number=number, date=date)
        except InputError as exc:
            yield exc


def _entry_document(entry: dict, *, source: str, number: int, date: dt.date | None
                    ) -> Document:
    title = " ".join((entry.get("title") or "").split()) or None
    content = ""
    for part in entry.get("content") or []:
        if part.get("value"):
            content = part["value"]
            break
    content = content or entry.get("summary") or entry.get("description") or ""
    text, links = html_fragment_text(content)
    if not text.strip():
        if not title:
            raise InputError(f"feed entry {number} has no text", source=source)
        text = title
    check_text(text, source)
    published = (_as_written(entry.get("published") or entry.get("updated"))
                 or _moment(entry.get("published_parsed") or entry.get("updated_parsed")))
    link = entry.get("link")
    return Document(
        text=text,
        id=str(entry.get("id") or link or f"{source}#{number}"),
        date=published.date() if published else date,
        title=title,
        url=link,
        source=source,
        published=published,
        links=links,
    )


def _as_written(value: object) -> dt.datetime | None:
    """The entry's date with its own UTC offset (so its date is the local publication date)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _moment(parsed: object) -> dt.datetime | None:
    """feedparser's UTC struct_time as an aware datetime."""
    if parsed is None:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def _first_line(value: object) -> str:
    return str(value).strip().splitlines()[0] if str(value).strip() else "unknown error"
