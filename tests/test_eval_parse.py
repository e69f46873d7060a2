"""`eventwire eval parse`: tags, tree and names scored on a CoNLL-U file, run as a user runs it.

The file is ours, in GUM's format: `Entity=` brackets in the last column mark mentions, which
GUM draws over whole noun phrases ("Putin 's"), while our names are the names themselves."""

from __future__ import annotations

import re

CONLLU = """\
# sent_id = test-1
# text = Putin's envoy met the Ministry of Defence in Khartoum.
1\tPutin\tPutin\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t_\tEntity=(1-person-new|SpaceAfter=No
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\tEntity=1)
3\tenvoy\tenvoy\tNOUN\tNN\tNumber=Sing\t4\tnsubj\t_\t_
4\tmet\tmeet\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
5\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t6\tdet\t_\tEntity=(2-organization-new
6\tMinistry\tMinistry\tPROPN\tNNP\tNumber=Sing\t4\tobj\t_\t_
7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_
8\tDefence\tDefence\tPROPN\tNNP\tNumber=Sing\t6\tnmod\t_\tEntity=2)
9\tin\tin\tADP\tIN\t_\t10\tcase\t_\t_
10\tKhartoum\tKhartoum\tPROPN\tNNP\tNumber=Sing\t4\tobl\t_\tEntity=(3-place-new)|SpaceAfter=No
11\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

"""

SUMMARY = re.compile(r"^parse: upos (\d\.\d{3}) tag (\d\.\d{3}) uas (\d\.\d{3}) las (\d\.\d{3}) "
                     r"ents_p (\d\.\d{3}) ents_r (\d\.\d{3}) ents_f (\d\.\d{3}) "
                     r"core_f (\d\.\d{3})$")


def test_eval_parse_scores_names_whole_and_by_their_core(run_cli, tmp_path):
    path = tmp_path / "news.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    result = run_cli("eval", "parse", str(path))
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("news.conllu: parse: upos ")
    scores = SUMMARY.match(lines[-1])
    assert scores is not None, lines[-1]
    upos, tag, uas, las, ents_p, ents_r, ents_f, core_f = (float(x) for x in scores.groups())
    assert all(0.0 <= x <= 1.0 for x in (upos, tag, uas, las))
    # whole mentions: "Putin's" is a miss and "Putin" a false name -> 2 of 3 each way
    assert (ents_p, ents_r, ents_f) == (0.667, 0.667, 0.667)
    # name cores: "Putin", "Ministry of Defence", "Khartoum" all found and typed
    assert core_f == 1.0


def test_eval_parse_refuses_a_missing_file(run_cli, tmp_path):
    result = run_cli("eval", "parse", str(tmp_path / "absent.conllu"))
    assert result.exit_code == 2
    assert "does not exist" in result.output
