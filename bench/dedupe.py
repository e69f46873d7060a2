"""Dedupe speed and quality on synthetic reports: 100,000 events by default.

Generates real events (a class, actors, a town, a day) and several reports of each as outlets
would give them (another but allied perpetrator, no target, the town or only its province, a
week instead of a day, a denial), then measures:

1. in memory: `cluster_reports()` over all reports (blocking, components, partition);
2. in the store: `CanonicalStore(store).rebuild()` on an SQLite file holding the same events
   (read rows, cluster, write `event_clusters` and `canonical_events`);
3. incremental: adding the last documents one by one through `Store.add` to that store.

It prints seconds, events/s and pairwise precision/recall of the clustering against the
generated truth.

    python bench/dedupe.py [--events 100000] [--incremental 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from eventwire.dedupe import cluster_reports, report_from_row
from eventwire.dedupe.views import CanonicalStore
from eventwire.model import Actor, Document, Event, Place, Plover, Result, Segment, Sentence
from eventwire.store import Store
from eventwire.store.rows import event_row

CLASSES = [("195", "ASSAULT"), ("190", "ASSAULT"), ("194", "ASSAULT"), ("183", "ASSAULT"),
           ("173", "COERCE"), ("112", "ACCUSE"), ("138", "THREATEN"), ("042", "CONSULT"),
           ("057", "AGREE"), ("145", "PROTEST")]
ACTORS = [("SYRMIL", "SYR", "MIL"), ("RUSMIL", "RUS", "MIL"), ("TURMIL", "TUR", "MIL"),
          ("SYRREB", "SYR", "REB"), ("SYRCVL", "SYR", "CVL"), ("IRNMIL", "IRN", "MIL"),
          ("USAMIL", "USA", "MIL"), ("ISRMIL", "ISR", "MIL"), ("SYRGOV", "SYR", "GOV")]
ALLY = {"SYRMIL": ("RUSMIL", "RUS", "MIL"), "RUSMIL": ("SYRMIL", "SYR", "MIL")}
START = dt.date(2019, 1, 1).toordinal()


def towns(rng: random.Random, count: int = 1500) -> list[dict]:
    """Towns scattered over a 6° x 8° box, each with a province centroid."""
    out = []
    for number in range(count):
        lat, lon = 32.0 + rng.random() * 6, 35.0 + rng.random() * 8
        out.append({"name": f"Town {number}", "lat": lat, "lon": lon, "feature": "city",
                    "admin1": f"Province {int(lat)}-{int(lon)}", "country": "SY",
                    "province": (int(lat) + 0.5, int(lon) + 0.5)})
    return out


def generate(count: int, seed: int = 11) -> tuple[list[tuple[Document, Result]], list[int]]:
    """Documents of about five events each, and the real event behind each event in order."""
    rng = random.Random(seed)
    places = towns(rng)
    reports: list[tuple[int, dict]] = []
    real = 0
    while len(reports) < count:
        cameo, plover = rng.choice(CLASSES)
        source, target = rng.choice(ACTORS), rng.choice(ACTORS + [None])
        town = rng.choice(places)
        day = START + rng.randrange(365)
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4, 6))):
            src = source
            if src[0] in ALLY and rng.random() < 0.3:
                src = ALLY[src[0]]
            place = dict(town)
            if rng.random() < 0.1:  # only the province is given
                place.update(name=town["admin1"], feature="admin1", lat=town["province"][0],
                             lon=town["province"][1])
            date, gran = dt.date.fromordinal(day).isoformat(), "day"
            if rng.random() < 0.05:
                year, week, _ = dt.date.fromordinal(day).isocalendar()
                date, gran = f"{year}-W{week:02d}", "week"
            modality = rng.choice(["asserted"] * 6 + ["reported"] * 3 + ["denied"])
            reports.append((real, {"cameo": cameo, "plover": plover, "source": src,
                                   "target": None if rng.random() < 0.3 else target,
                                   "place": place, "date": date, "gran": gran,
                                   "modality": modality}))
        real += 1
    reports = reports[:count]
    rng.shuffle(reports)
    documents, truth = [], []
    for start in range(0, len(reports), 5):
        chunk = reports[start:start + 5]
        text = " ".join(f"Report {n} of event {r}." for n, (r, _) in enumerate(chunk))
        sentences, events, offset = [], [], 0
        for n, (r, spec) in enumerate(chunk):
            sentence = f"Report {n} of event {r}."
            sentences.append(Sentence(n, offset, offset + len(sentence)))
            events.append(_event(n, spec, offset, sentence))
            offset += len(sentence) + 1
            truth.append(r)
        doc_id = f"doc-{start // 5}"
        day = dt.date.fromordinal(START + rng.randrange(365))
        result = Result(id=doc_id, date=day, title=None, text=text,
                        segments=[Segment(0, len(text))], sentences=sentences, events=events)
        documents.append((Document(text=text, id=doc_id, date=day, source="bench"), result))
    return documents, truth


def _event(n: int, spec: dict, offset: int, sentence: str) -> Event:
    def actor(a):
        return Actor(a[0], a[0], a[1], a[2], a[0]) if a else None

    p = spec["place"]
    place = Place(p["name"], offset, offset + 6, name=p["name"], lat=p["lat"], lon=p["lon"],
                  country="SY", admin1=p["admin1"], feature=p["feature"], role="event")
    return Event(id=f"e{n + 1}", sentence=n, text="Report", start=offset, end=offset + 6,
                 source=actor(spec["source"]), target=actor(spec["target"]),
                 cameo=spec["cameo"], plover=Plover(spec["plover"]), acled=None, quad_class=4,
                 goldstein=-10.0, modality=spec["modality"], date=spec["date"],
                 date_granularity=spec["gran"], place=place)


def pairwise(labels: list[int], truth: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against the true grouping."""
    def pairs(groups: list[int]) -> set[tuple[int, int]]:
        members = defaultdict(list)
        for index, group in enumerate(groups):
            members[group].append(index)
        return {pair for m in members.values() for pair in combinations(m, 2)}

    found, true = pairs(labels), pairs(truth)
    hit = len(found & true)
    return hit / max(len(found), 1), hit / max(len(true), 1)


