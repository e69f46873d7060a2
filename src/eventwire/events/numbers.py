"""Counts of people as news writes them: "six", "1,200", "twenty-one", "at least 20", "dozens".

A count is read at a token and gives ``(low, high, end)``: the bounds the text supports and the
token after the count. The conventions for vague quantities are fixed here, once:

- exact figures give low = high ("six", "a dozen", "one hundred and twenty");
- "at least N", "N or more", "more than N" (N + 1), "over N" leave high open;
- "about/around/some/an estimated/roughly N" take N as given (low = high = N);
- "nearly/almost/close to N" give low = ceil(0.9 N), high = N - 1;
- "up to/as many as/at most N" give low = 1, high = N; "fewer than/under N" low = 1, high = N - 1;
- "between N and M", "N to M", "N-M", "N or M" give low = N, high = M;
- vague plurals leave high open: "several"/"a few"/"a handful" 3, "dozens" 24 (the
  contract's convention), "scores" 40, "hundreds" 200, "thousands" 2,000, "tens of thousands"
  20,000.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

_UNITS = {w: n for n, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"))}
_TENS = {w: 10 * n for n, w in enumerate((
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), start=2)}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {"several": 3, "few": 3, "handful": 3, "dozens": 24, "scores": 40, "hundreds": 200,
         "thousands": 2000}
"""Vague plurals: the lowest figure each is taken to mean (high stays open)."""

_OPEN_ABOVE = {("at", "least"): 0, ("more", "than"): 1, ("over",): 1, ("upwards", "of"): 0,
               ("in", "excess", "of"): 1, ("no", "fewer", "than"): 0, ("no", "less", "than"): 0,
               ("a", "minimum", "of"): 0}
_AS_GIVEN = {("about",), ("around",), ("some",), ("roughly",), ("approximately",),
             ("an", "estimated"), ("estimated",), ("a", "reported"), ("reportedly",),
             ("officially",)}
_NEARLY = {("nearly",), ("almost",), ("close", "to"), ("just", "under"), ("just", "below")}
_UP_TO = {("up", "to"): 0, ("as", "many", "as"): 0, ("at", "most"): 0, ("fewer", "than"): 1,
          ("less", "than"): 1, ("under",): 1}
_QUALIFIERS = sorted({*_OPEN_ABOVE, *_AS_GIVEN, *_NEARLY, *_UP_TO}, key=len, reverse=True)
_QUALIFIERS_BY_FIRST = {first: [q for q in _QUALIFIERS if q[0] == first]
                        for first in {q[0] for q in _QUALIFIERS}}
"""The qualifiers by first word, longest first: `read_count` runs at every token, and most
tokens open no qualifier."""
_DASHES = ("-", "\u2013", "\u2014", "to")


def _digits(word: str) -> int | None:
    cleaned = word.replace(",", "")
    if cleaned.isdecimal() and len(cleaned) <= 7:  # not isdigit: "³" is a digit int() refuses
        return int(cleaned)
    return None


def _plain(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """An exact number at `i` (digits or words): (value, end)."""
    if i >= len(words):
        return None
    w = words[i]
    value = _digits(w)
    if value is not None:
        k = i + 1
        if k < len(words) and words[k] in _SCALES:
            return value * _SCALES[words[k]], k + 1
        return value, k
    if "-" in w and w.split("-", 1)[0] in _TENS and w.split("-", 1)[1] in _UNITS:
        a, b = w.split("-", 1)
        return _TENS[a] + _UNITS[b], i + 1
    if w in ("a", "one") and i + 1 < len(words) and words[i + 1] == "dozen":
        return 12, i + 2
    total, current, k = 0, None, i
    while k < len(words):
        w = words[k]
        if w in _UNITS and (not current or current % 10 == 0 and current >= 20
                            and _UNITS[w] < 10):
            current = (current or 0) + _UNITS[w]
        elif w in _TENS and not current:
            current = _TENS[w]
        elif w == "-" and current is not None and current % 10 == 0 and current >= 20 and \
                k + 1 < len(words) and words[k + 1] in _UNITS:
            k += 1
            continue
        elif w == "dozen" and current is not None and current < 20:
            current *= 12
        elif w in _SCALES and current:
            total += current * _SCALES[w]
            current = 0
        elif w == "and" and current == 0 and total and k + 1 < len(words) and (
                words[k + 1] in _UNITS or words[k + 1] in _TENS):
            pass  # "one hundred and twenty"
        else:
            break
        k += 1
    if k == i:
        return None
    return total + (current or 0), k


def _vague(words: Sequence[str], i: int) -> tuple[int, int] | None:
    w = words[i]
    if w == "tens" and words[i + 1:i + 3] == ["of", "thousands"]:
        return 20000, i + 3
    if w in ("a", "several") and i + 1 < len(words) and words[i + 1] in ("few", "handful"):
        return 3, i + 2
    if w in VAGUE and w not in ("few", "handful"):
        return VAGUE[w], i + 1
    return None


def read_count(words: Sequence[str], i: int) -> tuple[int, int | None, int] | None:
    """The count starting at token `i` (qualifier included): (low, high, end), or None."""
    qualifier: tuple[str, ...] = ()
    for q in _QUALIFIERS_BY_FIRST.get(words[i], ()) if i < len(words) else ():
        if tuple(words[i:i + len(q)]) == q:
            qualifier = q
            break
    k = i + len(qualifier)
    if k >= len(words):
        return None
    vague = _vague(words, k)
    if vague is not None:
        return vague[0], None, vague[1]
    plain = _plain(words, k)
    if plain is None:
        return None
    value, end = plain
    if not qualifier:
        rng = _range_end(words, end, value)
        if rng is not None:
            return value, rng[0], rng[1]
        if words[end:end + 2] == ["or", "more"]:
            return value, None, end + 2
        return value, value, end
    if qualifier in _OPEN_ABOVE:
        return value + _OPEN_ABOVE[qualifier], None, end
    if qualifier in _NEARLY:
        return max(1, math.ceil(0.9 * value)), max(1, value - 1), end
    if qualifier in _UP_TO:
        return 1, max(1, value - _UP_TO[qualifier]), end
    return value, value, end


def _range_end(words: Sequence[str], end: int, low: int) -> tuple[int, int] | None:
    """ "10-15", "10 to 15", "two or three": the upper figure and where it ends."""
    if end < len(words) and words[end] in (*_DASHES, "or"):
        nxt = _plain(words, end + 1)
        if nxt is not None and nxt[0] > low:
            return nxt
    return None


def read_between(words: Sequence[str], i: int) -> tuple[int, int | None, int] | None:
    """ "between 10 and 15": (10, 15, end)."""
    if words[i] != "between":
        return None
    a = _plain(words, i + 1)
    if a is None or a[1] >= len(words) or words[a[1]] != "and":
        return None
    b = _plain(words, a[1] + 1)
    if b is None or b[0] <= a[0]:
        return None
    return a[0], b[0], b[1]
