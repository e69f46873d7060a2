"""`eventwire eval time PATH`: score time expressions against TimeML (`.tml`) gold.

Each document's creation time (`<TIMEX3 functionInDocument="CREATION_TIME">`) becomes its
date; the `<TEXT>` content with its tags removed is coded with `code()`, and gold DATE and TIME
expressions are compared by character overlap:

- span recall: gold DATE/TIME expressions overlapped by a prediction;
- span precision: predictions overlapping a gold DATE/TIME expression, out of all predictions
  except those that only overlap gold DURATION or SET expressions (those are not scored);
- value accuracy: of the overlapped gold expressions, those whose overlapping prediction has
  the gold value;
- value F1: a prediction is correct when it overlaps a gold DATE/TIME expression and has its
  value.

Predictions are `result.times` (range expressions scored by their two ends) plus, unless
`--contract-only`, `result.time_refs`: quarters, halves, seasons, decades and the vague
PRESENT_REF / PAST_REF / FUTURE_REF ("now", "recently", "the future"), which the contract's
granularities cannot express. A prediction's TimeML value (part of day "TNI", weekend "-WE")
is used where it has one.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import click

from eventwire.errors import InputError
from eventwire.evaluation.metrics import f1, ratio
from eventwire.model import Document, Result, TimeExpression

SCORED_TYPES = ("DATE", "TIME")


@dataclass
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class GoldDocument:
    name: str
    text: str
    date: dt.date | None
    timexes: list[GoldTimex] = field(default_factory=list)


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    gold_found: int = 0
    gold_correct: int = 0
    predicted_found: int = 0
    predicted_correct: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        for name in ("gold", "predicted", "gold_found", "gold_correct", "predicted_found",
                     "predicted_correct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def table(self) -> dict[str, float]:
        span_p = ratio(self.predicted_found, self.predicted)
        span_r = ratio(self.gold_found, self.gold)
        value_p = ratio(self.predicted_correct, self.predicted)
        value_r = ratio(self.gold_correct, self.gold)
        return {
            "span_precision": span_p, "span_recall": span_r, "span_f1": f1(span_p, span_r),
            "value_accuracy": ratio(self.gold_correct, self.gold_found),
            "value_precision": value_p, "value_recall": value_r,
            "value_f1": f1(value_p, value_r),
        }


def read_timeml(path: Path) -> GoldDocument:
    """Read one `.tml` file: plain `<TEXT>` content, its DATE/TIME/… spans and the DCT."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        raise InputError(f"cannot read TimeML: {error}", source=str(path)) from None
    date = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                date = dt.date.fromisoformat((timex.get("value") or "")[:10])
            except ValueError:
                date = None
            break
    body = root.find("TEXT")
    if body is None:
        raise InputError("no <TEXT> element", source=str(path))
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(body, pieces, timexes, 0)
    return GoldDocument(path.name, "".join(pieces), date, timexes)


def _walk(element: ET.Element, pieces: list[str], timexes: list[GoldTimex], offset: int) -> int:
    if element.text:
        pieces.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _walk(child, pieces, timexes, offset)
        if child.tag == "TIMEX3":
            text = "".join(pieces)[start:offset]
            timexes.append(GoldTimex(start, offset, child.get("type") or "",
                                     child.get("value") or "", text))
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    return offset


TIME_STAGES = ("segments", "sentences", "times")
"""The pipeline stages that times depend on: the evaluation runs only these (the same code
`code()` runs, without the later stages that cannot change a time)."""


def predictions(gold: GoldDocument, contract_only: bool = False) -> list[TimeExpression]:
    """What the coder finds in the document, ranges split into their ends."""
    from eventwire.knowledge import default_knowledge
    from eventwire.pipeline import STAGES

    document = Document(text=gold.text, id=gold.name, date=gold.date)
    result = Result(id=document.id, date=document.date, title=None, text=document.text)
    knowledge = default_knowledge()
    for name, stage in STAGES:
        if name in TIME_STAGES:
            stage(document, result, knowledge)
    found = list(result.times) + ([] if contract_only else list(result.time_refs))
    out: list[TimeExpression] = []
    for expression in found:
        out.extend(expression.parts or [expression])
    return out


def score(gold: GoldDocument, predicted: list[TimeExpression]) -> Scores:
    scored = [t for t in gold.timexes if t.type in SCORED_TYPES]
    others = [t for t in gold.timexes if t.type not in SCORED_TYPES]
    scores = Scores(gold=len(scored))

    def overlaps(a, b) -> bool:
        return a.start < b.end and b.start < a.end

    for timex in scored:
        hits = [p for p in predicted if overlaps(p, timex)]
        if hits:
            scores.gold_found += 1
            if any(_value(p) == timex.value for p in hits):
                scores.gold_correct += 1
            else:
                scores.errors.append(f"{gold.name}\twrong\t{timex.text!r}\t{timex.value}\t"
                                     f"{[_value(p) for p in hits]}")
        else:
            scores.errors.append(f"{gold.name}\tmissed\t{timex.text!r}\t{timex.value}")
    for expression in predicted:
        gold_hits = [t for t in scored if overlaps(expression, t)]
        if not gold_hits and any(overlaps(expression, t) for t in others):
            continue
        scores.predicted += 1
        if gold_hits:
            scores.predicted_found += 1
            if any(t.value == _value(expression) for t in gold_hits):
                scores.predicted_correct += 1
        else:
            scores.errors.append(f"{gold.name}\tspurious\t{expression.text!r}\t"
                                 f"{_value(expression)}")
    return scores


def _value(expression: TimeExpression) -> str:
    return expression.timeml or expression.value


def evaluate(path: Path, contract_only: bool = False) -> dict[str, Scores]:
    """Scores per subset (sub-directory) and in total for every `.tml` file under `path`."""
    files = [path] if path.is_file() else sorted(path.rglob("*.tml"))
    if not files:
        raise InputError("no .tml files found", source=str(path))
    results: dict[str, Scores] = {}
    total = Scores()
    for file in files:
        gold = read_timeml(file)
        scores = score(gold, predictions(gold, contract_only))
        subset = file.parent.name if file.parent != path else path.name
        results.setdefault(subset, Scores()).add(scores)
        total.add(scores)
    results["total"] = total
    return results


@click.command("time")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--contract-only", is_flag=True,
              help="Score only result.times (leave out quarters, seasons, 'now'…).")
@click.option("--errors", "show_errors", type=int, default=0, metavar="N",
              help="Also print the first N misses, wrong values and spurious finds.")
def command(path: Path, contract_only: bool, show_errors: int) -> None:
    """Score time expressions on TimeML gold (.tml files under PATH).

    \b
    Example:
        eventwire eval time ../shared/eval/time/TBAQ-cleaned
    """
    results = evaluate(path, contract_only)
    names = ["span_precision", "span_recall", "span_f1", "value_accuracy", "value_precision",
             "value_recall", "value_f1"]
    click.echo("subset\tgold\tpredicted\t" + "\t".join(names))
    for subset, scores in results.items():
        table = scores.table()
        click.echo(f"{subset}\t{scores.gold}\t{scores.predicted}\t"
                   + "\t".join(f"{table[n]:.3f}" for n in names))
    for line in results["total"].errors[:show_errors]:
        click.echo(line)
