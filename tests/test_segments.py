"""Live-blog segments: markers, zones, day changes, JSON-LD updates."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire import code
from eventwire.model import Document, UpdateHint

BLOG = """Syria live: regime offensive on Idlib
Fighting continued in Idlib province, where Syrian jets struck Khan Shaykhun.

UPDATE 1330 BST: Regime helicopters dropped barrel bombs near Khan Shaykhun.

Update, 15:15 BST: Turkey called for calm.

16:40 GMT \u2013 Russian jets struck Kafr Nabudah in Hama.

9.15pm Damascus time: Rescuers searched the rubble in Idlib.

UPDATE 2200 local time: The shelling of Idlib and Hama stopped.
"""


def segments(text: str, date: str | None = "2019-05-06") -> list[dict]:
    return code(text, date=date).to_dict()["segments"]


def test_each_marker_is_a_segment_with_its_utc_time():
    found = segments(BLOG)
    assert [(s["time"], s["label"]) for s in found] == [
        (None, None),
        ("2019-05-06T12:30Z", "UPDATE 1330 BST"),
        ("2019-05-06T14:15Z", "Update, 15:15 BST"),
        ("2019-05-06T16:40Z", "16:40 GMT"),
        ("2019-05-06T18:15Z", "9.15pm Damascus time"),  # Syria was on UTC+3 in May 2019
        ("2019-05-06T19:00Z", "UPDATE 2200 local time"),  # the story is plainly about Syria
    ]


def test_segments_tile_the_text_and_the_lead_has_no_time():
    found = segments(BLOG)
    assert found[0]["start"] == 0
    assert all(a["end"] == b["start"] for a, b in zip(found, found[1:], strict=False))
    assert found[-1]["end"] == len(BLOG)
    assert BLOG[found[1]["start"]:].startswith("UPDATE 1330 BST:")


def test_marker_is_its_own_sentence_and_sentences_know_their_segment():
    result = code(BLOG, date="2019-05-06")
    texts = [(BLOG[s.start:s.end], s.segment) for s in result.sentences]
    assert ("UPDATE 1330 BST:", 1) in texts
    assert ("Regime helicopters dropped barrel bombs near Khan Shaykhun.", 1) in texts
    assert ("Turkey called for calm.", 2) in texts


def test_segment_keeps_the_local_date_for_later_stages():
    result = code("Intro.\n\n0030 BST: Late strikes hit Idlib.", date="2019-05-06")
    update = result.segments[1]
    assert update.to_dict()["time"] == "2019-05-05T23:30Z"
    assert update.date == dt.date(2019, 5, 6)


def test_newest_first_blog_crosses_midnight_backwards():
    text = ("Overnight in Idlib\n\n00:40 GMT \u2013 Shelling resumed.\n\n"
            "23:10 GMT \u2013 Quiet evening.\n\n21:00 GMT \u2013 Talks ended.\n")
    assert [s["time"] for s in segments(text)[1:]] == [
        "2019-05-07T00:40Z", "2019-05-06T23:10Z", "2019-05-06T21:00Z"]


def test_oldest_first_blog_crosses_midnight_forwards():
    text = "UPDATE 2315 GMT: Strikes.\nUPDATE 0020 GMT: More strikes.\n"
    assert [s["time"] for s in segments(text)] == ["2019-05-06T23:15Z", "2019-05-07T00:20Z"]


def test_declared_zone_applies_to_markers_without_one():
    text = "Idlib live. All times BST.\n\nUPDATE 1330: Jets struck.\n\nUPDATE 1500: Calm.\n"
    assert [s["time"] for s in segments(text)[1:]] == ["2019-05-06T12:30Z", "2019-05-06T14:00Z"]


def test_offset_zone_and_am_pm():
    text = "Live.\n\n3.15pm GMT+3: Jets struck.\n\n12:05am UTC - Calm.\n"
    assert [s["time"] for s in segments(text)[1:]] == ["2019-05-06T12:15Z", "2019-05-07T00:05Z"]


def test_local_time_without_an_obvious_country_is_left_unknown():
    text = "Talks in Geneva.\n\n13:30 local time: The envoys met.\n"
    found = segments(text)
    assert found[1]["label"] == "13:30 local time"
    assert found[1]["time"] is None


def test_without_a_date_markers_still_make_segments():
    found = segments("Intro.\n\nUPDATE 1330 GMT: Jets struck.\n", date=None)
    assert [(s["time"], s["label"]) for s in found] == [(None, None), (None, "UPDATE 1330 GMT")]


@pytest.mark.parametrize("line", [
    "12 people were killed in the strike.",
    "2019 was a bad year: the war went on.",
    "At 13:30 GMT: nothing",
    "The 1330 GMT update came late.",
])
def test_ordinary_lines_are_not_markers(line):
    assert len(segments(f"Intro.\n{line}\nMore text.")) == 1


def test_a_document_without_updates_is_one_segment():
    text = "Jets struck a market in Idlib. Rescuers searched the rubble."
    assert segments(text) == [{"start": 0, "end": len(text), "time": None, "label": None,
                               "author": None}]


def test_json_ld_update_hints_become_segments_with_marker_labels():
    text = ("Idlib live\nUPDATE 1330 GMT: Jets struck Kafr Nabudah.\n"
            "Turkey called for calm.\n")
    start = text.index("UPDATE")
    second = text.index("Turkey")
    document = Document(text=text, id="blog", date=dt.date(2019, 5, 6), updates=[
        UpdateHint(start, second, dt.datetime(2019, 5, 6, 16, 30, tzinfo=dt.timezone(
            dt.timedelta(hours=3))), "Jets strike"),
        UpdateHint(second, len(text), dt.datetime(2019, 5, 6, 15, 15, tzinfo=dt.UTC),
                   "Turkey calls for calm"),
    ])
    found = code(document).to_dict()["segments"]
    assert found == [
        {"start": 0, "end": start, "time": None, "label": None, "author": None},
        {"start": start, "end": second, "time": "2019-05-06T13:30Z", "label": "UPDATE 1330 GMT",
         "author": None},
        {"start": second, "end": len(text), "time": "2019-05-06T15:15Z",
         "label": "Turkey calls for calm", "author": None},
    ]


def test_cli_codes_a_live_blog_file_with_minute_times(run_cli, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(BLOG, encoding="utf-8")
    result = run_cli("code", "--date", "2019-05-06", str(path))
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["segments"][1]["time"] == "2019-05-06T12:30Z"
    assert data["segments"][1]["label"] == "UPDATE 1330 BST"


def test_date_headings_put_later_updates_on_their_day():
    text = ("Idlib live\n\nTuesday 7 May\n\nUPDATE 0900 GMT: Shelling resumed.\n\n"
            "Monday, May 6\n\nUPDATE 2230 GMT: Strikes overnight.\n\n"
            "UPDATE 1330 GMT: Jets struck.\n")
    assert [s["time"] for s in segments(text)[1:]] == [
        "2019-05-07T09:00Z", "2019-05-06T22:30Z", "2019-05-06T13:30Z"]


def test_windows_line_endings():
    text = "Idlib live\r\n\r\n16:40 GMT\r\nJets struck.\r\n\r\nUPDATE 1800 GMT: Calm.\r\n"
    found = segments(text)
    assert [s["time"] for s in found[1:]] == ["2019-05-06T16:40Z", "2019-05-06T18:00Z"]
    sentences = code(text, date="2019-05-06").sentences
    assert [text[s.start:s.end] for s in sentences] == [
        "Idlib live", "16:40 GMT", "Jets struck.", "UPDATE 1800 GMT:", "Calm."]
