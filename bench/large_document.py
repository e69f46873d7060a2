"""Time and memory to read, segment, split and tag one very large document (default 20 MB).

Run: PYTHONPATH=src python bench/large_document.py [--megabytes 20] [--full]

Writes a generated plain-text document of the given size to a temporary file, then reads it
with `iter_documents` and runs the segments and sentences stages on it (`--full` runs the
whole `code()` pipeline instead). Prints seconds, sentences/s and peak resident memory, so
that cost can be checked to grow in proportion to the input.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from language import corpus  # noqa: E402  (bench/language.py)

from eventwire import segments, sentences  # noqa: E402
from eventwire.ingest import iter_documents  # noqa: E402
from eventwire.knowledge import default_knowledge  # noqa: E402
from eventwire.model import Result  # noqa: E402
from eventwire.pipeline import code  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--full", action="store_true", help="run the whole code() pipeline")
    args = parser.parse_args()
    block = corpus(5_000)
    copies = int(args.megabytes * 1_000_000 / len(block.encode())) + 1
    knowledge = default_knowledge()
    sentences.split("Warm up. The tokenizer and tagger load here.", knowledge)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "2019-05-06-huge.txt"
        with path.open("w", encoding="utf-8") as handle:
            for _ in range(copies):
                handle.write(block)
                handle.write("\n\n")
        size = path.stat().st_size / 1_000_000
        # Over the default document limit (docs/limits.md) on purpose: raise it for this run.
        os.environ.setdefault("EVENTWIRE_MAX_DOCUMENT_BYTES", str(path.stat().st_size))
        print(f"document: {size:.1f} MB; peak memory before reading: {peak_mb():.0f} MB")
        started = time.perf_counter()
        [document] = list(iter_documents(str(path)))
        read = time.perf_counter() - started
        print(f"read: {read:.2f} s")
        started = time.perf_counter()
        cpu = time.process_time()
        if args.full:
            result = code(document, knowledge=knowledge)
        else:
            result = Result(document.id, document.date, document.title, document.text)
            segments.run(document, result, knowledge)
            sentences.run(document, result, knowledge)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu
    n = len(result.sentences)
    tokens = sum(len(s.tokens) for s in result.sentences)
    print(f"{'code()' if args.full else 'segments+sentences+tags'}: {elapsed:.1f} s wall, "
          f"{cpu:.1f} s CPU for {n} sentences ({tokens} tokens), {n / cpu:.0f} sentences/s CPU")
    print(f"peak memory: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
