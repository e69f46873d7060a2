"""Property-based tests of the coder (issue 22): any date from 0001 to 9999 and any Unicode
text give a result that keeps the contract, never an exception. Bounded: a fixed number of
examples, no deadline (the machine is shared), derandomized so a run is repeatable."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.model import Document
from eventwire.pipeline import code

NEWS = ["Russian jets struck Kafr Nabudah yesterday", "rebels will attack next week",
        "on Friday", "last year", "in December", "UPDATE 1330 GMT:", "\"We deny it,\" he said",
        "killing 9", "the 1990s", "next month", "at Christmas", "the first quarter", ".", "\n"]
"""Pieces of news that exercise every stage, mixed with arbitrary text."""

BOUNDED = settings(max_examples=40, deadline=None, derandomize=True,
                   suppress_health_check=[HealthCheck.too_slow])

texts = st.lists(st.one_of(st.sampled_from(NEWS), st.text(max_size=40)), min_size=1,
                 max_size=12).map(" ".join)


def _check_offsets(result: dict) -> None:
    n = len(result["text"])
    for key in ("sentences", "actors", "places", "times", "events", "quotes", "claims"):
        for record in result[key]:
            assert 0 <= record["start"] <= record["end"] <= n, (key, record)


@BOUNDED
@given(text=texts, day=st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
def test_any_text_and_any_date_code_within_the_contract(text, day):
    result = code(Document(id="p", text=text, date=day)).to_dict()
    _check_offsets(result)
    for time in result["times"]:
        assert time["value"] is None or time["granularity"] is not None


@BOUNDED
@given(text=st.text(min_size=1, max_size=300))
def test_arbitrary_unicode_never_raises(text):
    result = code(text, date="2019-05-06").to_dict()
    assert result["text"] == text
    _check_offsets(result)
