"""`eventwire eval roles PATH`: who did what to whom, scored on actor-role tags.

PATH is a CoNLL file of ``token TAG`` lines (blank line between sentences) whose BIO tags mark
the source actor (``S``), the target actor (``T``) and reciprocal actors that are both
(``R``), as in ConfliBERT's ``cameo_ner_train.txt``; or a folder holding one (``*ner*.txt``).
Where a ``*class*.tsv`` file of ``sentence<TAB>label`` (the CAMEO root classes 0-4 of
`eventwire eval events`) sits beside it, sentences found in both also have a gold class.

Each sentence is coded whole (tokens joined by spaces). An event's source (target) matches a
gold source (target) span when their characters overlap: the gold spans are whole noun phrases
("the last ISIS group bastion in the country"), our actors their named core ("ISIS"). Scored:

- ``source`` / ``target``: distinct actor spans of our events against gold spans;
- ``dyad``: (source, target) pairs of events that have both, against every gold
  source-target pair of the sentence (reciprocal actors pair with each other);
- ``triple``: dyads whose event class (the CAMEO root class of the event) is also the
  sentence's gold class, on the sentences that have one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from eventwire.errors import InputError
from eventwire.evaluation.events import PENTA
from eventwire.evaluation.metrics import f1, ratio
from eventwire.knowledge import default_knowledge
from eventwire.model import Event
from eventwire.pipeline import code

Span = tuple[int, int]


@dataclass
class Item:
    """One tagged sentence: its text, gold spans by role, and gold class if known."""

    text: str
    spans: dict[str, list[Span]] = field(default_factory=lambda: {"S": [], "T": [], "R": []})
    label: str | None = None

    @property
    def sources(self) -> list[Span]:
        return self.spans["S"] + self.spans["R"]

    @property
    def targets(self) -> list[Span]:
        return self.spans["T"] + self.spans["R"]

    def pairs(self) -> list[tuple[Span, Span]]:
        out = [(s, t) for s in self.spans["S"] for t in self.spans["T"]]
        recip = self.spans["R"]
        out += [(a, b) for a in recip for b in recip if a != b]
        return out


def read_conll(path: Path) -> Iterator[Item]:
    """Sentences of a ``token TAG`` file, tokens joined by single spaces."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=str(path)) from None
    rows: list[tuple[str, str]] = []
    for line in [*lines, ""]:
        parts = line.strip().rsplit(" ", 1)
        if len(parts) == 2 and parts[0]:
            rows.append((parts[0], parts[1]))
            continue
        if rows:
            yield _item(rows)
            rows = []


def _item(rows: list[tuple[str, str]]) -> Item:
    words, offsets = [], []
    position = 0
    for word, _tag in rows:
        words.append(word)
        offsets.append((position, position + len(word)))
        position += len(word) + 1
    item = Item(" ".join(words))
    current: tuple[str, int, int] | None = None
    for (_word, tag), (start, end) in zip(rows, offsets, strict=True):
        role = tag[2:] if tag[:2] in ("B-", "I-") else None
        if current is not None and (tag.startswith("B-") or role != current[0]):
            item.spans.setdefault(current[0], []).append((current[1], current[2]))
            current = None
        if role is not None:
            current = (role, current[1] if current else start, end)
    if current is not None:
        item.spans.setdefault(current[0], []).append((current[1], current[2]))
    return item


def _key(text: str) -> str:
    return re.sub(r"\W", "", text.lower())


def read_labels(folder: Path) -> dict[str, str]:
    """Gold classes of the ``*class*.tsv`` files in `folder`, by normalised sentence."""
    out: dict[str, str] = {}
    for path in sorted(folder.glob("*class*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                text, label = line.rsplit("\t", 1)
                if label.strip():
                    out[_key(text)] = label.strip()
    return out


@dataclass
class Tally:
    """Matched and total counts on each side, for precision and recall."""

    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    def scores(self) -> dict[str, float | int]:
        p, r = ratio(self.correct, self.predicted), ratio(self.found, self.gold)
        f = f1(p, r)
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "predicted": self.predicted, "gold": self.gold}


def _overlaps(a: Span | None, b: Span) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def _side(tally: Tally, predicted: set[Span], gold: list[Span]) -> None:
    tally.predicted += len(predicted)
    tally.correct += sum(1 for p in predicted if any(_overlaps(p, g) for g in gold))
    tally.gold += len(gold)
    tally.found += sum(1 for g in gold if any(_overlaps(p, g) for p in predicted))


def _dyads(tally: Tally, predicted: set[tuple[Span, Span]], gold: list[tuple[Span, Span]]
           ) -> None:
    def hit(p: tuple[Span, Span], g: tuple[Span, Span]) -> bool:
        return _overlaps(p[0], g[0]) and _overlaps(p[1], g[1])

    tally.predicted += len(predicted)
    tally.correct += sum(1 for p in predicted if any(hit(p, g) for g in gold))
    tally.gold += len(gold)
    tally.found += sum(1 for g in gold if any(hit(p, g) for p in predicted))


def score_item(item: Item, events: list[Event], tallies: dict[str, Tally]) -> None:
    """Add one sentence's matches to the four tallies."""
    _side(tallies["source"], {e.source_span for e in events if e.source_span}, item.sources)
    _side(tallies["target"], {e.target_span for e in events if e.target_span}, item.targets)
    dyads = {(e.source_span, e.target_span) for e in events
             if e.source_span and e.target_span}
    _dyads(tallies["dyad"], dyads, item.pairs())
    if item.label is not None:
        classed = {d for e in events if e.source_span and e.target_span
                   and PENTA.get(e.cameo[:2]) == item.label
                   for d in [(e.source_span, e.target_span)]}
        _dyads(tallies["triple"], classed, item.pairs())


def _locate(path: Path) -> Path:
    if path.is_dir():
        found = sorted(path.rglob("*ner*.txt"))
        if not found:
            raise InputError("no actor-role file (*ner*.txt) in this folder", source=str(path))
        return found[0]
    if not path.exists():
        raise InputError("no such file", source=str(path))
    return path


def evaluate(path: Path, limit: int | None = None) -> dict[str, dict[str, float | int]]:
    """Scores of the four tallies on the actor-role file at `path`."""
    file = _locate(path)
    labels = read_labels(file.parent)
    tallies = {name: Tally() for name in ("source", "target", "dyad", "triple")}
    knowledge = default_knowledge()
    for n, item in enumerate(read_conll(file)):
        if limit is not None and n >= limit:
            break
        item.label = labels.get(_key(item.text))
        score_item(item, code(item.text, knowledge=knowledge).events, tallies)
    return {name: tally.scores() for name, tally in tallies.items()}


@click.command("roles")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N sentences.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def command(path: Path, limit: int | None, as_json: bool) -> None:
    """Sources, targets, dyads and (source, target, class) triples on actor-role tags.

    \b
    Example:
        eventwire eval roles ../shared/eval/events/conflibert/
    """
    report = evaluate(path, limit)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(f"{'':<8} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}")
    for name, s in report.items():
        click.echo(f"{name:<8} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                   f"{s['predicted']:>6} {s['gold']:>6}")
