"""`eventwire eval petrarch PATH`: code PETRARCH unit-test records and count exact codings.

PATH is a PETRARCH validation file (``<Validation>`` XML with ``<Sentence>`` records) or the
folder holding one. Each record's ``<Text>`` is coded (its parse is ignored) with the
dictionaries in the records' folder (``PETR.Validate.*.txt``, read as with ``--dictionaries``)
and the record's ``date`` as the document date. A record is exact when the set of
source-target-code triples we code equals the gold set; ``noevents`` and ``error`` records are
exact when nothing is coded. Like PETRARCH's default (``require_dyad``), only events with both a
source and a target are compared.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import click

from eventwire.errors import InputError
from eventwire.evaluation import dictionary_command
from eventwire.knowledge import Knowledge
from eventwire.model import Document
from eventwire.pipeline import code

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Record:
    """One unit-test record: its text, date, category and gold triples."""

    id: str
    category: str
    date: dt.date | None
    text: str
    gold: frozenset[Triple]


def read_records(path: Path) -> list[Record]:
    """Records of a PETRARCH validation XML file."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read PETRARCH records: {exc}", source=str(path)) from exc
    out = []
    for s in root.iter("Sentence"):
        text_node = s.find("Text")
        if text_node is None or not (text_node.text or "").strip():
            continue
        gold = set()
        for c in s.findall("EventCoding"):
            if c.get("eventcode"):
                gold.add((c.get("sourcecode") or "---", c.get("targetcode") or "---",
                          c.get("eventcode") or ""))
        date = None
        raw = s.get("date") or ""
        if len(raw) == 8 and raw.isdigit():
            date = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
        out.append(Record(s.get("id") or "?", s.get("category") or "?", date,
                          " ".join((text_node.text or "").split()), frozenset(gold)))
    return out


def coded_triples(record: Record, knowledge: Knowledge) -> frozenset[Triple]:
    """The dyadic source-target-code triples we code for a record's text."""
    result = code(Document(text=record.text, id=record.id, date=record.date),
                  knowledge=knowledge)
    return frozenset((e.source.code or e.source.text, e.target.code or e.target.text, e.cameo)
                     for e in result.events
                     if e.source is not None and e.target is not None)


def _locate(path: Path) -> Path:
    if path.is_dir():
        found = sorted(path.glob("*.xml"))
        if not found:
            raise InputError("no PETRARCH records (*.xml) in this folder", source=str(path))
        return found[0]
    if not path.exists():
        raise InputError("no such file", source=str(path))
    return path


@dictionary_command("petrarch", "Dictionary folder (default: the records' folder).",
                    "List each record not coded exactly.")
def command(path: Path, dictionaries: Path | None, show_misses: bool) -> None:
    """Share of PETRARCH unit-test records coded exactly, overall and by category.

    \b
    Example:
        eventwire eval petrarch ../shared/eval/petrarch/PETR.UnitTest.records.xml
    """
    records_file = _locate(path)
    knowledge = Knowledge(dictionaries or records_file.parent)
    by_category: dict[str, list[bool]] = defaultdict(list)
    for record in read_records(records_file):
        got = coded_triples(record, knowledge)
        exact = got == record.gold
        by_category[record.category].append(exact)
        if show_misses and not exact:
            click.echo(f"miss {record.id}: gold {sorted(record.gold)} got {sorted(got)}")
    total = [x for xs in by_category.values() for x in xs]
    click.echo(f"{'category':<12} {'records':>7} {'exact':>6} {'share':>6}")
    for category in sorted(by_category):
        xs = by_category[category]
        click.echo(f"{category:<12} {len(xs):>7} {sum(xs):>6} {sum(xs) / len(xs):>6.1%}")
    if total:
        click.echo(f"{'all':<12} {len(total):>7} {sum(total):>6} {sum(total) / len(total):>6.1%}")
