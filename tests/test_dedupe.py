"""Dedupe: reports of one real event become one canonical event; different events stay apart."""

from __future__ import annotations

import itertools

import pytest

from dedupe_samples import (
    RUSMIL,
    SYRMIL,
    ariha_and_ground_assault,
    countryside_raids,
    desk_kafr_nabudah,
    kafr_nabudah_friday,
    khan_shaykhun_monday,
    moscow_denies,
    threat_on_kafr_nabudah,
    wire_kafr_nabudah,
)
from eventwire.dedupe.views import CanonicalStore
from eventwire.store import EventFilter, Store


def _store(*documents) -> Store:
    store = Store.open(":memory:")
    for doc, result in documents:
        store.add(doc, result)
    return store


def _groups(store: Store) -> set[frozenset[tuple[str, str]]]:
    """The clustering as sets of (document id, event id): comparable across stores."""
    return {frozenset((r["doc_id"], r["event_id"]) for r in e["reports"])
            for e in CanonicalStore(store).events(limit=None)}


def test_three_outlets_reporting_one_strike_give_one_canonical_event():
    store = _store(wire_kafr_nabudah(), desk_kafr_nabudah(), moscow_denies())
    events = CanonicalStore(store).events()
    assert len(events) == 1
    event = events[0]
    assert event["report_count"] == 4 and event["document_count"] == 3
    assert {r["doc_id"] for r in event["reports"]} == {"wire-kn-0506", "desk-kn-0506",
                                                       "denial-0507"}
    assert event["place"]["name"] == "Kafr Nabudah" and event["day"] == "2019-05-06"
    assert event["source"]["code"] in {"RUSMIL", "SYRMIL"}


def test_a_denial_keeps_the_event_but_marks_it_disputed():
    event = CanonicalStore(_store(wire_kafr_nabudah(), desk_kafr_nabudah(), moscow_denies()
                                  )).events()[0]
    assert event["modality"] == "asserted"
    assert event["disputed"] is True
    assert event["modalities"] == {"asserted": 2, "reported": 1, "denied": 1}


def test_each_report_says_why_it_was_joined():
    event = CanonicalStore(_store(wire_kafr_nabudah(), desk_kafr_nabudah())).events()[0]
    reasons = {r["doc_id"] + "/" + r["event_id"]: r["reason"] for r in event["reports"]}
    joined = reasons["desk-kn-0506/e1"] if "anchor" in reasons["wire-kn-0506/e1"] \
        else reasons["wire-kn-0506/e1"]
    assert "same CAMEO 195" in joined
    assert "same place Kafr Nabudah (0 km)" in joined
    assert "same day 2019-05-06" in joined
    assert "RUSMIL~SYRMIL compatible" in joined or "SYRMIL~RUSMIL compatible" in joined
    assert "same document" in reasons["wire-kn-0506/e2"]


def test_same_place_on_another_day_stays_apart():
    groups = _groups(_store(wire_kafr_nabudah(), kafr_nabudah_friday()))
    assert frozenset({("kn-0503", "e1")}) in groups
    assert len(groups) == 2


def test_same_day_in_another_town_stays_apart():
    groups = _groups(_store(wire_kafr_nabudah(), khan_shaykhun_monday()))
    assert frozenset({("ks-0506", "e1")}) in groups


def test_a_threat_is_not_merged_with_the_attack():
    groups = _groups(_store(wire_kafr_nabudah(), threat_on_kafr_nabudah()))
    assert frozenset({("threat-0506", "e1")}) in groups


def test_same_day_events_of_other_classes_and_towns_stay_apart():
    groups = _groups(_store(ariha_and_ground_assault(), wire_kafr_nabudah()))
    assert frozenset({("ariha-0508", "e1")}) in groups
    assert frozenset({("ariha-0508", "e2")}) in groups


def test_a_vague_report_moves_to_the_closer_precise_event_when_one_arrives():
    store = _store(khan_shaykhun_monday(), countryside_raids())
    assert frozenset({("ks-0506", "e1"), ("hama-0506", "e1")}) in _groups(store)
    store.add(*desk_kafr_nabudah())
    groups = _groups(store)
    assert frozenset({("hama-0506", "e1"), ("desk-kn-0506", "e1")}) in groups
    assert frozenset({("ks-0506", "e1")}) in groups


ALL = [wire_kafr_nabudah, desk_kafr_nabudah, moscow_denies, kafr_nabudah_friday,
       khan_shaykhun_monday, threat_on_kafr_nabudah, ariha_and_ground_assault,
       countryside_raids]


@pytest.mark.parametrize("order", list(itertools.islice(itertools.permutations(range(8)), 0,
                                                        40000, 9973)))
def test_clustering_does_not_depend_on_arrival_order(order):
    expected = _groups(_store(*(f() for f in ALL)))
    assert _groups(_store(*(ALL[i]() for i in order))) == expected


def test_rebuild_gives_the_same_clusters_as_incremental_updates():
    store = _store(*(f() for f in reversed(ALL)))
    before = CanonicalStore(store).events(limit=None)
    CanonicalStore(store).rebuild()
    assert CanonicalStore(store).events(limit=None) == before


