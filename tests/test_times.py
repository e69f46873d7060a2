"""Time expressions through `code()`: detection, values, tense, live blogs and traps."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import code
from eventwire.model import Document, UpdateHint

MONDAY = "2019-05-06"  # ISO week 19


def times(text: str, date: str | None = MONDAY) -> dict[str, tuple[str, str]]:
    """Found expression text -> (value, granularity)."""
    return {t.text: (t.value, t.granularity) for t in code(text, date=date).times}


def value(text: str, expression: str, date: str | None = MONDAY) -> str | None:
    found = times(text, date)
    return found[expression][0] if expression in found else None


@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("The offensive began on 12 March 2019 in Idlib.", "12 March 2019", "2019-03-12"),
    ("The talks opened on May 6, 2019 in Astana.", "May 6, 2019", "2019-05-06"),
    ("The report is dated 2019-05-06 and signed.", "2019-05-06", "2019-05-06"),
    ("A convoy was hit on 13/5/2019 near Hama.", "13/5/2019", "2019-05-13"),
    ("Elections will be held on Oct 7 across the country.", "Oct 7", "2019-10-07"),
    ("The summit will open on June 12 in Sochi.", "June 12", "2019-06-12"),
    ("Turkey entered Afrin in March 2015.", "March 2015", "2015-03"),
    ("The war has raged since 2011.", "2011", "2011"),
    ("Both sides signed a truce two years ago.", "two years ago", "2017"),
])
def test_absolute_dates_months_and_years(text, expression, expected):
    assert value(text, expression) == expected


def test_granularity_follows_the_text():
    found = times("Fighting resumed in March 2015, flared in 2016 and again on 12 May 2017.")
    assert found["March 2015"] == ("2015-03", "month")
    assert found["2016"] == ("2016", "year")
    assert found["12 May 2017"] == ("2017-05-12", "day")


@pytest.mark.parametrize(("text", "expression", "expected", "granularity"), [
    ("Russian jets struck Idlib on Tuesday.", "Tuesday", "2019-04-30", "day"),
    ("Shelling intensified this week in Hama.", "this week", "2019-W19", "week"),
    ("Rebels lost ground earlier this month.", "earlier this month", "2019-05", "month"),
    ("A car bomb exploded in Azaz yesterday.", "yesterday", "2019-05-05", "day"),
    ("The ministry confirmed the toll today.", "today", "2019-05-06", "day"),
    ("Drones attacked the base last night.", "last night", "2019-05-05", "day"),
    ("Envoys will return to Geneva next week.", "next week", "2019-W20", "week"),
    ("Three days ago, a market was shelled.", "Three days ago", "2019-05-03", "day"),
    ("Casualties doubled last year.", "last year", "2018", "year"),
    ("Aid trucks were stopped last week.", "last week", "2019-W18", "week"),
    ("Prices rose last month in Aleppo.", "last month", "2019-04", "month"),
])
def test_relative_expressions(text, expression, expected, granularity):
    assert times(text)[expression] == (expected, granularity)


def test_tense_decides_the_direction_of_a_weekday():
    assert value("Putin will meet Erdogan in Sochi on Thursday.", "Thursday") == "2019-05-09"
    assert value("Putin met Erdogan in Sochi on Thursday.", "Thursday") == "2019-05-02"
    assert value("Putin is going to meet Erdogan on Thursday.", "Thursday") == "2019-05-09"
    assert value("The two leaders agreed to meet on Thursday.", "Thursday") == "2019-05-09"


def test_tense_decides_the_year_of_a_distant_date():
    assert value("Talks collapsed on Oct 7 after a week.", "Oct 7") == "2018-10-07"
    assert value("Talks will resume on Oct 7 in Geneva.", "Oct 7") == "2019-10-07"


def test_explicit_last_and_next_override_tense():
    assert value("They said they would leave next Tuesday.", "next Tuesday") == "2019-05-07"
    assert value("He was arrested last Friday.", "last Friday") == "2019-05-03"


def test_the_previous_day_counts_from_the_last_day_mentioned():
    text = "Jets struck Maarat al-Numan on Tuesday. The previous day, rebels shelled Suqaylabiyah."
    assert value(text, "The previous day") == "2019-04-29"


@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("The first strike came at 1330 GMT near Kafr Nabudah.", "1330 GMT", "2019-05-06T13:30"),
    ("Sirens sounded at 09:15 local time in Latakia.", "09:15 local time", "2019-05-06T09:15"),
    ("The council meets at 3 p.m. in New York.", "3 p.m.", "2019-05-06T15:00"),
])
def test_clock_times_with_zones(text, expression, expected):
    assert times(text)[expression] == (expected, "minute")


def test_a_clock_joins_its_day():
    found = times("The ceasefire took effect at 3 p.m. on Tuesday, officials said.")
    assert found["3 p.m. on Tuesday"] == ("2019-04-30T15:00", "minute")


def test_ranges_and_starts():
    result = code("Raids are expected between May and July. The embargo held from 2012 to 2014. "
                  "The city has been besieged since 2011.", date=MONDAY)
    by_text = {t.text: t for t in result.times}
    months = by_text["May and July"]
    assert (months.value, months.end_value, months.relation) == ("2019-05", "2019-07", "between")
    years = by_text["2012 to 2014"]
    assert (years.value, years.end_value, years.granularity) == ("2012", "2014", "year")
    assert by_text["2011"].relation == "since"
    assert by_text["2011"].to_dict()["relation"] == "since"


def test_a_past_range_ends_before_the_reference_date():
    result = code("Raids went on between May and July, monitors said.", date=MONDAY)
    (months,) = result.times
    assert (months.value, months.end_value) == ("2018-05", "2018-07")
    result = code("Raids went on between November and February.", date=MONDAY)
    (months,) = result.times
    assert (months.value, months.end_value) == ("2018-11", "2019-02")


def test_without_a_reference_date_relative_expressions_get_no_value():
    found = times("Jets struck on Tuesday and again yesterday, as in March 2015.", date=None)
    assert found == {"March 2015": ("2015-03", "month")}


class TestTraps:
    def test_the_verb_may_is_not_the_month(self):
        found = times("Russia may strike Idlib. The offensive began in May. It ended May 6.")
        assert [t for t in found if t.lower() == "may"] == ["May"]
        assert found["May"] == ("2019-05", "month")
        assert found["May 6"] == ("2019-05-06", "day")

    def test_a_clock_is_not_a_year(self):
        assert times("UPDATE 1330 GMT: shelling resumed.") == {
            "1330 GMT": ("2019-05-06T13:30", "minute")}

    def test_a_copyright_footer_is_no_time(self):
        assert times("Jets struck Idlib.\n\u00a9 2018 Example News. All rights reserved.") == {}

    def test_weekday_before_a_colon_at_line_end(self):
        result = code("UPDATE Tuesday:\nRegime helicopters dropped barrel bombs.", date=MONDAY)
        assert [(t.text, t.value) for t in result.times] == [("Tuesday", "2019-04-30")]

    def test_march_the_noun(self):
        assert times("Thousands joined a march on the capital. March on, they said.") == {}

    def test_a_decade_is_not_a_year(self):
        result = code("The border was closed in the 1990s.", date=MONDAY)
        assert result.times == []
        assert [(t.text, t.value, t.timeml) for t in result.time_refs] == [
            ("the 1990s", "199", "199X")]

    def test_counts_are_not_years(self):
        assert times("Some 2,000 people fled and 1500 troops moved in; 2000 people stayed.") \
            == {}

    def test_a_name_is_not_a_month(self):
        assert times("Prime Minister Theresa May said nothing.") == {}


def test_vague_references_stay_out_of_the_contract():
    result = code("The city is now quiet, but fighting may return in the future.", date=MONDAY)
    assert result.times == []
    assert {t.text: t.value for t in result.time_refs} == {
        "now": "PRESENT_REF", "the future": "FUTURE_REF"}
    assert "time_refs" not in result.to_dict()


def test_quarters_are_kept_as_references():
    result = code("Output fell in the third quarter of 2018.", date=MONDAY)
    assert [(t.text, t.value, t.granularity) for t in result.time_refs] == [
        ("the third quarter of 2018", "2018-Q3", "quarter")]


def test_part_of_day_is_kept_for_timeml_only():
    result = code("Drones attacked the base last night.", date=MONDAY)
    (expression,) = result.times
    assert (expression.value, expression.timeml) == ("2019-05-05", "2019-05-05TNI")
    assert "timeml" not in expression.to_dict()


def live_blog() -> Document:
    first = "UPDATE 1330 GMT: Regime helicopters dropped barrel bombs on Khan Shaykhun today."
    second = ("UPDATE 0915 GMT: Rescuers said the strikes of yesterday killed 12. "
              "More raids are expected at 1200 GMT.")
    text = first + "\n" + second
    return Document(text=text, id="blog", date=dt.date(2019, 5, 6), updates=[
        UpdateHint(0, len(first), dt.datetime(2019, 5, 7, 13, 30), "UPDATE 1330 GMT"),
        UpdateHint(len(first) + 1, len(text), dt.datetime(2019, 5, 8, 9, 15), "UPDATE 0915 GMT"),
    ])


def test_live_blog_times_are_relative_to_each_update():
    found = [(t.text, t.value) for t in code(live_blog()).times]
    assert found == [
        ("1330 GMT", "2019-05-07T13:30"),
        ("today", "2019-05-07"),
        ("0915 GMT", "2019-05-08T09:15"),
        ("yesterday", "2019-05-07"),
        ("1200 GMT", "2019-05-08T12:00"),
    ]


def test_times_carry_their_sentence_and_offsets():
    text = "Jets struck Idlib. Rebels withdrew on Tuesday."
    result = code(text, date=MONDAY)
    (expression,) = result.times
    assert text[expression.start:expression.end] == "Tuesday"
    assert expression.sentence == 1
    assert set(expression.to_dict()) == {"text", "start", "end", "value", "granularity",
                                         "end_value", "relation"}


def test_earliest_possible_day_looks_ahead():
    assert value("The convoy could leave as soon as Tuesday.", "Tuesday") == "2019-05-07"
    assert value("The envoy might arrive on Friday.", "Friday") == "2019-05-10"


def test_possessive_weekday_is_past():
    assert value("Aid groups condemned Friday's raid on Douma.", "Friday") == "2019-05-03"


def test_the_year_is_the_reference_year():
    assert times("It was the deadliest attack of the year.") == {"the year": ("2019", "year")}
    assert times("The year before, the town fell.") == {}


def test_holidays_follow_the_tense():
    assert value("Shelling stopped briefly on Christmas Day.", "Christmas Day") == "2018-12-25"
    assert value("A truce is planned for Christmas Day.", "Christmas Day") == "2019-12-25"


def test_reporting_quarters_count_from_the_last_one_named():
    result = code("Oil exports fell in the third quarter of 2018. In the year-earlier quarter "
                  "they had risen, and the quarter before that was flat.", date=MONDAY)
    assert [(t.text, t.value) for t in result.time_refs] == [
        ("the third quarter of 2018", "2018-Q3"), ("the year-earlier quarter", "2017-Q3")]


def test_a_dateline_does_not_date_the_next_line_clock():
    found = times("Thursday, 9 May 2019\n18:10 GMT: Shelling resumed near Kafr Nabudah.",
                  date="2019-05-09")
    assert found == {"Thursday, 9 May 2019": ("2019-05-09", "day"),
                     "18:10 GMT": ("2019-05-09T18:10", "minute")}


def test_code_cli_prints_times(run_cli):
    import json

    result = run_cli("code", "--date", "2019-05-06",
                     input="Jets struck Idlib on Tuesday and will return next week.")
    assert result.exit_code == 0
    found = [(t["text"], t["value"], t["granularity"]) for t in json.loads(result.output)["times"]]
    assert found == [("Tuesday", "2019-04-30", "day"), ("next week", "2019-W20", "week")]
