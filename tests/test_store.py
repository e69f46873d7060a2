"""The store as a library: idempotent adds, ids, every event filter, summaries, migrations."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from eventwire.errors import InputError, StoreError
from eventwire.model import Document, Result
from eventwire.store import EventFilter, Near, Store, build_filter, schema
from eventwire.store.migrations import all_migrations
from store_samples import (
    all_samples,
    barrel_bombs,
    make_event,
    shelling,
    split_sentences,
    threats_and_claims,
)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "events.db"


@pytest.fixture
def store(db_path):
    with Store.open(db_path) as opened:
        for document, result in all_samples():
            assert opened.add(document, result) is True
        yield opened


def event_ids(store: Store, **filters) -> set[str]:
    return {f"{e['document']['id']}:{e['id']}" for e in store.events(EventFilter(**filters),
                                                                      limit=None)}


def test_adding_the_same_document_twice_changes_nothing(store):
    before = store.counts()
    for document, result in all_samples():
        assert store.add(document, result) is False
    assert store.counts() == before
    assert before["documents"] == 3 and before["events"] == 6 and before["quotes"] == 1


def test_documents_keep_their_ids_and_a_clashing_id_gets_a_suffix(store):
    assert store.document("kafr-nabudah")["result"]["title"] == "Barrel bombs hit Kafr Nabudah"
    text = "Regime forces shelled Kafr Zita on Wednesday."
    clash = Result(id="kafr-nabudah", date=dt.date(2019, 5, 8), title=None, text=text)
    assert store.add(Document(text=text, id="kafr-nabudah"), clash) is True
    ids = [d["id"] for d in store.documents(limit=None)]
    assert "kafr-nabudah" in ids
    suffixed = [i for i in ids if i.startswith("kafr-nabudah-")]
    assert len(suffixed) == 1
    assert store.document(suffixed[0])["result"]["id"] == suffixed[0]


def test_events_carry_the_contract_their_sentence_and_document(store):
    (event,) = store.events(EventFilter(document_id="qalaat-shelling", modality=("asserted",)))
    assert event["cameo"] == "194" and event["plover"] == {"event": "ASSAULT", "mode": None}
    assert event["sentence_text"] == (
        "Rebels shelled army positions near Qalaat al-Madiq on Tuesday.")
    assert event["day"] == "2019-05-07"  # the text's own date, not the report's
    assert event["document"]["id"] == "qalaat-shelling"
    assert event["document"]["date"] == "2019-05-09"


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, {"kafr-nabudah:e1", "kafr-nabudah:e2", "ankara-lavrov:e1", "ankara-lavrov:e2",
          "qalaat-shelling:e1", "qalaat-shelling:e2"}),
    ({"since": dt.date(2019, 5, 8)}, {"ankara-lavrov:e1", "ankara-lavrov:e2",
                                      "qalaat-shelling:e2"}),
    ({"until": dt.date(2019, 5, 7)}, {"kafr-nabudah:e1", "kafr-nabudah:e2",
                                      "qalaat-shelling:e1"}),
    ({"since": dt.date(2019, 5, 7), "until": dt.date(2019, 5, 7)}, {"qalaat-shelling:e1"}),
    ({"actor": "RUS"}, {"kafr-nabudah:e2", "ankara-lavrov:e2"}),
    ({"actor": "SYRREB"}, {"ankara-lavrov:e2", "qalaat-shelling:e1", "qalaat-shelling:e2"}),
    ({"actor": "sergei lavrov"}, {"ankara-lavrov:e2"}),
    ({"country": "TR"}, {"ankara-lavrov:e1"}),
    ({"country": "TUR"}, {"ankara-lavrov:e1"}),
    ({"country": "Turkey"}, {"ankara-lavrov:e1"}),
    ({"country": "RUS"}, {"kafr-nabudah:e2", "ankara-lavrov:e2"}),
    ({"cameo": "19"}, {"kafr-nabudah:e1", "kafr-nabudah:e2", "qalaat-shelling:e1",
                       "qalaat-shelling:e2"}),
    ({"cameo": "195"}, {"kafr-nabudah:e1", "kafr-nabudah:e2"}),
    ({"plover": "ACCUSE"}, {"ankara-lavrov:e2"}),
    ({"modality": ("speculated", "claimed")}, {"ankara-lavrov:e1", "ankara-lavrov:e2"}),
    ({"near": Near(35.4236, 36.5114, 15)}, {"kafr-nabudah:e1", "kafr-nabudah:e2",
                                            "qalaat-shelling:e1"}),
    ({"near": Near(35.4236, 36.5114, 5)}, {"kafr-nabudah:e1"}),
    ({"near": Near(39.9, 32.85, 50)}, {"ankara-lavrov:e1"}),
    ({"text": "barrel bombs"}, {"kafr-nabudah:e1"}),
    ({"text": "qalaat al-madiq"}, {"qalaat-shelling:e1"}),
    ({"text": "provoc*"}, {"ankara-lavrov:e2"}),
    ({"cameo": "19", "actor": "SYRMIL", "since": dt.date(2019, 5, 9)}, {"qalaat-shelling:e2"}),
])
def test_each_filter_selects_exactly_its_events(store, filters, expected):
    assert event_ids(store, **filters) == expected
    assert store.count_events(EventFilter(**filters)) == len(expected)


def test_near_a_circle_across_the_antimeridian(store):
    text = "Fijian troops patrolled Taveuni."
    result = Result(id="fiji", date=dt.date(2019, 5, 10), title=None, text=text)
    result.sentences = split_sentences(text)
    result.events = [make_event(text, result.sentences, 1, "patrolled", None, None, "0871",
                            "MOBILIZE", None, 1, 1.0,
                            place=dict(geonameid=None, name="Taveuni", lat=-16.85, lon=179.97,
                                       country="FJ", admin1=None, feature="other"))]
    store.add(Document(text=text, id="fiji"), result)
    assert event_ids(store, near=Near(-16.8, -179.95, 30)) == {"fiji:e1"}


def test_pages_are_stable_and_ordered_by_day(store):
    everything = store.events(limit=None)
    days = [e["day"] for e in everything]
    assert days == sorted(days)
    pages = store.events(limit=4) + store.events(limit=4, offset=4)
    assert [e["id"] for e in pages] == [e["id"] for e in everything]
    newest = store.events(limit=1, newest_first=True)[0]
    assert newest["day"] == max(days)
    assert [e["id"] for e in store.iter_events(batch_size=2)] == [
        e["id"] for e in store.iter_events(batch_size=1000)]


def test_documents_list_and_search(store):
    assert [d["id"] for d in store.documents(limit=None)] == [
        "kafr-nabudah", "ankara-lavrov", "qalaat-shelling"]
    assert [d["id"] for d in store.documents(since=dt.date(2019, 5, 8), limit=None)] == [
        "ankara-lavrov", "qalaat-shelling"]
    assert [d["id"] for d in store.documents(text="chemical provocation")] == ["ankara-lavrov"]
    assert store.document("no-such-id") is None


def test_summary_counts_types_actors_and_places(store):
    summary = store.summary()
    assert summary["counts"]["events"] == 6
    assert summary["events_by_plover"][0] == {"key": "ASSAULT", "count": 3}
    assert {"key": "speculated", "count": 1} in summary["events_by_modality"]
    assert summary["top_actors"][:2] == [
        {"key": "RUSGOV", "name": "Sergei Lavrov", "count": 1},
        {"key": "RUSMIL", "name": "Russian military", "count": 1}]
    assert {p["key"] for p in summary["top_places"]} == {"Kafr Nabudah", "Khan Shaykhun"}
    assert summary["documents_dates"] == ["2019-05-06", "2019-05-09"]


def test_check_finds_a_sound_store_and_a_document_missing_events(store, db_path):
    assert store.check() == []
    with sqlite3.connect(db_path) as raw:
        raw.execute("DELETE FROM events WHERE id = 'e2' AND document_pk = 1")
    assert any("1 of 2 events" in problem for problem in store.check())


def test_reopening_runs_no_migration_again(db_path):
    Store.open(db_path).close()
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as raw:
        names = [r[0] for r in raw.execute("SELECT name FROM _migrations")]
        mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
    assert names == [m.name for m in all_migrations()]
    assert mode == "wal"


def test_core_tables_match_the_migrated_schema(db_path):
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as raw:
        for tbl in schema.metadata.sorted_tables:
            columns = [r[1] for r in raw.execute(f"PRAGMA table_info({tbl.name})")]
            assert columns == [c.name for c in tbl.columns], tbl.name


def test_a_newer_schema_is_refused(db_path):
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO _migrations VALUES ('9999_future', '2030-01-01')")
    with pytest.raises(StoreError, match="newer schema"):
        Store.open(db_path)


def test_opening_bad_paths_raises_store_errors(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "missing.db", create=False)
    junk = tmp_path / "junk.db"
    junk.write_text("this is not a database, it is a shopping list\n" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(junk)
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(tmp_path)


def test_memory_store_works_for_one_off_use():
    with Store.open(":memory:") as memory:
        document, result = shelling()
        assert memory.add(document, result)
        assert memory.count_events() == 2


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"near": "35.4,36.5"}, "near: expected LAT,LON,KM"),
    ({"near": "north,36.5,10"}, "near: expected LAT,LON,KM"),
    ({"near": "95,36.5,10"}, "near: latitude must be in -90..90"),
    ({"near": "35.4,36.5,-3"}, "near: radius must be a positive"),
    ({"since": "2019-02-30"}, "since: bad date '2019-02-30'"),
    ({"since": "2019-05-09", "until": "2019-05-01"}, "since: 2019-05-09 is after the end"),
    ({"modality": "rumoured"}, "modality: unknown modality 'rumoured'"),
    ({"cameo": "ASSAULT"}, "cameo: expected a CAMEO code"),
])
def test_bad_filter_values_give_one_line_errors(kwargs, message):
    with pytest.raises(InputError) as caught:
        build_filter(**kwargs)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_unknown_country_and_empty_search_are_input_errors(store):
    with pytest.raises(InputError, match="unknown country 'Atlantis'"):
        store.events(EventFilter(country="Atlantis"))
    with pytest.raises(InputError, match="no words to search"):
        store.events(EventFilter(text="!!"))
    assert threats_and_claims()[1].quotes


def test_events_without_unique_ids_still_store(store):
    document, result = shelling()
    result.text = result.text + " Residents fled."
    document.text = result.text
    result.id = document.id = "renumbered"
    for event in result.events:
        event.id = ""
    result.events.append(result.events[0])
    assert store.add(document, result)
    stored = store.events(EventFilter(document_id="renumbered"), limit=None)
    assert sorted(e["id"] for e in stored) == ["e1", "e2", "e3"]
    assert [e["id"] for e in store.document("renumbered")["result"]["events"]] == [
        "e1", "e2", "e3"]


def test_a_locked_store_gives_a_store_error_naming_the_document(db_path):
    Store.open(db_path).close()
    document, result = shelling()
    with sqlite3.connect(db_path, isolation_level=None) as other:
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        with Store.open(db_path, timeout=0.05) as store, pytest.raises(
                StoreError, match="cannot store document 'qalaat-shelling' .*locked"):
            store.add(document, result)
        other.execute("ROLLBACK")


def test_an_older_store_is_migrated_forward_with_its_data(db_path, monkeypatch):
    from eventwire import features
    from eventwire.store import migrations

    features.load()  # every feature's migration registered, then one left out
    every = dict(migrations._registered)
    monkeypatch.delitem(migrations._registered, "0003_day_ordered_indexes")
    with Store.open(db_path) as old:
        old.add(*shelling())
    monkeypatch.setattr(migrations, "_registered", every)
    with Store.open(db_path) as store:
        assert store.count_events(EventFilter(cameo="19")) == 2
        assert store.check() == []
    with sqlite3.connect(db_path) as raw:
        names = [r[0] for r in raw.execute("SELECT name FROM _migrations ORDER BY name")]
        indexes = {r[0] for r in raw.execute("SELECT name FROM sqlite_master "
                                             "WHERE type = 'index'")}
    assert names == [m.name for m in all_migrations()]
    assert "events_cameo_day" in indexes and "events_cameo" not in indexes


def test_one_store_serves_reading_and_writing_threads(db_path):
    from concurrent.futures import ThreadPoolExecutor

    with Store.open(db_path) as store:
        store.add(*shelling())
        documents = [barrel_bombs(), threats_and_claims()]
        with ThreadPoolExecutor(6) as pool:
            reads = [pool.submit(store.count_events, EventFilter(cameo="19")) for _ in range(40)]
            writes = [pool.submit(store.add, *pair) for pair in documents]
            assert all(w.result() for w in writes)
            assert {r.result() for r in reads} <= {2, 3, 4}
        assert store.count_events(EventFilter(cameo="19")) == 4
