"""Speed and memory of `code()`: documents/s, sentences/s, words/s, start-up, peak RSS.

Runs `code()` over a generated corpus (see `corpus.py`), one document at a time and through
`code_each` (the loop of `eventwire code`, which batches the language model's calls), times
`eventwire code` start-up on one paragraph in a fresh process (median of several runs), and
times spaCy's bare English tokenizer (`spacy.blank("en")`) on the same texts so our speed
can be read as a fraction of "just tokenising".

    python bench/throughput.py [--docs 400] [--runs 5] [--json bench/results/throughput.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if (HERE.parent / "src" / "eventwire").is_dir():
    sys.path.insert(0, str(HERE.parent / "src"))

from corpus import count_words, generate  # noqa: E402

PARAGRAPH = ("Regime helicopters dropped barrel bombs on Kafr Nabudah in northern Hama on "
             "Monday, killing four civilians, the Syrian Observatory for Human Rights said. "
             "Russian jets also struck Khan Shaykhun, and Turkey warned that attacks on its "
             "observation posts would not go unanswered.")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400, help="generated documents to code")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (median reported)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    reports = generate(args.docs, seed=args.seed)
    texts = [r.text for r in reports]
    words = sum(count_words(t) for t in texts)
    chars = sum(len(t) for t in texts)

    figures: dict = {"documents": len(reports), "words": words, "characters": chars}
    figures.update(_time_code(reports))
    figures.update(_time_code_each(reports))
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures.update(_time_spacy(texts))
    figures["fraction_of_spacy_tokenizer"] = (
        figures["code_words_per_s"] / figures["spacy_tokenizer_words_per_s"])
    figures["fraction_of_spacy_tokenizer_cpu"] = (
        figures["code_words_per_cpu_s"] / figures["spacy_tokenizer_words_per_cpu_s"])
    figures.update(_time_startup(args.runs))

    _print(figures)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2))
    return figures


def _time_code(reports) -> dict:
    from eventwire import code
    from eventwire.model import Document

    started = time.perf_counter()
    code(Document(text=PARAGRAPH, id="warm-up", date=reports[0].date))
    first_call = time.perf_counter() - started

    documents = [Document(text=r.text, id=r.id, date=r.date) for r in reports]
    sentences = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for document in documents:
        sentences += len(code(document).sentences)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    words = sum(count_words(d.text) for d in documents)
    return {
        "code_first_call_s": first_call,
        "code_seconds": elapsed,
        "code_cpu_seconds": cpu,
        "sentences": sentences,
        "code_docs_per_s": len(documents) / elapsed,
        "code_sentences_per_s": sentences / elapsed,
        "code_words_per_s": words / elapsed,
        "code_sentences_per_cpu_s": sentences / cpu,
        "code_words_per_cpu_s": words / cpu,
    }


def _time_code_each(reports) -> dict:
    """The loop `eventwire code`, `ingest` and `batch` run (`coding.code_each`), which
    annotates consecutive documents' sentences in one call of the language model."""
    from eventwire.coding import code_each
    from eventwire.model import Document

    documents = [Document(text=r.text, id=r.id, date=r.date) for r in reports]
    sentences = 0
    cpu_started = time.process_time()
    for _document, result in code_each(documents):
        sentences += len(result.sentences)
    cpu = time.process_time() - cpu_started
    words = sum(count_words(d.text) for d in documents)
    return {"loop_cpu_seconds": cpu, "loop_sentences_per_cpu_s": sentences / cpu,
            "loop_words_per_cpu_s": words / cpu}


def _time_spacy(texts: list[str]) -> dict:
    import spacy

    nlp = spacy.blank("en")
    nlp.tokenizer(PARAGRAPH)
    started, cpu_started = time.perf_counter(), time.process_time()
    tokens = sum(len(nlp.tokenizer(text)) for text in texts)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    words = sum(count_words(t) for t in texts)
    return {"spacy_tokenizer_seconds": elapsed, "spacy_tokens": tokens,
            "spacy_tokenizer_words_per_s": words / elapsed,
            "spacy_tokenizer_words_per_cpu_s": words / cpu}


