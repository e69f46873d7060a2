"""How much the times stages add to `code()`: the pipeline with and without them.

Generates a news-like corpus (wire stories and live blogs with dates, weekdays, clocks,
counts and the usual traps), codes it with the full pipeline and with the `times` and
`event_dates` stages left out, and prints CPU seconds (process time, the best of --repeat
runs, so that other load on the machine counts less), documents per second and the overhead.

    PYTHONPATH=src python bench/times.py --docs 2000 --repeat 3
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from eventwire import pipeline
from eventwire.knowledge import default_knowledge
from eventwire.model import Document, UpdateHint

ACTORS = ["Russian jets", "Syrian government forces", "Turkish-backed rebels", "HTS fighters",
          "The Syrian army", "Kurdish-led forces", "Regime helicopters", "Opposition groups",
          "UN envoy Geir Pedersen", "Defence Minister Sergei Shoigu", "Iranian advisers"]
VERBS = ["struck", "shelled", "attacked", "will meet", "dropped barrel bombs on", "captured",
         "withdrew from", "may strike", "signed a ceasefire in", "are expected to visit",
         "accused rebels of attacking", "met officials in", "condemned the raid on"]
PLACES = ["Idlib", "Khan Shaykhun", "Kafr Nabudah", "Hama", "Aleppo", "Afrin", "Sochi",
          "Geneva", "Maarat al-Numan", "Latakia", "Deir ez-Zor", "Astana"]
TIMES = ["on Tuesday", "on Thursday", "yesterday", "today", "last night", "this week",
         "earlier this month", "on 12 March 2019", "in May", "at 1330 GMT", "two years ago",
         "last year", "next week", "since 2011", "at 3 p.m.", "between May and July",
         "on May 6, 2019", "in March 2015", "three days ago"]
TAILS = ["killing at least 12 civilians", "the monitor said", "according to local sources",
         "as 2,000 people fled", "in what activists called a massacre", "officials said",
         "despite the truce", "residents told reporters"]


TIME_SHARE = 0.3
"""Share of sentences with a time expression: about 4.5 expressions per 1,000 characters,
as in the wire stories of `examples/articles`."""


def sentence(rng: random.Random) -> str:
    when = rng.choice(TIMES) if rng.random() < TIME_SHARE else ""
    parts = [rng.choice(ACTORS), rng.choice(VERBS), rng.choice(PLACES), when]
    text = " ".join(p for p in parts if p)
    if rng.random() < 0.6:
        text += ", " + rng.choice(TAILS)
    return text + "."


def corpus(n: int, seed: int = 7) -> list[Document]:
    """`n` documents: four in five wire stories of 6-20 sentences, one in five live blogs."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        date = dt.date(2019, 4, 1) + dt.timedelta(days=rng.randrange(60))
        if i % 5 == 4:
            texts, updates, offset = [], [], 0
            for u in range(rng.randint(3, 8)):
                moment = dt.datetime.combine(date, dt.time(8 + u, rng.choice([0, 15, 30])))
                body = f"UPDATE {moment:%H%M} GMT: " + " ".join(
                    sentence(rng) for _ in range(rng.randint(1, 4)))
                updates.append(UpdateHint(offset, offset + len(body), moment))
                texts.append(body)
                offset += len(body) + 1
            text = "\n".join(texts) + "\n\u00a9 2019 Example News"
            docs.append(Document(text=text, id=f"blog{i}", date=date, updates=updates))
        else:
            text = " ".join(sentence(rng) for _ in range(rng.randint(6, 20)))
            docs.append(Document(text=text, id=f"wire{i}", date=date))
    return docs


def timed(docs: list[Document], stages) -> float:
    saved = pipeline.STAGES
    pipeline.STAGES = stages
    try:
        knowledge = default_knowledge()
        started = time.process_time()
        for doc in docs:
            pipeline.code(doc, knowledge=knowledge)
        return time.process_time() - started
    finally:
        pipeline.STAGES = saved


def stage_times(docs: list[Document]) -> dict[str, float]:
    """CPU seconds spent in each stage over `docs` (the full pipeline, instrumented)."""
    spent: dict[str, float] = {}

    def timed_stage(name, stage):
        def run(document, result, knowledge):
            started = time.process_time()
            stage(document, result, knowledge)
            spent[name] = spent.get(name, 0.0) + time.process_time() - started
        return run

    saved = pipeline.STAGES
    pipeline.STAGES = tuple((name, timed_stage(name, stage)) for name, stage in saved)
    try:
        knowledge = default_knowledge()
        for doc in docs:
            pipeline.code(doc, knowledge=knowledge)
    finally:
        pipeline.STAGES = saved
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = corpus(args.docs)
    full = pipeline.STAGES
    without = tuple(s for s in full if s[0] not in ("times", "event_dates"))
    timed(docs[:50], full)  # warm up: knowledge, caches, compiled patterns
    timed(docs[:50], without)
    best_with = min(timed(docs, full) for _ in range(args.repeat))
    best_without = min(timed(docs, without) for _ in range(args.repeat))
    chars = sum(len(d.text) for d in docs)
    overhead = (best_with - best_without) / best_without * 100
    print(f"documents: {len(docs)}  characters: {chars}")
    print(f"stages: {', '.join(name for name, _ in full)}")
    print(f"pipeline without times: {best_without:.3f} s ({len(docs) / best_without:.0f} docs/s)")
    print(f"pipeline with times:    {best_with:.3f} s ({len(docs) / best_with:.0f} docs/s)")
    print(f"times stages: {(best_with - best_without) * 1000 / len(docs):.3f} ms/doc, "
          f"overhead {overhead:.1f}%")
    spent = stage_times(docs)
    ours = spent["times"] + spent["event_dates"]
    rest = sum(spent.values()) - ours
    print("per stage (ms/doc): " + ", ".join(f"{name} {seconds * 1000 / len(docs):.3f}"
                                             for name, seconds in spent.items()))
    print(f"times + event_dates inside the pipeline: {ours * 1000 / len(docs):.3f} ms/doc, "
          f"{ours / rest * 100:.1f}% of the other stages")


if __name__ == "__main__":
    main()
