"""Prove a speed change changes no output: snapshot `code()` results, then compare with one.

Codes the bundled sample corpus (what `make demo` ingests), the live-blog texts of the tests,
every sentence of our event corpus (`training/events/*.jsonl`) and a generated corpus
(`corpus.py`), and writes each result's contract with tokens (`to_dict(tokens=True)`, as
`eventwire code --tokens` prints it) as one JSON line, coded as `eventwire code` codes
(`code_each`, which batches the model) or with `--one-by-one` by `code()`. With `--compare`,
it reports every document whose result differs from the snapshot's and exits 1 if any does.

    python bench/same_output.py --out /tmp/before.jsonl
    python bench/same_output.py --out /tmp/after.jsonl --compare /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if (ROOT / "src" / "eventwire").is_dir():
    sys.path.insert(0, str(ROOT / "src"))

from corpus import generate  # noqa: E402

SAMPLE_GLOBS = ("examples/liveblogs/*.html", "examples/liveblogs/*.txt", "examples/articles/*.txt",
                "examples/feeds/*.xml", "examples/feeds/*.atom", "examples/feeds/*.rss",
                "examples/batch/*.jsonl", "tests/liveblogs/*.txt", "tests/liveblogs/*.html")
"""The demo's sources (Makefile `DEMO_SOURCES`) and the tests' live-blog texts."""

TIMING_FIELDS = frozenset({"seconds", "elapsed", "duration"})
"""Keys ignored when comparing (the contract has none today; kept should one appear)."""


def documents(generated: int) -> Iterator[tuple[str, object]]:
    """(key, Document) for every input, in a fixed order."""
    from eventwire.ingest import iter_documents
    from eventwire.model import Document

    for pattern in SAMPLE_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            for number, item in enumerate(iter_documents(str(path))):
                if isinstance(item, Document):
                    yield f"{path.relative_to(ROOT)}#{number}", item
    for path in sorted((ROOT / "training" / "events").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            yield (f"{path.name}#{record['id']}",
                   Document(text=record["text"], id=record["id"], date=dt.date(2019, 5, 6)))
    for report in generate(generated, seed=11):
        yield f"generated#{report.id}", Document(text=report.text, id=report.id, date=report.date)


def _clean(value: object) -> object:
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k not in TIMING_FIELDS}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _first_difference(a: object, b: object, path: str = "") -> str:
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):  # type: ignore[union-attr]
                return _first_difference(a.get(key), b.get(key), f"{path}.{key}")  # type: ignore[union-attr]
    if isinstance(a, list):
        if len(a) != len(b):  # type: ignore[arg-type]
            return f"{path}: {len(a)} items != {len(b)} items"  # type: ignore[arg-type]
        for index, (x, y) in enumerate(zip(a, b, strict=True)):  # type: ignore[arg-type]
            if x != y:
                return _first_difference(x, y, f"{path}[{index}]")
    return f"{path}: {str(a)[:200]!r} != {str(b)[:200]!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="snapshot to write (JSONL)")
    parser.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    parser.add_argument("--generated", type=int, default=300, help="generated documents")
    parser.add_argument("--one-by-one", action="store_true",
                        help="call code() per document instead of the batching code_each")
    args = parser.parse_args(argv)

    count = 0
    cpu = time.process_time()
    with args.out.open("w", encoding="utf-8") as out:
        for key, result in _coded(documents(args.generated), args.one_by_one):
            out.write(json.dumps({"key": key, "result": _clean(result)}, ensure_ascii=False)
                      + "\n")
            count += 1
    print(f"{count} documents coded in {time.process_time() - cpu:.1f} s CPU -> {args.out}")
    if not args.compare:
        return 0
    before = _read(args.compare)
    after = _read(args.out)
    differ = [key for key in before if before[key] != after.get(key)]
    differ += [key for key in after if key not in before]
    for key in differ[:20]:
        print(f"DIFFERS {key}: {_first_difference(before.get(key), after.get(key))}")
    print(f"{len(differ)} of {len(before)} documents differ")
    return 1 if differ else 0


def _coded(items: Iterator[tuple[str, object]], one_by_one: bool) -> Iterator[tuple[str, dict]]:
    """(key, contract with tokens) per document, through `code_each` (what `eventwire code`
    runs) or `code()` one document at a time."""
    from eventwire import code
    from eventwire.coding import Failure, code_each

    pairs = list(items)
    if one_by_one:
        for key, document in pairs:
            yield key, code(document).to_dict(tokens=True)  # type: ignore[arg-type]
        return
    outcomes = code_each(document for _key, document in pairs)  # type: ignore[misc]
    for (key, _document), outcome in zip(pairs, outcomes, strict=True):
        if isinstance(outcome, Failure):
            raise SystemExit(f"{key}: {outcome}")
        yield key, outcome[1].to_dict(tokens=True)


def _read(path: Path) -> dict[str, object]:
    with path.open(encoding="utf-8") as lines:
        return {row["key"]: row["result"] for row in map(json.loads, lines)}


if __name__ == "__main__":
    raise SystemExit(main())
