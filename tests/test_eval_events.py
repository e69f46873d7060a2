"""`eventwire eval events` on our corpus's layout and IndiaPoliceEvents' sentence layout,
with tiny files we write."""

from __future__ import annotations

import json
from pathlib import Path

ARREST = {"id": "a", "text": "Kenyan police arrested 12 students in Nairobi on Monday.",
          "plover": "COERCE", "mode": "arrest", "cameo": "173",
          "acled": {"event_type": "Strategic developments", "sub_event_type": "Arrests"},
          "modality": "asserted", "source": None, "target": None, "country": "KEN",
          "conflict": "Kenya protests", "style": "wire"}
SPORT = {"id": "s", "text": "The striker scored twice as the home side attacked in the second "
         "half.", "plover": "NONE", "mode": None, "cameo": None, "acled": None,
         "modality": "asserted", "source": None, "target": None, "country": "KEN",
         "conflict": "sport", "style": "wire"}


def _jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def test_corpus_split_scores(run_cli, tmp_path: Path) -> None:
    _jsonl(tmp_path / "test.jsonl", [ARREST, SPORT])
    _jsonl(tmp_path / "train.jsonl", [SPORT])
    result = run_cli("eval", "events", str(tmp_path), "--split", "test")
    assert result.exit_code == 0, result.output
    assert "test.jsonl (our corpus, 2 items)" in result.output
    assert "train.jsonl" not in result.output
    assert "PLOVER accuracy 1.000 (2/2)" in result.output
    assert "any-event recall 1.000 (1/1)" in result.output
    assert "no-event precision 1.000 (1/1)" in result.output
    assert "ACLED sub-event accuracy 1.000 (1/1)" in result.output


def test_police_action_sentences(run_cli, tmp_path: Path) -> None:
    _jsonl(tmp_path / "sents.jsonl", [
        {"doc_id": 1, "sent_id": 0, "sent_labels": ["ARREST", "ANY_ACTION"],
         "sent_text": "Police arrested 12 rioters in the old city on Monday."},
        {"doc_id": 1, "sent_id": 1, "sent_labels": [],
         "sent_text": "The festival drew large crowds to the riverside."}])
    result = run_cli("eval", "events", str(tmp_path / "sents.jsonl"))
    assert result.exit_code == 0, result.output
    assert "ANY_ACTION P 1.000 R 1.000 F1 1.000 (gold 1 of 2 sentences)" in result.output


def test_a_folder_without_event_data_is_a_clear_error(run_cli, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing here", encoding="utf-8")
    result = run_cli("eval", "events", str(tmp_path))
    assert result.exit_code == 1
    assert "no labelled event data found" in result.output
