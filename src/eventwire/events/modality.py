"""How the text stands to an event: asserted, reported, claimed, speculated, threatened, ...

Three kinds of cue decide it (word lists in `data/events/modality.yaml`):

- local cues in the event's own verb group or just before it ("did not strike", "may be
  preparing", "plans to visit", "the militants must be wiped out");
- governing cues to the left whose complement holds the event ("Russia denied targeting",
  "allegations that the opposition is staging", "analysts suspect Ankara", "if ... would");
- trailing attribution to the right (", a senior official said") and quoted speech.

When several apply, the one that weakens the event most wins, so a speculated, claimed,
conditional or advocated event is never asserted. Advocacy ("must be wiped out") is a demand
or threat by the speaker: the event is `threatened` when violent, `hypothetical` otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import yaml

from eventwire.events.chunks import Tok
from eventwire.knowledge import data_path

PRECEDENCE = ("negated", "denied", "claimed", "threatened", "hypothetical", "speculated",
              "intended", "planned", "reported", "asserted")
"""Stronger first: the first modality any cue gives wins."""

_BARRIERS = frozenset({";", ":", "but", "however", "meanwhile", "whereas"})
_OPENERS = frozenset({"which", "who", "whom", "whose"})


@dataclass(frozen=True)
class Cues:
    """Compiled cue phrases: kind -> modality -> phrases (token tuples)."""

    local: dict[str, tuple[tuple[str, ...], ...]]
    govern: dict[str, tuple[tuple[str, ...], ...]]
    trailing: dict[str, tuple[tuple[str, ...], ...]]


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = yaml.safe_load(data_path("events/modality.yaml").read_text(encoding="utf-8"))

    def compile_(section: dict) -> dict[str, tuple[tuple[str, ...], ...]]:
        return {m: tuple(sorted({tuple(str(p).lower().split()) for p in phrases},
                                key=len, reverse=True))
                for m, phrases in section.items()}

    return Cues(compile_(data["local"]), compile_(data["govern"]), compile_(data["trailing"]))


def _phrase_at(words: Sequence[str], i: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """Length of the first phrase starting at `i`, or 0."""
    for p in phrases:
        if tuple(words[i:i + len(p)]) == p:
            return len(p)
    return 0


def _parentheticals(toks: Sequence[Tok]) -> list[tuple[int, int]]:
    """Token ranges of ", which/who ... ," insertions: cues inside them govern nothing outside."""
    out = []
    for i, t in enumerate(toks[:-1]):
        if t.lower == "," and toks[i + 1].lower in _OPENERS:
            j = i + 2
            while j < len(toks) and toks[j].lower not in (",", ";", "."):
                j += 1
            out.append((i, j))
    return out


def decide(toks: Sequence[Tok], start: int, end: int, *, local_from: int,
           quoted: bool, violent: bool, attributed_speech: bool = False) -> str:
    """The modality of an event whose anchor covers tokens [start, end).

    Args:
        toks: the sentence's tokens.
        start, end: the anchor (verb group or event noun phrase).
        local_from: where the anchor's own modifiers begin (verb group start, or a few tokens
            before a noun), so "did not" and "may be preparing" count as local.
        quoted: the anchor lies inside quoted speech.
        violent: the event is material conflict (advocacy of it is a threat).
        attributed_speech: the event is itself a speech act (its own verb is not a cue).
    """
    c = cues()
    words = [t.lower for t in toks]
    found: set[str] = set()
    # Local cues: in the verb group / just before the noun, and right after a noun ("no ...").
    lo = max(0, min(local_from, start) - 1)
    i = lo
    while i < start:
        for modality, phrases in c.local.items():
            n = _phrase_at(words, i, phrases)
            if n and i + n <= start + 1:
                found.add(modality)
        i += 1
    # Governing cues to the left, up to a barrier, skipping parentheticals.
    inserts = [(a, b) for a, b in _parentheticals(toks) if not a <= start < b]
    j = start - 1
    while j >= 0:
        if words[j] in _BARRIERS:
            break
        if not any(a <= j < b for a, b in inserts):
            for modality, phrases in c.govern.items():
                if _phrase_at(words, j, phrases):
                    found.add(modality)
            for modality, phrases in c.local.items():
                if modality in ("intended", "threatened", "advocated") and \
                        _phrase_at(words, j, phrases):
                    found.add(modality)
        j -= 1
    # Trailing attribution: a speech verb after the anchor, past a comma or at clause end.
    if not attributed_speech:
        seen_comma = False
        for k in range(end, len(words)):
            if words[k] in _BARRIERS:
                break
            if words[k] == ",":
                seen_comma = True
            if not seen_comma:
                continue
            for modality, phrases in c.trailing.items():
                if _phrase_at(words, k, phrases):
                    found.add(modality)
    if quoted:
        found.add("reported")
    if "advocated" in found:
        found.discard("advocated")
        found.add("threatened" if violent else "hypothetical")
    if "threatened" in found and not violent and "threatened" not in _local_only(
            words, lo, start, c):
        # "warned that talks would fail": a non-violent event under a warning is speculation.
        found.discard("threatened")
        found.add("speculated")
    for modality in PRECEDENCE:
        if modality in found:
            return modality
    return "asserted"


def _local_only(words: Sequence[str], lo: int, start: int, c: Cues) -> set[str]:
    out = set()
    for i in range(lo, start):
        for modality, phrases in c.local.items():
            if _phrase_at(words, i, phrases):
                out.add(modality)
    return out
