"""`eventwire eval events PATH`: precision/recall/F1 of event classes on labelled text.

PATH is a folder (or one file) of labelled data in any of these layouts:

- ``*.tsv`` of ``sentence<TAB>label`` with labels 0-4 for CAMEO root classes (the "penta"
  classes: 0 statements and appeals 01-02, 1 verbal cooperation 03-05, 2 material cooperation
  06-08, 3 verbal conflict 09-13 and 16, 4 material conflict 14-15 and 17-20);
- ``*.csv`` or ``*.csv.zip`` with ``text`` and ``label`` columns naming PLOVER event types;
- our own corpus (``training/events/test.jsonl``, see `event_corpus`): PLOVER type or NONE and
  ACLED sub-event type per item (``--split`` picks the file);
- IndiaPoliceEvents ``sents.jsonl`` (``sent_labels``): did the police take ANY_ACTION?
- the CASE-2021 label set (``event_types.txt``): which of its ACLED labels our output can name.

Each item is coded whole; its predicted class is the class its events vote for (`vote`: plain
statements count only when nothing else is coded), or none. A story puts its news in the lede
and background after it, so each sentence's events count `LEDE_DECAY` times as much as those
of the sentence before (a single sentence is a plain majority, ties to the earliest).
Per-class precision, recall and F1 and their macro average are printed.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import click

from eventwire.errors import InputError
from eventwire.evaluation.event_corpus import read as read_jsonl
from eventwire.evaluation.metrics import prf
from eventwire.events.classify import ACLED_TYPES, NO_EVENT
from eventwire.knowledge import Knowledge, default_knowledge
from eventwire.model import Event
from eventwire.pipeline import code

PENTA = {**dict.fromkeys(("01", "02"), "0"), **dict.fromkeys(("03", "04", "05"), "1"),
         **dict.fromkeys(("06", "07", "08"), "2"),
         **dict.fromkeys(("09", "10", "11", "12", "13", "16"), "3"),
         **dict.fromkeys(("14", "15", "17", "18", "19", "20"), "4")}


INTENTS = frozenset({"threatened", "intended", "planned", "hypothetical"})
"""Modalities of an event that has not happened but was announced ("vowed to resume attacks",
"said it would use force", "will send aid"). What happened is the announcement, and CAMEO
codes it by what is announced: an intent to cooperate is 03 (PLOVER AGREE), a threat, or an
intent of conflict, 13 (THREATEN); neither is an ACLED event. On our dev split this moves
THREATEN recall 0.76 -> 0.97 (macro-F1 0.743 -> 0.751), nothing else; on our stories 0.765 ->
0.801 (threatened alone gives the same there; intended and planned change neither)."""


YIELDING = frozenset({"CONCEDE", "RETREAT"})
"""Types of a concession: giving way (CONCEDE) or its material form (RETREAT: releasing,
withdrawing, a ceasefire). The PLOVER manual's CONCEDE covers "promises of future
concessions ... declarations (but not implementations) of ceasefires and withdrawals from
territory": an announced concession ("said it would free 200 prisoners", "will lift the
curfew") is a concession made in words, CONCEDE, where other announced cooperation is
AGREE."""


def _intent(event: Event) -> str | None:
    """THREATEN, CONCEDE or AGREE for an announced event (`INTENTS`), else None. An
    investigation announced ("said it would investigate the killings", "an independent panel
    will examine the allegations") is no threat: the PLOVER manual's ACCUSE takes "all
    investigations", and announcing one is how an investigation is reported."""
    if event.modality not in INTENTS or not event.plover.event:
        return None
    if event.plover.event == "ACCUSE" and event.plover.mode == "investigate" and \
            event.modality != "threatened":
        return "ACCUSE"
    if event.modality == "threatened" or event.quad_class in (3, 4):
        return "THREATEN"
    if event.plover.event in YIELDING:
        return "CONCEDE"
    return "AGREE"


def penta_class(event: Event) -> str | None:
    kind = _intent(event)
    if kind:
        return "3" if kind in ("THREATEN", "ACCUSE") else "1"
    return PENTA.get(event.cameo[:2])


def plover_class(event: Event) -> str | None:
    return _intent(event) or event.plover.event


def acled_class(event: Event) -> str | None:
    if _intent(event):
        return None
    return event.acled.sub_event_type if event.acled else None


def predict(text: str, classify, knowledge: Knowledge | None = None) -> str | None:
    """The class of the most frequent event class in `text`, or None."""
    return vote(coded_events(text, knowledge), classify)


def coded_events(text: str, knowledge: Knowledge | None = None) -> list[Event]:
    """The events of `text` that count: a speech verb ("said") attributes the event it
    reports, so statements count only when alone; and what the text says did not happen
    ("failed to capture the town", "refused to release the prisoners") is not its news,
    so negated events count only when alone too."""
    events = code(text, knowledge=knowledge or default_knowledge()).events
    events = [e for e in events if e.modality != "negated"] or events
    return [e for e in events if not e.cameo.startswith("01")] or events


LEDE_DECAY = 0.3
"""How much the events of each sentence of a story count against those of the sentence before
(counting only sentences with an event of a class). Chosen on our own multi-paragraph stories
(`training/events/stories.jsonl`, 49 stories whose background recalls attacks, talks and
accusations): PLOVER macro-F1 0.63 with every event counted alike, 0.70 at 0.7, 0.74 at 0.5,
0.77 at 0.3 and at 0.1; our dev split (sentences and short paragraphs) is unchanged."""


CLAIMED = "claimed"


def vote(events: list[Event], classify) -> str | None:
    """The class `events` vote for, each sentence's events weighing `LEDE_DECAY` times those
    of the sentence before (ties: the earliest), or None.

    An event a sentence gives as a claim beside an accusation ("accused the militia of
    killings") is what the accusation says, and counts as the accusation: the sentence reports
    the accusing, not the killings. On our stories (three accusations, each with the killings
    or strikes it alleges) PLOVER macro-F1 0.846 -> 0.857 (a model trained on train alone),
    our dev split unchanged."""
    accusations = {e.sentence: e for e in reversed(events) if e.plover.event == "ACCUSE"}
    labelled = [(e, c) for e in events
                if (c := classify(accusations.get(e.sentence, e) if e.modality == CLAIMED
                              else e))]
    if not labelled:
        return None
    rank = {s: k for k, s in enumerate(sorted({e.sentence for e, _ in labelled}))}
    weights: defaultdict[str, float] = defaultdict(float)
    for event, label in labelled:
        weights[label] += LEDE_DECAY ** rank[event.sentence]
    best = max(weights.values())
    return next(label for _, label in labelled if weights[label] >= best - 1e-9)


def _tsv_items(path: Path) -> Iterator[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            text, label = line.rsplit("\t", 1)
            if label.strip():
                yield text.strip(), label.strip()


def _csv_items(path: Path) -> Iterator[tuple[str, str]]:
    if path.name.endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".csv"))
            data = archive.read(name).decode("utf-8")
    else:
        data = path.read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(data)):
        if row.get("text") and row.get("label"):
            yield row["text"], row["label"].strip()


