"""JSON Lines: one `{"id", "text", "date"?, "title"?, "url"?}` object per line."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator

from eventwire.dates import parse_date
from eventwire.errors import EventwireError, InputError
from eventwire.ingest.text import check_text, decode_bytes
from eventwire.model import Document, content_hash


def jsonl_documents(lines: Iterable[bytes], *, source: str, date: dt.date | None = None
                    ) -> Iterator[Document | InputError]:
    """A Document per good line and an InputError (naming the line) per bad one."""
    for number, raw_line in enumerate(lines, start=1):
        line = decode_bytes(raw_line).strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"bad JSON: {exc.msg} (column {exc.colno})", source=source,
                             line=number)
            continue
        try:
            yield document_from_record(record, source=source, line=number, date=date)
        except EventwireError as exc:
            yield exc if isinstance(exc, InputError) else InputError(str(exc), source=source,
                                                                      line=number)


def document_from_record(record: object, *, source: str | None = None, line: int | None = None,
                         date: dt.date | None = None) -> Document:
    """Build a Document from a record `{"id", "text", "date"?, "title"?, "url"?}`.

    A record without an id gets the start of its text's hash; `date` stands in for a missing
    "date"; a full timestamp in "date" is kept as `published`.
    """
    if not isinstance(record, dict):
        raise InputError("each line must be a JSON object", source=source, line=line)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError('missing "text" string', source=source, line=line)
    check_text(text, source or "<record>", line)
    doc_id = record.get("id")
    if doc_id is None or doc_id == "":
        doc_id = content_hash(text)[:16]
    raw_date = record.get("date")
    published = None
    if isinstance(raw_date, str) and len(raw_date.strip()) > 10:
        try:
            published = dt.datetime.fromisoformat(raw_date.strip())
        except ValueError:
            published = None
    title = record.get("title")
    url = record.get("url")
    return Document(
        text=text,
        id=str(doc_id),
        date=parse_date(raw_date, source=source, line=line) or date,
        title=title if isinstance(title, str) else None,
        url=url if isinstance(url, str) else None,
        source=source,
        published=published,
    )
