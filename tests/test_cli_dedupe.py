"""`eventwire events` lists canonical events by default; `--reports` and `export --canonical`."""

from __future__ import annotations

import csv
import json

import pytest

from dedupe_samples import (
    desk_kafr_nabudah,
    khan_shaykhun_monday,
    moscow_denies,
    wire_kafr_nabudah,
)
from eventwire.store import Store


@pytest.fixture
def dedupe_db(tmp_path) -> str:
    path = str(tmp_path / "dedupe.db")
    with Store.open(path) as store:
        for make in (wire_kafr_nabudah, desk_kafr_nabudah, moscow_denies, khan_shaykhun_monday):
            store.add(*make())
    return path


def test_events_are_deduplicated_by_default(run_cli, dedupe_db):
    result = run_cli("events", "--db", dedupe_db)
    lines = result.stdout.splitlines()
    assert lines[0].split()[:6] == ["id", "day", "cameo", "plover", "modality", "reports"]
    assert len(lines) == 2 + 2
    assert "asserted (disputed)" in lines[2] and " 4 " in lines[2]
    assert result.stderr.startswith("1-2 of 2 events (deduplicated")


def test_events_json_carries_reports_and_report_count(run_cli, dedupe_db):
    events = json.loads(run_cli("events", "--db", dedupe_db, "--format", "json").stdout)
    kafr = next(e for e in events if e["place"]["name"] == "Kafr Nabudah")
    assert kafr["report_count"] == 4
    assert {"doc_id", "sentence", "start", "end", "modality"} <= set(kafr["reports"][0])
    raw = run_cli("events", "--reports", "--db", dedupe_db, "--format", "jsonl").stdout
    assert len(raw.splitlines()) == 5


def test_events_csv_and_filters_on_canonical_events(run_cli, dedupe_db):
    out = run_cli("events", "--db", dedupe_db, "--format", "csv", "--actor", "SYRMIL").stdout
    rows = list(csv.DictReader(out.splitlines()))
    assert len(rows) == 1 and rows[0]["report_count"] == "4"
    assert rows[0]["disputed"] == "1" and "denied=1" in rows[0]["modalities"]


def test_export_writes_one_feature_per_real_event_by_default(run_cli, dedupe_db, tmp_path):
    out = tmp_path / "events.geojson"
    run_cli("export", "--db", dedupe_db, "--format", "geojson", "--out", str(out))
    assert len(json.loads(out.read_text())["features"]) == 2
    run_cli("export", "--db", dedupe_db, "--format", "geojson", "--canonical", "--out",
            str(out))  # the old flag, now the default
    assert len(json.loads(out.read_text())["features"]) == 2
    run_cli("export", "--db", dedupe_db, "--format", "geojson", "--reports", "--out", str(out))
    assert len(json.loads(out.read_text())["features"]) == 4
