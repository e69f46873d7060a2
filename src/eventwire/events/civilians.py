"""Which words make an attack's victims civilians ("shelled a market", "killed villagers")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CivilianWords:
    """Words that make the target of an attack civilian (`data/events/civilians.yaml`).

    A word counts alone ("market"), or only after its qualifier where the bare word is as
    often military ("aid convoy", not "convoy"); never right after a word naming armed forces
    ("a military convoy", "an army camp", "a rebel base"): the qualifier decides whose it is.
    """

    words: frozenset[str]
    pairs: frozenset[tuple[str, str]] = frozenset()
    armed: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict) -> CivilianWords:
        entries = [str(w).lower().split() for w in data["words"]]
        return cls(frozenset(e[0] for e in entries if len(e) == 1),
                   frozenset((e[0], e[1]) for e in entries if len(e) == 2),
                   frozenset(str(w).lower() for w in data.get("armed_modifiers", ())))

    def at(self, words: Sequence[str], k: int) -> bool:
        """Whether `words[k]` names civilians or a civilian place."""
        before = words[k - 1] if k > 0 else ""
        if before in self.armed:
            return False
        return words[k] in self.words or (before, words[k]) in self.pairs
