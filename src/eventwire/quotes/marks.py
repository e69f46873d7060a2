"""Quotation marks paired into quoted spans, robust to the mess real text contains.

Curly marks say which way they face; straight marks are read from what stands beside them.
Journalistic convention continues a quote over paragraphs by leaving the closing mark off a
paragraph and opening the next one with a mark; we follow that, and otherwise an opening mark
with no partner ends at its paragraph's end, so one stray mark never swallows the document.
Single quotes are only read outside double quotes (inside them they are nested quotes).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

OPENING = frozenset("“„«")
CLOSING = frozenset("”»")
STRAIGHT = '"'
SINGLE_OPENING = frozenset("‘")
SINGLE_CLOSING = frozenset("’")

_MARK = re.compile("''|``|[\"“”„«»‘’']")
_PARAGRAPH = re.compile(r"[^\n]+")
_BEFORE_OPEN = frozenset("([{—–-/\u00a0")
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-…\u00a0")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


@dataclass(frozen=True)
class Quoted:
    """A quoted span: `start`/`end` is the content between the marks.

    `open_mark` is the offset of the opening mark; `close_mark` that of the closing mark, or
    None when the quote was never closed (it then ends at its paragraph's or sentence's end).
    `paragraphs` counts the paragraphs it runs over.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraphs: int = 1
    single: bool = False


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted span in `text`, in order, never overlapping."""
    out: list[Quoted] = []
    paragraphs = [m.span() for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    pending: tuple[int, int] | None = None  # (open mark, paragraphs so far) carried over
    for number, (p_start, p_end) in enumerate(paragraphs):
        marks = [(m.start(), m.group()) for m in _MARK.finditer(text, p_start, p_end)]
        doubles = [(i, c) for i, c in marks
                   if c in OPENING or c in CLOSING or c == STRAIGHT or len(c) == 2]
        opener: int | None = None
        count = 1
        if pending is not None:
            first = doubles[0] if doubles else None
            if first is not None and text[p_start:first[0]].strip() == "" \
                    and _role(text, first[0], first[1]) != "close":
                opener, count = pending[0], pending[1] + 1
                doubles = doubles[1:]
            else:
                out.append(_unclosed(text, pending[0], pending[1]))
            pending = None
        closed_spans: list[tuple[int, int]] = []
        for index, char in doubles:
            role = _role(text, index, char)
            if opener is None:
                if role != "close":
                    opener, count = index, 1
                continue
            if role == "open" and char in OPENING:
                # A second opening mark: the first never closed; it ends where this one opens.
                unclosed = _unclosed(text, opener, count, limit=index)
                if unclosed.end > unclosed.start:
                    out.append(unclosed)
                opener, count = index, 1
                continue
            quoted = _make(text, opener, index, count)
            if quoted is not None:
                out.append(quoted)
                closed_spans.append((opener, index))
            opener = None
        if opener is not None:
            following = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
            if following is not None and _opens_paragraph(text, following):
                pending = (opener, count)
            else:
                out.append(_unclosed(text, opener, count, limit=p_end))
        out.extend(_singles(text, marks, closed_spans, opener, p_end))
    if pending is not None:
        out.append(_unclosed(text, pending[0], pending[1]))
    out = [q for q in out if q.end > q.start]
    out.sort(key=lambda q: q.start)
    return _drop_overlaps(out)


def _role(text: str, index: int, char: str) -> str:
    """'open', 'close' or 'either' for the mark `char` at `index`, from glyph and neighbours.

    Typewriter text writes double marks as two apostrophes or backticks (''…'' and ``…'').
    """
    before = text[index - 1] if index > 0 else " "
    after = text[index + len(char)] if index + len(char) < len(text) else " "
    if char == "``":
        return "open"
    left_free = before.isspace() or before in _BEFORE_OPEN
    right_free = after.isspace() or after in _AFTER_CLOSE or after in "\"”’'"
    if char in OPENING or char in SINGLE_OPENING:
        return "open"
    if char in CLOSING or char in SINGLE_CLOSING:
        # Some typesetting uses the closing glyph for both; trust the neighbours then.
        return "open" if left_free and not right_free else "close"
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    return "either"


def _opens_paragraph(text: str, p_start: int) -> bool:
    index = p_start
    while index < len(text) and text[index] in " \t\u00a0":
        index += 1
    return index < len(text) and (text[index] in OPENING or text[index] == STRAIGHT
                                  or text.startswith(("''", "``"), index))


def _make(text: str, opener: int, closer: int, count: int, single: bool = False
          ) -> Quoted | None:
    start, end = _trim(text, opener + 1, closer)
    if end > start and text[end - 1] == ",":
        end -= 1  # the comma before "he said" belongs to the sentence, not to the words
    if end <= start:
        return None
    return Quoted(start, end, opener, closer, count, single)


def _unclosed(text: str, opener: int, count: int, limit: int | None = None) -> Quoted:
    """A quote whose closing mark is missing: it runs to `limit` (its paragraph's end)."""
    if limit is None:
        newline = text.find("\n", opener)
        limit = len(text) if newline < 0 else newline
    start, end = _trim(text, opener + 1, limit)
    return Quoted(start, end, opener, None, count)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    if start < end and text[start - 1] in "'`" and text[start] == text[start - 1]:
        start += 1  # the second half of a two-character mark
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _singles(text: str, marks: list[tuple[int, str]], doubles: list[tuple[int, int]],
             open_double: int | None, p_end: int) -> list[Quoted]:
    """Quotes in single marks outside double quotes: ‘a cancer’ or 'a cancer'."""
    starts = [a for a, _ in doubles]  # in text order, never overlapping

    def inside_double(index: int) -> bool:
        if open_double is not None and index > open_double:
            return True
        k = bisect_left(starts, index) - 1  # the last span opening before `index`
        return k >= 0 and index < doubles[k][1]

    out: list[Quoted] = []
    opener: int | None = None
    for index, char in marks:
        if char not in ("‘", "’", "'") or inside_double(index):
            continue
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < p_end else " "
        if opener is None:
            if char != "’" and (before.isspace() or before in _BEFORE_OPEN) and after.isalnum():
                opener = index
            continue
        if char == "‘":
            opener = index
            continue
        right_free = after.isspace() or after in _AFTER_CLOSE
        if right_free and not before.isspace() and not (before in "sS" and after == " "
                                                       and _lowercase_next(text, index)):
            quoted = _make(text, opener, index, 1, single=True)
            if quoted is not None and quoted.end - quoted.start < 400:
                out.append(quoted)
            opener = None
    return out


def _lowercase_next(text: str, index: int) -> bool:
    """Whether a lowercase word follows: "the rebels' positions" is a possessive, not a close."""
    rest = text[index + 1:index + 3]
    return len(rest) == 2 and rest[1].islower()


def _drop_overlaps(quotes: list[Quoted]) -> list[Quoted]:
    out: list[Quoted] = []
    for quoted in quotes:
        if out and quoted.open_mark < out[-1].end:
            continue
        out.append(quoted)
    return out
