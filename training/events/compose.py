"""Write the event corpus: hand-written clauses x contexts x reporting styles -> JSONL splits.

    python -m training.events.compose          # rewrites training/events/{train,dev,test}.jsonl

Each hand-written clause (`violence.py`, `relations.py`, `more.py`, `negatives.py`) is filled
several times with actors and places of a drawn conflict (`contexts.py`), some words swapped
for hand-listed alternatives (`synonyms.py`), and set in one of the styles a wire story, a live
blog, a statement, local news or an op-ed would use, which also decides the modality
(reported, claimed, denied, speculated). The split is by clause: all fillings of one
hand-written clause land in the same split, so dev and test measure wording never trained on.
The output is deterministic (fixed seed).
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import defaultdict
from pathlib import Path

from eventwire.evaluation.event_corpus import ACLED_TYPES, NO_EVENT
from training.events import (
    conventions,
    more,
    negatives,
    relations,
    violence,
    written,
    written_events,
    written_more,
    written_none,
    written_paragraphs,
    written_s4,
    written_s5,
    written_s6,
    written_stories,
)
from training.events.blocks import B, N
from training.events.contexts import (
    CIVILIANS,
    CONTEXTS,
    FOREIGN,
    FOREIGN_ISO3,
    ORGS,
    OUTLETS,
    SPOKESPEOPLE,
)
from training.events.synonyms import SWAPS

OUT = Path(__file__).resolve().parent
SEED = 17
PER_PLOVER = 210
PER_ACLED = 80
NEGATIVE_ITEMS = 1000

TIMES = [" on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday",
         " on Saturday", " on Sunday", " overnight", " late on Sunday", " early on Friday",
         " this morning", " at dawn", " on Thursday night", " earlier this week",
         " in the early hours", " last week", " on Saturday evening", " yesterday"]
COUNTS = ["two", "three", "four", "five", "six", "eight", "nine", "11", "14", "17", "23",
          "at least 30", "more than 40", "nearly 100", "dozens of", "at least seven"]
MONEY = ["$50 million", "$120 million", "1.5 billion dollars", "40 million euros",
         "$8 million", "300 million dollars", "$2.3 billion", "75 million euros"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
          "Dec"]

# (style, modality, format): "{c}" is the clause.
WRAPPERS = [
    ("wire", "asserted", "{c}.", 6),
    ("wire", "asserted", "{CITY}, {MON} {DAY} ({OUT}) - {c}.", 4),
    ("live-blog", "asserted", "{HH}:{MM} GMT: {c}.", 3),
    ("live-blog", "asserted", "UPDATE {HH}{MM}: {c}.", 2),
    ("live-blog", "asserted", "BREAKING - {c}.", 1),
    ("local-news", "asserted", "{c}, in what residents described as a frightening week.", 1),
    ("wire", "reported", "{c}, {SP} said.", 4),
    ("wire", "reported", "According to {SP}, {c}.", 3),
    ("statement", "reported", "In a statement, {ORG} said {c}.", 2),
    ("statement", "reported", "{SPC} said in a statement that {c}.", 2),
    ("local-news", "reported", "{c}, {OUT} reported.", 2),
    ("local-news", "reported", "Residents told {OUT} that {c}.", 2),
    ("live-blog", "reported", "{HH}:{MM} - {SPC} says {c}.", 1),
    ("statement", "claimed", "In a statement posted online, {SP} claimed that {c}.", 1),
    ("wire", "claimed", "{SPC} claimed {c}, a claim that could not be verified.", 1),
    ("wire", "denied", "Officials denied reports that {c}.", 1),
    ("statement", "denied", "{SPC} denied that {c}.", 1),
    ("op-ed", "speculated", "Some observers suspect that {c}.", 1),
    ("wire", "speculated", "It is possible that {c}, analysts said.", 1),
]
NEGATIVE_WRAPPERS = [
    ("wire", "asserted", "{c}.", 6),
    ("live-blog", "asserted", "{HH}:{MM} GMT: {c}.", 2),
    ("wire", "reported", "{c}, {SP} said.", 2),
    ("local-news", "reported", "{c}, {OUT} reported.", 1),
    ("op-ed", "asserted", "{c}.", 2),
]
STYLE_OF_NEGATIVE = {"commentary": "op-ed", "liveblog": "live-blog"}

SLOT = re.compile(r"\{(?:([STX]):(\w+)|([PNDMCF]))\}")


_SWAP = re.compile(r"\b(" + "|".join(sorted(map(re.escape, SWAPS), key=len, reverse=True))
                   + r")\b")


def reword(template: str, rng: random.Random) -> str:
    """The clause with some listed words swapped for an alternative (`synonyms.py`)."""
    return _SWAP.sub(lambda m: rng.choice(SWAPS[m.group(1)]) if rng.random() < 0.5
                     else m.group(1), template)


def _pool(kind: str, ctx: dict) -> list[str]:
    if kind == "civ":
        return CIVILIANS
    if kind == "org":
        return ORGS
    if kind == "foreign":
        return [f for f in FOREIGN if FOREIGN_ISO3[f] != ctx["iso3"]]
    return ctx[kind]


def fill(template: str, ctx: dict, rng: random.Random) -> tuple[str, dict]:
    """The clause with its slots filled, and the source/target spans in it."""
    out: list[str] = []
    spans: dict = {}
    used: set[str] = set()
    pos = 0
    length = 0
    for m in SLOT.finditer(template):
        literal = template[pos:m.start()]
        out.append(literal)
        length += len(literal)
        pos = m.end()
        role, kind, simple = m.group(1), m.group(2), m.group(3)
        if role:
            choices = [a for a in _pool(kind, ctx) if a not in used] or _pool(kind, ctx)
            value = rng.choice(choices)
            used.add(value)
            if role in "ST":
                spans["source" if role == "S" else "target"] = (length, length + len(value))
        elif simple == "P":
            value = rng.choice(ctx["places"])
        elif simple == "N":
            value = rng.choice(COUNTS)
        elif simple == "M":
            value = rng.choice(MONEY)
        elif simple == "C":
            value = ctx["country"]
        elif simple == "F":
            value = rng.choice(_pool("foreign", ctx))
        else:
            value = rng.choice(TIMES) if rng.random() < 0.45 else ""
        out.append(value)
        length += len(value)
    out.append(template[pos:])
    return "".join(out), spans


def _choose(wrappers: list[tuple], rng: random.Random) -> tuple[str, str, str]:
    style, modality, fmt, _ = rng.choices(wrappers, weights=[w[3] for w in wrappers])[0]
    return style, modality, fmt


def wrap(clause: str, fmt: str, ctx: dict, rng: random.Random) -> tuple[str, int]:
    """The sentence around `clause`, and the clause's offset in it."""
    values = {"CITY": rng.choice(ctx["places"]).upper(), "MON": rng.choice(MONTHS),
              "DAY": str(rng.randint(1, 28)), "OUT": rng.choice(OUTLETS),
              "HH": f"{rng.randint(0, 23):02d}", "MM": f"{rng.choice((0, 5, 15, 30, 42, 55)):02d}",
              "SP": rng.choice(SPOKESPEOPLE), "ORG": rng.choice(ORGS)}
    values["SPC"] = values["SP"][0].upper() + values["SP"][1:]
    head, tail = fmt.split("{c}")
    prefix = head.format(**values)
    suffix = tail.format(**values)
    if not prefix or prefix.endswith((": ", "- ")):
        clause = clause[0].upper() + clause[1:]
    text = prefix + clause + suffix
    return text[0].upper() + text[1:], len(prefix)


