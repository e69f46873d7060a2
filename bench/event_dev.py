"""Diagnose the event coder on our corpus's DEV split with a classifier trained on train alone.

The shipped classifier is trained on train + dev, so dev figures with it are optimistic. This
trains one on train alone (epochs chosen on dev, as ``train_model`` does), writes it to a
scratch folder, codes the dev split with it, and prints per-class figures, the confusion
matrix (gold rows, predicted columns) and, with ``--errors``, each miscoded item with its
events. Never run it on the test split: that split is for measuring only.

    PYTHONPATH=src:. python bench/event_dev.py --train /tmp/evdev      # train, then score
    PYTHONPATH=src:. python bench/event_dev.py --model /tmp/evdev      # score an earlier one
    PYTHONPATH=src:. python bench/event_dev.py --model /tmp/evdev --errors ASSAULT
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def train(out: Path, ngrams: int | None = None) -> None:
    from training.events import train_model

    if ngrams:
        train_model.NGRAMS = ngrams
    dev = train_model.load_split(train_model.HERE, "dev")
    best, epochs, nlp = train_model.fit(
        train_model.weighted(train_model.load_split(train_model.HERE, "train")), dev,
        train_model.EPOCHS)
    print(f"classifier alone: dev macro-F1 {best:.3f} after {epochs} epochs")
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)


def use_model(folder: Path) -> None:
    """Make the coder load the classifier at `folder` instead of the shipped one."""
    import eventwire.events as events
    from eventwire.events.classify import load_classifier

    events.load_classifier = lambda: load_classifier(folder)  # type: ignore[assignment]


def _top(text: str, n: int = 3) -> str:
    """The classifier's `n` most probable PLOVER types for `text`, read whole."""
    from eventwire.events import load_event_knowledge
    from eventwire.knowledge import default_knowledge

    kb = default_knowledge().load("events", load_event_knowledge)
    scores = kb.classifier.judge(text, (kb.verbs, kb.nouns)).plover
    best = sorted(scores, key=scores.__getitem__, reverse=True)[:n]
    return " ".join(f"{k} {scores[k]:.2f}" for k in best)


def score(split: str, errors: set[str]) -> None:
    """Code `split`, list the miscoded items of the `errors` classes ("ALL": every one), then
    print per-class figures and the confusion matrix."""
    from eventwire.evaluation.event_corpus import load_split
    from eventwire.evaluation.events import coded_events, plover_class, vote
    from eventwire.events.classify import NO_EVENT

    if split == "test":
        raise SystemExit("the test split is for measuring only")
    pairs = []
    for item in load_split(ROOT / "training" / "events", split):
        events = coded_events(item["text"])
        predicted = vote(events, plover_class) or NO_EVENT
        pairs.append((item["plover"], predicted))
        if predicted != item["plover"] and \
                (errors & {item["plover"], predicted} or "ALL" in errors):
            coded = "; ".join(f"{e.cameo}/{e.plover.event}/{e.modality} '{e.text}'"
                              for e in events)
            print(f"[{item['plover']} -> {predicted}] {item['id']}: {item['text']}\n"
                  f"      {coded}\n      classifier: {_top(item['text'])}")
    _per_class(pairs)
    _confusion(pairs)


def _per_class(pairs: list[tuple[str, str]]) -> None:
    """Precision, recall and F1 per class, and the macro-F1 over the gold classes."""
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    f1s = []
    print(f"{'class':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for label in labels:
        tp = sum(g == p == label for g, p in pairs)
        fp = sum(p == label != g for g, p in pairs)
        fn = sum(g == label != p for g, p in pairs)
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if tp + fn:
            f1s.append(f)
        print(f"{label:<10} {tp / (tp + fp) if tp + fp else 0.0:>6.3f} "
              f"{tp / (tp + fn) if tp + fn else 0.0:>6.3f} {f:>6.3f} {tp + fn:>4}")
    accuracy = sum(g == p for g, p in pairs) / len(pairs)
    print(f"macro-F1 {sum(f1s) / len(f1s):.3f}  accuracy {accuracy:.3f}")


def _confusion(pairs: list[tuple[str, str]]) -> None:
    """Gold classes in rows, predicted in columns."""
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    confusion = Counter(pairs)
    print("gold\\pred " + " ".join(f"{label[:4]:>4}" for label in labels))
    for g in labels:
        print(f"{g:<9} " + " ".join(f"{confusion[(g, p)] or '.':>4}" for p in labels))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", type=Path, help="train on train alone into this folder")
    parser.add_argument("--model", type=Path, help="score with the classifier in this folder")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--ngrams", type=int, help="train with this n-gram size")
    parser.add_argument("--errors", nargs="*", default=[], help="classes whose errors to list")
    args = parser.parse_args()
    folder = args.train or args.model
    if args.train:
        train(args.train, args.ngrams)
    if folder:
        use_model(folder)
    score(args.split, set(args.errors))


if __name__ == "__main__":
    main()
