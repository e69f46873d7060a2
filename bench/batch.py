"""Batch throughput: one core in-process, and one vs two Dask workers, in one run.

Prints documents/s, sentences/s and words/s, the two-worker speed-up, peak RSS per worker,
and our speed as a fraction of spaCy's bare tokenizer on the same text.

    python bench/batch.py [--documents 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from eventwire.batch import plan_partitions, run_batch

ACTORS = ["Syrian government forces", "Russian jets", "Turkish troops", "rebels",
          "Hayat Tahrir al-Sham fighters", "the Syrian army", "Israeli warplanes",
          "Iranian-backed militias", "the White Helmets", "UN officials"]
VERBS = ["struck", "shelled", "attacked", "bombed", "captured", "withdrew from",
         "met officials in", "accused rivals in", "evacuated civilians from", "warned residents of"]
PLACES = ["Kafr Nabudah", "Khan Shaykhun", "Idlib", "Hama", "Maarat al-Numan", "Jisr al-Shughur",
          "Aleppo", "Latakia", "Qalaat al-Madiq", "Saraqib"]
TAILS = ["on Monday", "early on Tuesday", "overnight", "according to local activists",
         "a monitoring group said", "witnesses said", "", "for the third day running"]


def generate(count: int, seed: int = 7) -> list[dict]:
    """News-like documents from templates (generated at run time, never shipped text)."""
    rng = random.Random(seed)
    documents = []
    for number in range(count):
        sentences = []
        for _ in range(rng.randint(4, 12)):
            tail = rng.choice(TAILS)
            sentence = f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} " \
                       f"{rng.choice(PLACES)}{' ' + tail if tail else ''}."
            sentences.append(sentence)
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        documents.append({"id": f"bench-{number}", "text": "\n\n".join(paragraphs),
                          "date": f"2019-05-{rng.randint(1, 12):02d}"})
    return documents


def spacy_tokenizer_rate(texts: list[str]) -> float:
    """Words per second of spaCy's bare English tokenizer on the same texts."""
    import spacy

    nlp = spacy.blank("en")
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    for text in texts:
        nlp.tokenizer(text)
    return words / (time.perf_counter() - started)


def measure(label: str, source: Path, out: Path, words: int, **options) -> dict:
    planned = plan_partitions([str(source)], partitions=options.pop("partitions"))
    started = time.perf_counter()
    summary = run_batch(planned, out, **options)
    elapsed = time.perf_counter() - started
    sentences = sum(p.sentences for p in summary.partitions)
    figures = {
        "run": label, "seconds": round(elapsed, 2),
        "documents_per_s": round(summary.documents / elapsed, 1),
        "sentences_per_s": round(sentences / elapsed, 1),
        "words_per_s": round(words / elapsed),
        "peak_rss_mb_per_worker": round(max(p.peak_rss_mb for p in summary.partitions), 1),
    }
    print(json.dumps(figures), flush=True)
    return figures


def warm_up() -> int:
    """Load the knowledge on a worker, as a long-running cluster would have done already."""
    from eventwire import code

    return len(code("Russian jets struck Idlib on Monday.", date="2019-05-06").sentences)


def measure_on_cluster(label: str, workers: int, source: Path, out: Path, words: int) -> dict:
    """Time a batch on a started, warmed-up local cluster (start-up is not throughput)."""
    import logging

    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.WARNING) as cluster, \
            Client(cluster) as client:
        client.run(warm_up)
        return measure(label, source, out, words, partitions=8 * workers, engine="dask",
                       scheduler=cluster.scheduler_address)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args(argv)
    documents = generate(args.documents)
    texts = [d["text"] for d in documents]
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bench.jsonl"
        source.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf-8")
        local = measure("local, one core", source, Path(tmp) / "local", words, partitions=8)
        one = measure_on_cluster("dask, 1 worker", 1, source, Path(tmp) / "one", words)
        two = measure_on_cluster("dask, 2 workers", 2, source, Path(tmp) / "two", words)
    tokenizer = spacy_tokenizer_rate(texts)
    print(json.dumps({
        "documents": len(documents), "words": words,
        "speedup_2_workers_vs_1": round(one["seconds"] / two["seconds"], 2),
        "spacy_tokenizer_words_per_s": round(tokenizer),
        "fraction_of_spacy_tokenizer_one_core": round(local["words_per_s"] / tokenizer, 3),
    }))


if __name__ == "__main__":
    sys.exit(main())
