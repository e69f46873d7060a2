"""`date_events`: hand-built events inside real results from `code()`."""

from __future__ import annotations

import datetime as dt

from eventwire import code
from eventwire.knowledge import default_knowledge
from eventwire.model import Document, Event, Plover, Result, UpdateHint
from eventwire.times import date_events


def event_at(result: Result, word: str, occurrence: int = 0) -> Event:
    """An assault event carried by `word` (its `occurrence`-th use) in `result.text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = result.text.index(word, start + 1)
    end = start + len(word)
    sentence = next(s.index for s in result.sentences if s.start <= start < s.end)
    return Event(f"e{start}", sentence, word, start, end, None, None, "190",
                 Plover("ASSAULT"), None, 4, -10.0)


def dated(result: Result, *words: str) -> list[tuple[str | None, str | None]]:
    result.events = [event_at(result, word) for word in words]
    date_events(Document(result.text), result, default_knowledge())
    return [(e.date, e.date_granularity) for e in result.events]


def test_time_after_the_verb_dates_the_event():
    result = code("Russian jets struck Idlib on Tuesday.", date="2019-05-06")
    assert dated(result, "struck") == [("2019-04-30", "day")]


def test_time_before_the_verb_dates_the_event():
    result = code("On Thursday, rebels shelled Suqaylabiyah.", date="2019-05-06")
    assert dated(result, "shelled") == [("2019-05-02", "day")]


def test_the_nearest_expression_in_the_clause_wins():
    result = code("Jets struck Kafr Nabudah at 1330 GMT and rebels fired rockets on Tuesday.",
                  date="2019-05-06")
    assert dated(result, "struck", "fired") == [("2019-05-06T13:30", "minute"),
                                                 ("2019-04-30", "day")]


def test_a_clause_boundary_cuts_the_time_off():
    result = code("The ministry said on Wednesday that jets struck a hospital.",
                  date="2019-05-06")
    assert dated(result, "struck") == [("2019-05-06", "day")]


def test_background_history_keeps_its_own_date():
    result = code("The rebels, who signed a ceasefire two years ago, attacked Hama today. "
                  "Turkish troops entered Afrin in January 2018.", date="2019-05-06")
    assert dated(result, "signed", "attacked", "entered") == [
        ("2017", "year"), ("2019-05-06", "day"), ("2018-01", "month")]


def test_week_and_month_granularity_pass_to_the_event():
    result = code("Rebels withdrew last week. Aid deliveries stopped earlier this month.",
                  date="2019-05-06")
    assert dated(result, "withdrew", "stopped") == [("2019-W18", "week"),
                                                    ("2019-05", "month")]


def test_live_blog_update_gives_its_day():
    first = "UPDATE 1330 GMT: Jets struck Khan Shaykhun."
    second = "UPDATE 0915 GMT: Helicopters dropped barrel bombs on Kafr Zita."
    text = first + "\n" + second
    document = Document(text=text, date=dt.date(2019, 5, 6), updates=[
        UpdateHint(0, len(first), dt.datetime(2019, 5, 7, 13, 30)),
        UpdateHint(len(first) + 1, len(text), dt.datetime(2019, 5, 8, 9, 15)),
    ])
    result = code(document)
    # the update's own clock is cut off by its colon: the event takes the update's day
    assert dated(result, "struck", "dropped") == [("2019-05-07", "day"), ("2019-05-08", "day")]


def test_document_date_then_nothing():
    with_date = code("Militants attacked a checkpoint.", date="2019-05-06")
    assert dated(with_date, "attacked") == [("2019-05-06", "day")]
    without = code("Militants attacked a checkpoint.")
    assert dated(without, "attacked") == [(None, None)]


def test_end_to_end_events_get_their_clause_dates():
    result = code("Russian jets struck Kafr Nabudah on Tuesday, killing six civilians, the "
                  "Syrian Observatory said on Wednesday. Putin will meet Erdogan in Sochi on "
                  "Thursday. Rebels shelled Suqaylabiyah.", date="2019-05-08")
    dates = {}
    for event in result.events:
        dates.setdefault(event.text.split()[-1], set()).add((event.date, event.date_granularity))
    assert dates["struck"] == {("2019-05-07", "day")}
    assert "killing" not in dates  # the strike's consequence, not an event (issue 16)
    assert dates["meet"] == {("2019-05-09", "day")}
    assert dates["shelled"] == {("2019-05-08", "day")}  # no time in its clause: the report's


def test_a_when_clause_on_a_time_is_dated_by_that_time():
    result = code("The raid is the deadliest since June, when militants overran an army post "
                  "in Mansila.", date="2025-12-06")
    assert dated(result, "overran") == [("2025-06", "month")]
    result = code("In 2021, when the army seized power in Naypyitaw, protesters filled the "
                  "streets.", date="2025-03-01")
    assert dated(result, "seized", "filled") == [("2021", "year"), ("2021", "year")]


def test_a_when_clause_after_another_word_is_still_a_boundary():
    result = code("The minister said on Tuesday that when the rebels attacked Goma, the army "
                  "withdrew.", date="2025-03-05")
    assert dated(result, "attacked", "withdrew") == [("2025-03-05", "day"), ("2025-03-05", "day")]
