"""`eventwire eval geo PATH`: toponym recognition and resolution on LGL/GeoVirus-style XML.

Two scores per corpus:

- gold spans (resolution only): each gold toponym span is resolved in its document's context;
  recall@161 = resolved within 161 km / all gold toponyms with coordinates, accuracy@161 =
  within 161 km / resolved.
- end to end (recognition + resolution): a gold toponym counts as recognised when a predicted
  place overlaps it; recall@161 = recognised and within 161 km / all gold, accuracy@161 =
  within 161 km / recognised; precision = predicted places overlapping a gold toponym / all
  predicted.

Both report the median error in km. LGL offsets are 0-based; GeoVirus offsets are 1-based
(`text[start-1:end-1]` is the name), which the reader detects from the format.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import click

from eventwire.errors import InputError
from eventwire.knowledge import default_knowledge
from eventwire.model import Document, Place, Result

KM = 161.0


@dataclass
class Toponym:
    """A gold toponym: its span in the article text and its coordinates (if it has them)."""

    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass
class Article:
    text: str
    toponyms: list[Toponym]


@dataclass
class Tally:
    """Counts for one scoring mode."""

    gold: int = 0
    answered: int = 0
    correct: int = 0
    predicted: int = 0
    predicted_matching: int = 0
    errors: list[float] = field(default_factory=list)

    def lines(self, label: str) -> list[str]:
        recall = self.correct / self.gold if self.gold else 0.0
        accuracy = self.correct / self.answered if self.answered else 0.0
        median = statistics.median(self.errors) if self.errors else float("nan")
        out = [f"{label}: gold {self.gold}, answered {self.answered}, "
               f"recall@161 {recall:.3f}, accuracy@161 {accuracy:.3f}, "
               f"median error {median:.1f} km"]
        if self.predicted:
            out.append(f"{label}: predicted {self.predicted}, precision "
                       f"{self.predicted_matching / self.predicted:.3f}")
        return out


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def read_corpus(path: Path) -> Iterator[Article]:
    """Articles of an LGL (`<toponyms>`) or GeoVirus (`<locations>`, 1-based) XML file."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        raise InputError(f"cannot read toponym corpus: {exc}", source=str(path)) from exc
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        toponyms: list[Toponym] = []
        for node in article.iter("toponym"):
            start, end = int(node.findtext("start") or 0), int(node.findtext("end") or 0)
            gaz = node.find("gaztag")
            lat = _float(gaz.findtext("lat")) if gaz is not None else None
            lon = _float(gaz.findtext("lon")) if gaz is not None else None
            toponyms.append(Toponym(start, end, lat, lon))
        for node in article.iter("location"):
            start, end = int(node.findtext("start") or 1) - 1, int(node.findtext("end") or 1) - 1
            toponyms.append(Toponym(start, end, _float(node.findtext("lat")),
                                    _float(node.findtext("lon"))))
        yield Article(text, toponyms)


def _prepare(text: str) -> tuple[Document, Result]:
    from eventwire import segments, sentences

    document = Document(text=text)
    result = Result(id=None, date=None, title=None, text=text)
    knowledge = default_knowledge()
    segments.run(document, result, knowledge)
    sentences.run(document, result, knowledge)
    return document, result


def _error(place: Place | None, toponym: Toponym) -> float | None:
    from eventwire.geo import distance_km

    if place is None or place.lat is None or place.lon is None or toponym.lat is None \
            or toponym.lon is None:  # scored toponyms all have coordinates
        return None
    return distance_km(place.lat, place.lon, toponym.lat, toponym.lon)


def score(path: Path) -> tuple[Tally, Tally, float]:
    """Gold-span and end-to-end tallies for one corpus, and the seconds spent."""
    from eventwire import places

    knowledge = default_knowledge()
    gold_mode, end_to_end = Tally(), Tally()
    began = time.perf_counter()
    for article in read_corpus(path):
        located = [t for t in article.toponyms if t.lat is not None and t.lon is not None]
        document, result = _prepare(article.text)
        resolved = places.resolve_spans(document, result, [(t.start, t.end) for t in located],
                                        knowledge)
        for toponym, place in zip(located, resolved, strict=True):
            gold_mode.gold += 1
            error = _error(place, toponym)
            if error is not None:
                gold_mode.answered += 1
                gold_mode.errors.append(error)
                gold_mode.correct += error <= KM
        document, result = _prepare(article.text)
        places.run(document, result, knowledge)
        predicted = result.places
        end_to_end.predicted += len(predicted)
        end_to_end.predicted_matching += sum(
            1 for p in predicted if any(p.start < t.end and t.start < p.end
                                        for t in article.toponyms))
        for toponym in located:
            end_to_end.gold += 1
            overlapping = [p for p in predicted if p.start < toponym.end and toponym.start < p.end]
            if not overlapping:
                continue
            end_to_end.answered += 1
            error = min(e for e in (_error(p, toponym) for p in overlapping) if e is not None)
            end_to_end.errors.append(error)
            end_to_end.correct += error <= KM
    return gold_mode, end_to_end, time.perf_counter() - began


@click.command("geo")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
def command(paths: tuple[Path, ...]) -> None:
    """Score place recognition and resolution on LGL/GeoVirus-format toponym corpora.

    \b
    Example:
        eventwire eval geo ../shared/eval/geo/lgl.xml ../shared/eval/geo/GeoVirus.xml
    """
    for path in paths:
        gold_mode, end_to_end, seconds = score(path)
        click.echo(f"{path.name} ({seconds:.1f} s)")
        for line in gold_mode.lines("  gold spans") + end_to_end.lines("  end to end"):
            click.echo(line)
