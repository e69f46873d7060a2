"""A detected time expression, and the words around a match that rules look at.

`Mention` is what detection produces: a span, a kind and what it says, before resolution.
`Found` is a rule's match widened by the optional words before it. `Text` keeps the document
reversed as well, so that the words before a match are read by one anchored regex match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Mention:
    """A detected time expression before resolution: a span, a kind and what it says."""

    start: int
    end: int
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)
    parts: list[Mention] = field(default_factory=list)
    relation: str | None = None


class Found:
    """A rule's match widened by the words before it that its prefix pattern took in.

    Rules start with a required, distinctive word (a month, a weekday, a digit) so that the
    regex engine can skip ahead quickly; optional words before it ("early", "last",
    "Tuesday,") are read backwards from the match by a prefix pattern anchored at its start.
    """

    __slots__ = ("_groups", "_match", "_start")

    def __init__(self, match: re.Match[str], prefix: re.Match[str] | None) -> None:
        self._match = match
        self._groups = match.groupdict()
        self._start = match.start()
        if prefix is not None and prefix.end() > prefix.start():
            self._start = prefix.start()
            for name, value in prefix.groupdict().items():
                if value is not None and self._groups.get(name) is None:
                    self._groups[name] = value

    def group(self, name: str | int = 0) -> str | None:
        if name == 0:
            return self._match.string[self._start:self._match.end()]
        return self._groups.get(name)  # type: ignore[arg-type]

    def groupdict(self) -> dict[str, str | None]:
        return self._groups

    def start(self, name: str | None = None) -> int:
        return self._start if name is None else self._match.start(name)

    def end(self, name: str | None = None) -> int:
        return self._match.end() if name is None else self._match.end(name)


class Text(str):
    """The document text with its reverse, so that the words before a match are read by an
    anchored regex match instead of a search or a character loop."""

    reverse: str

    def __new__(cls, text: str) -> Text:
        made = super().__new__(cls, text)
        made.reverse = text[::-1]
        return made


def prev_word(text: str, start: int) -> str:
    """The word (or symbol) just before `start`, lower-cased, on the same line."""
    return words_before(text, start, 1)[-1]


BACK_WORD = re.compile(r"[ \t-]*(\.?[\w$£€#©']+|[^\s\w])")


def words_before(text: str, start: int, count: int) -> list[str]:
    """Up to `count` words (or symbols) before `start` on its line, lower-cased, in order."""
    reverse = text.reverse if isinstance(text, Text) else text[::-1]
    position = len(text) - start
    words: list[str] = []
    while len(words) < count:
        match = BACK_WORD.match(reverse, position)
        if match is None:
            break
        words.append(match.group(1)[::-1].lower())
        position = match.end()
    words.reverse()
    return words or [""]


def next_word(text: str, end: int) -> str:
    match = _NEXT.match(text, end)
    return match.group(1) if match else ""


_NEXT = re.compile(r"[ \t]*([\w']+|\S)")


def inside_word(text: str, start: int) -> bool:
    """Rules start without a word boundary (it would slow the scan): check it here."""
    return start > 0 and text[start - 1].isalpha() and text[start].isalpha()
