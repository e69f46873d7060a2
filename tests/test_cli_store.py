"""`eventwire ingest`, `events`, `documents` and `summary` as a user runs them."""

from __future__ import annotations

import csv
import json

import pytest

from eventwire.store import Store
from store_samples import make_sample_db

ARTICLE = ("Regime helicopters dropped barrel bombs on Kafr Nabudah in northern Hama on "
           "Monday. Rescue workers said four civilians were killed.")
BATCH = [
    {"id": "wire-101", "date": "2019-05-07", "title": "Shelling in Idlib",
     "text": "Government forces shelled Khan Shaykhun on Tuesday. Residents fled north."},
    {"id": "wire-102", "date": "2019-05-08",
     "text": "Turkey said it would reinforce its observation posts in Idlib."},
]


@pytest.fixture
def sources(tmp_path):
    article = tmp_path / "2019-05-06-kafr-nabudah.txt"
    article.write_text(ARTICLE)
    batch = tmp_path / "reports.jsonl"
    lines = [json.dumps(BATCH[0]), '{"id": "broken", "text": ', json.dumps(BATCH[1])]
    batch.write_text("\n".join(lines) + "\n")
    return article, batch


@pytest.fixture
def sample_db(tmp_path):
    return make_sample_db(tmp_path / "samples.db")


def test_ingest_reports_bad_items_and_keeps_the_rest(run_cli, sources, tmp_path):
    article, batch = sources
    db = tmp_path / "news.db"
    result = run_cli("ingest", "--db", str(db), "--date", "2019-05-06", str(article), str(batch))
    assert result.exit_code == 1
    assert result.stdout == "ingested 3 new documents (0 already stored, 1 failed)\n"
    assert f"error: {batch}:2: bad JSON" in result.stderr
    assert "ingesting" not in result.stderr  # no progress bar when not on a terminal
    with Store.open(db) as store:
        ids = [d["id"] for d in store.documents(limit=None)]
        assert ids == ["2019-05-06-kafr-nabudah", "wire-101", "wire-102"]
        assert store.document("wire-101")["title"] == "Shelling in Idlib"


def test_ingesting_again_adds_nothing(run_cli, sources, tmp_path):
    article, batch = sources
    db = str(tmp_path / "news.db")
    run_cli("ingest", "--db", db, str(article), str(batch))
    with Store.open(db) as store:
        before = store.counts()
    again = run_cli("ingest", "--db", db, str(batch), str(article))
    assert again.stdout == "ingested 0 new documents (3 already stored, 1 failed)\n"
    with Store.open(db) as store:
        assert store.counts() == before


def test_ingest_of_clean_input_exits_zero_and_db_comes_from_env(runner, sources, tmp_path,
                                                                monkeypatch):
    from eventwire.cli import cli

    article, _ = sources
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "env.db"))
    result = runner.invoke(cli, ["ingest", str(article)])
    assert result.exit_code == 0
    assert result.stdout == "ingested 1 new document (0 already stored, 0 failed)\n"
    assert (tmp_path / "env.db").exists()


def test_ingest_of_a_missing_file_fails_cleanly(runner, tmp_path):
    from eventwire.cli import cli

    result = runner.invoke(cli, ["ingest", "--db", str(tmp_path / "x.db"),
                                 str(tmp_path / "nowhere.txt")])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()  # one line naming the file, no traceback
    assert line.startswith(f"error: {tmp_path / 'nowhere.txt'}: ")
    assert result.stdout == "ingested 0 new documents (0 already stored, 1 failed)\n"


def test_events_table_lists_events_with_a_count(run_cli, sample_db):
    result = run_cli("events", "--reports", "--db", sample_db, "--cameo", "19")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["day", "cameo", "plover", "modality", "source", "target",
                                "place", "text"]
    assert len(lines) == 2 + 4
    assert "Kafr Nabudah" in lines[2] and "SYRMIL" in lines[2]
    assert result.stderr == "1-4 of 4 events\n"


def test_events_json_jsonl_and_csv(run_cli, sample_db):
    as_json = json.loads(run_cli("events", "--reports", "--db", sample_db, "--format", "json",
                                 "--actor", "RUS").stdout)
    assert [(e["document"]["id"], e["id"]) for e in as_json] == [
        ("kafr-nabudah", "e2"), ("ankara-lavrov", "e2")]
    lines = run_cli("events", "--reports", "--db", sample_db, "--format", "jsonl", "--modality",
                    "speculated").stdout.splitlines()
    assert [json.loads(line)["plover"]["event"] for line in lines] == ["MOBILIZE"]
    rows = list(csv.DictReader(run_cli("events", "--reports", "--db", sample_db, "--format", "csv",
                                       "--near", "35.42,36.51,15").stdout.splitlines()))
    assert [r["event_id"] for r in rows] == ["kafr-nabudah:e1", "kafr-nabudah:e2",
                                             "qalaat-shelling:e1"]
    assert rows[0]["place_name"] == "Kafr Nabudah"


