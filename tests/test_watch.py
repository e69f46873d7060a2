"""Watch rules: validated YAML, evaluated after dedupe, fired once, sent where asked."""

from __future__ import annotations

import http.server
import json
import logging
import threading

import pytest

from dedupe_samples import (
    chemical_claim,
    desk_kafr_nabudah,
    khan_shaykhun_monday,
    moscow_denies,
    moscow_threatens_ankara,
    strike,
    village,
    wire_kafr_nabudah,
)
from eventwire import watch
from eventwire.store import Store

RULES = """
- name: aerial attacks near Kafr Nabudah
  when: {plover: ASSAULT, cameo: "195", near: {place: Kafr Nabudah, km: 5}}
- name: Russian threats to Turkey
  when: {plover: THREATEN, source: RUS, target: TUR}
- name: chemical claims
  when: {claim: {text: chemical}}
"""


@pytest.fixture
def store():
    with Store.open(":memory:") as store:
        yield store


def _add(store: Store, *docs) -> list[dict]:
    fired = []
    for doc, result in docs:
        store.add(doc, result)
        fired += watch.check(store, default_notify=())
    return fired


def test_rules_fire_on_ingest_once_per_real_event(store):
    watch.add(store, watch.parse_rules(RULES.replace("{place: Kafr Nabudah, km: 5}",
                                                     "{lat: 35.42, lon: 36.51, km: 5}")))
    fired = _add(store, wire_kafr_nabudah(), desk_kafr_nabudah(), khan_shaykhun_monday(),
                 moscow_threatens_ankara(), chemical_claim(), moscow_denies())
    assert [(a["rule"], a["kind"]) for a in fired] == [
        ("aerial attacks near Kafr Nabudah", "event"),
        ("Russian threats to Turkey", "event"),
        ("chemical claims", "claim")]
    strike_alert = fired[0]
    assert strike_alert["day"] == "2019-05-06"
    assert "Kafr Nabudah" in strike_alert["summary"]
    assert fired[2]["summary"].startswith("claim by Russian military: \"militants were")


def test_a_named_place_is_resolved_from_the_stored_places(store):
    _add(store, wire_kafr_nabudah())
    watch.add(store, watch.parse_rules(RULES))
    fired = watch.run(store, default_notify=())
    assert [a["rule"] for a in fired] == ["aerial attacks near Kafr Nabudah"]
    assert watch.run(store, default_notify=()) == []  # not fired twice


def test_an_unknown_place_is_refused_when_the_rule_is_added(store):
    rule = watch.parse_rules("name: x\nwhen: {near: {place: Nowhereville Qq, km: 5}}")
    with pytest.raises(watch.RuleError, match="unknown place 'Nowhereville Qq'"):
        watch.add(store, rule)


def test_run_over_a_date_range_and_the_stored_alerts(store):
    _add(store, wire_kafr_nabudah(), moscow_threatens_ankara())
    watch.add(store, watch.parse_rules(RULES))
    assert watch.run(store, since=None, until=None, rule="Russian threats to Turkey",
                     default_notify=())[0]["day"] == "2019-05-05"
    assert [a["rule"] for a in watch.run(store, default_notify=())] == [
        "aerial attacks near Kafr Nabudah"]
    stored = watch.alerts(store)
    assert [a["day"] for a in stored] == ["2019-05-05", "2019-05-06"]
    assert watch.alerts(store, rule="chemical claims") == []
    assert {r["name"]: r["alerts"] for r in watch.list_rules(store)} == {
        "aerial attacks near Kafr Nabudah": 1, "Russian threats to Turkey": 1,
        "chemical claims": 0}


def test_a_weekly_spike_fires_once_for_its_week(store):
    watch.add(store, watch.parse_rules(
        "name: spike\nwhen: {spike: {by: region, ratio: 3, min_events: 3}}"))
    quiet = [strike(f"q{n}", day, village(n)) for n, day in
             enumerate(["2019-04-08", "2019-04-16", "2019-04-24", "2019-05-01"])]
    busy = [strike(f"b{n}", day, village(10 + n)) for n, day in
            enumerate(["2019-05-06", "2019-05-07", "2019-05-08", "2019-05-09"])]
    fired = _add(store, *quiet, *busy)
    assert [a["summary"] for a in fired] == ["Hama, SY: 3 events in 2019-W19 (3.0x baseline 1.0)"]
    assert fired[0]["day"] == "2019-05-06"


def test_alerts_go_to_a_jsonl_file_and_stderr(store, tmp_path, capsys):
    path = tmp_path / "out" / "alerts.jsonl"
    watch.add(store, watch.parse_rules(
        f"name: threats\nwhen: {{plover: THREATEN}}\nnotify: [stderr, {{jsonl: '{path}'}}]"))
    store.add(*moscow_threatens_ankara())
    watch.check(store)
    lines = path.read_text().splitlines()
    assert json.loads(lines[0])["rule"] == "threats"
    assert capsys.readouterr().err.startswith("ALERT [threats] 2019-05-05 THREATEN CAMEO 138")


