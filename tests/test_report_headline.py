"""The report's headline: the most severe new event leads (not the most repeated statement),
with changes of control, casualty totals and links to the original articles."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import reports
from eventwire.model import Document
from eventwire.pipeline import code
from eventwire.reports.data import RealEvent, gather, news_value, top_story
from eventwire.reports.period import Period
from eventwire.store import Store

STATEMENT = ("The Turkish foreign ministry said on Thursday that it was following the situation "
             "in Idlib closely.")
ARTICLES = [
    ("statement-1", "https://wire.example.com/a", STATEMENT),
    ("statement-2", "https://other.example.com/b", STATEMENT + " Officials met in Ankara."),
    ("statement-3", "https://third.example.com/c", STATEMENT + " Talks went on."),
    ("capture", "https://front.example.com/capture",
     "Syrian government forces captured Qalaat al-Madiq in northern Hama on Thursday, "
     "state media said."),
]
PERIOD = Period(dt.date(2019, 5, 3), dt.date(2019, 5, 9))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("headline") / "headline.db"
    with Store.open(path) as opened:
        for doc_id, url, text in ARTICLES:
            document = Document(text=text, id=doc_id, date=dt.date(2019, 5, 9), url=url)
            opened.add(document, code(document))
        yield opened


def _event(**fields) -> RealEvent:
    base = dict(id=1, day="2019-05-09", summary="x", kind="assault", label="x", quad_class=4,
                goldstein=-9.0, modality="asserted", modalities={}, disputed=False,
                report_count=1, document_count=1, place=None, admin1=None, country=None,
                lat=None, lon=None)
    return RealEvent(**{**base, **fields})


def test_severity_and_novelty_outrank_repetition():
    strike = _event(id=1)
    statement = _event(id=2, kind="make statement", quad_class=1, goldstein=0.0,
                       report_count=30, document_count=12)
    old_strike = _event(id=3, day="2019-04-01")
    capture = _event(id=4, control=True, goldstein=-8.0)
    deadly = _event(id=5, killed=60, goldstein=-8.0)  # a capture weighs as 50 dead
    assert news_value(strike, PERIOD) > news_value(statement, PERIOD)
    assert news_value(strike, PERIOD) > news_value(old_strike, PERIOD)
    assert top_story([strike, statement, capture, deadly], PERIOD) is deadly
    assert top_story([strike, statement, capture], PERIOD) is capture


def test_what_did_not_happen_never_leads():
    threat = _event(id=1, modality="threatened", goldstein=-10.0, killed=100)
    statement = _event(id=2, quad_class=1, goldstein=0.0)
    assert top_story([threat, statement], PERIOD) is statement
    assert top_story([threat], PERIOD) is None


def test_the_capture_leads_the_report_with_its_source_linked(store):
    data = gather(store, PERIOD)
    assert data.top_story is not None and data.top_story.control
    assert "occupy territory" in data.top_story.summary  # not the statement, reported 3 times
    assert [e.place for e in data.changes_of_control] == [data.top_story.place]
    html = reports.report(store, "2019-05-09", 7, charts=False)
    assert '<a href="https://front.example.com/capture"' in html
    assert "Top story: " in html and "Changes of control: " in html
    markdown = reports.report(store, "2019-05-09", 7, fmt="markdown", charts=False)
    assert "](https://front.example.com/capture)" in markdown
