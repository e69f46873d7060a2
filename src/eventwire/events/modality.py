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

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventwire.events.chunks import BE, HAVE, Tok
from eventwire.knowledge import data_path, yaml_load
from eventwire.model import Modality

PRECEDENCE: tuple[Modality, ...] = ("negated", "denied", "claimed", "threatened",
                                     "hypothetical", "speculated", "intended", "planned",
                                     "reported", "asserted")
"""Stronger first: the first modality any cue gives wins."""

_BARRIERS = frozenset({";", ":", "but", "however", "meanwhile", "whereas"})
_OPENERS = frozenset({"which", "who", "whom", "whose"})
_GOVERNING_LOCAL = ("intended", "threatened", "advocated")


Index = dict[str, tuple[tuple[tuple[str, ...], str], ...]]
"""First word -> (phrase, modality) pairs, longest phrase first."""


@dataclass(frozen=True)
class Cues:
    """Compiled cue phrases of each kind, indexed by first word."""

    local: Index
    govern: Index
    trailing: Index


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = yaml_load(data_path("events/modality.yaml").read_text(encoding="utf-8"))

    def compile_(section: dict) -> Index:
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for modality, phrases in section.items():
            for phrase in phrases:
                words = tuple(str(phrase).lower().split())
                index.setdefault(words[0], []).append((words, modality))
        return {k: tuple(sorted(v, key=lambda pm: -len(pm[0]))) for k, v in index.items()}

    return Cues(compile_(data["local"]), compile_(data["govern"]), compile_(data["trailing"]))


def _hits(words: Sequence[str], i: int, index: Index, only: Sequence[str] | None = None
          ) -> list[tuple[str, int]]:
    """(modality, phrase length) of every cue phrase starting at `i`."""
    out = []
    for phrase, modality in index.get(words[i], ()):
        if (only is None or modality in only) and tuple(words[i:i + len(phrase)]) == phrase:
            out.append((modality, len(phrase)))
    return out


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
           quoted: bool, violent: bool, attributed_speech: bool = False,
           scope: Container[int] | None = None, negated: bool = False,
           governing: Iterable[Modality | str] = ()) -> Modality:
    """The modality of an event whose anchor covers tokens [start, end).

    Args:
        toks: the sentence's tokens.
        start, end: the anchor (verb group or event noun phrase).
        local_from: where the anchor's own modifiers begin (verb group start, or a few tokens
            before a noun), so "did not" and "may be preparing" count as local.
        quoted: the anchor lies inside quoted speech.
        violent: the event is material conflict (advocacy of it is a threat).
        attributed_speech: the event is itself a speech act (its own verb is not a cue).
        scope: where the sentence is parsed, the tokens whose cues may govern the event (its
            path to the root and their modifiers); cues elsewhere govern other clauses.
        negated: the parse negates the event's predicate or the verb governing its noun.
        governing: modalities the parse gives from the verbs controlling the predicate
            ("would keep attacking": hypothetical).
    """
    c = cues()
    words = [t.lower for t in toks]
    found: set[str] = set()
    # Local cues: in the verb group / just before the noun, and right after a noun ("no ...").
    lo = max(0, min(local_from, start) - 1)
    for i in range(lo, start):
        for modality, n in _hits(words, i, c.local):
            if i + n <= start + 1:
                found.add(modality)
    # Governing cues to the left, up to a barrier, skipping parentheticals.
    parentheticals = _parentheticals(toks)
    inserts = [(a, b) for a, b in parentheticals if not a <= start < b]
    # An event inside ", which/who ..." is the writer's aside ("accused Kabul of harbouring
    # the attackers, which Kabul rejected"): the cues before the insertion govern nothing in it.
    floor = max((a for a, b in parentheticals if a <= start < b), default=-1)
    j = start - 1
    governed = False
    while j > floor:
        if words[j] in _BARRIERS:
            break
        if words[j] in ("and", "but") and _sister_boundary(toks, words, j, start, local_from,
                                                         governed, c):
            break
        if not any(a <= j < b for a, b in inserts) and not _attributive(toks, j, start) \
                and not _hedges_a_subject(toks, j, start) and (scope is None or j in scope):
            hits = [m for m, _n in _hits(words, j, c.govern)]
            governed = governed or bool(hits)
            found.update(hits)
            found.update(m for m, _n in _hits(words, j, c.local, _GOVERNING_LOCAL))
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
            found.update(m for m, _n in _hits(words, k, c.trailing))
    found.update(governing)
    if quoted:
        found.add("reported")
    if negated:
        found.add("negated")
    if "requested" in found:
        found.discard("requested")
        found.add("hypothetical")
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


