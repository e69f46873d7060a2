"""Score the coder on the live blogs in `tests/liveblogs/` against `expected.yaml`.

Used by `tests/test_liveblogs.py` (every expectation must hold) and runnable on its own to
count how many quotes, links and claimants come out right:

    .venv/bin/python tests/liveblog_scoring.py
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

FOLDER = Path(__file__).resolve().parent / "liveblogs"


@dataclass
class Tally:
    """Expected records, those found right, and records found that nobody expected."""

    expected: int = 0
    right: int = 0
    extra: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.expected += 1
        self.right += ok
        if not ok:
            self.misses.append(what)


def expectations() -> dict[str, dict[str, Any]]:
    with (FOLDER / "expected.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def coded(name: str, spec: dict[str, Any]) -> dict[str, Any]:
    """The contract output of one live blog (HTML through ingestion, text with its date)."""
    from eventwire import code
    from eventwire.ingest import iter_documents

    date = spec["date"] if isinstance(spec["date"], dt.date) else dt.date.fromisoformat(
        str(spec["date"]))
    path = FOLDER / name
    if path.suffix == ".html":
        (document,) = list(iter_documents(str(path)))
        assert not isinstance(document, Exception), document
        assert document.date == date, (name, document.date)
        return code(document).to_dict()
    return code(path.read_text(encoding="utf-8"), date=date, id=path.stem).to_dict()


def _code(actor: dict[str, Any] | None) -> str | None:
    return actor.get("code") if actor else None


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%MZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def score_quotes(result: dict[str, Any], expected: list[dict[str, Any]], tally: Tally) -> None:
    found = result["quotes"]
    matched: set[int] = set()
    for want in expected:
        hit = next((i for i, q in enumerate(found) if q["text"] == want["text"]
                    and q["kind"] == want["kind"] and i not in matched), None)
        ok = hit is not None
        if ok:
            q = found[hit]
            matched.add(hit)
            ok = q["speaker_text"] == want["speaker_text"] and (
                "speaker" not in want or _code(q["speaker"]) == want["speaker"]) and (
                "time" not in want or q.get("time") == _iso(want["time"]))
        tally.add(ok, f"quote {want['kind']} {want['text'][:50]!r} by {want['speaker_text']}")
    tally.extra += len(found) - len(matched)


def score_links(result: dict[str, Any], expected: list[dict[str, Any]], tally: Tally) -> None:
    found = result["links"]
    for want in expected:
        ok = any(link["title"] == want["title"] and link["date"] == _iso(want["date"])
                 and link["url"] == want["url"] for link in found)
        tally.add(ok, f"link {want['title']!r} {_iso(want['date'])}")
    tally.extra += max(0, len(found) - len(expected))


def score_claimants(result: dict[str, Any], expected: list[dict[str, Any]], tally: Tally
                    ) -> None:
    found = {c["text"]: c for c in result["claims"]}
    for want in expected:
        claim = found.get(want["text"])
        ok = claim is not None and [_code(a) for a in claim.get("claimants") or [
            claim["claimant"]]] == want["claimants"] and claim["assessment"] == want[
            "assessment"] and claim["assessment_text"] == want["assessment_text"] and (
            "claimant_text" not in want or claim["claimant_text"] == want["claimant_text"])
        tally.add(ok, f"claim {want['text'][:50]!r} by {want['claimants']}")
    tally.extra += max(0, len(found) - len(expected))


def event_problems(result: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    """Events that should not be there, and expected events that are missing or wrong."""
    for word in spec.get("no_events", []):
        for event in result["events"]:
            if event["text"].startswith(word):
                yield f"unwanted event {event['text']!r} ({event['cameo']})"
    for want in spec.get("events", []):
        candidates = [e for e in result["events"] if e["text"] == want["text"]
                      and e["modality"] == want["modality"]
                      and ("speaker" not in want or _code(e.get("speaker")) == want["speaker"])
                      and ("source" not in want or _code(e["source"]) == want["source"])]
        if not candidates:
            yield f"no event {want}"


def segment_problems(result: dict[str, Any], spec: dict[str, Any]) -> Iterator[str]:
    if "segments" not in spec:
        return
    timed = [s for s in result["segments"] if s["time"] is not None]
    got = [{k: s.get(k) for k in ("time", "author", "label") if k in want}
           for s, want in zip(timed, spec["segments"], strict=False)]
    wanted = [{k: _iso(v) if k == "time" else v for k, v in want.items()}
              for want in spec["segments"]]
    if len(timed) != len(wanted) or got != wanted:
        yield f"segments {got} != {wanted}"


def main() -> int:
    quotes, links, claimants = Tally(), Tally(), Tally()
    problems: list[str] = []
    for name, spec in expectations().items():
        result = coded(name, spec)
        score_quotes(result, spec.get("quotes", []), quotes)
        score_links(result, spec.get("links", []), links)
        score_claimants(result, spec.get("claims", []), claimants)
        problems += [f"{name}: {p}" for p in event_problems(result, spec)]
        problems += [f"{name}: {p}" for p in segment_problems(result, spec)]
    for label, tally in (("quotes", quotes), ("links", links), ("claimants", claimants)):
        print(f"{label:10} {tally.right}/{tally.expected} right, {tally.extra} unexpected")
        for miss in tally.misses:
            print(f"    miss: {miss}")
    print(f"events/segments: {len(problems)} problems")
    for problem in problems:
        print(f"    {problem}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    sys.exit(main())
