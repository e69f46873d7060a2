"""HTTP API speed: filtered pages of `GET /api/events` on a store of 100,000 events.

Builds the store as `bench/dedupe.py` does (generated reports of known real events, bulk
loaded, canonical events rebuilt), serves it with uvicorn on loopback, and times real HTTP
requests with httpx: the median and 95th percentile of each kind of filtered page. Target:
a filtered page in under 200 ms.

    python bench/api.py [--events 100000] [--runs 15]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if (HERE.parent / "src" / "eventwire").is_dir():
    sys.path.insert(0, str(HERE.parent / "src"))

from dedupe import fill, generate, rows_for  # noqa: E402

from eventwire.dedupe.views import CanonicalStore  # noqa: E402
from eventwire.store import Store  # noqa: E402

QUERIES = {
    "first page, no filter": {},
    "actor SYR": {"actor": "SYR"},
    "CAMEO 19 + since": {"cameo": "19", "since": "2019-06-01"},
    "modality speculated": {"modality": "speculated"},
    "near 25 km": {"near": "35.9,36.6,25"},
    "bounding box": {"bbox": "35.0,36.0,36.0,37.0"},
    "text": {"text": "struck"},
    "everything": {"actor": "SYR", "cameo": "19", "since": "2019-03-01",
                   "until": "2019-09-30", "bbox": "34,35,37,38"},
    "deep page (offset 20000)": {"offset": "20000"},
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def served(path: Path) -> Iterator[str]:
    """The API and dashboard over the store at `path`, served by uvicorn on loopback in a
    thread; yields the base URL."""
    import uvicorn

    from eventwire.web import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def build_store(path: Path, events: int) -> int:
    documents, _truth = generate(events)
    fill(path, documents, rows_for(documents))
    with Store.open(path) as store:
        CanonicalStore(store).rebuild()
        return store.count_events()


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)

    import httpx

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "api.db"
        started = time.perf_counter()
        total = build_store(path, args.events)
        print(f"store: {total} events, built in {time.perf_counter() - started:.0f} s")
        figures = {}
        with served(path) as base, httpx.Client(base_url=base, timeout=30) as client:
            for name, params in QUERIES.items():
                timings = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    response = client.get("/api/events", params={"limit": 50, **params})
                    timings.append((time.perf_counter() - t0) * 1000)
                    response.raise_for_status()
                matched = response.json()["total"]
                timings.sort()
                figures[name] = {"median_ms": round(statistics.median(timings), 1),
                                 "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 1),
                                 "matching": matched}
                print(f"  {name:<28} median {figures[name]['median_ms']:7.1f} ms   "
                      f"p95 {figures[name]['p95_ms']:7.1f} ms   ({matched} canonical events)")
    return figures


if __name__ == "__main__":
    main()