def _time_startup(runs: int) -> dict:
    # From a checkout, run its own source (as imported above); else the installed command.
    env = dict(os.environ)
    src = HERE.parent / "src"
    script = shutil.which("eventwire", path=str(Path(sys.executable).parent))
    if (src / "eventwire").is_dir() or not script:
        command = [sys.executable, "-m", "eventwire"]
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    else:
        command = [script]
    command += ["code", "--date", "2019-05-06"]
    times, cpu_times = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, input=PARAGRAPH, capture_output=True, text=True, env=env)
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if done.returncode != 0:
            raise SystemExit(f"eventwire code failed: {done.stderr.strip()}")
    return {"startup_median_s": statistics.median(times), "startup_runs_s": times,
            "startup_cpu_median_s": statistics.median(cpu_times),
            "startup_peak_rss_mb": _child_peak_rss(command, env)}


def _child_peak_rss(command: list[str], env: dict) -> float | None:
    """Peak RSS (VmHWM, Linux) of one `eventwire code` run, read by the process itself.

    `ru_maxrss` of a child would include the pages it shared with this (large) parent before
    exec, so the child reports its own high-water mark at exit instead.
    """
    if not Path("/proc/self/status").exists():
        return None
    probe = ("import atexit, runpy, sys\n"
             "def hwm():\n"
             "    for line in open('/proc/self/status'):\n"
             "        if line.startswith('VmHWM:'):\n"
             "            sys.stderr.write('VMHWM ' + line.split()[1] + '\\n')\n"
             "atexit.register(hwm)\n"
             "sys.argv = ['eventwire'] + sys.argv[1:]\n"
             "runpy.run_module('eventwire', run_name='__main__', alter_sys=True)\n")
    args = [sys.executable, "-c", probe, *command[command.index("code"):]]
    done = subprocess.run(args, input=PARAGRAPH, capture_output=True, text=True, env=env)
    for line in done.stderr.splitlines():
        if line.startswith("VMHWM "):
            return int(line.split()[1]) / 1024
    return None


def _print(f: dict) -> None:
    print(f"corpus: {f['documents']} generated documents, {f['sentences']} sentences, "
          f"{f['words']} words")
    print(f"code():  {f['code_docs_per_s']:.1f} documents/s, "
          f"{f['code_sentences_per_s']:.0f} sentences/s, {f['code_words_per_s']:.0f} words/s "
          f"({f['code_seconds']:.2f} s; first call with knowledge loading "
          f"{f['code_first_call_s']:.2f} s)")
    print(f"         by CPU time (what a busy machine does not distort): "
          f"{f['code_sentences_per_cpu_s']:.0f} sentences/s, "
          f"{f['code_words_per_cpu_s']:.0f} words/s per core")
    print(f"code_each() (the loop of `eventwire code`, ingest and batch), by CPU time: "
          f"{f['loop_sentences_per_cpu_s']:.0f} sentences/s, "
          f"{f['loop_words_per_cpu_s']:.0f} words/s per core")
    print(f"spaCy blank('en') tokenizer: {f['spacy_tokenizer_words_per_s']:.0f} words/s; "
          f"code() runs at {f['fraction_of_spacy_tokenizer']:.1%} of its speed "
          f"({f['fraction_of_spacy_tokenizer_cpu']:.1%} by CPU time)")
    print(f"start-up of `eventwire code` on one paragraph: median "
          f"{f['startup_median_s']:.2f} s over {len(f['startup_runs_s'])} runs, "
          f"{f['startup_cpu_median_s']:.2f} s CPU "
          f"(peak RSS {f['startup_peak_rss_mb'] or 0:.0f} MB)")
    print(f"peak RSS after coding the corpus (before loading spaCy): "
          f"{f['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