def rows_for(documents: list[tuple[Document, Result]]) -> list[dict]:
    """The store's flattened event rows, numbered as the store would number them."""
    rows = []
    for doc_pk, (_, result) in enumerate(documents, start=1):
        data = result.to_dict()
        sentences = {s["index"]: (s["start"], s["end"]) for s in data["sentences"]}
        for event in data["events"]:
            row = event_row(event, data["text"], sentences, data["date"])
            row.update(pk=len(rows) + 1, document_pk=doc_pk)
            rows.append(row)
    return rows


def fill(path: Path, documents: list[tuple[Document, Result]], rows: list[dict]) -> None:
    """Write documents and events straight into the store's tables (bypassing dedupe)."""
    store = Store.open(path)
    engine = store._engine  # bench only: bulk load without running dedupe per document
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("BEGIN")
        raw.executemany(
            "INSERT INTO documents (pk, id, hash, date, text, result, n_events, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, '{}', 5, '2026-01-01')",
            [(pk, r.id, r.id, r.date.isoformat(), r.text)
             for pk, (_, r) in enumerate(documents, start=1)])
        columns = [c for c in rows[0] if c != "record"] + ["record"]
        raw.executemany(
            f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(row[c] for c in columns) for row in rows])
        raw.execute("COMMIT")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--incremental", type=int, default=200,
                        help="documents added one by one through Store.add at the end")
    args = parser.parse_args()

    t0 = time.perf_counter()
    documents, truth = generate(args.events)
    rows = rows_for(documents)
    print(f"generated {len(rows)} reports of {len(set(truth))} real events "
          f"in {time.perf_counter() - t0:.1f} s")

    reports = [report_from_row(r) for r in rows]
    t0, c0 = time.perf_counter(), time.process_time()
    clusters = cluster_reports([r for r in reports if r is not None])
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    labels = [0] * len(rows)
    for cluster in clusters:
        for report in cluster.reports:
            labels[report.pk - 1] = cluster.id
    precision, recall = pairwise(labels, truth)
    print(f"in memory: {len(rows)} reports -> {len(clusters)} events in {seconds:.1f} s "
          f"(CPU {cpu:.1f} s, {len(rows) / seconds:,.0f} reports/s); pairwise precision "
          f"{precision:.3f}, recall {recall:.3f}")

    keep = max(0, len(documents) - args.incremental)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        head_rows = [r for r in rows if r["document_pk"] <= keep]
        fill(path, documents[:keep], head_rows)
        with Store.open(path) as store:
            t0, c0 = time.perf_counter(), time.process_time()
            count = CanonicalStore(store).rebuild()
            seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
            canon = CanonicalStore(store).count_events()
            print(f"store rebuild: {count} events -> {canon} canonical in {seconds:.1f} s "
                  f"(CPU {cpu:.1f} s, {count / seconds:,.0f} events/s)")
            t0, c0 = time.perf_counter(), time.process_time()
            for document, result in documents[keep:]:
                store.add(document, result)
            seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
            added = len(documents) - keep
            print(f"incremental: {added} documents ({added * 5} events) through Store.add in "
                  f"{seconds:.1f} s (CPU {cpu:.1f} s; {seconds / max(added, 1) * 1000:.1f} "
                  f"ms/document)")


if __name__ == "__main__":
    main()
