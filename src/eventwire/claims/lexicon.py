"""The claims lexicon (`data/claims.yaml`) compiled into phrase lookups over tokens."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeGuard

from eventwire.errors import DictionaryError
from eventwire.knowledge import Knowledge, data_yaml
from eventwire.model import ASSESSMENTS, Assessment, Token


def is_assessment(label: str) -> TypeGuard[Assessment]:
    """Whether a lexicon label is one of the contract's `ASSESSMENTS` (every label of
    `assessments` is: `lexicon` checks them when it loads)."""
    return label in ASSESSMENTS


@dataclass(frozen=True)
class PhraseHit:
    """A phrase found in a token list: token indexes `first..last-1` and its label."""

    first: int
    last: int
    label: str


@dataclass(frozen=True)
class PhraseTable:
    """Phrases by their first word, longest first, each with a label."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]

    @classmethod
    def build(cls, labelled: dict[str, list[str]]) -> PhraseTable:
        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for label, phrases in labelled.items():
            for phrase in phrases:
                # split as the tokenizer does: "false-flag" is three tokens
                words = tuple(re.findall(r"\w+|[^\w\s]", str(phrase).lower()))
                table.setdefault(words[0], []).append((words, label))
        return cls({k: tuple(sorted(v, key=lambda item: -len(item[0])))
                    for k, v in table.items()})

    def find(self, tokens: Sequence[Token], first: int = 0, last: int | None = None
             ) -> list[PhraseHit]:
        """Non-overlapping hits in `tokens[first:last]`, left to right, longest first."""
        last = len(tokens) if last is None else last
        out: list[PhraseHit] = []
        k = first
        while k < last:
            for words, label in self.by_first.get(tokens[k].lower, ()):
                width = len(words)
                if k + width <= last and all(tokens[k + i].lower == words[i]
                                             for i in range(1, width)):
                    out.append(PhraseHit(k, k + width, label))
                    k += width - 1
                    break
            k += 1
        return out


@dataclass(frozen=True)
class ClaimLexicon:
    claim_nouns: frozenset[str]
    claim_modifiers: frozenset[str]
    assessments: PhraseTable
    references: PhraseTable
    assessing_verbs: frozenset[str]


def lexicon(knowledge: Knowledge) -> ClaimLexicon:
    """The shared compiled claims lexicon."""
    return knowledge.load("claims.lexicon", _build)


def _build(knowledge: Knowledge) -> ClaimLexicon:
    raw = data_yaml("claims.yaml")
    unknown = set(raw["assessments"]) - set(ASSESSMENTS)
    if unknown:
        raise DictionaryError(f"claims.yaml: unknown assessments {sorted(map(str, unknown))}")
    return ClaimLexicon(
        claim_nouns=frozenset(w.lower() for w in raw["claim_nouns"]),
        claim_modifiers=frozenset(w.lower() for w in raw["claim_modifiers"]),
        assessments=PhraseTable.build(raw["assessments"]),
        references=PhraseTable.build({"reference": raw["references"]}),
        assessing_verbs=frozenset(w.lower() for w in raw["assessing_verbs"]),
    )
