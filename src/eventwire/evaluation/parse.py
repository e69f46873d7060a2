"""`eventwire eval parse FILE.conllu`: score our language model on a UD treebank.

Sentence by sentence with gold tokens and gold sentence boundaries, as UD parsing results are
usually reported: each gold sentence becomes one of our sentences and is annotated exactly as
`code()` annotates text (`eventwire.language.annotate`). Scores:

- UPOS and Penn tag accuracy over all words;
- UAS and LAS over words that are not punctuation (the convention spaCy's scorer follows);
  LAS compares the full relation, subtypes included (`nsubj:pass`, `obl:tmod`);
- name spans (person, place, organization) where the file has GUM `Entity=` annotation: gold
  names are the entity mentions of those types headed by a proper noun; ours are
  `eventwire.names` spans typed by our dictionaries, gazetteer and context; a name counts when
  its character span (a leading determiner left out) and its type both match (`ents_f`).
  GUM's mentions are whole noun phrases ("Mary Chaworth, whom he met at school", "Byron's",
  "the younger John Edleston") while ours are the names themselves, so a second figure,
  `core_f`, trims each gold mention to its name core: the run of proper nouns around its
  head, with the "of (the)" and particles between them ("National Library of the
  Netherlands"), and nothing of the clauses, appositions, modifiers or possessive marker.

The last line sums up, e.g.
`parse: upos 0.951 tag 0.945 uas 0.885 las 0.862 ents_p 0.72 ents_r 0.70 ents_f 0.71 core_f 0.75`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from eventwire.evaluation.conllu import UDSentence, read_conllu
from eventwire.evaluation.metrics import prf
from eventwire.knowledge import default_knowledge
from eventwire.model import Sentence, Token

NAME_TYPES = frozenset({"person", "place", "organization"})


@dataclass
class ParseScores:
    """Counts behind the accuracies; `add` one gold sentence and its prediction at a time."""

    words: int = 0
    upos: int = 0
    tags: int = 0
    scored: int = 0
    heads: int = 0
    labelled: int = 0
    names: Counter[str] = field(default_factory=Counter)
    cores: Counter[str] = field(default_factory=Counter)
    has_entities: bool = False

    @staticmethod
    def rate(hits: int, total: int) -> float:
        return hits / total if total else 0.0

    def add(self, other: ParseScores) -> None:
        """Fold another file's counts into these (the summary line over several files)."""
        for name in ("words", "upos", "tags", "scored", "heads", "labelled"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.names.update(other.names)
        self.cores.update(other.cores)
        self.has_entities |= other.has_entities

    @property
    def names_f(self) -> float:
        return _prf(self.names)[2]

    @property
    def cores_f(self) -> float:
        return _prf(self.cores)[2]

    def summary(self) -> str:
        line = (f"parse: upos {self.rate(self.upos, self.words):.3f} "
                f"tag {self.rate(self.tags, self.words):.3f} "
                f"uas {self.rate(self.heads, self.scored):.3f} "
                f"las {self.rate(self.labelled, self.scored):.3f}")
        if self.has_entities:
            precision, recall, _f = _prf(self.names)
            line += (f" ents_p {precision:.3f} ents_r {recall:.3f} ents_f {self.names_f:.3f}"
                     f" core_f {self.cores_f:.3f}")
        return line


def _prf(counts: Counter[str]) -> tuple[float, float, float]:
    tp = counts["tp"]
    return prf(tp, tp + counts["fp"], tp + counts["fn"])


def to_sentence(gold: UDSentence, index: int = 0) -> tuple[str, Sentence]:
    """Our sentence (untagged tokens with offsets) for a gold sentence, and its text."""
    parts: list[str] = []
    tokens: list[Token] = []
    offset = 0
    for word, space in zip(gold.words, gold.spaces, strict=True):
        tokens.append(Token(word, offset, offset + len(word), "", word.lower()))
        parts.append(word + (" " if space else ""))
        offset += len(word) + (1 if space else 0)
    text = "".join(parts)
    return text, Sentence(index, 0, len(text.rstrip()), tokens)


def score_file(path: Path, scores: ParseScores | None = None) -> ParseScores:
    """Annotate every sentence of a CoNLL-U file and count agreement with the gold."""
    from eventwire import language

    scores = scores or ParseScores()
    knowledge = default_knowledge()
    golds = list(read_conllu(path))
    pairs = [to_sentence(g, i) for i, g in enumerate(golds)]
    language.annotate([s for _, s in pairs], knowledge)
    for gold, (text, sentence) in zip(golds, pairs, strict=True):
        _count_tree(gold, sentence, scores)
        if gold.entities:
            scores.has_entities = True
            _count_names(gold, text, sentence, scores)
    return scores


def _count_names(gold: UDSentence, text: str, sentence: Sentence, scores: ParseScores) -> None:
    """Compare typed names as character spans: gold names with a leading determiner left
    out ("the United States" -> "United States"), ours from `code()` on the sentence's text
    (its own tokenizer, as on any document)."""
    from eventwire.pipeline import code

    tokens = sentence.tokens
    expected = set()
    cores = set()
    for first, last, kind in gold.entities:
        head = _proper(gold, first, last)
        if kind not in NAME_TYPES or head is None:
            continue
        core_first, core_last = _core(gold, first, last, head)
        cores.add((tokens[core_first].start, tokens[core_last].end, kind))
        while first < last and gold.upos[first] in {"DET", "PUNCT"}:
            first += 1
        expected.add((tokens[first].start, tokens[last].end, kind))
    found: set[tuple[int, int, str]] = {(n.start, n.end, n.kind) for n in code(text).names
                                         if n.kind in NAME_TYPES}
    _count(scores.names, expected, found)
    _count(scores.cores, cores, found)


def _count(counts: Counter[str], expected: set[tuple[int, int, str]],
           found: set[tuple[int, int, str]]) -> None:
    counts["tp"] += len(expected & found)
    counts["fp"] += len(found - expected)
    counts["fn"] += len(expected - found)


_CORE_JOINERS = frozenset({"of", "the", "-", "al", "el", "bin", "ibn", "abu", "de", "van", "von"})
"""Words that stay inside a name core between proper nouns ("Gulf of Aden", "bin Laden")."""


def _core(gold: UDSentence, first: int, last: int, head: int) -> tuple[int, int]:
    """The name core of a gold mention: the run of proper nouns around its head, joined by
    "of (the)", hyphens or name particles when a proper noun follows them."""

    def inside(i: int) -> bool:
        return first <= i <= last and gold.upos[i] == "PROPN"

    def joiner(i: int, step: int) -> bool:
        j = i
        while first <= j <= last and gold.words[j].lower() in _CORE_JOINERS:
            j += step
        return j != i and inside(j)

    start = end = head
    while start - 1 >= first and (inside(start - 1) or joiner(start - 1, -1)):
        start -= 1
    while end + 1 <= last and (inside(end + 1) or joiner(end + 1, 1)):
        end += 1
    return start, end


def _count_tree(gold: UDSentence, sentence: Sentence, scores: ParseScores) -> None:
    for i, token in enumerate(sentence.tokens):
        scores.words += 1
        scores.upos += token.pos == gold.upos[i]
        scores.tags += token.tag == gold.tags[i]
        if gold.upos[i] == "PUNCT":
            continue
        scores.scored += 1
        if token.head == gold.heads[i]:
            scores.heads += 1
            scores.labelled += token.dep.lower() == gold.deps[i].lower()


def _proper(gold: UDSentence, first: int, last: int) -> int | None:
    """A mention's head when the mention is a name: its syntactic head (the word whose head
    lies outside the span) is a proper noun; None otherwise."""
    for i in range(first, last + 1):
        if not first <= gold.heads[i] <= last or gold.heads[i] == i:
            return i if gold.upos[i] == "PROPN" else None
    return None


@click.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def command(paths: tuple[Path, ...]) -> None:
    """Score tags, dependency parse and name spans on UD CoNLL-U files (gold tokens and
    sentences).

    \b
    Example:
        eventwire eval parse ../shared/train/ud/en_ewt-test.conllu
    """
    total = ParseScores()
    for path in paths:
        scores = score_file(path)
        click.echo(f"{path.name}: {scores.summary()}")
        total.add(scores)
    click.echo(total.summary())
