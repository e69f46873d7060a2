"""Bounded work per input (issue 22): size limits, one input check, worst-case shapes, dates at
the calendar's ends, the batch's time budget and its count of rejects on reruns."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time

import pytest

from eventwire.budget import OverBudget, time_budget
from eventwire.dates import parse_date
from eventwire.errors import DateError
from eventwire.model import Document
from eventwire.pipeline import code
from unprivileged import run_obeying_file_modes


def test_a_document_over_the_size_limit_is_refused_with_the_limit(run_cli, monkeypatch,
                                                                  tmp_path):
    monkeypatch.setenv("EVENTWIRE_MAX_DOCUMENT_BYTES", "1000")
    big = tmp_path / "big.txt"
    big.write_text("Forces shelled the town on Monday. " * 40, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("Forces shelled the town on Monday.", encoding="utf-8")
    result = run_cli("code", "--format", "jsonl", str(big), str(small))
    assert result.exit_code == 1
    assert f"error: {big}: document is 1,400 bytes, over the limit of 1,000 " \
           "(set EVENTWIRE_MAX_DOCUMENT_BYTES to raise it)" in result.stderr
    assert len(result.stdout.splitlines()) == 1  # the small one is still coded


def test_a_bad_limit_setting_is_a_clear_error(run_cli, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MAX_DOCUMENT_BYTES", "lots")
    result = run_cli("code", "-", input="Forces shelled the town.")
    assert result.exit_code != 0
    assert "EVENTWIRE_MAX_DOCUMENT_BYTES: must be a positive whole number" in result.stderr


@pytest.mark.parametrize("data, message", [
    (b"", "empty: no text to code"),
    (b"\x00\x01\x02\x03" * 40, "binary data, not text"),
    (b"Forces \x00 shelled\x00 the\x00 town.\x00" * 3, "binary data, not text"),
])
def test_stdin_is_checked_alike_by_code_and_ingest(run_cli, tmp_path, data, message):
    coded = run_cli("code", "-", input=data)
    ingested = run_cli("ingest", "--db", str(tmp_path / "s.db"), "-", input=data)
    for result in (coded, ingested):
        assert result.exit_code == 1
        assert f"error: <stdin>: {message}" in result.stderr
    assert "0 new documents" in ingested.stdout


def test_a_lone_surrogate_in_jsonl_names_its_line(run_cli, tmp_path):
    path = tmp_path / "reports.jsonl"
    path.write_text('{"id": "a", "text": "Forces shelled the town."}\n'
                    '{"id": "b", "text": "Broken \\ud800 text."}\n', encoding="utf-8")
    result = run_cli("code", "--format", "jsonl", str(path))
    assert result.exit_code == 1
    assert f"{path}:2: not valid Unicode: lone surrogate U+D800 at character 7" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]


def test_long_unpunctuated_runs_are_cut_into_bounded_sentences(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MAX_SENTENCE_CHARS", "300")
    text = "rebels shelled the town and government forces struck back " * 100
    result = code(text)
    assert len(result.sentences) > 10
    assert all(s.end - s.start <= 300 for s in result.sentences)
    long_word = code("x" * 5000 + " forces shelled the town.")
    assert max(t.end - t.start for s in long_word.sentences for t in s.tokens) <= 100


@pytest.mark.parametrize("text", [
    "militants " + "captured " * 200 + ".",  # backtracking in verb patterns
    "(\"[\u2018{\u00ab(\"" * 2000,  # one 16,000-character word of brackets and quotes
])
def test_worst_case_shapes_code_in_bounded_time(text):
    code("Warm up.")
    started = time.process_time()
    code(text, date="2019-05-06")
    # minutes before issue 22; about 2 s of CPU now, most of it the language model, so the
    # bound catches a blow-up, not a slow or busy machine
    assert time.process_time() - started < 10.0


@pytest.mark.parametrize("value", ["2019-05-06junk", "20190506", "2019-5-6", "2019-05-06 x",
                                   "2019-02-30", "06/05/2019"])
def test_dates_are_parsed_strictly(value):
    with pytest.raises(DateError, match="expected YYYY-MM-DD"):
        parse_date(value, source="--date")


@pytest.mark.parametrize(("text", "killed"), [
    ("Shelling killed ³ civilians in Idlib.", None),  # a digit to isdigit(), not to int()
    ("Rebels killed ٣ soldiers.", 3),  # Arabic-Indic three
])
def test_digits_int_cannot_read_are_not_a_count(text, killed):
    """Found by bench/fuzz.py (issue 22): a superscript digit crashed the casualty counter."""
    counts = [e.casualties.killed.min for e in code(Document(id="d", text=text)).events
              if e.casualties and e.casualties.killed]
    assert counts == ([killed] if killed else [])


def test_a_whole_timestamp_gives_its_date():
    assert parse_date("2019-05-06T13:30:00+02:00") == dt.date(2019, 5, 6)


def test_trailing_junk_in_date_option_is_refused(run_cli):
    result = run_cli("code", "--date", "2019-05-06junk", "-", input="Forces shelled the town.")
    assert result.exit_code != 0 and "--date: bad date '2019-05-06junk'" in result.stderr


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1, 1, 3), dt.date(9999, 12, 31),
                                 dt.date(9999, 12, 27)])
def test_dates_at_the_ends_of_the_calendar_leave_expressions_unresolved(day):
    text = ("Forces shelled the town yesterday and will attack again next week. Last year "
            "the army took it; on Friday, in December and at Christmas rebels struck back. "
            "The talks resume next month, in the first quarter and in the 1990s.")
    result = code(Document(id="edge", text=text, date=day)).to_dict()
    assert result["times"], "expressions are still found"
    assert all(t["value"] is None or t["value"][:4].isdigit() for t in result["times"])


def test_the_time_budget_interrupts_a_runaway_loop():
    started = time.perf_counter()
    with pytest.raises(OverBudget), time_budget(0.2):
        while True:
            pass
    assert time.perf_counter() - started < 2.0
    with time_budget(5):  # a block that ends in time is left alone
        total = sum(range(1000))
    assert total == 499500


def test_a_batch_rerun_still_counts_and_exits_on_its_rejects(run_cli, tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text('{"id": "a", "text": "Forces shelled the town."}\nnot json\n',
                      encoding="utf-8")
    out = tmp_path / "out"
    for _ in range(2):  # the second run skips the finished partition
        result = run_cli("batch", str(source), "--out", str(out))
        assert result.exit_code == 1, result.output
        assert "1 rejected" in result.stderr


@pytest.mark.parametrize("command", ["code", "ingest"])
def test_an_unreadable_subfolder_is_an_error_not_skipped(tmp_path, command):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Forces shelled the town.", encoding="utf-8")
    locked = tmp_path / "news" / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("Rebels attacked the post.", encoding="utf-8")
    locked.chmod(0)
    args = (["code", "--format", "jsonl"] if command == "code"
            else ["ingest", "--db", str(tmp_path / "news.db")])
    try:
        done = run_obeying_file_modes(sys.executable, "-m", "eventwire", *args,
                                      str(tmp_path / "news"))
    finally:
        locked.chmod(0o755)
    status, stdout, stderr = done.returncode, done.stdout, done.stderr
    assert status == 1
    assert f"error: {locked}: cannot read directory: Permission denied" in stderr
    assert "Traceback" not in stderr
    if command == "code":  # the readable file is still coded
        assert [json.loads(line)["id"] for line in stdout.splitlines()] == ["a"]
    else:
        assert "ingested 1 new document (0 already stored, 1 failed)" in stdout + stderr


def test_wire_copies_fold_into_one_event_each_in_linear_time():
    """N copies of one article (issue 22): each event has N reports, the clusters equal a
    rebuild's, and twice the copies cost well under four times the time."""
    from eventwire.dedupe.views import CanonicalStore
    from eventwire.store import Store

    article = ("Syrian government forces shelled Kafr Nabudah on Monday, killing six civilians, "
               "rescuers said. Russian warplanes struck Maarat al-Numan overnight. Rebel "
               "fighters attacked an army post near Jisr al-Shughur.")
    coded = [code(Document(id=f"copy-{i}", text=f"Wire copy {i}\n\n{article}",
                           date=dt.date(2019, 5, 6))) for i in range(40)]
    took = []
    for n in (20, 40):
        with Store.open(":memory:") as store:
            started = time.process_time()
            for i in range(n):
                store.add(Document(id=f"copy-{i}", text=coded[i].text), coded[i])
            took.append(time.process_time() - started)
            canonical = CanonicalStore(store)
            events = canonical.events(limit=None)
            assert events and all(e["report_count"] == n for e in events)
            canonical.rebuild()
            assert canonical.events(limit=None) == events
    assert took[1] < 3.5 * took[0], took
