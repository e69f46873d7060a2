"""Story threads: the offensive and the talks become separate, explained storylines."""

from __future__ import annotations

import json

import pytest

from dedupe_samples import (
    ankara_meeting,
    ariha_and_ground_assault,
    chemical_claim,
    desk_kafr_nabudah,
    erdogan_putin_call,
    kafr_nabudah_friday,
    khan_shaykhun_monday,
    wire_kafr_nabudah,
    with_link,
)
from eventwire.store import Store
from eventwire.threads import build, thread, threads

WIRE_TITLE = wire_kafr_nabudah()[1].title


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "threads.db") as store:
        for made in (kafr_nabudah_friday(), wire_kafr_nabudah(), desk_kafr_nabudah(),
                     ariha_and_ground_assault(), khan_shaykhun_monday(),
                     erdogan_putin_call(), ankara_meeting()):
            store.add(*made)
        yield store


def _by_first_place(store) -> dict[str, set[str]]:
    return {t.title: {(e["place"] or {}).get("name") for e in t.events} for t in build(store)}


def test_the_offensive_and_the_talks_are_separate_threads(store):
    found = build(store)
    fights = [t for t in found if "Kafr Nabudah" in {(e["place"] or {}).get("name")
                                                      for e in t.events}]
    assert len(fights) == 1
    offensive = fights[0]
    assert {(e["place"] or {}).get("name") for e in offensive.events} == {
        "Kafr Nabudah", "Ariha"}
    assert offensive.first_day == "2019-05-03" and offensive.last_day == "2019-05-08"
    assert offensive.title == ("Fighting by Syrian military and Russian military against "
                               "Syrian civilians in Kafr Nabudah, Ariha")
    talks = [t for t in found if t.events[0]["quad_class"] == 1]
    assert len(talks) == 1 and len(talks[0].events) == 2
    assert talks[0].title.startswith("Consultations by ")
    reasons = [link["reason"] for link in talks[0].links]
    assert reasons == ["talk between RUS-TUR within 3 days"]


def test_each_join_is_explained(store):
    offensive = next(t for t in build(store) if len(t.events) >= 3)
    reasons = sorted(link["reason"] for link in offensive.links)
    assert "reported together in ariha-0508" in reasons
    assert any(r.startswith("same place Kafr Nabudah within") for r in reasons)


def test_a_cross_reference_pulls_a_report_into_the_thread(tmp_path):
    with Store.open(tmp_path / "links.db") as store:
        store.add(*wire_kafr_nabudah())
        store.add(*khan_shaykhun_monday())
        assert len(build(store)) == 2
        store.add(*with_link(khan_shaykhun_monday(), "See our report: Russian jets struck",
                             WIRE_TITLE))
        joined = build(store)
        assert len(joined) == 1
        assert any("links to wire-kn-0506" in link["reason"] for link in joined[0].links)


def test_claims_and_quotes_follow_their_documents(tmp_path):
    with Store.open(tmp_path / "claims.db") as store:
        store.add(*wire_kafr_nabudah())
        store.add(*with_link(chemical_claim(), "Earlier: Russian jets struck", WIRE_TITLE))
        only = build(store)[0]
        assert [c["text"] for c in only.claims] == [
            "militants were preparing a staged chemical attack in Idlib"]
        assert only.summary()["claims"] == 1


def test_thread_rows_and_one_thread(store):
    rows = threads(store, min_events=2)
    assert [r["events"] for r in rows] == [2, 4]  # the talks end later than the offensive
    offensive = thread(store, rows[1]["id"])
    assert offensive["counts"]["documents"] == 4
    assert offensive["reports"] == 6
    assert thread(store, 99999) is None
    assert [r["id"] for r in threads(store, until="2019-05-07", min_events=2)] == [
        rows[1]["id"]]


def test_threads_commands(run_cli, runner, store):
    from eventwire.cli import cli

    listing = run_cli("threads", "--db", store.path, "--min-events", "2").stdout.splitlines()
    assert listing[0].split()[:4] == ["id", "first", "last", "events"]
    assert len(listing) == 4
    rows = json.loads(run_cli("threads", "--db", store.path, "--format", "json").stdout)
    offensive = next(r for r in rows if r["events"] == 4)
    shown = run_cli("threads", "--db", store.path, "show", str(offensive["id"])).stdout
    assert shown.startswith(f"Thread {offensive['id']}: Fighting by Syrian military")
    assert "Why these belong together" in shown
    missing = runner.invoke(cli, ["threads", "--db", store.path, "show", "4242"])
    assert missing.exit_code == 1
    assert missing.stderr == "error: no thread 4242; see 'eventwire threads'\n"


def test_background_events_of_a_story_stay_out_of_its_thread(tmp_path):
    from dedupe_samples import AIR_STRIKE, KAFR_NABUDAH, RUSMIL, SYRMIL, E, document

    story = document(
        "kn-background", "2019-05-06", "Example Wire",
        "Government aircraft struck Kafr Nabudah on Monday. The town was also bombed by "
        "Russian jets in April 2017.",
        E("struck", SYRMIL, None, AIR_STRIKE, KAFR_NABUDAH, date="2019-05-06"),
        E("bombed", RUSMIL, None, AIR_STRIKE, KAFR_NABUDAH, place_words="The town",
          date="2017-04"))
    with Store.open(tmp_path / "bg.db") as store:
        store.add(*story)
        assert sorted(len(t.events) for t in build(store)) == [1, 1]
