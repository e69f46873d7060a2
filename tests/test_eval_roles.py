"""`eventwire eval roles`: sources, targets, dyads and triples on actor-role tags."""

from __future__ import annotations

import json

CONLL = """Russian B-S
jets I-S
struck O
Turkish B-T
troops I-T
near O
Idlib O
. O

Turkey B-S
accused O
Russia B-T
of O
lying O
. O
"""

CLASSES = "Russian jets struck Turkish troops near Idlib .\t4\n"


def test_eval_roles_scores_each_side_and_the_triples(run_cli, tmp_path):
    (tmp_path / "roles_ner_sample.txt").write_text(CONLL, encoding="utf-8")
    (tmp_path / "roles_class_sample.tsv").write_text(CLASSES, encoding="utf-8")
    result = run_cli("eval", "roles", str(tmp_path), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["source"]["gold"] == 2 and report["target"]["gold"] == 2
    assert report["dyad"]["gold"] == 2
    assert report["triple"]["gold"] == 1  # only the first sentence has a gold class
    assert report["triple"]["recall"] == 1.0  # the strike: RUSMIL -> TURMIL, class 4
    assert report["dyad"]["recall"] == 1.0


def test_eval_roles_without_a_role_file_says_so(run_cli, tmp_path):
    result = run_cli("eval", "roles", str(tmp_path))
    assert result.exit_code != 0
    assert "no actor-role file" in result.output
    assert "Traceback" not in result.output