def test_events_filters_on_the_command_line(run_cli, sample_db):
    def ids(*args):
        out = run_cli("events", "--reports", "--db", sample_db, "--format", "jsonl",
                      *args).stdout
        return [f"{e['document']['id']}:{e['id']}" for e in map(json.loads, out.splitlines())]

    assert ids("--since", "2019-05-09") == ["qalaat-shelling:e2"]
    assert ids("--until", "2019-05-06") == ["kafr-nabudah:e1", "kafr-nabudah:e2"]
    assert ids("--country", "Turkey") == ["ankara-lavrov:e1"]
    assert ids("--plover", "accuse") == ["ankara-lavrov:e2"]
    assert ids("--text", "barrel bombs") == ["kafr-nabudah:e1"]
    assert ids("--modality", "reported", "--modality", "claimed") == [
        "ankara-lavrov:e2", "qalaat-shelling:e2"]
    assert ids("--limit", "2", "--offset", "1") == ["kafr-nabudah:e2", "qalaat-shelling:e1"]
    assert ids("--newest-first", "--limit", "1") == ["qalaat-shelling:e2"]


@pytest.mark.parametrize(("args", "message"), [
    (["--near", "35.4;36.5;10"], "error: --near: expected LAT,LON,KM such as 35.93,36.63,25, "
                                 "got '35.4;36.5;10'\n"),
    (["--near", "35.4,36.5,0"], "error: --near: radius must be a positive number of km, "
                                "got '35.4,36.5,0'\n"),
    (["--since", "last week"], "error: --since: bad date 'last week': expected YYYY-MM-DD\n"),
    (["--until", "2019-05-32"], "error: --until: bad date '2019-05-32': expected YYYY-MM-DD\n"),
    (["--modality", "rumour"], "error: --modality: unknown modality 'rumour'; choose from "
                               "asserted, reported, claimed, speculated, threatened, intended, "
                               "planned, hypothetical, negated, denied\n"),
])
def test_bad_filter_values_are_one_line_errors(runner, sample_db, args, message):
    from eventwire.cli import cli

    result = runner.invoke(cli, ["events", "--db", sample_db, *args])
    assert result.exit_code == 1
    assert result.stderr == message


def test_reading_a_missing_store_says_how_to_fill_one(runner, tmp_path):
    from eventwire.cli import cli

    db = tmp_path / "none.db"
    result = runner.invoke(cli, ["events", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {db}: no such database; fill one with "
                             f"'eventwire ingest --db {db} SOURCE...'\n")
    assert not db.exists()


def test_documents_list_and_show(run_cli, runner, sample_db):
    listing = run_cli("documents", "--db", sample_db, "--since", "2019-05-08").stdout
    assert [line.split()[0] for line in listing.splitlines()[2:]] == [
        "ankara-lavrov", "qalaat-shelling"]
    rows = json.loads(run_cli("documents", "--db", sample_db, "--format", "json",
                              "--text", "barrel").stdout)
    assert [(r["id"], r["n_events"]) for r in rows] == [("kafr-nabudah", 2)]
    shown = json.loads(run_cli("documents", "--db", sample_db, "show", "qalaat-shelling").stdout)
    assert shown["id"] == "qalaat-shelling" and len(shown["events"]) == 2
    shown_too = json.loads(run_cli("documents", "show", "ankara-lavrov", "--db",
                                   sample_db).stdout)
    assert shown_too["quotes"][0]["speaker"]["code"] == "RUSGOV"

    from eventwire.cli import cli

    missing = runner.invoke(cli, ["documents", "--db", sample_db, "show", "nope"])
    assert missing.exit_code == 1
    assert missing.stderr == f"error: no document with id 'nope' in {sample_db}\n"


def test_summary_text_and_json(run_cli, sample_db):
    text = run_cli("summary", "--db", sample_db).stdout
    assert text.startswith("3 documents (2019-05-06 to 2019-05-09), 6 real events from "
                           "6 reports, ")
    assert "event reports by PLOVER type:" in text and "ASSAULT" in text
    assert "top places:" in text and "Kafr Nabudah" in text
    data = json.loads(run_cli("summary", "--db", sample_db, "--format", "json").stdout)
    assert data["counts"]["documents"] == 3 and data["counts"]["real_events"] == 6


def test_help_lists_the_store_commands(run_cli):
    result = run_cli("--help")
    for name in ("ingest", "events", "documents", "export", "summary"):
        assert name in result.stdout
    assert "Example:" in run_cli("events", "--help").stdout
    assert run_cli("--version").stdout.startswith("eventwire, version")


def test_ingest_reads_one_document_from_stdin(run_cli, tmp_path):
    db = str(tmp_path / "stdin.db")
    result = run_cli("ingest", "--db", db, "--date", "2019-05-06", "-", input=ARTICLE)
    assert result.stdout == "ingested 1 new document (0 already stored, 0 failed)\n"
    with Store.open(db) as store:
        (row,) = store.documents()
        assert row["date"] == "2019-05-06" and row["source"] == "<stdin>"


def test_ingest_shows_a_progress_bar_on_a_terminal(run_cli, sources, tmp_path, monkeypatch):
    from eventwire.commands import ingest

    article, _ = sources
    monkeypatch.setattr(ingest, "_on_terminal", lambda: True)
    result = run_cli("ingest", "--db", str(tmp_path / "tty.db"), str(article))
    assert "ingesting" in result.stderr
    assert result.stdout.endswith("ingested 1 new document (0 already stored, 0 failed)\n")


def test_serve_refuses_a_store_that_does_not_exist(runner, tmp_path):
    from eventwire.cli import cli

    result = runner.invoke(cli, ["serve", "--db", str(tmp_path / "typo.db")])
    assert result.exit_code == 1
    assert "no such database" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "typo.db").exists()
