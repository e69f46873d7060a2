"""Our labelled event corpus (``training/events/*.jsonl``): its vocabularies, reader and checks.

Every line is one news-style sentence or short paragraph with the event it reports:
``{"id", "text", "plover", "mode", "cameo", "acled", "modality", "source", "target",
"country", "conflict", "style"}`` where ``plover`` is a PLOVER type or ``NONE`` (no political
event), ``acled`` is ``{"event_type", "sub_event_type"}`` or null, and ``source``/``target``
are ``{"text", "start", "end"}`` spans of ``text`` or null. The files ``train.jsonl``,
``dev.jsonl`` and ``test.jsonl`` are a fixed split (whole hand-written clauses go to one split,
so the test measures wording the classifier never saw).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import InputError
from eventwire.events.classify import ACLED_TYPES, NO_EVENT
from eventwire.model import MODALITIES

PLOVER_TYPES = ("AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
                "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT",
                "THREATEN")
"""The sixteen PLOVER event types."""

PLOVER_MODES = frozenset({
    "phone", "visit", "third-party", "multilateral", "economic", "military", "humanitarian",
    "protection", "asylum", "intelligence", "judicial", "assist", "change", "yield", "meet",
    "disapprove", "allege", "investigate", "convict", "discontinue", "withdraw", "expel",
    "relations", "restrict", "ban", "arrest", "violence", "territory", "demo", "hunger",
    "strike", "obstruct", "riot", "police", "troops", "seize", "destroy", "curfew", "deport",
    "cyber", "crowd-control", "abduct", "beat", "sexual", "torture", "explosives",
    "suicide-attack", "assassinate", "firearms", "heavy-weapons", "aerial", "drone", "massacre",
    "cleansing", "unconventional", "release", "return", "access", "ceasefire", "disarm"})
"""PLOVER modes (the codebook's, plus the ones `data/events/plover.tsv` uses)."""

STYLES = frozenset({"wire", "live-blog", "statement", "local-news", "op-ed"})

SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Minimums:
    """What the corpus must hold (issue 17)."""

    items: int = 4000
    per_plover: int = 150
    per_acled: int = 60
    countries: int = 40
    conflicts: int = 15


@dataclass
class Report:
    """What `validate` found: problems (empty when the corpus is good) and counts."""

    problems: list[str] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=dict)


def corpus_dir() -> Path:
    """The corpus folder of a source checkout (``training/events`` beside ``src``)."""
    return Path(__file__).resolve().parents[3] / "training" / "events"


def read(path: Path, text_field: str = "text") -> Iterator[dict]:
    """The items of one JSONL file, each with a `text_field` string; a bad line raises
    `InputError` naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the event corpus: {exc.strerror}", source=str(path)) \
            from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"bad JSON: {exc.msg}", source=f"{path}:{n}") from exc
        if not isinstance(item, dict) or not isinstance(item.get(text_field), str):
            raise InputError(f"an item needs a {text_field!r} string", source=f"{path}:{n}")
        yield item


def load_split(folder: Path, split: str) -> list[dict]:
    """All items of one split (``train``, ``dev`` or ``test``)."""
    return list(read(folder / f"{split}.jsonl"))


def _check(item: dict) -> list[str]:
    """What is wrong with one item's labels (empty when nothing is)."""
    out = []
    text = item["text"]
    plover = item.get("plover")
    if plover != NO_EVENT and plover not in PLOVER_TYPES:
        out.append(f"unknown PLOVER type {plover!r}")
    mode = item.get("mode")
    if mode is not None and mode not in PLOVER_MODES:
        out.append(f"unknown PLOVER mode {mode!r}")
    cameo = item.get("cameo")
    if plover == NO_EVENT:
        if cameo or item.get("acled") or item.get("source") or item.get("target"):
            out.append("a no-event item carries event labels")
    elif not (isinstance(cameo, str) and cameo[:2].isdigit() and 1 <= int(cameo[:2]) <= 20):
        out.append(f"bad CAMEO code {cameo!r}")
    acled = item.get("acled")
    if acled is not None:
        sub = acled.get("sub_event_type")
        if ACLED_TYPES.get(sub) != acled.get("event_type"):
            out.append(f"unknown ACLED type {acled!r}")
    if item.get("modality") not in MODALITIES:
        out.append(f"unknown modality {item.get('modality')!r}")
    if item.get("style") not in STYLES:
        out.append(f"unknown style {item.get('style')!r}")
    for role in ("source", "target"):
        span = item.get(role)
        if span is None:
            continue
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
                and text[start:end] == span.get("text")):
            out.append(f"{role} span {span!r} is not in the text")
    return out


def validate(folder: Path, minimums: Minimums = Minimums()) -> Report:
    """Check every item's labels and spans, that no text is in two splits, and the counts."""
    report = Report()
    plover: Counter = Counter()
    acled: Counter = Counter()
    countries: Counter = Counter()
    conflicts: Counter = Counter()
    splits: Counter = Counter()
    seen: dict[str, str] = {}
    for split in SPLITS:
        for item in read(folder / f"{split}.jsonl"):
            where = f"{split}:{item.get('id')}"
            report.problems.extend(f"{where}: {p}" for p in _check(item))
            key = " ".join(item["text"].lower().split())
            if key in seen and seen[key] != split:
                report.problems.append(f"{where}: text also in {seen[key]}")
            seen[key] = split
            splits[split] += 1
            plover[item.get("plover")] += 1
            if item.get("acled"):
                acled[item["acled"]["sub_event_type"]] += 1
            if item.get("country"):
                countries[item["country"]] += 1
            if item.get("conflict"):
                conflicts[item["conflict"]] += 1
    report.counts = {"split": splits, "plover": plover, "acled": acled,
                     "country": countries, "conflict": conflicts}
    total = sum(splits.values())
    if total < minimums.items:
        report.problems.append(f"{total} items, fewer than {minimums.items}")
    for name in (*PLOVER_TYPES, NO_EVENT):
        if plover[name] < minimums.per_plover:
            report.problems.append(f"PLOVER {name}: {plover[name]} items")
    for name in ACLED_TYPES:
        if acled[name] < minimums.per_acled:
            report.problems.append(f"ACLED {name}: {acled[name]} items")
    if len(countries) < minimums.countries:
        report.problems.append(f"{len(countries)} countries")
    if len(conflicts) < minimums.conflicts:
        report.problems.append(f"{len(conflicts)} conflicts")
    return report
