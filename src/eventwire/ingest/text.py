"""Bytes to text: encodings detected, binary data refused; plain-text documents.

News files arrive in UTF-8, in Windows-1252/Latin-1, and sometimes as UTF-8 with a few Latin-1
bytes pasted in. `decode_bytes` never fails: valid UTF-8 is read as such, stray bytes inside
otherwise-UTF-8 text are read as Windows-1252, wholly single-byte text goes to
`charset_normalizer` when it is not plainly Western, and nothing is lost to an exception.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from pathlib import Path

from eventwire.dates import parse_date
from eventwire.errors import InputError
from eventwire.limits import check_size
from eventwire.model import Document

_FALLBACK = "eventwire-cp1252"
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_DATED_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[-_ .]|$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
MARKUP_ALLOWANCE = 4
"""How many times the document size limit a page or feed may be, markup included."""
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_TEXTUAL = re.compile(r"[\w\s.,;:!?'\"()\[\]\-\u2010-\u201f%$&/@#*+=<>|~^`{}\u00a0-\u00bf]")


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read each undecodable byte as Windows-1252 (else Latin-1)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start:error.end]
    text = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk)
    return text, error.end


codecs.register_error(_FALLBACK, _cp1252_bytes)


def decode_bytes(raw: bytes) -> str:
    """Decode bytes to text, never failing (see the module docstring for how)."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors=_FALLBACK)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(raw):  # UTF-8 with some stray single bytes
        return raw.decode("utf-8", errors=_FALLBACK)
    high = sum(1 for b in raw[:100_000] if b >= 0x80)
    if high > 0.1 * min(len(raw), 100_000):  # mostly non-ASCII: not a Western single-byte text
        from charset_normalizer import from_bytes

        best = from_bytes(raw[:1_000_000]).best()
        if best is not None and best.encoding:
            return raw.decode(best.encoding, errors="replace")
    return raw.decode("cp1252", errors=_FALLBACK)


def check_text(text: str, source: str, line: int | None = None, *,
               markup: bool = False) -> None:
    """The one input check every entry point (files, stdin, JSONL, feeds, the API) makes.

    Refuses empty input, binary data, text that is not valid Unicode (a lone surrogate, which
    JSON's "\\ud800" can carry) and a document over the size limit (`markup` allows an HTML
    page four times the limit, since its text is what gets coded), each with a clear message.
    """
    if not text.strip():
        raise InputError("empty: no text to code", source=source, line=line)
    check_size(text, source, line, allowance=MARKUP_ALLOWANCE if markup else 1)
    sample = text[:20_000]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > 0.02 * len(sample):
        raise InputError("binary data, not text", source=source, line=line)
    if len(sample) >= 64 and len(_TEXTUAL.findall(sample)) < 0.8 * len(sample):
        raise InputError("binary data, not text", source=source, line=line)
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise InputError(f"not valid Unicode: lone surrogate U+{ord(surrogate[0]):04X} at "
                         f"character {surrogate.start()}", source=source, line=line)


def date_from_name(path: str | Path) -> dt.date | None:
    """The date of a file named `YYYY-MM-DD-slug.txt`, or None."""
    match = _DATED_NAME.match(Path(path).name)
    if not match:
        return None
    try:
        return parse_date(match[1])
    except InputError:
        return None


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, no full stop, more text after it."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if rest.strip() and 0 < len(first) <= 150 and not first.endswith((".", ":", ",")):
        return first
    return None


def text_document(raw: bytes, *, source: str, doc_id: str, date: dt.date | None,
                  url: str | None = None) -> Document:
    """A plain-text Document; its date is `date`, else the one in the file's name."""
    text = decode_bytes(raw)
    check_text(text, source)
    if date is None and url is None:
        date = date_from_name(source)
    return Document(text=text, id=doc_id, date=date, title=headline(text), url=url,
                    source=source)
