"""`eventwire eval quotes PATH`: quotation content F1 and source accuracy on attribution data.

Gold data is JSON Lines, one article per line, with character spans (the PolNeAR layout):

    {"article", "text", "attributions": [{"content": ROLE, "source"?: ROLE, "cue": ROLE}]}
    ROLE = {"spans": [[start, end], ...], "text"}

Each article's text is coded as plain text by the stages the quotes stage reads (segments,
sentences, times, actors) and the quotes stage itself, and its quotes are matched to gold
contents:

- exact: the spans agree once quote marks, edge punctuation and a leading "that" are set
  aside;
- partial: a prediction and a gold content share a word (one-to-one, largest overlap first);
- token: word-level precision and recall of all predicted against all gold content words.

Source accuracy is measured on partial matches whose gold has a source: the predicted
`speaker_text` must overlap a gold source span. Gold attribution marks each word with at
most one attribution, and one attribution (source, cue, content) may have a content in
several pieces; so predicted quotes are scored as attributions too: a quote nested inside
another (a partial quote in indirect speech) is not counted twice, and a quote that continues
the one before it in the same paragraph with the same speaker and no cue of its own
("“A,” she said. “B.”") is scored with it.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from eventwire.errors import InputError
from eventwire.evaluation.metrics import prf
from eventwire.knowledge import default_knowledge
from eventwire.model import Document, Quote, Result

_WORD = re.compile(r"\w+")
_EDGE = "\"“”„«»‘’'.,;:!?—–- \n\t()"


@dataclass
class Span:
    """A content span, its words (as character offsets) and an optional source span."""

    start: int
    end: int
    words: frozenset[int]
    sources: tuple[tuple[int, int], ...] = ()


@dataclass
class Score:
    """Counts accumulated over articles."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    partial: int = 0
    gold_words: int = 0
    predicted_words: int = 0
    shared_words: int = 0
    source_total: int = 0
    source_right: int = 0
    articles: int = 0
    sentences: int = 0
    errors: list[str] = field(default_factory=list)

    def report(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "gold": self.gold,
            "predicted": self.predicted,
            "exact": _prf(self.exact, self.predicted, self.gold),
            "partial": _prf(self.partial, self.predicted, self.gold),
            "token": _prf(self.shared_words, self.predicted_words, self.gold_words),
            "source_accuracy": round(self.source_right / self.source_total, 4)
            if self.source_total else None,
            "source_total": self.source_total,
        }


def _prf(hit: int, predicted: int, gold: int) -> dict[str, float]:
    p, r, f = prf(hit, predicted, gold)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def words_in(text: str, start: int, end: int) -> frozenset[int]:
    """Start offsets of the words in `text[start:end]`, leaving out a leading "that"."""
    found = [m.start() for m in _WORD.finditer(text, start, end)]
    if found and text[found[0]:found[0] + 5].lower() == "that ":
        found = found[1:]
    return frozenset(found)


