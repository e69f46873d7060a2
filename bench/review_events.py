"""Precision review of event coding on news texts we wrote (docs/review/events.jsonl).

Each text carries the events a careful analyst would code from it ("gold"): the CAMEO root
(or the roots that are acceptable), the source and target as CAMEO code prefixes ("*" for any
or none), the modalities that are right, the killed/injured figures where the text gives one,
whether the event is optional (coding it is right, missing it is no miss) and, where a text
says where it happened, the place names that are right ("place", judged apart from precision on
the events found: an event placed at "the Malian border" instead of its town). Every coded
event is judged right when it matches a gold event not already taken, wrong otherwise (a second
coding of one happening is wrong too). Plain statements (CAMEO 01, "X said") are attribution,
not events of the review, unless a text's gold lists one.

Prints precision, recall, casualty and place accuracy; `--table PATH` writes the judged table
as Markdown, keeping the preamble of an existing table (each review set has its own).

    PYTHONPATH=src python bench/review_events.py --table docs/review/events.md
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eventwire import code

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "docs" / "review" / "events.jsonl"


def _actor_ok(want: str | list[str | None] | None, actor) -> bool:
    """`want` is "*" (anyone or no one), a code prefix, None (no actor: "a drone struck",
    where the weapon is no source), or a list of these (an actor the dictionaries may code
    either way, "SDNUAFRSF" or "SDNREBRSF")."""
    wants = want if isinstance(want, list) else [want]
    if "*" in wants:
        return True
    if actor is None:
        return None in wants
    return any(w is not None and (actor.code or "").startswith(w) for w in wants)


def _matches(gold: dict, event) -> bool:
    return (event.cameo[:2] in gold["root"] and _actor_ok(gold["source"], event.source)
            and _actor_ok(gold["target"], event.target) and event.modality in gold["modality"])


def _figure(event, kind: str) -> int | None:
    casualties = getattr(event, "casualties", None)  # absent before issue 16
    count = getattr(casualties, kind, None) if casualties else None
    return None if count is None else count.min


def _place_ok(gold: dict, event) -> bool:
    place = getattr(event, "place", None)
    names = [place.name or "", place.text] if place is not None else []
    return any(want.lower() in name.lower() for want in gold["place"] for name in names)


def _place(event) -> str:
    place = getattr(event, "place", None)
    return "" if place is None else place.name or place.text


def _assign(events: list, gold: list[dict]) -> dict[int, int]:
    """Event index -> gold index: a maximum matching (augmenting paths), each event trying the
    gold events it fits in order (required ones first, then those whose figures agree)."""
    options = {}
    for i, event in enumerate(events):
        fits = [n for n, g in enumerate(gold) if _matches(g, event)]
        options[i] = sorted(fits, key=lambda n: (bool(gold[n].get("optional")), not all(
            _figure(event, k) == gold[n][k] for k in ("killed", "injured") if k in gold[n])))
    owner: dict[int, int] = {}  # gold -> event

    def augment(i: int, seen: set[int]) -> bool:
        for n in options[i]:
            if n in seen:
                continue
            seen.add(n)
            if n not in owner or augment(owner[n], seen):
                owner[n] = i
                return True
        return False

    for i in range(len(events)):
        augment(i, set())
    _prefer_agreeing_figures(events, gold, options, owner)
    return {i: n for n, i in owner.items()}


def _figures_agree(event, gold: dict) -> bool:
    return all(_figure(event, k) == gold[k] for k in ("killed", "injured") if k in gold)


def _prefer_agreeing_figures(events: list, gold: list[dict], options: dict[int, list[int]],
                             owner: dict[int, int]) -> None:
    """Among matchings of the same size, keep the one that gives a gold event with figures to
    the event carrying them: the augmenting paths may hand "the strike on Dnipro" to a
    restatement of it ("Russia said it had hit ...") while the strike that carries the toll
    takes the optional restatement. Swaps two events' gold events (or moves one to an event
    left unmatched) where that makes the figures agree and every event still fits."""
    changed = True
    while changed:
        changed = False
        for n, i in list(owner.items()):
            if not any(k in gold[n] for k in ("killed", "injured")) or \
                    _figures_agree(events[i], gold[n]):
                continue
            for j in range(len(events)):
                if j == i or n not in options[j] or not _figures_agree(events[j], gold[n]):
                    continue
                m = next((g for g, e in owner.items() if e == j), None)
                if m is not None and (m not in options[i] or any(
                        k in gold[m] for k in ("killed", "injured"))
                        and _figures_agree(events[j], gold[m])):
                    continue
                owner[n] = j
                if m is not None:
                    owner[m] = i
                changed = True
                break



def review(texts: list[dict]) -> tuple[list[dict], dict]:
    rows: list[dict] = []
    totals = {"coded": 0, "right": 0, "gold": 0, "found": 0, "figures": 0, "figures_right": 0,
              "figures_read": 0, "places": 0, "places_right": 0}
    for item in texts:
        result = code(item["text"], date=item["date"], id=item["id"])
        gold = item["gold"]
        wants_statements = any("01" in g["root"] for g in gold)
        events = [e for e in result.events
                  if wants_statements or not e.cameo.startswith("01")]
        assigned = _assign(events, gold)
        taken = {n: events[i] for i, n in assigned.items()}
        for i, event in enumerate(events):
            hit = assigned.get(i)
            again = next((n for n in range(len(gold)) if n in taken and taken[n] is not event
                          and _matches(gold[n], event)), None)
            note = gold[hit]["what"] if hit is not None else (
                f"repeats: {gold[again]['what']}" if again is not None else "")
            rows.append({"doc": item["id"], "event": event, "right": hit is not None,
                         "note": note})
        totals["coded"] += len(events)
        totals["right"] += len(assigned)
        for n, g in enumerate(gold):
            if not g.get("optional"):
                totals["gold"] += 1
                totals["found"] += n in taken
            for kind in ("killed", "injured"):
                if kind in g:
                    totals["figures"] += 1
                    event = taken.get(n)
                    totals["figures_right"] += event is not None and _figure(event, kind) == g[kind]
                    # the number read right and carried by some event of the text, judged or not
                    totals["figures_read"] += any(_figure(e, kind) == g[kind] for e in events)
            if "place" in g and n in taken:
                totals["places"] += 1
                totals["places_right"] += _place_ok(g, taken[n])
            if n not in taken and not g.get("optional"):
                rows.append({"doc": item["id"], "event": None, "right": False,
                             "note": f"missed: {g['what']}"})
    return rows, totals


def _actor(actor) -> str:
    return "" if actor is None else f"{actor.code or '?'} ({actor.text})"


HEADER = """# Precision review: events coded from 30 texts we wrote

