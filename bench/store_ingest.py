"""Store speed: ingest rate into SQLite, and filtered event pages on a large store.

1. Codes a generated corpus with `code()` and adds it to a fresh store: documents/s for
   `Store.add` alone and for code + add, and the wall time of a real `eventwire ingest` run.
2. Fills a second store with synthetic coded documents (random actors, CAMEO codes, places,
   modalities; `--events`, default 100,000 events) and times one 50-event page for each kind
   of filter (median of several runs) — the HTTP API needs a filtered page in < 200 ms.

    python bench/store_ingest.py [--docs 1000] [--events 100000] [--json PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if (HERE.parent / "src" / "eventwire").is_dir():
    sys.path.insert(0, str(HERE.parent / "src"))

from corpus import PLACES, generate  # noqa: E402

from eventwire import code  # noqa: E402
from eventwire.model import (  # noqa: E402
    Acled,
    Actor,
    Document,
    Event,
    Place,
    Plover,
    Result,
    Sentence,
)
from eventwire.store import EventFilter, Near, Store  # noqa: E402

CODES = [("SYRMIL", "SYR", "MIL"), ("SYRGOV", "SYR", "GOV"), ("SYRREB", "SYR", "REB"),
         ("RUSMIL", "RUS", "MIL"), ("RUSGOV", "RUS", "GOV"), ("TURMIL", "TUR", "MIL"),
         ("TURGOV", "TUR", "GOV"), ("IRNMIL", "IRN", "MIL"), ("USAGOV", "USA", "GOV"),
         ("SYRCVL", "SYR", "CVL"), ("IGOUNO", "IGO", "IGO"), ("SYRMED", "SYR", "MED")]
CAMEOS = [("195", "ASSAULT", ("Explosions/Remote violence", "Air/drone strike"), 4, -10.0),
          ("190", "FIGHT", ("Battles", "Armed clash"), 4, -10.0),
          ("112", "ACCUSE", None, 3, -2.0), ("138", "THREATEN", None, 3, -7.0),
          ("036", "CONSULT", None, 1, 4.0), ("0871", "MOBILIZE", None, 2, -2.0),
          ("194", "ASSAULT", ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
           4, -10.0)]
MODALITIES = ["asserted"] * 5 + ["reported"] * 3 + ["claimed", "speculated", "threatened",
                                                    "denied", "negated"]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="generated documents to ingest")
    parser.add_argument("--events", type=int, default=100_000,
                        help="synthetic events for the query benchmark")
    parser.add_argument("--runs", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    figures: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        figures.update(_ingest_rate(Path(tmp), args.docs))
        figures.update(_query_speed(Path(tmp) / "large.db", args.events, args.runs))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2))
    return figures


def _ingest_rate(tmp: Path, count: int) -> dict:
    reports = generate(count, seed=11)
    documents = [Document(text=r.text, id=r.id, date=r.date) for r in reports]
    started = time.perf_counter()
    results = [code(d) for d in documents]
    coding = time.perf_counter() - started
    with Store.open(tmp / "ingest.db") as store:
        started = time.perf_counter()
        for document, result in zip(documents, results, strict=True):
            store.add(document, result)
        adding = time.perf_counter() - started
        events = store.counts()["events"]
        started = time.perf_counter()
        for document, result in zip(documents, results, strict=True):
            store.add(document, result)
        again = time.perf_counter() - started

    batch = tmp / "reports.jsonl"
    batch.write_text("".join(json.dumps({"id": r.id, "date": r.date.isoformat(),
                                         "text": r.text}) + "\n" for r in reports))
    env = dict(os.environ)
    src = HERE.parent / "src"
    if src.is_dir():
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "eventwire", "ingest", "--db",
                           str(tmp / "cli.db"), str(batch)], capture_output=True, text=True,
                          env=env)
    cli = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"eventwire ingest failed: {done.stderr.strip()}")

    figures = {
        "ingest_documents": count, "ingest_events": events,
        "store_add_docs_per_s": count / adding,
        "store_readd_docs_per_s": count / again,
        "code_plus_add_docs_per_s": count / (coding + adding),
        "cli_ingest_seconds": cli, "cli_ingest_docs_per_s": count / cli,
    }
    print(f"ingest: {count} generated documents ({events} events from the current pipeline)")
    print(f"  Store.add: {figures['store_add_docs_per_s']:.0f} documents/s "
          f"(re-adding, all skipped: {figures['store_readd_docs_per_s']:.0f}/s); "
          f"code + add: {figures['code_plus_add_docs_per_s']:.0f} documents/s")
    print(f"  `eventwire ingest` of the same JSONL: {cli:.2f} s "
          f"({figures['cli_ingest_docs_per_s']:.0f} documents/s, start-up included)")
    return figures


def _synthetic(number: int, rng: random.Random, per_document: int) -> tuple[Document, Result]:
    """A document with `per_document` coded events, offsets into its own text."""
    sentences_text = []
    for _ in range(per_document):
        place = rng.choice(PLACES)
        sentences_text.append(f"Report {number}: forces struck {place} near the front line.")
    text = " ".join(sentences_text)
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(365))
    result = Result(id=f"synthetic-{number}", date=date, title=None, text=text)
    for match in re.finditer(r"[^.]+\.", text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        result.sentences.append(Sentence(len(result.sentences), start, match.end()))
    for index, sentence in enumerate(result.sentences):
        source, target = rng.sample(CODES, 2)
        cameo, plover, acled, quad, goldstein = rng.choice(CAMEOS)
        verb = text.index("struck", sentence.start)
        place_name = text[verb + 7:text.index(" near", verb)]
        place = Place(place_name, verb + 7, verb + 7 + len(place_name), name=place_name,
                      lat=35.0 + rng.random() * 2, lon=36.0 + rng.random() * 2, country="SY",
                      feature="city", role="event")
        result.events.append(Event(
            id=f"e{index + 1}", sentence=index, text="struck", start=verb, end=verb + 6,
            source=Actor(source[0], *source), target=Actor(target[0], *target), cameo=cameo,
            plover=Plover(plover), acled=Acled(*acled) if acled else None, quad_class=quad,
            goldstein=goldstein, modality=rng.choice(MODALITIES),
            date=(date - dt.timedelta(days=rng.randrange(3))).isoformat(),
            date_granularity="day", place=place, confidence=0.8))
    return Document(text=text, id=result.id, date=date), result


def _query_speed(path: Path, events: int, runs: int) -> dict:
    rng = random.Random(5)
    per_document = 10
    started = time.perf_counter()
    with Store.open(path) as store:
        for number in range(events // per_document):
            store.add(*_synthetic(number, rng, per_document))
        filling = time.perf_counter() - started
        total = store.count_events()
        queries = {
            "no filter": EventFilter(),
            "actor RUS": EventFilter(actor="RUS"),
            "cameo 19 + since": EventFilter(cameo="19", since=dt.date(2019, 10, 1)),
            "modality + country": EventFilter(modality=("speculated", "threatened"),
                                              country="TR"),
            "near 20 km": EventFilter(near=Near(35.93, 36.63, 20)),
            "text": EventFilter(text="Khan Shaykhun"),
            "everything": EventFilter(actor="SYR", cameo="19", since=dt.date(2019, 3, 1),
                                      until=dt.date(2019, 9, 30), modality=("asserted",),
                                      near=Near(36.0, 37.0, 60), text="front"),
        }
        timings = {}
        for name, filters in queries.items():
            timings[name] = _median_ms(lambda f=filters: store.events(f, limit=50), runs)
            timings[f"{name} (newest first)"] = _median_ms(
                lambda f=filters: store.events(f, limit=50, newest_first=True), runs)
        timings["count, actor RUS"] = _median_ms(
            lambda: store.count_events(EventFilter(actor="RUS")), runs)
        timings["deep page (offset 50000)"] = _median_ms(
            lambda: store.events(limit=50, offset=50_000), runs)
        size = path.stat().st_size / 1e6
    print(f"queries: {total} synthetic events in {total // per_document} documents "
          f"(filled at {total / filling:.0f} events/s, {size:.0f} MB); "
          f"one 50-event page, median of {runs}:")
    for name, ms in timings.items():
        print(f"  {name:<36} {ms:8.1f} ms")
    return {"query_events": total, "fill_events_per_s": total / filling, "db_mb": size,
            "page_ms": timings}


def _median_ms(run, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    main()
