"""`eventwire eval geo` on tiny corpora written in the LGL and GeoVirus layouts."""

from __future__ import annotations

from eventwire.evaluation.geo import read_corpus

TEXT = "Barrel bombs hit Khan Shaykhun in Idlib Province. Later, Zorblatt was quiet."

LGL = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>t</title><text><![CDATA[{TEXT}]]></text>
<toponyms>
<toponym><start>17</start><end>30</end><phrase>Khan Shaykhun</phrase>
<gaztag geonameid="170592"><name>Khan Shaykhun</name><lat>35.44</lat><lon>36.65</lon></gaztag>
</toponym>
<toponym><start>34</start><end>48</end><phrase>Idlib Province</phrase>
<gaztag geonameid="1"><name>Idlib</name><lat>35.8</lat><lon>36.6</lon></gaztag></toponym>
<toponym><start>57</start><end>65</end><phrase>Zorblatt</phrase>
<gaztag geonameid="2"><name>Zorblatt</name><lat>10.0</lat><lon>10.0</lon></gaztag></toponym>
</toponyms></article></articles>
"""

GEOVIRUS = f"""<articles><article><source>s</source><text>{TEXT}</text><locations>
<location><name>Khan Shaykhun</name><start>18</start><end>31</end><lat>35.44</lat>
<lon>36.65</lon><page>p</page></location>
</locations></article></articles>
"""


def test_geovirus_offsets_are_one_based(tmp_path):
    path = tmp_path / "GeoVirus.xml"
    path.write_text(GEOVIRUS, encoding="utf-8")
    article = next(read_corpus(path))
    toponym = article.toponyms[0]
    assert article.text[toponym.start:toponym.end] == "Khan Shaykhun"


def test_eval_geo_reports_both_modes(run_cli, tmp_path):
    lgl = tmp_path / "lgl.xml"
    lgl.write_text(LGL, encoding="utf-8")
    result = run_cli("eval", "geo", str(lgl))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    gold = next(line for line in lines if "gold spans:" in line)
    end_to_end = next(line for line in lines if "end to end: gold" in line)
    # Two of three gold toponyms are places we know; the invented one is never guessed.
    assert "gold 3, answered 2" in gold and "recall@161 0.667" in gold
    assert "accuracy@161 1.000" in end_to_end


def test_eval_geo_bad_file_is_one_line(run_cli, tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text("<articles><article>", encoding="utf-8")
    result = run_cli("eval", "geo", str(broken))
    assert result.exit_code == 1
    assert "cannot read toponym corpus" in result.output
