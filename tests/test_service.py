"""One way in: `service.ingest` codes, stores, dedupes and checks the rules for the CLI and API."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from conftest import LOCAL
from eventwire import watch
from eventwire.errors import InputError
from eventwire.model import Document
from eventwire.service import ingest
from eventwire.store import Store
from eventwire.web import create_app

SHELLING = Document(text="Government artillery shelled Saraqib on Saturday, rescuers said.",
                    id="saraqib", date=dt.date(2019, 5, 11), source="saraqib.txt")
TALKS = Document(text="Turkish and Russian officials met in Ankara on Friday to discuss Idlib.",
                 id="talks", date=dt.date(2019, 5, 10), source="talks.txt")
RULE = "name: Syrian shelling\nwhen: {plover: ASSAULT, source: SYR}"


@pytest.fixture
def store():
    with Store.open(":memory:") as store:
        yield store


def test_a_bad_item_is_reported_and_the_others_are_stored(store):
    failures = []
    bad = InputError("line is not JSON", source="reports.jsonl", line=3)
    report = ingest(store, [SHELLING, bad, TALKS], on_failure=failures.append)
    assert (report.new, report.already_stored, report.failed) == (2, 0, 1)
    assert [str(f) for f in failures] == ["reports.jsonl:3: line is not JSON"]
    assert store.has(SHELLING.text) and store.has(TALKS.text)


def test_a_document_stored_before_is_counted_not_stored_again(store):
    ingest(store, [SHELLING])
    report = ingest(store, [SHELLING])
    assert (report.new, report.already_stored, report.failed) == (0, 1, 0)


def test_ingest_checks_the_watch_rules_after_each_new_document(store):
    watch.add(store, watch.parse_rules(RULE))
    ingest(store, [TALKS, SHELLING], notify=())
    assert [(a["rule"], a["day"]) for a in watch.alerts(store)] == [
        ("Syrian shelling", "2019-05-11")]


def test_posting_a_document_to_the_api_runs_the_watch_rules(tmp_path):
    db = str(tmp_path / "api.db")
    with Store.open(db) as store:
        watch.add(store, watch.parse_rules(
            RULE + "\nnotify: [{jsonl: '" + str(tmp_path / "alerts.jsonl") + "'}]"))
    with TestClient(create_app(db, token="s3cret"), base_url=LOCAL) as client:
        posted = client.post("/api/documents", headers={"Authorization": "Bearer s3cret"},
                             json={"id": "saraqib", "date": "2019-05-11", "text": SHELLING.text})
        assert posted.status_code == 201 and posted.json()["id"] == "saraqib"
    with Store.open(db) as store:
        assert [a["rule"] for a in watch.alerts(store)] == ["Syrian shelling"]
    assert "Syrian shelling" in (tmp_path / "alerts.jsonl").read_text(encoding="utf-8")