def _jsonl_kind(path: Path) -> str | None:
    """"corpus" for our labelled corpus, "india" for IndiaPoliceEvents sentences, else None."""
    with path.open(encoding="utf-8") as f:
        first = f.readline()
    try:
        item = json.loads(first)
    except json.JSONDecodeError:
        return None
    if not isinstance(item, dict):
        return None
    if "plover" in item and "text" in item:
        return "corpus"
    if "sent_labels" in item and "sent_text" in item:
        return "india"
    return None


def datasets(path: Path, split: str = "test") -> list[tuple[Path, str]]:
    """(file, kind) pairs under `path`: "penta" for TSV, "plover" for CSV, "corpus" for our
    corpus's `split`, "india" for IndiaPoliceEvents sentences, "case" for the CASE-2021 labels."""
    if not path.exists():
        raise InputError("no such file or folder", source=str(path))
    files = [path] if path.is_file() else sorted(path.rglob("*"))
    out = []
    for f in files:
        if f.name.endswith(".tsv") and "class" in f.name:
            out.append((f, "penta"))
        elif (f.name.endswith(".csv.zip") or f.name.endswith(".csv")) and \
                "synthetic_events" in f.name:
            out.append((f, "plover"))
        elif f.name == "event_types.txt":
            out.append((f, "case"))
        elif f.suffix == ".jsonl" and (f.name == "sents.jsonl" or f.stem == split
                                       or path.is_file()):
            kind = _jsonl_kind(f)
            if kind:
                out.append((f, kind))
    if not out:
        raise InputError("no labelled event data found (*class*.tsv, *synthetic_events*.csv, "
                         f"{split}.jsonl, sents.jsonl, event_types.txt)", source=str(path))
    return out


