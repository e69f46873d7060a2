"""Verb patterns: one compiled form for our own verb lexicon and for PETRARCH verb dictionaries.

A pattern is a line in the PETRARCH/TABARI pattern syntax, which both our YAML lexicon and
PETRARCH-2 dictionaries use: ``* WITH &DRONES [1952]``. ``*`` is the verb, ``$`` the source,
``+`` the target, ``%`` a compound (reciprocal) actor, ``^`` one skipped word, ``&NAME`` a
synset; words joined by ``_`` must be adjacent in the text, words separated by spaces may have
other words between them. ``{ }`` and ``( )`` (PETRARCH-2 phrase brackets) are ignored.

Matching is over lower-cased tokens of one sentence: elements before ``*`` are matched leftwards
from the verb, those after it rightwards, within a window the caller gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from eventwire.errors import DictionaryError

WORD, SYNSET, VERB, SOURCE, TARGET, COMPOUND, SKIP = (
    "word", "synset", "verb", "source", "target", "compound", "skip")

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class Element:
    """One pattern element; `joined` means it must directly follow the element before it."""

    kind: str
    options: tuple[tuple[str, ...], ...] = ()
    joined: bool = False

    @cached_property
    def by_length(self) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
        """The options grouped by length, longest first (as `options` are ordered): a synset
        of hundreds of phrases is tried with one set look-up per length."""
        lengths = sorted({len(o) for o in self.options}, reverse=True)
        return tuple((n, frozenset(o for o in self.options if len(o) == n)) for n in lengths)


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern: its elements (with one VERB element) and the code it assigns."""

    elements: tuple[Element, ...]
    code: str
    text: str = ""
    blocks: bool = False
    """Whether a match means "this sense of the verb is no event" (a pattern of our own
    lexicon coded ``---``: "fight corruption"), so the verb's default code is not used."""

    @cached_property
    def needs(self) -> tuple[frozenset[str], ...]:
        """Per literal element, the words one of which the sentence must contain."""
        return tuple(frozenset(o[0] for o in e.options) for e in self.elements
                     if e.kind in (WORD, SYNSET))

    def possible(self, vocabulary: frozenset[str] | set[str]) -> bool:
        """False when some literal of the pattern cannot occur in a sentence of these words."""
        return all(not need.isdisjoint(vocabulary) for need in self.needs)

    @property
    def verb_index(self) -> int:
        return next(i for i, e in enumerate(self.elements) if e.kind == VERB)

    @cached_property
    def weight(self) -> int:
        """How specific the pattern is: literal words count most, slots a little."""
        score = 0
        for e in self.elements:
            if e.kind in (WORD, SYNSET):
                score += 10 * max(len(o) for o in e.options)
            elif e.kind in (SOURCE, TARGET, COMPOUND):
                score += 1
        return score


@dataclass
class Verb:
    """A verb (with its surface forms) and the patterns that refine its default code.

    `code` None means the verb codes nothing unless a pattern matches (PETRARCH's ``---``).
    `frame` tells the clause finder about complements: ``speech`` verbs take a reported clause.
    `literal`: the patterns' codes are candidates for the classifier (`classify.candidate_codes`)
    only where the pattern's words are there, for a verb too common to carry them everywhere
    ("be" with "responsible for the massacre", "asked" with "arrest warrants").
    """

    lemma: str
    code: str | None
    patterns: list[Pattern] = field(default_factory=list)
    frame: str | None = None
    literal: bool = False


@dataclass(frozen=True)
class Form:
    """A surface form of a verb: its tokens and which of them is the head."""

    tokens: tuple[str, ...]
    head: int
    verb: Verb


@dataclass(frozen=True)
class Match:
    """A pattern matched at one verb: the code, the matched token span and slot positions."""

    pattern: Pattern | None
    code: str
    start: int
    end: int
    slots: tuple[tuple[str, int], ...] = ()


def parse_code(text: str) -> str | None:
    """The code in ``[...]``; ``---`` (or empty) means no event, as in PETRARCH."""
    found = _CODE.search(text)
    if not found:
        return None
    code = found.group(1).split()[0] if found.group(1).split() else ""
    if not code or code.startswith("---") or not code[0].isalnum():
        return None
    return code


def expand_synset(name: str, synsets: Mapping[str, Sequence[str]],
                  seen: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], ...]:
    """The phrases of synset NAME (nested ``&OTHER`` members expanded), as token tuples."""
    key = name.upper().rstrip("_")
    if key not in synsets:
        raise DictionaryError(f"unknown synset &{key}")
    if key in seen:
        raise DictionaryError(f"synset &{key} includes itself")
    out: list[tuple[str, ...]] = []
    for member in synsets[key]:
        member = member.strip()
        if member.startswith("&"):
            out.extend(expand_synset(member[1:], synsets, seen | {key}))
        elif member:
            out.append(tuple(w for w in re.split(r"[\s_]+", member.lower()) if w))
    # Longest phrases first, so "austrian gold florin" wins over "austrian".
    return tuple(sorted(set(out), key=lambda p: (-len(p), p)))


def compile_pattern(line: str, synsets: Mapping[str, Sequence[str]]) -> Pattern | None:
    """Compile one pattern line (``- ... [code]`` or bare); None if it has no verb marker."""
    body = line.split("#", 1)[0].strip()
    if body.startswith("-"):
        body = body[1:]
    code = parse_code(body)
    body = _CODE.sub(" ", body)
    body = re.sub(r"[{}()<>]", " ", body)
    elements: list[Element] = []
    for chunk in body.split():
        pieces = [p for p in re.split(r"(_)", chunk) if p != ""]
        joined = False
        for piece in pieces:
            if piece == "_":
                joined = True
                continue
            for element in _elements_of(piece, synsets, joined):
                elements.append(element)
                joined = True
            joined = False
    if sum(1 for e in elements if e.kind == VERB) != 1:
        return None
    return Pattern(tuple(elements), code or "", line.strip())


