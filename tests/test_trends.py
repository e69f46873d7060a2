"""Trends count real events per period and flag a region that escalates past its baseline."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dedupe_samples import strike, village
from eventwire.errors import InputError
from eventwire.store import Store
from eventwire.trends import Escalation, daily_quad_counts, period_change, trends

# One strike a week in Hama for four weeks, then six in the week of 6 May (each reported by
# two outlets); Idlib has one strike in that week.
QUIET = ["2019-04-08", "2019-04-16", "2019-04-24", "2019-05-01"]
BUSY = ["2019-05-06", "2019-05-06", "2019-05-07", "2019-05-08", "2019-05-09", "2019-05-10"]


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "trends.db")
    for n, day in enumerate(QUIET):
        store.add(*strike(f"quiet-{n}", day, village(n)))
    for n, day in enumerate(BUSY):
        for outlet in ("Example Wire", "Levant Desk"):
            store.add(*strike(f"busy-{n}-{outlet}", day, village(10 + n), outlet))
    store.add(*strike("idlib-0507", "2019-05-07", village(1, "Idlib")))
    yield store
    store.close()


def test_weekly_counts_are_of_real_events_and_flag_the_escalation(store):
    rows = trends(store, "region", "week")
    week19 = {r["key"]: r for r in rows if r["period"] == "2019-W19"}
    hama = week19["Hama, SY"]
    assert hama["count"] == 6            # twelve reports, six real events
    assert hama["previous"] == 1 and hama["change"] == 5 and hama["change_pct"] == 500.0
    assert hama["baseline"] == 1.0 and hama["ratio"] == 6.0
    assert hama["escalation"] is True
    assert week19["Idlib, SY"]["escalation"] is False
    quiet = [r for r in rows if r["key"] == "Hama, SY" and r["period"] < "2019-W19"]
    assert [r["count"] for r in quiet] == [1, 1, 1, 1]
    assert not any(r["escalation"] for r in quiet)


def test_a_stricter_rule_does_not_fire(store):
    rows = trends(store, "region", "week", escalation=Escalation(ratio=7.0))
    assert not any(r["escalation"] for r in rows)


def test_since_hides_earlier_periods_but_keeps_their_baseline(store):
    rows = trends(store, "region", "week", since=dt.date(2019, 5, 6))
    assert {r["period"] for r in rows} == {"2019-W19"}
    assert next(r for r in rows if r["key"] == "Hama, SY")["baseline"] == 1.0


def test_daily_counts_by_class_and_modality(store):
    by_class = trends(store, "class", "day", since=dt.date(2019, 5, 6),
                      until=dt.date(2019, 5, 6))
    # the four days before had no events: no ratio, and two events are under --min-events
    assert by_class == [{"period": "2019-05-06", "key": "ASSAULT", "count": 2, "previous": 0,
                         "change": 2, "change_pct": None, "baseline": 0.0, "ratio": None,
                         "z": None, "escalation": False}]
    assert {r["key"] for r in trends(store, "modality", "week")} == {"reported"}


def test_timeline_rows_and_change_against_the_previous_period(store):
    timeline = daily_quad_counts(store, since=dt.date(2019, 5, 6), until=dt.date(2019, 5, 6))
    assert timeline == [{"day": "2019-05-06", "quad_class": q, "count": 2 if q == 4 else 0}
                        for q in (1, 2, 3, 4)]
    change = period_change(store, "region", dt.date(2019, 5, 6), dt.date(2019, 5, 12))
    assert change[0] == {"key": "Hama, SY", "count": 6, "previous": 1, "change": 5,
                         "change_pct": 500.0}


def test_unknown_dimension_is_an_input_error(store):
    with pytest.raises(InputError, match="unknown dimension 'weather'"):
        trends(store, "weather")


def test_trends_command_prints_a_table_and_json(run_cli, store):
    out = run_cli("trends", "--db", store.path, "--escalating").stdout
    lines = out.splitlines()
    assert lines[0].split() == ["period", "region", "count", "previous", "change", "baseline",
                                "ratio", "escalation"]
    assert len(lines) == 3 and "Hama, SY" in lines[2] and "ESCALATION" in lines[2]
    rows = json.loads(run_cli("trends", "--db", store.path, "--by", "actor", "--format",
                              "json").stdout)
    assert {r["key"] for r in rows} == {"SYRMIL"}


def test_events_dated_only_to_a_month_are_not_counted_on_its_first_day(tmp_path):
    from dedupe_samples import AIR_STRIKE, SYRMIL, E, document

    vague = document("vague", "2019-05-20", "Idlib Monitor",
                     "Government aircraft struck Village Hama 3 in May.",
                     E("struck", SYRMIL, None, AIR_STRIKE, village(3), date="2019-05"))
    with Store.open(tmp_path / "vague.db") as store:
        store.add(*vague)
        store.add(*strike("exact", "2019-05-01", village(4)))
        assert [(r["period"], r["count"]) for r in trends(store, "region", "day")] == [
            ("2019-05-01", 1)]
