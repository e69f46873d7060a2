"""The event corpus we wrote (training/events/): labels from the known vocabularies, spans
inside their text, no text in two splits, and the counts issue 17 asks for."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.evaluation.event_corpus import Minimums, corpus_dir, validate

ITEM = {"id": "x", "text": "Kenyan police arrested 12 students in Nairobi on Monday.",
        "plover": "COERCE", "mode": "arrest", "cameo": "173",
        "acled": {"event_type": "Strategic developments", "sub_event_type": "Arrests"},
        "modality": "asserted", "source": {"text": "Kenyan police", "start": 0, "end": 13},
        "target": {"text": "12 students", "start": 23, "end": 34}, "country": "KEN",
        "conflict": "Kenya finance bill protests", "style": "wire"}
NONE = {"id": "y", "text": "The striker scored twice as the home side attacked.",
        "plover": "NONE", "mode": None, "cameo": None, "acled": None, "modality": "asserted",
        "source": None, "target": None, "country": "KEN", "conflict": "sport", "style": "wire"}
TINY = Minimums(items=2, per_plover=0, per_acled=0, countries=1, conflicts=1)


def _write(folder: Path, train: list[dict], dev=(), test=()) -> Path:
    for name, items in (("train", train), ("dev", dev), ("test", test)):
        (folder / f"{name}.jsonl").write_text(
            "".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return folder


def test_shipped_corpus_is_valid_and_big_enough() -> None:
    report = validate(corpus_dir())
    assert report.problems == []
    assert sum(report.counts["split"].values()) >= 4000
    assert all(report.counts["split"][s] >= 400 for s in ("dev", "test"))
    assert report.counts["plover"]["NONE"] >= 150


def test_a_good_tiny_corpus_passes(tmp_path: Path) -> None:
    report = validate(_write(tmp_path, [ITEM], test=[NONE]), TINY)
    assert report.problems == []
    assert report.counts["acled"]["Arrests"] == 1


def test_bad_labels_and_spans_are_named(tmp_path: Path) -> None:
    bad = {**ITEM, "id": "b", "plover": "ARREST", "modality": "certain",
           "acled": {"event_type": "Battles", "sub_event_type": "Arrests"},
           "target": {"text": "12 students", "start": 40, "end": 51}}
    problems = validate(_write(tmp_path, [bad], test=[NONE]), TINY).problems
    assert problems == ["train:b: unknown PLOVER type 'ARREST'",
                        "train:b: unknown ACLED type {'event_type': 'Battles', "
                        "'sub_event_type': 'Arrests'}",
                        "train:b: unknown modality 'certain'",
                        "train:b: target span {'text': '12 students', 'start': 40, 'end': 51} "
                        "is not in the text"]


def test_a_text_in_two_splits_and_missing_counts_are_problems(tmp_path: Path) -> None:
    problems = validate(_write(tmp_path, [ITEM], test=[{**ITEM, "id": "t"}])).problems
    assert "test:t: text also in train" in problems
    assert "PLOVER AGREE: 0 items" in problems
    assert "ACLED Grenade: 0 items" in problems


def test_a_no_event_item_with_event_labels_is_a_problem(tmp_path: Path) -> None:
    problems = validate(_write(tmp_path, [{**NONE, "cameo": "190"}], test=[ITEM]),
                        TINY).problems
    assert problems == ["train:y: a no-event item carries event labels"]


def test_items_written_after_reading_dev_errors_all_go_to_train() -> None:
    """The fifth round's items (`training/events/written_s5.py`) were written after reading
    the dev split's errors: in dev or test they would flatter the measure."""
    ids = {split: [json.loads(line)["id"] for line in
                   (corpus_dir() / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]
           for split in ("train", "dev", "test")}
    assert sum(i.startswith("written-s5-") for i in ids["train"]) >= 200
    assert not any(i.startswith("written-s5-") for i in ids["dev"] + ids["test"])