class _Hook(http.server.BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Hook.received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def webhook():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Hook.received = []
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


def test_alerts_are_posted_to_a_webhook(store, webhook):
    watch.add(store, watch.parse_rules(
        f"name: threats\nwhen: {{plover: THREATEN}}\nnotify: [{{webhook: '{webhook}'}}]"))
    store.add(*moscow_threatens_ankara())
    watch.check(store)
    assert [a["rule"] for a in _Hook.received] == ["threats"]
    assert _Hook.received[0]["event"]["source"]["code"] == "RUSGOV"


def test_a_failing_webhook_is_logged_and_does_not_stop_anything(store, webhook, caplog):
    dead = webhook.rsplit(":", 1)[0] + ":9/hook"  # nothing listens on the discard port
    watch.add(store, watch.parse_rules(
        f"name: threats\nwhen: {{plover: THREATEN}}\nnotify: [{{webhook: '{dead}'}}]"))
    store.add(*moscow_threatens_ankara())
    with caplog.at_level(logging.WARNING):
        fired = watch.check(store)
    assert len(fired) == 1
    assert "not delivered" in caplog.text
    assert watch.alerts(store)[0]["rule"] == "threats"


@pytest.mark.parametrize(("text", "message"), [
    ("name: x\nwhen: {plovr: ASSAULT}", "rules.yaml: rule 'x': unknown condition 'plovr'"),
    ("when: {plover: ASSAULT}", "rules.yaml: rule 1 needs a name"),
    ("name: x\nwhen: {cameo: strike}", "rule 'x': 'cameo' must be CAMEO codes or prefixes"),
    ("name: x\nwhen: {modality: rumour}", "rule 'x': unknown modality 'rumour'"),
    ("name: x\nwhen: {near: {place: Idlib}}", "rule 'x': 'near' needs km"),
    ("name: x\nwhen: {near: {lat: 95, lon: 1, km: 5}}", "'near' lat must be in -90..90"),
    ("name: x\nwhen: {spike: {by: weather}}", "'spike.by' must be one of region"),
    ("name: x\nwhen: {claim: {text: gas}, plover: ASSAULT}", "has no other conditions"),
    ("name: x\nwhen: {plover: ASSAULT}\nnotify: [{email: a@b}]", "bad notify target"),
    ("name: x\nwhen: {plover: ASSAULT}\nnotify: [{webhook: ftp://x}]", "http(s) URL"),
    ("- name: x\n  when: {plover: A}\n- name: x\n  when: {plover: B}", "name used twice"),
    ("name: [unclosed", "rules.yaml:1: not valid YAML"),
    ("42", "expected a rule or a list of rules"),
])
def test_bad_rules_give_one_line_errors(text, message):
    with pytest.raises(watch.RuleError) as info:
        watch.parse_rules(text, source="rules.yaml")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_watch_commands(run_cli, runner, tmp_path):
    from eventwire.cli import cli

    db = str(tmp_path / "watch.db")
    with Store.open(db) as store:
        for doc, result in (wire_kafr_nabudah(), moscow_threatens_ankara()):
            store.add(doc, result)
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    assert run_cli("watch", "add", str(rules), "--db", db).stdout == (
        "added 3 rules: aerial attacks near Kafr Nabudah, Russian threats to Turkey, "
        "chemical claims\n")
    again = runner.invoke(cli, ["watch", "add", str(rules), "--db", db])
    assert again.exit_code == 1
    assert again.stderr == ("error: rule 'aerial attacks near Kafr Nabudah' already exists; "
                            "use --replace to overwrite it\n")
    run_cli("watch", "add", "--rule", "{name: any assault, when: {plover: ASSAULT}}",
            "--db", db)
    listing = run_cli("watch", "list", "--db", db).stdout
    assert "any assault" in listing and "chemical claims" in listing
    result = run_cli("watch", "run", "--db", db, "--since", "2019-05-06")
    assert result.stdout == "2 new alerts\n"
    assert result.stderr.count("ALERT [") == 2
    alerts = json.loads(run_cli("watch", "alerts", "--db", db, "--format", "json").stdout)
    assert {a["rule"] for a in alerts} == {"aerial attacks near Kafr Nabudah", "any assault"}
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nwhen: {plovr: ASSAULT}\n")
    failed = runner.invoke(cli, ["watch", "add", str(bad), "--db", db])
    assert failed.exit_code == 1
    assert failed.stderr.startswith(f"error: {bad}: rule 'x': unknown condition 'plovr'")
    assert run_cli("watch", "remove", "any assault", "--db", db).stdout == \
        "removed rule 'any assault'\n"


def test_a_place_with_three_times_its_usual_weekly_events(store):
    watch.add(store, watch.parse_rules(
        "name: hot spot\nwhen: {spike: {by: place, ratio: 3, min_events: 3}}"))
    town = village(1)
    days = ["2019-04-08", "2019-04-16", "2019-04-24", "2019-05-01",
            "2019-05-06", "2019-05-07", "2019-05-09"]
    fired = _add(store, *(strike(f"t{n}", day, town) for n, day in enumerate(days)))
    assert [a["summary"] for a in fired] == [
        "Village Hama 1: 3 events in 2019-W19 (3.0x baseline 1.0)"]