def test_canonical_events_filter_through_any_report():
    store = _store(wire_kafr_nabudah(), desk_kafr_nabudah(), khan_shaykhun_monday())
    assert CanonicalStore(store).count_events() == 2
    by_russia = CanonicalStore(store).events(EventFilter(actor="RUSMIL"))
    assert {e["place"]["name"] for e in by_russia} == {"Kafr Nabudah", "Khan Shaykhun"}
    assert CanonicalStore(store).count_events(EventFilter(modality=("denied",))) == 0


def test_one_canonical_event_shows_each_report_in_context():
    store = _store(wire_kafr_nabudah(), desk_kafr_nabudah())
    event = CanonicalStore(store).event(CanonicalStore(store).events()[0]["id"])
    sentences = {r["sentence_text"] for r in event["reports"]}
    assert any(s.startswith("Government aircraft bombed the town") for s in sentences)
    assert {r["document"]["source"] for r in event["reports"]} == {"Example Wire",
                                                                   "Levant Desk"}
    assert CanonicalStore(store).event(999) is None


@pytest.mark.parametrize(("a", "b", "expected"), [
    (("SYRMIL", "SYR", "MIL"), ("SYRMIL", "SYR", "MIL"), "same"),
    (("RUSMIL", "RUS", "MIL"), ("SYRMIL", "SYR", "MIL"), "compatible"),   # one coalition
    (("SYR", "SYR", None), ("SYRMIL", "SYR", "MIL"), "compatible"),        # refinement
    (("---CVL", None, "CVL"), ("SYRCVL", "SYR", "CVL"), "compatible"),     # no country
    ((None, None, None), ("TURMIL", "TUR", "MIL"), "unknown"),
    (("SYRMIL", "SYR", "MIL"), ("SYRREB", "SYR", "REB"), None),            # opposite sides
    (("TURMIL", "TUR", "MIL"), ("SYRMIL", "SYR", "MIL"), None),            # not allies
    (("---MIL", None, "MIL"), ("---CVL", None, "CVL"), None),
    (("RUSGOV", "RUS", "GOV"), ("SYRREB", "SYR", "REB"), None),
])
def test_actor_compatibility(a, b, expected):
    from eventwire.dedupe.match import actors_compatible
    from eventwire.dedupe.reports import ActorKey

    assert actors_compatible(ActorKey(*a), ActorKey(*b)) == expected
    assert actors_compatible(ActorKey(*b), ActorKey(*a)) == expected


def test_one_sentence_coded_twice_is_one_event_but_listed_actors_stay_apart():
    from dedupe_samples import AIR_STRIKE, KHAN_SHAYKHUN, SYRCVL, E, document

    killing = ("180", "ASSAULT", ("Violence against civilians", "Attack"), 4, -9.0)
    twice = document(
        "ks-0430", "2019-04-30", "Example Wire",
        "Six civilians were killed in air strikes on Khan Shaykhun on Tuesday.",
        E("were killed", None, SYRCVL, killing, KHAN_SHAYKHUN, date="2019-04-30"),
        E("air strikes", None, SYRCVL, AIR_STRIKE, KHAN_SHAYKHUN, date="2019-04-30"))
    listed = document(
        "joint-0430", "2019-04-30", "Example Wire",
        "Russian and Syrian jets struck Khan Shaykhun on Tuesday.",
        E("struck", RUSMIL, None, AIR_STRIKE, KHAN_SHAYKHUN, date="2019-04-30"),
        E("jets struck", SYRMIL, None, AIR_STRIKE, KHAN_SHAYKHUN, date="2019-04-30"))
    assert len(CanonicalStore(_store(twice)).events()) == 1
    assert len(CanonicalStore(_store(listed)).events()) == 2


def test_events_without_any_date_stay_alone_and_say_why():
    from dedupe_samples import AIR_STRIKE, KAFR_NABUDAH, E, document

    def undated(doc_id):
        doc, result = document(doc_id, "2019-05-06", "Example Wire",
                               f"Government aircraft struck Kafr Nabudah ({doc_id}).",
                               E("struck", SYRMIL, None, AIR_STRIKE, KAFR_NABUDAH))
        doc.date = result.date = None
        return doc, result

    events = CanonicalStore(_store(undated("a"), undated("b"))).events()
    assert len(events) == 2
    assert {e["reports"][0]["reason"] for e in events} == {
        "no date: not compared with other reports"}
    assert {e["reports"][0]["sentence"] for e in events} == {0}


def test_a_dedupe_failure_keeps_the_document_and_its_event(monkeypatch, caplog):
    from eventwire.dedupe import tables

    store = _store(wire_kafr_nabudah())

    def broken(*args, **kwargs):
        raise RuntimeError("partition bug")

    monkeypatch.setattr(tables, "partition", broken)
    store.add(*desk_kafr_nabudah())
    assert "dedupe failed for event e1" in caplog.text
    assert store.count_events() == 3
    groups = _groups(store)
    assert frozenset({("desk-kn-0506", "e1")}) in groups   # alone, not lost
    assert len(groups) == 2                                # the earlier event is intact
