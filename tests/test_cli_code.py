"""`eventwire code` as a user runs it: stdin, files, bad input."""

from __future__ import annotations

import json


def test_code_reads_stdin(run_cli):
    result = run_cli("code", "--date", "2019-05-06", input="Jets struck a market in Idlib.")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["date"] == "2019-05-06"
    assert data["text"].startswith("Jets struck")


def test_bad_date_is_one_clear_line(run_cli, runner):
    from eventwire.cli import cli

    result = runner.invoke(cli, ["code", "--date", "2019-13-01"], input="text")
    assert result.exit_code == 1
    assert "bad date '2019-13-01'" in result.stderr
    assert "Traceback" not in result.stderr


def test_jsonl_bad_line_reported_and_others_coded(tmp_path, runner):
    from eventwire.cli import cli

    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n{broken\n{"id": "c", "text": "Three."}\n')
    result = runner.invoke(cli, ["code", "--format", "jsonl", str(path)])
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["a", "c"]
    assert f"{path}:2: bad JSON" in result.stderr