The texts and what a careful analyst codes from each are in `events.jsonl`: 30 short news
reports from 19 conflicts (Ukraine, Sudan, Mali, Burkina Faso, Niger, Myanmar, Gaza, Lebanon,
Yemen, DR Congo, Haiti, Mexico, Colombia, Ethiopia, Eritrea, Somalia, Syria, Nigeria,
Pakistan/Afghanistan). Each expected event gives its CAMEO roots, source and target code
prefixes, the modalities that are right and the casualty figures; a planned meeting may be
coded as the intent to meet (036), as this coder does, and a meeting of two parties in both
directions. Every coded event is judged below: right when it matches an expected event (root,
source, target and modality all right), wrong otherwise; a second coding of one happening is
wrong. Plain statements ("X said", CAMEO 01) are attribution, not reviewed. Regenerate with
`PYTHONPATH=src python bench/review_events.py --table docs/review/events.md`.

**{summary}**

"""


def table(rows: list[dict], totals: dict, preamble: str | None = None) -> str:
    """The judged table under `preamble` (an existing table's text before its summary line)."""
    head = (preamble + f"**{summary(totals)}**\n" if preamble is not None
            else HEADER.format(summary=summary(totals)))
    lines = [head.rstrip("\n"), "",
             "| text | event words | source | CAMEO | target | modality | killed / injured "
             "| place | judged | note |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        e = r["event"]
        if e is None:
            lines.append(f"| {r['doc']} | | | | | | | | missed | {r['note']} |")
            continue
        figures = f"{_figure(e, 'killed')} / {_figure(e, 'injured')}" if getattr(
            e, "casualties", None) else ""
        lines.append(f"| {r['doc']} | {e.text} | {_actor(e.source)} | {e.cameo} | "
                     f"{_actor(e.target)} | {e.modality} | {figures} | {_place(e)} | "
                     f"{'right' if r['right'] else 'wrong'} | {r['note']} |")
    return "\n".join(lines) + "\n"


def summary(totals: dict) -> str:
    p = totals["right"] / totals["coded"] if totals["coded"] else 0.0
    r = totals["found"] / totals["gold"] if totals["gold"] else 0.0
    c = totals["figures_right"] / totals["figures"] if totals["figures"] else 0.0
    return (f"precision {p:.3f} ({totals['right']}/{totals['coded']} coded events right), "
            f"recall {r:.3f} ({totals['found']}/{totals['gold']} gold events found), "
            f"casualty figures {c:.3f} ({totals['figures_right']}/{totals['figures']}; "
            f"read right on some event: {totals['figures_read']}/{totals['figures']})"
            + (f", places {totals['places_right']}/{totals['places']} of the found events "
               "that name one" if totals["places"] else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument("--table", type=Path, help="write the judged table here (Markdown)")
    args = parser.parse_args(argv)
    texts = [json.loads(line) for line in args.texts.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    rows, totals = review(texts)
    print(summary(totals))
    if args.table:
        old = args.table.read_text(encoding="utf-8") if args.table.exists() else ""
        preamble = old.split("**precision", 1)[0] if "**precision" in old else None
        args.table.write_text(table(rows, totals, preamble), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
