"""`eventwire eval events PATH`: precision/recall/F1 of event classes on labelled text.

PATH is a folder (or one file) of labelled data in one of two layouts:

- ``*.tsv`` of ``sentence<TAB>label`` with labels 0-4 for CAMEO root classes (the "penta"
  classes: 0 statements and appeals 01-02, 1 verbal cooperation 03-05, 2 material cooperation
  06-08, 3 verbal conflict 09-13 and 16, 4 material conflict 14-15 and 17-20);
- ``*.csv`` or ``*.csv.zip`` with ``text`` and ``label`` columns naming PLOVER event types.

Each item is coded whole; its predicted class is the class of its most frequent event
(ties: the earliest; plain statements count only when nothing else is coded), or none.
Per-class precision, recall and F1 and their macro average are printed.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import click

from eventwire.errors import InputError
from eventwire.knowledge import default_knowledge
from eventwire.model import Event
from eventwire.pipeline import code

PENTA = {**dict.fromkeys(("01", "02"), "0"), **dict.fromkeys(("03", "04", "05"), "1"),
         **dict.fromkeys(("06", "07", "08"), "2"),
         **dict.fromkeys(("09", "10", "11", "12", "13", "16"), "3"),
         **dict.fromkeys(("14", "15", "17", "18", "19", "20"), "4")}


def penta_class(event: Event) -> str | None:
    return PENTA.get(event.cameo[:2])


def plover_class(event: Event) -> str | None:
    return event.plover.event


def predict(text: str, classify) -> str | None:
    """The class of the most frequent event class in `text`, or None."""
    result = code(text, knowledge=default_knowledge())
    # A speech verb ("said") attributes the event it reports: count it only when alone.
    events = [e for e in result.events if not e.cameo.startswith("01")] or result.events
    labels = [c for c in (classify(e) for e in events) if c]
    if not labels:
        return None
    counts = Counter(labels)
    best = max(counts.values())
    return next(label for label in labels if counts[label] == best)


def _tsv_items(path: Path) -> Iterator[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            text, label = line.rsplit("\t", 1)
            if label.strip():
                yield text.strip(), label.strip()


def _csv_items(path: Path) -> Iterator[tuple[str, str]]:
    if path.name.endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".csv"))
            data = archive.read(name).decode("utf-8")
    else:
        data = path.read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(data)):
        if row.get("text") and row.get("label"):
            yield row["text"], row["label"].strip()


def datasets(path: Path) -> list[tuple[Path, str]]:
    """(file, kind) pairs under `path`: kind "penta" for TSV, "plover" for CSV."""
    if not path.exists():
        raise InputError("no such file or folder", source=str(path))
    files = [path] if path.is_file() else sorted(path.rglob("*"))
    out = []
    for f in files:
        if f.name.endswith(".tsv") and "class" in f.name:
            out.append((f, "penta"))
        elif (f.name.endswith(".csv.zip") or f.name.endswith(".csv")) and \
                "synthetic_events" in f.name:
            out.append((f, "plover"))
    if not out:
        raise InputError("no labelled event data found (*class*.tsv, *synthetic_events*.csv)",
                         source=str(path))
    return out


def score(pairs: list[tuple[str, str | None]]) -> list[tuple[str, float, float, float, int]]:
    """(class, precision, recall, F1, support) for every gold class."""
    rows = []
    for label in sorted({g for g, _ in pairs}):
        tp = sum(1 for g, p in pairs if g == label and p == label)
        predicted = sum(1 for _, p in pairs if p == label)
        support = sum(1 for g, _ in pairs if g == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((label, precision, recall, f1, support))
    return rows


@click.command("events")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N items per file.")
def command(path: Path, limit: int | None) -> None:
    """Precision, recall and F1 of event classes (CAMEO root classes, PLOVER types).

    \b
    Example:
        eventwire eval events ../shared/eval/events/
    """
    for file, kind in datasets(path):
        items = _tsv_items(file) if kind == "penta" else _csv_items(file)
        classify = penta_class if kind == "penta" else plover_class
        pairs = []
        for n, (text, label) in enumerate(items):
            if limit is not None and n >= limit:
                break
            pairs.append((label, predict(text, classify)))
        rows = score(pairs)
        click.echo(f"{file.name} ({kind}, {len(pairs)} items)")
        click.echo(f"  {'class':<12} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
        for label, p, r, f, n in rows:
            click.echo(f"  {label:<12} {p:>6.3f} {r:>6.3f} {f:>6.3f} {n:>5}")
        if rows:
            macro = [sum(x[i] for x in rows) / len(rows) for i in (1, 2, 3)]
            click.echo(f"  {'macro':<12} {macro[0]:>6.3f} {macro[1]:>6.3f} {macro[2]:>6.3f}")
