"""`eventwire code` as a user runs it: stdin, files, bad input."""

from __future__ import annotations

import json


def test_code_reads_stdin(run_cli):
    result = run_cli("code", "--date", "2019-05-06", input="Jets struck a market in Idlib.")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["date"] == "2019-05-06"
    assert data["text"].startswith("Jets struck")


UNDATED = ("so dates such as 'on Monday' stay unresolved and those events are undated; give "
           "--date YYYY-MM-DD, or name text files YYYY-MM-DD-slug.txt\n")


def test_a_document_without_a_date_is_coded_with_a_warning(run_cli, tmp_path):
    text = "Gunmen attacked a market in Goma on Monday, killing four traders, police said."
    result = run_cli("code", input=text)
    assert result.exit_code == 0
    assert [e["date"] for e in json.loads(result.stdout)["events"]] == [None, None]
    assert result.stderr == f"warning: no publication date for <stdin>, {UNDATED}"
    (tmp_path / "goma.txt").write_text(text)
    (tmp_path / "2024-05-13-goma.txt").write_text(text)  # dated by its name
    (tmp_path / "beni.txt").write_text(text.replace("Goma", "Beni"))
    result = run_cli("code", str(tmp_path))
    assert result.stderr == f"warning: no publication date for 2 documents " \
                            f"({tmp_path / 'beni.txt'}, {tmp_path / 'goma.txt'}), {UNDATED}"
    dated = run_cli("code", "--date", "2024-05-13", input=text)
    assert dated.stderr == ""
    assert {e["date"] for e in json.loads(dated.stdout)["events"]} == {"2024-05-13"}


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


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Strikes | News</title>
<meta property="article:published_time" content="2019-05-06T08:00:00Z"></head><body>
<article><h1>Jets strike Kafr Nabudah</h1>
<p>Russian jets struck Kafr Nabudah in northern Hama on Monday, killing nine civilians,
rescuers said.</p>
<p><strong>UPDATE 1330 GMT:</strong> Rescuers said the search of the rubble had ended.</p>
</article><footer>\u00a9 2023 News</footer></body></html>"""


def test_code_html_file(run_cli, tmp_path):
    path = tmp_path / "strikes.html"
    path.write_text(PAGE)
    result = run_cli("code", str(path))
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert (data["id"], data["date"]) == ("strikes", "2019-05-06")
    assert data["text"].startswith("Jets strike Kafr Nabudah\nRussian jets struck")
    assert data["segments"][1]["time"] == "2019-05-06T13:30Z"


def test_several_documents_make_an_array_in_input_order(run_cli, tmp_path):
    (tmp_path / "b.txt").write_text("Second report.")
    (tmp_path / "a.txt").write_text("First report.")
    result = run_cli("code", str(tmp_path / "b.txt"), str(tmp_path / "a.txt"))
    assert [d["id"] for d in json.loads(result.stdout)] == ["b", "a"]


def test_jsonl_output_keeps_ids_and_order(run_cli, tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": f"Report {i}.", "date": "2019-05-06"})
                            + "\n" for i in ("z9", "a1", "m5")))
    result = run_cli("code", "--format", "jsonl", str(path))
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(d["id"], d["date"]) for d in lines] == [("z9", "2019-05-06"), ("a1", "2019-05-06"),
                                                     ("m5", "2019-05-06")]


def test_dash_reads_stdin_among_files(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("From a file.")
    result = run_cli("code", "--format", "jsonl", str(tmp_path / "a.txt"), "-",
                     input="From standard input.")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "stdin"]


def test_missing_file_is_reported_and_others_still_coded(runner, tmp_path):
    from eventwire.cli import cli

    (tmp_path / "a.txt").write_text("A report.")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(cli, ["code", "--date", "2019-05-06", str(missing),
                                 str(tmp_path / "a.txt")])
    assert result.exit_code == 1
    assert result.stderr == f"error: {missing}: no such file\n"
    assert json.loads(result.stdout)["id"] == "a"


def test_empty_stdin_and_random_bytes_are_one_line_each(runner, tmp_path):
    from eventwire.cli import cli

    result = runner.invoke(cli, ["code"], input="")
    assert (result.exit_code, result.stderr) == (1, "error: <stdin>: empty: no text to code\n")
    noise = tmp_path / "noise.bin.txt"
    noise.write_bytes(bytes(range(256)) * 8)
    result = runner.invoke(cli, ["code", str(noise)])
    assert (result.exit_code, result.stderr) == (1, f"error: {noise}: binary data, not text\n")
    assert result.stdout == ""
