"""`eventwire actors resolve` and `eventwire actors check`, run as a user runs them."""

from __future__ import annotations

import json


def test_resolve_prints_one_actor(run_cli):
    result = run_cli("actors", "resolve", "Russian Defence Minister Sergei Shoigu",
                     "--date", "2019-05-06")
    assert result.exit_code == 0
    assert json.loads(result.output) == {
        "text": "Russian Defence Minister Sergei Shoigu", "code": "RUSGOV", "country": "RUS",
        "sector": "GOV", "name": "Sergei Shoigu",
        "evidence": {"fact": "people.yaml", "entry": "Sergei Shoigu", "office": "defence minister",
                     "code": "RUSGOV", "from": "2012-11-06", "to": "2024-05-12"}}


def test_resolve_date_changes_the_code(run_cli):
    before = json.loads(run_cli("actors", "resolve", "Hulusi Akar", "--date", "2017-01-01").output)
    after = json.loads(run_cli("actors", "resolve", "Hulusi Akar", "--date", "2019-01-01").output)
    assert (before["code"], after["code"]) == ("TURMIL", "TURGOV")


def test_resolve_unknown_prints_null_code(run_cli):
    result = run_cli("actors", "resolve", "the man next door")
    assert result.exit_code == 0
    assert json.loads(result.output) == {"text": "the man next door", "code": None}


def test_resolve_bad_date_is_one_line_error(run_cli):
    result = run_cli("actors", "resolve", "Syria", "--date", "2019-02-30")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: --date: bad date '2019-02-30': expected YYYY-MM-DD"]


def test_resolve_with_missing_dictionary_directory(run_cli, tmp_path):
    result = run_cli("actors", "resolve", "Syria", "--dictionaries", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert "not a directory" in result.output


def test_check_reports_counts_and_skipped_lines(run_cli, tmp_path):
    (tmp_path / "Small.actors.txt").write_text("FREEDONIA [FRD]\n+FREEDONIAN\nODD [FRD 1-2]\n")
    (tmp_path / "Small.agents.txt").write_text("SOLDIER [~MIL]\n")
    result = run_cli("actors", "check", str(tmp_path))
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert json.loads(lines[-1]) == {"files": 2, "actors": 2, "actor_phrases": 3,
                                     "dated_codes": 0, "agents": 2, "skipped_lines": 1}
    assert any("Small.actors.txt:3" in line for line in lines[:-1])


def test_code_with_dictionaries_uses_them(run_cli, tmp_path):
    (tmp_path / "Small.actors.txt").write_text("FREEDONIA [FRD]\n+FREEDONIAN\n")
    result = run_cli("code", "--date", "2019-05-06", "--dictionaries", str(tmp_path),
                     input="Freedonian troops crossed the river.")
    assert result.exit_code == 0
    coded = json.loads(result.output)
    assert [(a["text"], a["code"]) for a in coded["actors"]] == [("Freedonian troops", "FRDMIL")]


def test_help_has_examples(run_cli):
    for args in (("actors", "--help"), ("actors", "resolve", "--help"),
                 ("actors", "check", "--help")):
        result = run_cli(*args)
        assert result.exit_code == 0 and "Example:" in result.output
