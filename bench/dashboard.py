"""Dashboard page timings on a store of 100,000 events: every request the page makes, and the
whole page in headless Chromium until it is ready.

Builds the store as `bench/api.py` does (generated reports of known real events, bulk loaded,
canonical events rebuilt), serves it with uvicorn on loopback and times, for the first view and
for a filtered view: each API request the page sends (median of `--runs`), then, when Debian's
Chromium is installed, the page itself opened by Playwright until `body[data-ready]`.

    python bench/dashboard.py [--events 100000] [--runs 3] [--no-browser]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if (HERE.parent / "src" / "eventwire").is_dir():
    sys.path.insert(0, str(HERE.parent / "src"))

from api import build_store, served  # noqa: E402

VIEWS = {
    "first view": {},
    "filtered view": {"cameo": "19", "since": "2019-03-01", "until": "2019-06-30",
                      "near": "35.9,36.6,60"},
}
"""The page's filters in each view timed."""

BASEMAP = {"labels (province zoom)": ("/api/basemap/labels", {"bbox": "34.5,35.5,37,38.5",
                                                               "zoom": 8}),
           "province sites": ("/api/basemap/admin-sites", {"bbox": "33,34,38,40"}),
           "countries": ("/api/basemap/countries", {})}


def page_requests(filters: dict[str, str]) -> dict[str, tuple[str, dict]]:
    """The API requests the dashboard sends to show one view (see web/src/main.js)."""
    return {
        "events page (50)": ("/api/events", {**filters, "limit": 50}),
        "map events (5000)": ("/api/events", {**filters, "limit": 5000}),
        "timeline": ("/api/timeline", filters),
        "documents": ("/api/documents", {k: v for k, v in filters.items()
                                         if k in ("since", "until")} | {"limit": 20}),
        "quotes": ("/api/quotes", {**filters, "limit": 50}),
        "claims": ("/api/claims", {**filters, "limit": 50}),
    }


def time_requests(client, requests: dict[str, tuple[str, dict]], runs: int) -> dict:
    figures = {}
    for name, (path, params) in requests.items():
        timings = []
        for _ in range(runs):
            t0 = time.perf_counter()
            client.get(path, params=params).raise_for_status()
            timings.append((time.perf_counter() - t0) * 1000)
        figures[name] = round(statistics.median(timings), 1)
        print(f"    {name:<24} median {figures[name]:8.1f} ms")
    return figures


def time_page(base: str, query: str, runs: int) -> float | None:
    """Median ms from navigation until the dashboard says it is ready, in Chromium."""
    chromium = shutil.which("chromium")
    if chromium is None:
        return None
    from playwright.sync_api import sync_playwright

    timings = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium,
                                             args=["--no-sandbox", "--disable-gpu"])
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            t0 = time.perf_counter()
            page.goto(base + "/" + query)
            page.wait_for_selector("body[data-ready=true]", timeout=120000)
            timings.append((time.perf_counter() - t0) * 1000)
            page.close()
        browser.close()
    return round(statistics.median(timings), 1)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args(argv)

    from urllib.parse import urlencode

    import httpx

    figures: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dashboard.db"
        started = time.perf_counter()
        total = build_store(path, args.events)
        print(f"store: {total} events, built in {time.perf_counter() - started:.0f} s")
        with served(path) as base, httpx.Client(base_url=base, timeout=120) as client:
            client.get("/api/basemap/countries").raise_for_status()  # loads the gazetteer
            print("  base map")
            figures["base map"] = time_requests(client, BASEMAP, args.runs)
            for view, filters in VIEWS.items():
                print(f"  {view}: {urlencode(filters) or 'no filter'}")
                figures[view] = time_requests(client, page_requests(filters), args.runs)
                if not args.no_browser:
                    ms = time_page(base, f"?{urlencode(filters)}" if filters else "", args.runs)
                    if ms is not None:
                        figures[view]["whole page in Chromium"] = ms
                        print(f"    {'whole page in Chromium':<24} median {ms:8.1f} ms")
    return figures


if __name__ == "__main__":
    main()
