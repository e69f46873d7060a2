"""Speed of the actors stage: knowledge start-up, and matching + resolution in sentences/s.

Run: PYTHONPATH=src python bench/actors.py [--repeat N] [--dictionaries DIR] [PATH ...]

Input is the project's own sample corpus (`examples/articles` and `examples/liveblogs`) unless
PATHs (files or directories `eventwire code` reads) are given. Sentences are split and tagged
once, outside the timing; the figure is the actors stage alone (dictionary matching,
composition and coreference) over every sentence, repeated N times. Start-up is timed twice:
building the dictionary from its data files (no cache) and loading the compiled form from the
cache. The pipeline targets >= 1,000 sentences/s in all and start-up < 1.5 s, so this stage
should stay far above the first and far below the second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from eventwire import actors, segments, sentences
from eventwire.actors.load import load_actor_knowledge
from eventwire.ingest import iter_documents
from eventwire.knowledge import Knowledge
from eventwire.model import Document, Result

ROOT = Path(__file__).resolve().parent.parent


def documents(paths: list[str]) -> list[Document]:
    sources = paths or [str(ROOT / "examples" / "articles"), str(ROOT / "examples" / "liveblogs")]
    return [d for source in sources for d in iter_documents(source) if isinstance(d, Document)]


def prepared(docs: list[Document], knowledge: Knowledge) -> list[tuple[Document, Result]]:
    out = []
    for doc in docs:
        result = Result(id=doc.id, date=doc.date, title=None, text=doc.text)
        segments.run(doc, result, knowledge)
        sentences.run(doc, result, knowledge)
        out.append((doc, result))
    return out


def startup(dictionaries: Path | None) -> tuple[float, float]:
    """Seconds to build the actor knowledge without a cache, and to load it from the cache."""
    with tempfile.TemporaryDirectory() as cache:
        os.environ["EVENTWIRE_CACHE"] = "off"
        started = time.perf_counter()
        load_actor_knowledge(Knowledge(dictionaries))
        cold = time.perf_counter() - started
        os.environ["EVENTWIRE_CACHE"] = cache
        load_actor_knowledge(Knowledge(dictionaries))  # writes the cache
        started = time.perf_counter()
        load_actor_knowledge(Knowledge(dictionaries))
        warm = time.perf_counter() - started
    del os.environ["EVENTWIRE_CACHE"]
    return cold, warm


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--dictionaries", type=Path)
    args = parser.parse_args(argv)

    cold, warm = startup(args.dictionaries)
    knowledge = Knowledge(args.dictionaries)
    load_actor_knowledge(knowledge)
    items = prepared(documents(args.paths), knowledge)
    count = sum(len(r.sentences) for _, r in items)
    if not count:
        sys.exit("no sentences to code")
    rates, cpu_rates = [], []
    for _ in range(args.repeat):
        started, cpu = time.perf_counter(), time.process_time()
        for doc, result in items:
            actors.run(doc, result, knowledge)
        rates.append(count / (time.perf_counter() - started))
        cpu_rates.append(count / max(time.process_time() - cpu, 1e-9))
    mentions = sum(len(r.actors) for _, r in items)
    print(f"dictionaries: {args.dictionaries or 'built-in'}")
    print(f"start-up: build {cold * 1000:.0f} ms, from cache {warm * 1000:.0f} ms")
    print(f"documents {len(items)}, sentences {count}, actor mentions {mentions}")
    print(f"actors stage: {statistics.median(rates):,.0f} sentences/s wall (median of "
          f"{args.repeat}; best {max(rates):,.0f}), {statistics.median(cpu_rates):,.0f} "
          f"sentences/s CPU, {1e6 / statistics.median(cpu_rates):.0f} us/sentence CPU")


if __name__ == "__main__":
    main()