_NOMINAL = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "HYPH"})
_DETERMINERS = frozenset({"DT", "PRP$", "CD", "IN", ",", "CC", "``", "''", "JJ", "RB"})


def _attributive(toks: Sequence[Tok], j: int, start: int) -> bool:
    """A hedge used as an adjective on another noun ("suspected jihadists ambushed", "cites an
    alleged buildup") doubts who or what that noun is, not the event: it governs the event
    only when its noun phrase is the event's own anchor ("the alleged attack")."""
    if toks[j].tag not in ("JJ", "VBN", "VBD") or j + 1 >= len(toks) or \
            toks[j + 1].tag not in _NOMINAL:
        return False
    if j > 0 and toks[j - 1].tag not in _DETERMINERS:
        return False  # "Turkey accused Russia": a verb after its subject, not an adjective
    if j > 0 and toks[j].tag == "VBD" and toks[j - 1].tag == "CC":
        return False  # "denied the report and said soldiers had ...": a finite verb joined
        # to the one before it, governing what follows, not an adjective on "soldiers"
    k = j + 1
    while k < len(toks) and toks[k].tag in _NOMINAL:
        k += 1
    return k <= start


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _hedges_a_subject(toks: Sequence[Tok], j: int, start: int) -> bool:
    """A cue with an infinitive ("Gunmen believed to belong to the cartel killed six people",
    "a man said to be a commander was arrested") hedges who the subject is: it governs its
    infinitive ("Russia is believed to have struck"), not a finite verb after it, which an
    infinitive cannot hold."""
    if j + 1 >= len(toks) or toks[j + 1].lower != "to":
        return False
    return any(toks[k].tag in _FINITE for k in range(j + 2, min(start + 1, len(toks))))


def _local_only(words: Sequence[str], lo: int, start: int, c: Cues) -> set[str]:
    return {m for i in range(lo, start) for m, _n in _hits(words, i, c.local)}


def _sister_boundary(toks: Sequence[Tok], words: Sequence[str], j: int, start: int,
                     local_from: int, governed: bool, c: Cues) -> bool:
    """Whether "and"/"but" at `j` joins two verb phrases so that cues left of it do not
    govern the anchor.

    "Damascus denied X and accused Ankara": the anchor's own verb follows "and" and its sister
    is the cue verb itself. "denied X and says its jets only attack Y": a cue verb after "and"
    already governs the anchor. "said leaders had met and had agreed" and "denied that it
    struck X and killed Y" keep the cue: the sister ("met", "struck") is no cue.
    """
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None:
        return False
    if j + 1 >= min(local_from, start):
        own = toks[start].tag in ("VBD", "VBZ", "VBP") or (
            toks[start].tag == "VBN" and local_from >= start) or nxt.lower in BE | HAVE
        if not own:
            return False
        k = j - 1
        while k >= 0 and not (toks[k].tag in ("VBD", "VBZ", "VBP", "VBN")
                              and toks[k].lower not in BE | HAVE):
            k -= 1  # the sister is a finite verb or participle, not a gerund it governs
        return k >= 0 and bool(_hits(words, k, c.govern))
    return governed and nxt.tag in ("VBD", "VBZ", "VBP")
