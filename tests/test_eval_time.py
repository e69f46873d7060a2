"""`eventwire eval time` on a small TimeML file written for the test."""

from __future__ import annotations

BODY = (
    'Russian jets <EVENT eid="e1">struck</EVENT> Idlib '
    '<TIMEX3 tid="t1" type="DATE" value="2019-04-30">Tuesday</TIMEX3>, and talks will resume '
    '<TIMEX3 tid="t2" type="DATE" value="2019-W20">next week</TIMEX3>. '
    'The siege lasted <TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3>. '
    'Envoys met in <TIMEX3 tid="t4" type="DATE" value="2018-03">March 2018</TIMEX3>, at '
    '<TIMEX3 tid="t5" type="TIME" value="2019-05-06T13:30">1330 GMT</TIMEX3>.'
)
TIMEML = f"""<?xml version="1.0" ?>
<TimeML>
<DOCID>test1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-05-06"
  functionInDocument="CREATION_TIME">2019-05-06</TIMEX3></DCT>
<TEXT>
{BODY}
</TEXT>
</TimeML>
"""


def test_eval_time_prints_scores(tmp_path, run_cli):
    (tmp_path / "doc.tml").write_text(TIMEML)
    result = run_cli("eval", "time", str(tmp_path))
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split("\t")[:3] == ["subset", "gold", "predicted"]
    total = dict(zip(lines[0].split("\t"), lines[-1].split("\t"), strict=True))
    assert total["gold"] == "4"
    assert float(total["value_f1"]) == 1.0


def test_offsets_are_positions_in_the_text_without_tags(tmp_path):
    from eventwire.evaluation.time import read_timeml

    path = tmp_path / "doc.tml"
    path.write_text(TIMEML)
    gold = read_timeml(path)
    assert gold.date.isoformat() == "2019-05-06"
    for timex in gold.timexes:
        assert gold.text[timex.start:timex.end] == timex.text
    assert [t.type for t in gold.timexes] == ["DATE", "DATE", "DURATION", "DATE", "TIME"]


def test_broken_file_is_one_line_error(tmp_path, runner):
    from eventwire.cli import cli

    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>unclosed")
    result = runner.invoke(cli, ["eval", "time", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.tml" in result.stderr
    assert "Traceback" not in result.stderr
