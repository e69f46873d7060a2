"""How long a situation report takes on a filled store: gathering, charts, rendering.

Times `reports.data.gather` (the store queries), `layout.build` (sentences and both charts)
and HTML rendering for a one-day and a seven-day report ending on the store's last event day,
taking the best of `--repeat` runs. Fill a store first, e.g. with `make demo` (out/demo.db).

    python bench/report.py [--db out/demo.db] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time

from sqlalchemy import text

from eventwire.reports import html, layout
from eventwire.reports.data import gather
from eventwire.reports.period import parse_period
from eventwire.store import Store


def best(repeat: int, work):
    times, value = [], None
    for _ in range(repeat):
        start = time.process_time()
        value = work()
        times.append(time.process_time() - start)
    return min(times), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="out/demo.db")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with Store.open(args.db, create=False) as store:
        with store.reading() as conn:
            last = conn.execute(text("SELECT max(day) FROM events")).scalar()
        if last is None:
            raise SystemExit(f"{args.db}: no events; ingest something first")
        for days in (1, 7):
            period = parse_period(last, days)
            t_gather, data = best(args.repeat, lambda p=period: gather(store, p))
            t_layout, arranged = best(args.repeat, lambda d=data: layout.build(d))
            t_html, page = best(args.repeat, lambda a=arranged: html.render(a))
            print(f"{days} day(s) ending {last}: {data.now.events} event reports, "
                  f"{data.now.real_events} real events; CPU s: gather {t_gather:.3f}, "
                  f"sentences+charts {t_layout:.3f}, html {t_html:.3f}; "
                  f"page {len(page) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
