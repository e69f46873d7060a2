"""Nominal events: nouns that name an event ("air strikes", "talks", "the bombing of").

Loaded from `data/events/nouns.yaml`; phrases are indexed by first word and tried longest
first. Light verbs ("carried out", "held", "signed") make their subject the event's source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from eventwire.errors import DictionaryError
from eventwire.events.patterns import inflections
from eventwire.knowledge import yaml_load

_IRREGULAR = {"hold": ["held"], "make": ["made"], "pay": ["paid"], "begin": ["began", "begun"],
              "strike": ["struck"], "wage": [], "step": ["stepped"], "sign": [],
              "open": [], "issue": [], "mount": [], "stage": [], "kick": ["kicked"],
              "bring": ["brought"], "slap": ["slapped"]}


@dataclass(frozen=True)
class NounEntry:
    """One event noun: its code and how it takes its actors."""

    code: str
    needs: str = "actor"
    target_of: bool = False
    reciprocal: bool = False


@dataclass
class NounLexicon:
    by_first: dict[str, list[tuple[tuple[str, ...], NounEntry]]] = field(default_factory=dict)
    light: set[tuple[str, ...]] = field(default_factory=set)
    # "Syria's war has killed": the owner of these nouns is where they happen, not an agent.
    placed: frozenset[str] = frozenset()

    def match(self, words: Sequence[str], i: int) -> tuple[NounEntry, int] | None:
        for phrase, entry in self.by_first.get(words[i], ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                return entry, len(phrase)
        return None

    def covers(self, words: Sequence[str], i: int) -> bool:
        """Whether word `i` ends (heads) an event noun phrase ("the air strike" at "strike")."""
        for k in range(max(0, i - 3), i + 1):
            hit = self.match(words, k)
            if hit is not None and k + hit[1] == i + 1:
                return True
        return False

    def is_light(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self.light


def load_nouns(path: Path, *more: Path) -> NounLexicon:
    """Compile the noun lexicon and its light verbs (with their inflected forms); the nouns of
    `more` files are added after those of `path` (which win on the same phrase)."""
    data = _read(path)
    for extra in more:
        known = {str(n).lower() for block in data.get("nouns") or [] for n in block["nouns"]}
        for block in _read(extra).get("nouns") or []:
            nouns = [n for n in block["nouns"] if str(n).lower() not in known]
            if nouns:
                data.setdefault("nouns", []).append({**block, "nouns": nouns})
    lexicon = NounLexicon(placed=frozenset(str(w).lower()
                                           for w in data.get("owner_is_place") or []))
    for block in data.get("nouns") or []:
        entry = NounEntry(str(block["code"]), block.get("needs", "actor"),
                          bool(block.get("target_of")), bool(block.get("reciprocal")))
        for noun in block["nouns"]:
            phrase = tuple(str(noun).lower().split())
            lexicon.by_first.setdefault(phrase[0], []).append((phrase, entry))
    for phrases in lexicon.by_first.values():
        phrases.sort(key=lambda p: -len(p[0]))
    for verb in data.get("light_verbs") or []:
        words = str(verb).lower().split("_")
        head = words[0]
        for form in inflections(head) | set(_IRREGULAR.get(head, [])):
            lexicon.light.add((form, *words[1:]))
    return lexicon


def _read(path: Path) -> dict:
    try:
        return yaml_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"{path}: {exc}") from exc
