"""Wire copies join their twins' clusters directly (dedupe/twins.py), with the very tables a
rebuild gives: same clusters, scores, reasons and canonical records (issue 22)."""

from __future__ import annotations

import datetime as dt
import logging
import random
from dataclasses import dataclass, replace

import pytest

from dedupe_samples import (
    AIR_STRIKE,
    GROUND_ASSAULT,
    KAFR_NABUDAH,
    KHAN_SHAYKHUN,
    RUSGOV,
    RUSMIL,
    SYRCVL,
    SYRMIL,
    SYRREB,
    THREAT,
    TURGOV,
)
from eventwire.dedupe.views import CanonicalStore
from eventwire.model import Actor, Casualties, Count, Document, Result, Segment
from eventwire.store import Store
from store_samples import make_event, split_sentences

IDLIB = dict(geonameid=None, name="Idlib", lat=35.93, lon=36.63, country="SY", admin1="Idlib",
             feature="admin1")
FRAGOV = Actor("France", "FRAGOV", "FRA", "GOV", "French government")
GBRGOV = Actor("Britain", "GBRGOV", "GBR", "GOV", "British government")
ACCUSE = ("112", "ACCUSE", None, 3, -2.0)


@dataclass
class Item:
    """One sentence of the article and the event a coder gives it."""

    sentence: str
    words: str
    source: Actor | None
    target: Actor | None
    kind: tuple
    place: dict | None = None
    date: str | None = "2019-05-06"
    modality: str = "asserted"
    killed: int | None = None
    granularity: str = "day"
    confidence: float = 0.8


ARTICLE = [
    Item("Russian jets struck Kafr Nabudah on Monday, killing nine civilians.", "struck",
         RUSMIL, SYRCVL, AIR_STRIKE, KAFR_NABUDAH, modality="reported", killed=9),
    Item("Government aircraft bombed Khan Shaykhun.", "bombed", SYRMIL, None, AIR_STRIKE,
         KHAN_SHAYKHUN),
    Item("Troops stormed Kafr Nabudah.", "stormed", SYRMIL, SYRREB, GROUND_ASSAULT,
         KAFR_NABUDAH),
    Item("Rebels attacked an army post.", "attacked", SYRREB, SYRMIL, GROUND_ASSAULT),
    Item("Moscow warned Ankara.", "warned", RUSGOV, TURGOV, THREAT, modality="threatened"),
    Item("France accused Britain of delay.", "accused", FRAGOV, GBRGOV, ACCUSE),
    Item("The raids destroyed a bakery.", "destroyed", None, None, AIR_STRIKE),
    Item("Fighting went on all month.", "Fighting", SYRMIL, SYRREB, GROUND_ASSAULT,
         date="2019-05", granularity="month"),
]
"""A wire article: a strike with a toll, strikes and clashes in two towns, a clash with no
place, a threat, an accusation, and two events only ever merged within their own document
(no place and no source; a month)."""


def near_copies(item: Item) -> list[Item]:
    """How another outlet's copy of one sentence may differ from the wire's."""
    return [
        replace(item, killed=item.killed + 1) if item.killed else replace(item, confidence=0.7),
        replace(item, modality="denied" if item.modality != "threatened" else "planned"),
        replace(item, date="2019-05-07"),
        replace(item, source=SYRMIL if item.source is RUSMIL else item.source),
        replace(item, place=IDLIB if item.place else KHAN_SHAYKHUN),
        replace(item, target=None),
        replace(item, confidence=0.95),
    ]


