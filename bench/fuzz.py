"""Fuzzing the coder: random documents with random dates from 0001 to 9999; counts crashes.

Run: PYTHONPATH=src python bench/fuzz.py [--documents 300] [--seed 7]

Each document mixes pieces of news that exercise every stage (relative times, quotes, live-blog
markers, casualty counts) with random Unicode, and gets a random publication date over the
whole calendar. A crash is any exception from `code()`; they are counted by type.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
import traceback
from collections import Counter

from eventwire.model import Document
from eventwire.pipeline import code

PIECES = ["Russian jets struck Kafr Nabudah yesterday.", "Rebels will attack next week.",
          "On Friday", "last year", "in December", "UPDATE 1330 GMT:", "\"We deny it,\" he said.",
          "killing 9 civilians", "in the 1990s", "next month", "at Christmas", "the first quarter",
          "two days later", "this weekend", "on 12 March", "in 2019", "\n", "(", ")", "\u201c"]


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 14)):
        if rng.random() < 0.7:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(chr(rng.choice((rng.randint(32, 0x2FF), rng.randint(0x300, 0xD7FF),
                                                 rng.randint(0xE000, 0x10FFFF))))
                                 for _ in range(rng.randint(1, 30))))
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    first, last = dt.date(1, 1, 1).toordinal(), dt.date(9999, 12, 31).toordinal()
    crashes: Counter[str] = Counter()
    started = time.process_time()
    for number in range(args.documents):
        day = dt.date.fromordinal(rng.choice((first, last, rng.randint(first, last),
                                               rng.randint(first, first + 400),
                                               rng.randint(last - 400, last))))
        try:
            code(Document(id=str(number), text=random_text(rng), date=day))
        except Exception as exc:  # counting them is the point
            if not crashes[type(exc).__name__]:
                print(f"document {number} ({day}): {type(exc).__name__}: {exc}\n"
                      + "".join(traceback.format_tb(exc.__traceback__)[-3:]))
            crashes[type(exc).__name__] += 1
    took = time.process_time() - started
    print(f"{args.documents} fuzzed documents in {took:.1f} s CPU: "
          f"{sum(crashes.values())} crashes {dict(crashes)}")


if __name__ == "__main__":
    main()
