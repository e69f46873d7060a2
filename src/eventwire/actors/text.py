"""Pieces: the normalised units the actor dictionary is keyed on.

Tokenisers disagree on "U.S.", "Erdogan's" and "Turkish-backed" (one token or several), so
matching re-splits every `Sentence` token the same way the dictionary phrases are split:
hyphens and a possessive "'s" become pieces of their own, and dotted initialisms ("U.S.",
"U.N.") are joined into one piece. A piece keeps its character offsets into the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from eventwire.model import Token

_PIECE = re.compile(r"[^\W_]+(?:'[^\W_]+)*|\S")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


class Piece(NamedTuple):
    """One unit of text: `key` is its lower-cased, normalised form (a tuple: cheap to make)."""

    text: str
    key: str
    start: int
    end: int
    tag: str = ""  # the Penn tag of the token the piece comes from, when the tagger ran

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def upper(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)


def pieces_of_tokens(tokens: Iterable[Token]) -> list[Piece]:
    """Split sentence tokens into pieces, keeping document offsets."""
    raw: list[Piece] = []
    append = raw.append
    make = Piece._make
    dotted = False
    for token in tokens:
        text = token.text
        if text.isalnum():  # the common case: one word, one piece
            append(make((text, token.lower or text.lower(), token.start, token.end, token.tag)))
            continue
        dotted = dotted or "." in text
        text = text.translate(_APOSTROPHES)
        if text.lower() == "'s":  # a tokenizer that splits the possessive off
            raw.append(Piece(text, "'s", token.start, token.end, token.tag))
            continue
        for match in _PIECE.finditer(text):
            for piece in _split_possessive(match.group(), token.start + match.start()):
                append(piece._replace(tag=token.tag) if token.tag else piece)
    return _join_initialisms(raw) if dotted else raw


def pieces_of_text(text: str, offset: int = 0) -> list[Piece]:
    """Split free text (a dictionary phrase, a speaker string) into pieces."""
    text = text.translate(_APOSTROPHES)
    raw: list[Piece] = []
    for match in _PIECE.finditer(text):
        raw.extend(_split_possessive(match.group(), offset + match.start()))
    return _join_initialisms(raw)


def phrase_key(text: str) -> tuple[str, ...]:
    """The dictionary key of a phrase: its piece keys (fast: no offsets kept)."""
    words: list[str] = []
    for word in _PIECE.findall(text.translate(_APOSTROPHES).lower()):
        if len(word) > 2 and word.endswith("'s"):
            words.append(word[:-2])
            words.append("'s")
        else:
            words.append(word)
    if "." in words:
        return tuple(p.key for p in pieces_of_text(text))
    return tuple(words)


def _split_possessive(word: str, start: int) -> list[Piece]:
    lower = word.lower()
    if len(word) > 2 and lower.endswith("'s"):
        base = word[:-2]
        return [Piece(base, base.lower(), start, start + len(base)),
                Piece("'s", "'s", start + len(base), start + len(word))]
    return [Piece(word, lower, start, start + len(word))]


def _join_initialisms(pieces: list[Piece]) -> list[Piece]:
    """Join "U" "." "S" "." (touching) into one piece "u.s."."""
    out: list[Piece] = []
    i = 0
    n = len(pieces)
    while i < n:
        p = pieces[i]
        if len(p.text) == 1 and p.text.isalpha() and i + 1 < n and pieces[i + 1].text == "." \
                and pieces[i + 1].start == p.end:
            j = i
            end = p.end
            while (j + 1 < n and len(pieces[j].text) == 1 and pieces[j].text.isalpha()
                   and pieces[j + 1].text == "." and pieces[j + 1].start == pieces[j].end
                   and (j == i or pieces[j].start == end)):
                end = pieces[j + 1].end
                j += 2
            if j - i >= 4:
                text = "".join(q.text for q in pieces[i:j])
                out.append(Piece(text, text.lower(), p.start, end, p.tag))
                i = j
                continue
        out.append(p)
        i += 1
    return out