def _split(position: int) -> str:
    return "test" if position % 8 == 3 else "dev" if position % 8 == 6 else "train"


def _span(text: str, offset: int, span: tuple[int, int] | None) -> dict | None:
    if span is None:
        return None
    start, end = span[0] + offset, span[1] + offset
    return {"text": text[start:end], "start": start, "end": end}


def event_items(blocks: list[B], rng: random.Random) -> list[dict]:
    """Labelled items from the event blocks."""
    groups: dict[str, list[tuple[B, str]]] = defaultdict(list)
    for block in blocks:
        key = block.acled or block.plover
        groups[key].extend((block, clause) for clause in block.clauses)
    items = []
    for key, members in groups.items():
        target = PER_ACLED if key in ACLED_TYPES else PER_PLOVER
        per_clause = max(5, math.ceil(target / len(members)))
        for position, (block, clause) in enumerate(members):
            split = _split(position)
            for k in range(per_clause):
                ctx = rng.choice(CONTEXTS)
                filled, spans = fill(reword(clause, rng), ctx, rng)
                style, modality, fmt = _choose(WRAPPERS, rng)
                text, offset = wrap(filled, fmt, ctx, rng)
                if rng.random() < 0.08:
                    text += " " + _background(ctx, rng)
                items.append({
                    "id": f"{key}-{position}-{k}", "split": split, "text": text,
                    "plover": block.plover, "mode": block.mode, "cameo": block.cameo,
                    "acled": {"event_type": ACLED_TYPES[block.acled],
                              "sub_event_type": block.acled} if block.acled else None,
                    "modality": modality, "source": _span(text, offset, spans.get("source")),
                    "target": _span(text, offset, spans.get("target")),
                    "country": ctx["iso3"], "conflict": ctx["conflict"], "style": style})
                conventions.relabel(items[-1], conventions.CLAUSES.get(clause))
    return items


