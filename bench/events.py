"""Speed of the events stage: CPU ms per sentence for the stage alone, and sentences/s overall
(CPU time, so that a loaded machine does not skew the figures).

Codes every plain-text and JSONL document under `examples/` (repeated to at least N
sentences), timing the events stage separately from the rest of the pipeline.

    PYTHONPATH=src python bench/events.py [--sentences 20000]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from eventwire import pipeline
from eventwire.knowledge import default_knowledge
from eventwire.model import Document, Result

ROOT = Path(__file__).resolve().parent.parent


def documents() -> list[Document]:
    out = []
    for path in sorted((ROOT / "examples").rglob("*")):
        if path.suffix == ".txt":
            out.append(Document(text=path.read_text(encoding="utf-8", errors="replace"),
                                id=path.stem))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    item = json.loads(line)
                except ValueError:
                    continue
                if isinstance(item, dict) and isinstance(item.get("text"), str):
                    out.append(Document(text=item["text"], id=str(item.get("id"))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=20000)
    args = parser.parse_args()
    knowledge = default_knowledge()
    docs = documents()
    pipeline.code("Warm-up: Russian jets struck Idlib.", knowledge=knowledge)
    stage_time = total_time = 0.0
    sentences = events = 0
    while sentences < args.sentences:
        for document in docs:
            start = time.process_time()
            result = Result(id=document.id, date=document.date, title=document.title,
                            text=document.text)
            for name, stage in pipeline.STAGES:
                t0 = time.process_time()
                stage(document, result, knowledge)
                if name == "events":
                    stage_time += time.process_time() - t0
            total_time += time.process_time() - start
            sentences += len(result.sentences)
            events += len(result.events)
    print(f"documents: {len(docs)} (repeated), sentences: {sentences}, events: {events}")
    print(f"events stage: {1000 * stage_time / sentences:.3f} ms/sentence")
    print(f"whole pipeline: {sentences / total_time:,.0f} sentences/s")


if __name__ == "__main__":
    main()
