"""Worst-case inputs: the slowest ms per KB over hostile shapes, and dedupe time vs N copies.

Run: PYTHONPATH=src python bench/worst_case.py [--copies 25,50,100,200] [--kb 50]

Every input is written here (no shipped text). Shapes that have made coders super-linear:
all capitals, one word repeated, a long run without punctuation, nested brackets and quotes,
thousands of list items, a verb repeated after its subject ("militants captured captured ...").
Each is coded once with `code()`; the script prints ms per KB of input and the slowest.
Then N near-identical wire copies of one article (a different byline line each, so each is a
new document) are ingested into a fresh store, and the time to ingest them is printed per N:
linear dedupe makes 200 copies cost about 8 times 25 copies.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import tempfile
import time
from pathlib import Path

from eventwire.knowledge import default_knowledge
from eventwire.model import Document
from eventwire.pipeline import code
from eventwire.store import Store

ARTICLE = (
    "Syrian government forces shelled Kafr Nabudah and Khan Shaykhun on Monday, killing six "
    "civilians, the Syrian Observatory for Human Rights said. Russian warplanes struck "
    "Maarat al-Numan overnight. Rebel fighters attacked an army post near Jisr al-Shughur, "
    "and Turkish troops withdrew from a position in northern Hama. UN envoy Geir Pedersen "
    "warned that the offensive could displace hundreds of thousands. \"We are deeply "
    "concerned,\" a UN spokesman told reporters in Geneva. Activists said regime helicopters "
    "dropped barrel bombs on Latamneh and Kafr Zita, and the White Helmets said rescuers "
    "pulled 12 people from the rubble in Ariha.\n"
)


def hostile_inputs(kb: int) -> dict[str, str]:
    """Hostile shapes of about `kb` KB each (the repeated verb is sized by word count)."""
    size = kb * 1000

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "all capitals": fill(ARTICLE.upper()),
        "one word repeated": fill("attack "),
        "no punctuation": fill("rebels shelled the town and government forces struck back "),
        "nested brackets and quotes": fill("(\"[‘{«(\"") + fill(")\"]’}»)\"")[: size // 2],
        "thousands of list items": "".join(f"- item {i}: forces shelled village {i}\n"
                                           for i in range(size // 36)),
        "repeated verb after subject": "militants " + "captured " * 200 + ".",
        "one long word": "a" * size,
        "digits and dates": fill("12 March 2019 13:30 GMT 2019-05-06 1,234 "),
        "control and odd characters": fill("\u200bforces\u00adshelled\ufeff\u202e town \t"),
    }


def time_inputs(kb: int) -> tuple[str, float]:
    """Code each hostile input; print ms/KB; return the slowest (name, ms/KB)."""
    knowledge = default_knowledge()
    code(Document(id="warm", text="Warm up. Forces shelled the town."), knowledge=knowledge)
    slowest = ("", 0.0)
    for name, text in hostile_inputs(kb).items():
        started = time.process_time()
        code(Document(id=name, text=text, date=dt.date(2019, 5, 6)), knowledge=knowledge)
        took = time.process_time() - started
        per_kb = took * 1000 / max(len(text.encode()) / 1000, 0.001)
        print(f"  {name:32s} {len(text.encode()) / 1000:7.1f} KB {took:7.2f} s "
              f"{per_kb:8.1f} ms/KB")
        if per_kb > slowest[1]:
            slowest = (name, per_kb)
    return slowest


def time_copies(n: int) -> tuple[float, float]:
    """CPU seconds to code `n` near-identical copies of one article, and to store them (the
    store's `add` runs dedupe)."""
    knowledge = default_knowledge()
    coding = storing = 0.0
    with tempfile.TemporaryDirectory() as directory:
        store = Store.open(Path(directory) / "copies.db")
        for i in range(n):
            text = f"By wire staff, copy {i}\n\n{ARTICLE}"
            doc = Document(id=f"copy-{i}", text=text, date=dt.date(2019, 5, 6))
            started = time.process_time()
            result = code(doc, knowledge=knowledge)
            coding += time.process_time() - started
            started = time.process_time()
            store.add(doc, result)
            storing += time.process_time() - started
        store.close()
    return coding, storing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=50, help="size of each hostile input")
    parser.add_argument("--copies", default="25,50,100,200",
                        help="comma-separated numbers of near-identical copies")
    parser.add_argument("--skip-inputs", action="store_true")
    args = parser.parse_args()
    if not args.skip_inputs:
        print(f"hostile inputs (~{args.kb} KB each), CPU time of code():")
        name, per_kb = time_inputs(args.kb)
        print(f"slowest: {name}, {per_kb:.1f} ms/KB")
    for n in (int(x) for x in args.copies.split(",") if x):
        coding, storing = time_copies(n)
        print(f"{n:4d} near-identical copies: code {coding:6.1f} s, store + dedupe "
              f"{storing:6.1f} s CPU")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
