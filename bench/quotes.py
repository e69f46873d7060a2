"""Cost per sentence of the quotes, claims and links stages.

Runs the stages before them once per document, then times each of the three stages alone
over the same results, several rounds, and prints microseconds per sentence and sentences per
second (the pipeline as a whole targets at least 1,000 sentences/s).

    python bench/quotes.py [PATH ...] [--rounds 5]

PATH is a plain-text file, a directory of `.txt` files, or a JSON Lines file with a "text"
field per line (any attribution data in that layout works); the default is the sample
articles in `examples/articles/`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from eventwire import claims, links, quotes
from eventwire.knowledge import default_knowledge
from eventwire.model import Document, Result
from eventwire.pipeline import STAGES

ROOT = Path(__file__).resolve().parent.parent
TIMED = {"quotes": quotes.run, "claims": claims.run, "links": links.run}


def read_documents(paths: list[Path]) -> list[Document]:
    documents = []
    for path in paths:
        if path.is_dir():
            documents += [Document(text=p.read_text(encoding="utf-8"), id=p.stem)
                          for p in sorted(path.glob("*.txt"))]
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle):
                    record = json.loads(line)
                    documents.append(Document(text=record["text"], id=str(number)))
        else:
            documents.append(Document(text=path.read_text(encoding="utf-8"), id=path.stem))
    return documents


def prepare(documents: list[Document]) -> list[tuple[Document, Result]]:
    """Run every stage before quotes, so the timed stages see what they see in `code()`."""
    knowledge = default_knowledge()
    prepared = []
    for document in documents:
        result = Result(id=document.id, date=document.date, title=document.title,
                        text=document.text)
        for name, stage in STAGES:
            if name == "quotes":
                break
            stage(document, result, knowledge)
        prepared.append((document, result))
    return prepared


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path,
                        default=[ROOT / "examples" / "articles"])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    documents = read_documents(args.paths)
    if not documents:
        print("no documents found", file=sys.stderr)
        return 1
    knowledge = default_knowledge()
    prepared = prepare(documents)
    sentences = sum(len(result.sentences) for _, result in prepared)
    for document, result in prepared:  # warm the lexicons and any lazy imports
        for stage in TIMED.values():
            stage(document, result, knowledge)
    print(f"{len(documents)} documents, {sentences} sentences, {args.rounds} rounds")
    total = 0.0
    for name, stage in TIMED.items():
        began = time.perf_counter()
        for _ in range(args.rounds):
            for document, result in prepared:
                stage(document, result, knowledge)
        seconds = (time.perf_counter() - began) / args.rounds
        total += seconds
        print(f"{name:7} {seconds / sentences * 1e6:8.1f} us/sentence "
              f"{sentences / seconds:10.0f} sentences/s")
    print(f"{'all':7} {total / sentences * 1e6:8.1f} us/sentence "
          f"{sentences / total:10.0f} sentences/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