_BACKGROUND = [n for n in negatives.NEGATIVES if n.kind in ("background", "commentary")]


def _background(ctx: dict, rng: random.Random) -> str:
    """A second sentence of background, making the item a short paragraph."""
    clause, _ = fill(rng.choice(rng.choice(_BACKGROUND).clauses), ctx, rng)
    return clause[0].upper() + clause[1:] + "."


def negative_items(blocks: list[N], rng: random.Random) -> list[dict]:
    """"No event" items from the negative blocks."""
    clauses = [(block, clause) for block in blocks for clause in block.clauses]
    per_clause = max(4, math.ceil(NEGATIVE_ITEMS / len(clauses)))
    items = []
    for position, (block, clause) in enumerate(clauses):
        split = _split(position)
        for k in range(per_clause):
            ctx = rng.choice(CONTEXTS)
            filled, _ = fill(clause, ctx, rng)
            style, modality, fmt = _choose(NEGATIVE_WRAPPERS, rng)
            style = STYLE_OF_NEGATIVE.get(block.kind, style)
            text, _ = wrap(filled, fmt, ctx, rng)
            items.append({
                "id": f"none-{block.kind}-{position}-{k}", "split": split, "text": text,
                "plover": NO_EVENT, "mode": None, "cameo": None, "acled": None,
                "modality": modality, "source": None, "target": None,
                "country": ctx["iso3"], "conflict": ctx["conflict"], "style": style})
    return items


def fixed_split(items: list[dict], prefix: str, split: str) -> list[dict]:
    """Written `items` all sent to `split`, their ids under `prefix`: the stories are a split
    of their own, and items written after reading the dev split's errors go to train (split,
    they would flatter dev and change test)."""
    for item in items:
        item.update(id=item["id"].replace("written-", prefix, 1), split=split)
    return items


def compose() -> dict[str, list[dict]]:
    rng = random.Random(SEED)
    items = event_items(violence.BLOCKS + relations.BLOCKS + more.BLOCKS, rng)
    items += negative_items(negatives.NEGATIVES + more.NEGATIVES, rng)
    items += written.items(written_events.BLOCKS + written_more.BLOCKS + written_none.BLOCKS
                           + written_paragraphs.BLOCKS + written_s4.BLOCKS)
    items += fixed_split(written.items(written_s5.BLOCKS), "written-s5-", "train")
    items += fixed_split(written.items(written_s6.BLOCKS), "written-s6-", "train")
    items += fixed_split(written.items(written_stories.BLOCKS), "story-", "stories")
    for item in items:
        if item["id"].startswith("written-"):
            conventions.relabel(item, conventions.WRITTEN.get(item["text"]))
    splits: dict[str, list[dict]] = {"train": [], "dev": [], "test": [], "stories": []}
    seen: set[str] = set()
    for item in items:
        key = " ".join(item["text"].lower().split())
        if key in seen:
            continue
        seen.add(key)
        splits[item.pop("split")].append(item)
    return splits


def main() -> None:
    for split, items in compose().items():
        with open(OUT / f"{split}.jsonl", "w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{split}: {len(items)} items")


if __name__ == "__main__":
    main()