def score(pairs: list[tuple[str, str | None]]) -> list[tuple[str, float, float, float, int]]:
    """(class, precision, recall, F1, support) for every gold class."""
    rows = []
    for label in sorted({g for g, _ in pairs}):
        tp = sum(1 for g, p in pairs if g == label and p == label)
        predicted = sum(1 for _, p in pairs if p == label)
        support = sum(1 for g, _ in pairs if g == label)
        rows.append((label, *prf(tp, predicted, support), support))
    return rows


def _print_rows(rows: list[tuple[str, float, float, float, int]]) -> None:
    width = max([12, *(len(r[0]) for r in rows)])
    click.echo(f"  {'class':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for label, p, r, f, n in rows:
        click.echo(f"  {label:<{width}} {p:>6.3f} {r:>6.3f} {f:>6.3f} {n:>5}")
    if rows:
        macro = [sum(r[1] for r in rows) / len(rows), sum(r[2] for r in rows) / len(rows),
                 sum(r[3] for r in rows) / len(rows)]
        click.echo(f"  {'macro':<{width}} {macro[0]:>6.3f} {macro[1]:>6.3f} {macro[2]:>6.3f}")


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def _corpus(items: list[dict], knowledge: Knowledge) -> None:
    """PLOVER type (NONE when nothing is coded) and ACLED sub-event type of each item."""
    plover: list[tuple[str, str | None]] = []
    acled_hits = acled_total = 0
    for item in items:
        events = coded_events(item["text"], knowledge)
        plover.append((item["plover"], vote(events, plover_class) or NO_EVENT))
        gold = (item.get("acled") or {}).get("sub_event_type")
        if gold:
            acled_total += 1
            acled_hits += vote(events, acled_class) == gold
    rows = score(plover)
    _print_rows(rows)
    accuracy = sum(g == p for g, p in plover)
    click.echo(f"  PLOVER accuracy {_ratio(accuracy, len(plover))}")
    found = sum(1 for g, p in plover if g != NO_EVENT and p != NO_EVENT)
    gold_events = sum(1 for g, _ in plover if g != NO_EVENT)
    click.echo(f"  any-event recall {_ratio(found, gold_events)}")
    vetoed = sum(1 for g, p in plover if g == NO_EVENT and p == NO_EVENT)
    said_none = sum(1 for _, p in plover if p == NO_EVENT)
    click.echo(f"  no-event precision {_ratio(vetoed, said_none)}")
    click.echo(f"  ACLED sub-event accuracy {_ratio(acled_hits, acled_total)}")


_POLICE = ("police", "policemen", "cops", "constable", "constables", "cop", "sho", "dsp",
           "commissioner", "officers", "personnel", "crpf", "rap", "srp")


def _police(actor) -> bool:
    if actor is None:
        return False
    if actor.sector == "COP" or (actor.code or "").endswith("COP"):
        return True
    return any(w in _POLICE for w in (actor.text or "").lower().split())


def _india(path: Path, knowledge: Knowledge, limit: int | None) -> None:
    """Sentence-level ANY_ACTION: gold is the annotators' yes; predicted is any event (other
    than a plain statement) whose source or target is the police."""
    pairs: list[tuple[bool, bool]] = []
    for n, item in enumerate(read_jsonl(path, "sent_text")):
        if limit is not None and n >= limit:
            break
        text = str(item.get("sent_text") or "").strip()
        if not text:
            continue
        events = [e for e in code(text, knowledge=knowledge).events if e.plover.event]
        predicted = any(_police(e.source) or _police(e.target) for e in events)
        pairs.append(("ANY_ACTION" in (item.get("sent_labels") or []), predicted))
    tp = sum(g and p for g, p in pairs)
    fp = sum(p and not g for g, p in pairs)
    fn = sum(g and not p for g, p in pairs)
    precision, recall, f1 = prf(tp, tp + fp, tp + fn)
    click.echo(f"  ANY_ACTION P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
               f"(gold {tp + fn} of {len(pairs)} sentences)")


CASE_LABELS = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance", "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike", "ARMED_CLASH": "Armed clash", "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack", "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity", "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory", "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established", "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory", "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest", "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention", "REM_EXPLOS":
    "Remote explosive/landmine/IED", "SEX_VIOL": "Sexual violence", "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
"""CASE-2021 Task 2 label -> the ACLED sub-event type it names."""


def _case(path: Path) -> None:
    """The CASE-2021 folder has labels but no texts: report which labels we can produce."""
    labels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word.isupper() and " " not in word and word not in labels:
            labels.append(word)
    seen = [w for w in labels if w in CASE_LABELS]
    ours = [w for w in seen if CASE_LABELS[w] in ACLED_TYPES]
    unseen = [w for w in labels if w not in CASE_LABELS]
    click.echo(f"  ACLED labels our coder can output: {len(ours)}/{len(seen)}; "
               f"outside ACLED (not coded): {', '.join(unseen) or 'none'}")


@click.command("events")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N items per file.")
@click.option("--split", default="test", show_default=True,
              help="Which split of our corpus (train, dev, test, stories) a folder's JSONL is.")
@click.option("--without-classifier", is_flag=True,
              help="Code events by patterns alone (to measure what the classifier adds).")
def command(path: Path, limit: int | None, split: str, without_classifier: bool) -> None:
    """Precision, recall and F1 of event classes (CAMEO root classes, PLOVER types, ACLED
    sub-event types, police action).

    \b
    Example:
        eventwire eval events ../shared/eval/events/
        eventwire eval events training/events --split test
    """
    knowledge = Knowledge(event_classifier=False) if without_classifier else \
        default_knowledge()
    for file, kind in datasets(path, split):
        if kind == "case":
            click.echo(f"{file.parent.name}/{file.name} (CASE-2021 label set)")
            _case(file)
            continue
        if kind == "india":
            click.echo(f"{file.name} (IndiaPoliceEvents sentences)")
            _india(file, knowledge, limit)
            continue
        if kind == "corpus":
            items = list(read_jsonl(file))[:limit]
            click.echo(f"{file.name} (our corpus, {len(items)} items)")
            _corpus(items, knowledge)
            continue
        labelled = _tsv_items(file) if kind == "penta" else _csv_items(file)
        classify = penta_class if kind == "penta" else plover_class
        pairs = []
        for n, (text, label) in enumerate(labelled):
            if limit is not None and n >= limit:
                break
            pairs.append((label, vote(coded_events(text, knowledge), classify)))
        click.echo(f"{file.name} ({kind}, {len(pairs)} items)")
        _print_rows(score(pairs))