def normalise(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without quote marks, edge punctuation, space and a leading "that"."""
    while start < end and text[start] in _EDGE:
        start += 1
    if text[start:start + 5].lower() == "that ":
        start += 5
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def gold_spans(record: dict) -> list[Span]:
    text = record["text"]
    out = []
    for attribution in record.get("attributions") or []:
        content = attribution.get("content") or {}
        spans = content.get("spans") or []
        if not spans:
            continue
        start = min(s[0] for s in spans)
        end = max(s[1] for s in spans)
        words = frozenset().union(*(words_in(text, s[0], s[1]) for s in spans))
        sources = tuple(tuple(s) for s in ((attribution.get("source") or {}).get("spans") or []))
        out.append(Span(start, end, words, sources))
    return out


QUOTE_STAGES = ("segments", "sentences", "times", "links", "actors", "quotes")
"""The stages the quotes stage reads, and itself: the evaluation measures quotes alone."""


def coded(text: str, article: str | None = None) -> Result:
    """Run the pipeline's stages up to quotes that quotes depend on, in pipeline order."""
    from eventwire.pipeline import STAGES

    document = Document(text=text, id=article)
    result = Result(id=article, date=None, title=None, text=text)
    knowledge = default_knowledge()
    for name, stage in STAGES:
        if name in QUOTE_STAGES:
            stage(document, result, knowledge)
    return result


def predicted_spans(record: dict) -> tuple[list[Span], list[tuple[int, int] | None], int]:
    """The coder's quotes for one article, outermost only, with speaker spans."""
    text = record["text"]
    result = coded(text, str(record.get("article")))
    quotes = sorted(result.quotes, key=lambda q: (q.start, -q.end))
    outer: list[Quote] = []
    for quote in quotes:
        if any(o.start <= quote.start and quote.end <= o.end and o is not quote for o in outer):
            continue
        outer.append(quote)
    spans: list[Span] = []
    speakers: list[tuple[int, int] | None] = []
    for quote in outer:
        words = words_in(text, quote.start, quote.end)
        if quote.carried and spans and "\n" not in text[spans[-1].end:quote.start] \
                and speakers[-1] == quote.speaker_span:
            # A quote that continues the one before it in the same paragraph ("“A,” she
            # said. “B.”") shares its cue: gold marks it as one attribution with two spans.
            last = spans[-1]
            spans[-1] = Span(last.start, quote.end, last.words | words)
            continue
        spans.append(Span(quote.start, quote.end, words))
        speakers.append(quote.speaker_span)
    return spans, speakers, len(result.sentences)


def score_article(record: dict, score: Score) -> None:
    """Add one article's matches to `score`."""
    text = record["text"]
    gold = gold_spans(record)
    predicted, speakers, sentences = predicted_spans(record)
    score.articles += 1
    score.sentences += sentences
    score.gold += len(gold)
    score.predicted += len(predicted)
    all_gold = frozenset().union(*(g.words for g in gold)) if gold else frozenset()
    all_pred = frozenset().union(*(p.words for p in predicted)) if predicted else frozenset()
    score.gold_words += len(all_gold)
    score.predicted_words += len(all_pred)
    score.shared_words += len(all_gold & all_pred)

    gold_norm = {normalise(text, g.start, g.end): i for i, g in enumerate(gold)}
    score.exact += sum(1 for p in predicted if normalise(text, p.start, p.end) in gold_norm)

    pairs = sorted(((len(p.words & g.words), i, j) for i, p in enumerate(predicted)
                    for j, g in enumerate(gold) if p.words & g.words), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _overlap, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        score.partial += 1
        if gold[j].sources:
            score.source_total += 1
            speaker = speakers[i]
            if speaker is not None and any(speaker[0] < e and s < speaker[1]
                                           for s, e in gold[j].sources):
                score.source_right += 1


def read_records(path: Path) -> Iterator[dict | InputError]:
    """Articles of a JSONL file; a bad line becomes an InputError naming it."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", source=str(path))
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(f"bad JSON: {exc.msg}", source=str(path), line=number)
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield InputError('expected an object with a "text" string', source=str(path),
                                 line=number)
                continue
            yield record


def evaluate(path: Path, limit: int | None = None) -> Score:
    """Score every article in `path` (or a directory of `.jsonl` files)."""
    score = Score()
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    for file in files:
        for item in read_records(file):
            if limit is not None and score.articles >= limit:
                return score
            if isinstance(item, InputError):
                score.errors.append(str(item))
                continue
            try:
                score_article(item, score)
            except (KeyError, TypeError, ValueError, IndexError) as exc:
                score.errors.append(f"{file}: article {item.get('article')}: bad record "
                                    f"({exc.__class__.__name__}: {exc})")
    return score


@click.command("quotes")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def command(path: Path, limit: int | None, as_json: bool) -> None:
    """Score quotation contents (exact, partial, token F1) and speakers on JSONL spans.

    \b
    Example:
        eventwire eval quotes ../shared/eval/quotes/polnear_dev.jsonl
    """
    began = time.perf_counter()
    score = evaluate(path, limit)
    seconds = time.perf_counter() - began
    for message in score.errors:
        click.echo(message, err=True)
    report = score.report()
    report["seconds"] = round(seconds, 2)
    if as_json:
        click.echo(json.dumps(report))
    else:
        click.echo(f"articles: {report['articles']}  gold contents: {report['gold']}  "
                   f"predicted: {report['predicted']}")
        for name in ("exact", "partial", "token"):
            prf = report[name]
            click.echo(f"{name:8} P {prf['precision']:.3f}  R {prf['recall']:.3f}  "
                       f"F1 {prf['f1']:.3f}")
        accuracy = report["source_accuracy"]
        click.echo(f"source accuracy: "
                   f"{'n/a' if accuracy is None else format(accuracy, '.3f')} "
                   f"(on {report['source_total']} matched contents with a gold source)")
    if score.errors:
        raise SystemExit(1)
