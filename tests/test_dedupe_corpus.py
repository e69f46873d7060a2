"""End to end on the sample corpus: ingest codes, dedupes, and fires watch rules.

The Khan Shaykhun strikes of 30 April are reported by a wire story and a live blog; the raid
on the same town on 6 May is a different event (same place, another day).
"""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES

KS_0430 = [EXAMPLES / "articles" / "2019-04-30-khan-shaykhun-strikes.txt",
           EXAMPLES / "liveblogs" / "2019-04-30-idlib-live-khan-shaykhun-strikes.html"]
KS_0506 = EXAMPLES / "articles" / "2019-05-06-khan-shaykhun-raids.txt"


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    from click.testing import CliRunner

    from eventwire.cli import cli

    db = str(tmp_path_factory.mktemp("corpus") / "corpus.db")
    runner = CliRunner()
    rule = "{name: Khan Shaykhun strikes, when: {plover: ASSAULT, text: Khan Shaykhun}}"
    assert runner.invoke(cli, ["watch", "add", "--rule", rule, "--db", db]).exit_code == 0
    result = runner.invoke(cli, ["ingest", "--db", db, *map(str, KS_0430), str(KS_0506)])
    assert result.exit_code == 0, result.output
    return db, result


def _canonical(run_cli, db):
    out = run_cli("events", "--db", db, "--format", "jsonl", "--limit", "0").stdout
    return [json.loads(line) for line in out.splitlines()]


def _is_khan_shaykhun(event):
    return "Shaykh" in ((event.get("place") or {}).get("name") or "") \
        and (event.get("cameo") or "").startswith("19")


def test_two_outlets_reporting_the_30_april_strikes_share_one_event(run_cli, corpus_db):
    db, _ = corpus_db
    strikes = [e for e in _canonical(run_cli, db)
               if _is_khan_shaykhun(e) and e["day"] == "2019-04-30"]
    documents = {r["doc_id"] for e in strikes for r in e["reports"]}
    assert {"2019-04-30-khan-shaykhun-strikes",
            "2019-04-30-idlib-live-khan-shaykhun-strikes"} <= documents
    biggest = max(strikes, key=lambda e: e["document_count"])
    assert biggest["document_count"] >= 2


def test_the_6_may_raid_on_the_same_town_stays_apart(run_cli, corpus_db):
    db, _ = corpus_db
    raw = run_cli("events", "--reports", "--db", db, "--format", "jsonl", "--limit",
                  "0").stdout
    # the event's own date ("last week" in a 6 May story is a week, not 6 May)
    date_of = {(e["document"]["id"], e["id"]): (e["date"] or e["day"])[:10]
               for e in map(json.loads, raw.splitlines())}
    for event in _canonical(run_cli, db):
        days = {date_of[(r["doc_id"], r["event_id"])] for r in event["reports"]}
        assert not {"2019-04-30", "2019-05-06"} <= days, event["id"]
    assert any(_is_khan_shaykhun(e) and e["day"] == "2019-05-06"
               for e in _canonical(run_cli, db))


def test_ingest_fires_the_watch_rule_once_per_real_event(run_cli, corpus_db):
    db, result = corpus_db
    alerts = json.loads(run_cli("watch", "alerts", "--db", db, "--format", "json").stdout)
    assert alerts and all(a["rule"] == "Khan Shaykhun strikes" for a in alerts)
    assert result.stderr.count("ALERT [Khan Shaykhun strikes]") == len(alerts)
    subjects = [a["subject"] for a in alerts]
    assert len(subjects) == len(set(subjects))
    assert run_cli("watch", "run", "--db", db).stdout == "0 new alerts\n"
