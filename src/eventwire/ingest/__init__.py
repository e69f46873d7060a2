"""Reading news in the forms an analyst meets it into `Document`s.

`iter_documents(source, date=)` is the one entry point: `source` is a file, a directory (read
recursively), an `http(s)://` URL, or `-` for standard input. Files are read by suffix —
`.html/.htm` pages, `.xml/.rss/.atom` feeds, `.jsonl` lines — and otherwise by sniffing their
content, else as plain text. It yields a `Document` per item, or an `InputError` for an item
that cannot be read, so that one bad item never stops the others.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.feeds import feed_documents
from eventwire.ingest.fetch import fetch
from eventwire.ingest.html import html_document
from eventwire.ingest.jsonl import content_hash, document_from_record, jsonl_documents
from eventwire.ingest.text import MARKUP_ALLOWANCE, decode_bytes, text_document
from eventwire.limits import check_size
from eventwire.model import Document

__all__ = ["content_hash", "decode_bytes", "document_from_record", "iter_documents", "sniff"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
DIRECTORY_SUFFIXES = HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES
PROJECT_FILES = frozenset({"readme", "license", "licence", "copying", "notice", "changelog",
                           "changes", "history", "authors", "contributors", "contributing",
                           "install", "todo"})
"""Names (without suffix) of a folder's housekeeping files, which are not news."""


def is_project_file(path: Path) -> bool:
    """True for README, LICENSE, CHANGELOG and the like (`README.md`, `LICENSE-2.txt`):
    a folder of news often carries them, and coding them as reports invents events."""
    stem = path.name.split(".", 1)[0].casefold()
    return stem in PROJECT_FILES or stem.split("-", 1)[0].split("_", 1)[0] in PROJECT_FILES
"""What a directory walk reads; other files (images, archives) are skipped."""


def iter_documents(source: str, *, date: dt.date | None = None
                   ) -> Iterator[Document | InputError]:
    """Yield the documents in `source`, or an InputError per item that cannot be read.

    `date` is the publication date of plain text and HTML (it overrides a page's own date),
    and stands in for a missing date in feed entries and JSON lines.
    """
    try:
        if source == "-":
            yield from _from_bytes(sys.stdin.buffer.read(), source="<stdin>", doc_id="stdin",
                                   kind=None, date=date)
        elif source.startswith(("http://", "https://")):
            yield from _from_url(source, date)
        elif Path(source).is_dir():
            yield from _from_directory(Path(source), date)
        else:
            yield from _from_file(Path(source), date)
    except InputError as exc:
        yield exc


def sniff(head: bytes) -> str:
    """Guess 'html', 'feed' or 'text' from the first bytes of a resource."""
    start = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not start.startswith(b"<"):
        return "text"
    if b"<html" in start or start.startswith((b"<!doctype html", b"<head", b"<body")):
        return "html"
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    if start.startswith((b"<p", b"<div", b"<article", b"<h1", b"<section")):
        return "html"
    return "text"


def _kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def _from_file(path: Path, date: dt.date | None) -> Iterator[Document | InputError]:
    source = str(path)
    kind = _kind_of(path)
    try:
        if kind == "jsonl":
            with path.open("rb") as handle:
                yield from jsonl_documents(handle, source=source, date=date)
            return
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source=source) from None
    except IsADirectoryError:
        raise InputError("is a directory", source=source) from None
    except PermissionError:
        raise InputError("permission denied", source=source) from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", source=source) from None
    yield from _from_bytes(raw, source=source, doc_id=path.stem, kind=kind, date=date)


def _from_directory(root: Path, date: dt.date | None) -> Iterator[Document | InputError]:
    paths, unreadable = _walk(root)
    yield from unreadable  # a folder we may not read is an error, never silently skipped
    found = False
    for path in paths:
        if path.suffix.lower() not in DIRECTORY_SUFFIXES or is_project_file(path):
            continue
        found = True
        try:
            yield from _from_file(path, date)
        except InputError as exc:
            yield exc
    if not found and not unreadable:
        yield InputError("no readable files (text, HTML, feeds, JSONL) in directory",
                         source=str(root))


def _walk(root: Path) -> tuple[list[Path], list[InputError]]:
    """The files under `root` (hidden ones and hidden folders left out), sorted, and an error
    per folder that cannot be listed."""
    files: list[Path] = []
    errors: list[InputError] = []

    def failed(exc: OSError) -> None:
        errors.append(InputError(f"cannot read directory: {exc.strerror or exc}",
                                 source=str(exc.filename or root)))

    for folder, subfolders, names in os.walk(root, onerror=failed):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        files.extend(Path(folder) / n for n in names if not n.startswith("."))
    return sorted(p for p in files if p.is_file()), errors


def _from_url(url: str, date: dt.date | None) -> Iterator[Document | InputError]:
    fetched = fetch(url)
    content_type = fetched.content_type.split(";")[0].strip().lower()
    if "html" in content_type:
        kind = "html"
    elif any(t in content_type for t in ("rss", "atom", "xml")):
        kind = "feed"
    elif "ndjson" in content_type or "jsonl" in content_type or url.endswith(".jsonl"):
        kind = "jsonl"
    else:
        kind = None
    if kind == "feed" and sniff(fetched.content) == "html":
        kind = "html"
    if kind == "jsonl":
        yield from jsonl_documents(fetched.content.splitlines(), source=url, date=date)
        return
    yield from _from_bytes(fetched.content, source=url, doc_id=url, kind=kind, date=date,
                           url=fetched.url)


def _from_bytes(raw: bytes, *, source: str, doc_id: str, kind: str | None,
                date: dt.date | None, url: str | None = None
                ) -> Iterator[Document | InputError]:
    try:
        kind = kind or sniff(raw)
        # Refused before decoding; pages, feeds and JSON Lines hold more than their text.
        check_size(raw, source, allowance=1 if kind == "text" else MARKUP_ALLOWANCE)
        if kind == "html":
            yield html_document(raw, source=source, doc_id=doc_id, date=date, url=url)
        elif kind == "feed":
            yield from feed_documents(raw, source=source, date=date)
        elif kind == "jsonl":
            yield from jsonl_documents(raw.splitlines(), source=source, date=date)
        else:
            yield text_document(raw, source=source, doc_id=doc_id, date=date, url=url)
    except InputError as exc:
        yield exc
