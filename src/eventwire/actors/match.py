"""Dictionary matching: the longest known phrase at each piece, left to right.

A phrase is looked up only if its first piece starts some phrase, and only as long as the
longest phrase starting with that piece, so a sentence costs a few dict look-ups per piece.
Capitalisation refuses common words: a proper name matches only where the text capitalises the
pieces the dictionary capitalises ("Turkey" but not "turkey"; "Security Council" but not
"security council"), and an acronym only in capitals ("US", not "us").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.actors.kb import ActorKnowledge, Entry
from eventwire.actors.text import Piece


@dataclass(frozen=True, slots=True)
class Match:
    """Pieces [first, last) of a sentence that name the terms of `entries`."""

    first: int
    last: int
    entries: tuple[Entry, ...]


def find_matches(pieces: Sequence[Piece], kb: ActorKnowledge) -> list[Match]:
    """Longest-first dictionary matches over `pieces`, not overlapping."""
    out: list[Match] = []
    keys = [p.key for p in pieces]
    n = len(keys)
    longest = kb.longest
    index = kb.index
    i = 0
    while i < n:
        most = longest.get(keys[i])
        if most is None:
            i += 1
            continue
        found = None
        for length in range(min(most, n - i), 0, -1):
            entries = index.get(tuple(keys[i:i + length]))
            if entries:
                fitting = tuple(e for e in entries if _case_fits(e, pieces, i, length))
                if fitting:
                    found = Match(i, i + length, fitting)
                    break
        if found is None:
            i += 1
        else:
            out.append(found)
            i = found.last
    return out


def _case_fits(entry: Entry, pieces: Sequence[Piece], first: int, length: int) -> bool:
    span = pieces[first:first + length]
    if entry.exact is not None:
        return span[0].text == entry.exact
    if entry.acronym:
        if not all(p.upper for p in span if any(c.isalpha() for c in p.text)):
            return False
        if len(span[0].text) <= 2:
            return not _shouting(pieces, first, length)
        return True
    if entry.mask is None:
        return True
    if entry.term.source == "petrarch":
        return span[0].capitalised or not span[0].text[:1].isalpha()
    return all(p.capitalised or not need or not p.text[:1].isalpha()
               for p, need in zip(span, entry.mask, strict=True))


def _shouting(pieces: Sequence[Piece], first: int, length: int) -> bool:
    """True when a short acronym sits among words in capitals (a headline in capitals)."""
    around = [p for p in (pieces[first - 1] if first else None,
                          pieces[first + length] if first + length < len(pieces) else None)
              if p is not None and len(p.text) > 2 and p.text.isalpha()]
    return any(p.upper for p in around)
