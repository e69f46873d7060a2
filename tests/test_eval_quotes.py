"""`eventwire eval quotes`: scores on attribution spans, as a user runs it."""

from __future__ import annotations

import json

ARTICLE = ("“We will respond to any attack,” Akar said on Tuesday.\n\n"
           "Turkish troops reinforced three observation posts near Morek.\n\n"
           "The Syrian army said it had taken the town of Kafr Nabudah.")


def span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"spans": [[start, start + len(part)]], "text": part}


def gold_line(text: str = ARTICLE) -> str:
    attributions = [
        {"id": "E1", "type": "Attribution",
         "content": span(text, "“We will respond to any attack,”"),
         "source": span(text, "Akar"), "cue": span(text, "said")},
        {"id": "E2", "type": "Attribution",
         "content": span(text, "it had taken the town of Kafr Nabudah"),
         "source": span(text, "The Syrian army"), "cue": span(text, "said it")},
        {"id": "E3", "type": "Attribution-no-source",
         "content": span(text, "Turkish troops reinforced three observation posts"),
         "cue": span(text, "reinforced")},
    ]
    return json.dumps({"article": "a1", "text": text, "attributions": attributions})


def test_eval_quotes_scores_contents_and_sources(run_cli, tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line() + "\n", encoding="utf-8")
    result = run_cli("eval", "quotes", str(path), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["gold"] == 3
    assert report["predicted"] == 2
    assert report["partial"] == {"precision": 1.0, "recall": 0.6667, "f1": 0.8}
    assert report["exact"]["precision"] == 1.0
    assert report["source_accuracy"] == 1.0
    assert report["source_total"] == 2


def test_eval_quotes_prints_a_table(run_cli, tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line() + "\n", encoding="utf-8")
    result = run_cli("eval", "quotes", str(path))
    assert result.exit_code == 0
    assert "partial  P 1.000  R 0.667  F1 0.800" in result.output
    assert "source accuracy: 1.000" in result.output


def test_eval_quotes_reports_a_bad_line_and_scores_the_rest(run_cli, tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("{not json\n" + gold_line() + "\n[]\n", encoding="utf-8")
    result = run_cli("eval", "quotes", str(path), "--json")
    assert result.exit_code == 1
    assert f"{path}:1: bad JSON" in result.output
    assert f"{path}:3: expected an object" in result.output
    assert "Traceback" not in result.output
    assert json.loads(result.output.strip().splitlines()[-1])["articles"] == 1


def test_eval_quotes_missing_file(run_cli, tmp_path):
    result = run_cli("eval", "quotes", str(tmp_path / "nope.jsonl"))
    assert result.exit_code != 0
    assert "does not exist" in result.output


def test_a_continued_quote_is_scored_with_the_quote_before_it(run_cli, tmp_path):
    text = ("“The shelling has not stopped,” said Abu Omar, a resident of Kafr Nabudah. "
            "“We sleep in the fields now.”\n\n"
            "“Nobody is left in the town.”")
    first = "“The shelling has not stopped,” said Abu Omar, a resident of Kafr Nabudah. “We " \
            "sleep in the fields now.”"
    start = text.index(first)
    one = {"spans": [[start, start + 31], [text.index("“We"), text.index("now.”") + 5]],
           "text": "..."}
    attributions = [
        {"id": "E1", "type": "Attribution", "content": one,
         "source": span(text, "Abu Omar"), "cue": span(text, "said")},
        {"id": "E2", "type": "Attribution-no-source",
         "content": span(text, "“Nobody is left in the town.”"),
         "cue": span(text, "“Nobody")},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"article": "a2", "text": text, "attributions": attributions})
                    + "\n", encoding="utf-8")
    report = json.loads(run_cli("eval", "quotes", str(path), "--json").output)
    assert report["gold"] == 2
    assert report["predicted"] == 2  # the quote after "said Abu Omar." joins the first
    assert report["partial"]["f1"] == 1.0
