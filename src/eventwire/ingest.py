"""Reading news in the forms an analyst meets it into `Document`s.

`iter_documents(source)` yields a `Document` per item, or an `InputError` for an item that
cannot be read, so that one bad item never stops the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from eventwire.dates import parse_date
from eventwire.errors import EventwireError, InputError
from eventwire.model import Document

HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}


def iter_documents(source: str, *, date: dt.date | None = None
                   ) -> Iterator[Document | InputError]:
    """Yield the documents in `source` (a path, or '-' for stdin), or an error per bad item."""
    path = Path(source)
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _iter_jsonl(path)
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", source=source)
        return
    text = decode_bytes(raw)
    if path.suffix.lower() in HTML_SUFFIXES:
        yield from _html_document(text, source, date)
    else:
        yield Document(text=text, id=path.stem, date=date, source=source)


def decode_bytes(raw: bytes) -> str:
    """Decode bytes as UTF-8, else the detected encoding; undecodable bytes become U+FFFD."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is not None:
            return str(best)
        return raw.decode("utf-8", errors="replace")


def _html_document(html: str, source: str, date: dt.date | None
                   ) -> Iterator[Document | InputError]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, favor_recall=True) or ""
    if not text.strip():
        yield InputError("HTML page has no main text", source=source)
        return
    yield Document(text=text, id=Path(source).stem, date=date, source=source)


def _iter_jsonl(path: Path) -> Iterator[Document | InputError]:
    source = str(path)
    with path.open("rb") as handle:
        for number, raw_line in enumerate(handle, start=1):
            line = decode_bytes(raw_line).strip()
            if not line:
                continue
            try:
                yield document_from_record(json.loads(line), source=source, line=number)
            except json.JSONDecodeError as exc:
                yield InputError(f"bad JSON: {exc.msg} (column {exc.colno})", source=source,
                                 line=number)
            except EventwireError as exc:
                yield exc if isinstance(exc, InputError) else InputError(str(exc), source=source,
                                                                          line=number)


def document_from_record(record: object, *, source: str | None = None, line: int | None = None
                         ) -> Document:
    """Build a Document from a JSONL record `{"id", "text", "date"?, "title"?, "url"?}`."""
    if not isinstance(record, dict):
        raise InputError("each line must be a JSON object", source=source, line=line)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError('missing "text" string', source=source, line=line)
    doc_id = record.get("id")
    if doc_id is None:
        doc_id = content_hash(text)[:16]
    return Document(
        text=text,
        id=str(doc_id),
        date=parse_date(record.get("date"), source=source, line=line),
        title=record.get("title"),
        url=record.get("url"),
        source=source,
    )


def content_hash(text: str) -> str:
    """The key of a document's content: SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