def copy(number: int, items: list[Item]) -> tuple[Document, Result]:
    """One outlet's copy: a byline of its own (so other offsets), then the sentences."""
    text = f"By wire staff, copy {number}. " + " ".join(i.sentence for i in items)
    sentences = split_sentences(text)
    day = dt.date(2019, 5, 6 + number % 2)
    result = Result(id=f"copy-{number}", date=day, title=f"Copy {number}", text=text,
                    segments=[Segment(0, len(text))], sentences=sentences)
    offset = len(f"By wire staff, copy {number}. ")
    events = []
    for n, item in enumerate(items, 1):
        part = text[offset:offset + len(item.sentence)]
        casualties = None
        if item.killed is not None:
            at = offset + part.index("killing") + 8
            casualties = Casualties(Count(item.killed, item.killed, "nine", at, at + 4), None,
                                    [SYRCVL])
        event = make_event(text, sentences, n, item.words, item.source, item.target,
                           *item.kind, modality=item.modality, place=item.place,
                           place_words=item.words,
                           date=item.date, casualties=casualties)
        event.date_granularity = item.granularity if item.date else None
        event.confidence = item.confidence
        events.append(event)
        offset += len(item.sentence) + 1
    result.events = events
    result.places = [e.place for e in events if e.place is not None]
    return Document(text=text, id=result.id, date=day, source=f"Outlet {number % 3}"), result


def feed(seed: int, count: int) -> list[tuple[Document, Result]]:
    """`count` copies of the article: most identical, some near copies (one sentence
    changed, one dropped, one event added twice, one event of its own), drawn from `seed`."""
    rng = random.Random(seed)
    out = []
    for number in range(count):
        items = [replace(i) for i in ARTICLE]
        roll = rng.random()
        if roll < 0.3:  # a few recurring changes, so that near copies have twins too
            index = rng.choice((0, 2, 3))
            items[index] = rng.choice(near_copies(items[index])[:4])
        elif roll < 0.35:
            del items[rng.randrange(len(items))]
        elif roll < 0.4:
            items.append(replace(ARTICLE[0], sentence="Russian jets struck Kafr Nabudah again.",
                                 killed=None))
        elif roll < 0.5:
            items.append(replace(ARTICLE[-1], date="2019-04", sentence="Fighting went on."))
        out.append(copy(number, items))
    return out


def tables(store: Store) -> tuple[list, list]:
    """Every row of dedupe's two tables, in key order."""
    with store.reading() as conn:
        links = conn.exec_driver_sql("SELECT * FROM event_clusters ORDER BY event_pk").all()
        canon = conn.exec_driver_sql("SELECT * FROM canonical_events ORDER BY pk").all()
    return [tuple(r) for r in links], [tuple(r) for r in canon]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_copies_fold_in_as_a_rebuild_would_cluster_them(seed, caplog):
    store = Store.open(":memory:")
    with caplog.at_level(logging.DEBUG, logger="eventwire.dedupe.tables"):
        for doc, result in feed(seed, 24):
            store.add(doc, result)
    fast = sum("joined its twins" in m for m in caplog.messages)
    assert 8 <= fast < 24  # identical copies go the fast way, near copies often not
    incremental = tables(store)
    CanonicalStore(store).rebuild()
    assert tables(store) == incremental


def test_each_identical_copy_from_the_third_joins_the_clusters_of_the_first_two(caplog):
    store = Store.open(":memory:")
    with caplog.at_level(logging.DEBUG, logger="eventwire.dedupe.tables"):
        for number in range(12):
            store.add(*copy(number, ARTICLE))
    assert sum("joined its twins" in m for m in caplog.messages) == 10
    events = CanonicalStore(store).events(limit=None)
    # the month-long fight of each copy stays alone; the raids with neither place nor source
    # join the strike of their own copy
    assert sorted((e["report_count"], e["document_count"]) for e in events) == (
        [(1, 1)] * 12 + [(12, 12)] * 5 + [(24, 12)])
    strike = next(e for e in events if e["report_count"] == 24)
    assert (strike["cameo"], strike["place"]["name"]) == ("195", "Kafr Nabudah")
    assert strike["casualties"]["killed"]["min"] == 9
    assert {(r["doc_id"], r["event_id"]) for r in strike["reports"]} == {
        (f"copy-{n}", e) for n in range(12) for e in ("e1", "e7")}
    incremental = tables(store)
    CanonicalStore(store).rebuild()
    assert tables(store) == incremental