def _elements_of(piece: str, synsets: Mapping[str, Sequence[str]], joined: bool
                 ) -> list[Element]:
    marks = {"*": VERB, "$": SOURCE, "+": TARGET, "%": COMPOUND, "^": SKIP}
    out: list[Element] = []
    # A piece can glue marks to words ("+WAS", "*_OUT" arrives already split on "_").
    for j, part in enumerate(re.findall(r"&[A-Za-z0-9]+|[*$+%^]|[^*$+%^&]+", piece)):
        glued = joined if j == 0 else True
        if part in marks:
            out.append(Element(marks[part], joined=glued))
        elif part.startswith("&"):
            out.append(Element(SYNSET, expand_synset(part[1:], synsets), glued))
        else:
            out.append(Element(WORD, ((part.lower(),),), glued))
    return out


Starts = Callable[[int], int | None]
"""Given a token index, the end index of an actor (group) starting there, or None."""


def match_pattern(pattern: Pattern, words: Sequence[str], verb_start: int, verb_end: int,
                  low: int, high: int, actor_at: Starts) -> Match | None:
    """Match `pattern` around the verb at ``words[verb_start:verb_end]`` inside [low, high)."""
    elements = pattern.elements
    vi = pattern.verb_index
    after = elements[vi + 1:]
    before = elements[:vi]
    slots: list[tuple[str, int]] = []
    right = _match_right(after, 0, words, verb_end, high, actor_at, slots, set())
    if right is None:
        return None
    left = _match_left(before, len(before), words, verb_start, low, actor_at, slots,
                       elements[vi].joined, set())
    if left is None:
        return None
    return Match(pattern, pattern.code, left, right, tuple(slots))


def _match_one(element: Element, words: Sequence[str], i: int, high: int,
               actor_at: Starts) -> int | None:
    """End index if `element` matches at `i` (within high), else None."""
    if i >= high:
        return None
    kind = element.kind
    if kind in (WORD, SYNSET):
        for n, options in element.by_length:
            if i + n <= high and tuple(words[i:i + n]) in options:
                return i + n
        return None
    if kind == SKIP:
        return i + 1
    end = actor_at(i)
    return end if end is not None and end <= high else None


# Both matchers search depth first and return the first match in the order they try; a
# (element, position) pair that failed once fails again, so each is tried at most once
# (`failed`). Without that, a pattern with several unjoined words after the verb backtracks
# through every combination of positions: exponential in the pattern's length on a sentence
# that repeats its words ("militants captured captured captured ...").


def _match_right(elements: Sequence[Element], k: int, words: Sequence[str], pos: int,
                 high: int, actor_at: Starts, slots: list[tuple[str, int]],
                 failed: set[tuple[int, int]]) -> int | None:
    """Match ``elements[k:]`` (text order) starting at or after `pos`; the end, or None."""
    if k == len(elements):
        return pos
    if (k, pos) in failed:
        return None
    first = elements[k]
    last_start = pos if first.joined else high - 1
    for i in range(pos, last_start + 1):
        end = _match_one(first, words, i, high, actor_at)
        if end is None:
            continue
        mark = len(slots)
        if first.kind in (SOURCE, TARGET, COMPOUND):
            slots.append((first.kind, i))
        got = _match_right(elements, k + 1, words, end, high, actor_at, slots, failed)
        if got is not None:
            return got
        del slots[mark:]
    failed.add((k, pos))
    return None


def _match_left(elements: Sequence[Element], k: int, words: Sequence[str], pos: int,
                low: int, actor_at: Starts, slots: list[tuple[str, int]], next_joined: bool,
                failed: set[tuple[int, int]]) -> int | None:
    """Match ``elements[:k]`` (text order) ending before `pos`, rightmost element first."""
    if k == 0:
        return pos
    if (k, pos) in failed:
        return None
    last = elements[k - 1]
    for end in range(pos, low, -1):
        if next_joined and end != pos:
            break
        for start in range(end - 1, max(low, end - 6) - 1, -1):
            got_end = _match_one(last, words, start, end, actor_at)
            if got_end != end:
                continue
            mark = len(slots)
            if last.kind in (SOURCE, TARGET, COMPOUND):
                slots.append((last.kind, start))
            got = _match_left(elements, k - 1, words, start, low, actor_at, slots,
                              last.joined, failed)
            if got is not None:
                return got
            del slots[mark:]
    failed.add((k, pos))
    return None


def inflections(lemma: str) -> set[str]:
    """Regular inflections of a verb lemma (lower case): -s, -ed, -ing, with spelling rules.

    Over-generation is harmless (a non-word never occurs), so doubled and plain consonant
    forms are both produced.
    """
    w = lemma.lower()
    forms = {w}
    if re.search(r"(s|x|z|ch|sh|o)$", w):
        forms.add(w + "es")
    elif re.search(r"[^aeiou]y$", w):
        forms.add(w[:-1] + "ies")
    else:
        forms.add(w + "s")
    if w.endswith("e"):
        forms |= {w + "d", w[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", w):
        forms |= {w[:-1] + "ied", w + "ing"}
    else:
        forms |= {w + "ed", w + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", w):
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms
