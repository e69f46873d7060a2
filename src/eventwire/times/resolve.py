"""Turn a detected `Mention` into a value at the resolution the text supports.

Absolute expressions need nothing else ("12 March 2019" -> 2019-03-12). Everything else needs a
reference date (the segment's or the document's) and, where the text leaves the direction open
("on Thursday", "in May"), the tense of its clause. Without a reference date such expressions
get no value: we never guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.times.detect import Mention
from eventwire.times.lexicon import PARTS_OF_DAY
from eventwire.times.tense import FUTURE, PAST

CONTRACT_GRANULARITIES = ("year", "month", "week", "day", "minute")


@dataclass(frozen=True)
class Value:
    """A resolved value: the contract's `value`/`granularity`, TimeML's where it differs, and
    the first day it covers (the anchor for "the previous day" that may follow)."""

    value: str
    granularity: str | None
    timeml: str | None = None
    day: dt.date | None = None


@dataclass
class Context:
    """What resolution may lean on: the reference date, the clause's tense, the last anchor."""

    ref: dt.date | None
    tense: str | None = None
    anchor: Value | None = None


def resolve(mention: Mention, context: Context) -> Value | None:
    """The value of `mention` in `context`, or None where the text does not support one."""
    reader = _READERS.get(mention.kind)
    if reader is None:
        return None
    try:
        return reader(mention, context)
    except (OverflowError, ValueError):
        # Arithmetic past the calendar's ends ("next week" in 9999-12-31, "last year" in
        # 0001) or a day the month lacks: the text names no date we can give.
        return None


def _day(day: dt.date, part: str | None = None) -> Value:
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    return Value(day.isoformat(), "day", day.isoformat() + suffix if suffix else None, day)


def _month_value(year: int, month: int) -> Value:
    return Value(f"{year:04d}-{month:02d}", "month", None, dt.date(year, month, 1))


def _year_value(year: int) -> Value:
    return Value(f"{year:04d}", "year", None, dt.date(year, 1, 1))


def week_value(day: dt.date, weekend: bool = False) -> Value:
    year, week, _ = day.isocalendar()
    value = f"{year:04d}-W{week:02d}"
    monday = day - dt.timedelta(days=day.weekday())
    return Value(value, "week", value + "-WE" if weekend else None, monday)


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _pick(candidates: list[dt.date], ref: dt.date, tense: str | None) -> dt.date:
    """A weekday's date: the latest not after `ref` for the past (and when the clause has no
    tense: news reports what happened), the earliest not before it for the future, the nearest
    for the present (ties go to the past)."""
    if tense in (PAST, None):
        before = [c for c in candidates if c <= ref]
        if before:
            return max(before)
    elif tense == FUTURE:
        after = [c for c in candidates if c >= ref]
        if after:
            return min(after)
    return _nearest(candidates, ref)


def _nearest(candidates: list[dt.date], ref: dt.date) -> dt.date:
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


_TENSE_OVERRIDE_DAYS = 90


def _pick_year(candidates: list[dt.date], ref: dt.date, tense: str | None) -> dt.date:
    """A date or month without a year: the nearest one, unless the tense points the other way
    and the nearest lies more than three months on the wrong side ("met on Dec. 15" in a
    November report is last December; "Nov. 20" in that report is this November whatever the
    verb, since tense is the weaker clue)."""
    nearest = _nearest(candidates, ref)
    distance = (nearest - ref).days
    if tense == PAST and distance >= _TENSE_OVERRIDE_DAYS or \
            tense == FUTURE and distance <= -_TENSE_OVERRIDE_DAYS:
        return _pick(candidates, ref, tense)
    return nearest


def _date(mention: Mention, context: Context) -> Value | None:
    f = mention.fields
    year, month, day = f.get("year"), f["month"], f.get("day")
    if year is not None and day is not None:
        try:
            moment = dt.date(year, month, day)
        except ValueError:
            return None
        if "clock" in f:
            hour, minute = f["clock"]
            text = f"{moment.isoformat()}T{hour:02d}:{minute:02d}"
            return Value(text, "minute", None, moment)
        return _day(moment)
    if year is not None:
        return _month_value(year, month)
    ref = context.ref
    if ref is None:
        return None
    if day is not None:
        candidates = []
        for y in (ref.year - 1, ref.year, ref.year + 1):
            try:
                candidates.append(dt.date(y, month, day))
            except ValueError:
                continue
        if not candidates:
            return None
        weekday = f.get("weekday")
        matching = [c for c in candidates if weekday is None or c.weekday() == weekday]
        return _day(_pick_year(matching or candidates, ref, context.tense))
    rel = f.get("rel")
    current = ref.month
    if rel in ("last", "this past"):
        y = ref.year if month < current else ref.year - 1
    elif rel in ("next", "the coming"):
        y = ref.year if month > current else ref.year + 1
    elif rel == "this":
        y = ref.year
    else:
        firsts = [dt.date(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
        this_month = dt.date(ref.year, current, 1)
        if context.tense in (PAST, FUTURE):
            # a month is coarse enough for the tense to settle it: "changed in December",
            # said in October, is last December
            y = _pick(firsts, this_month, context.tense).year
        else:
            y = _pick_year(firsts, this_month, PAST).year
    return _month_value(y, month)


def _year(mention: Mention, context: Context) -> Value | None:
    return _year_value(mention.fields["year"])


def _weekday(mention: Mention, context: Context) -> Value | None:
    ref = context.ref
    if ref is None:
        return None
    f = mention.fields
    back = (ref.weekday() - f["weekday"]) % 7
    ahead = (f["weekday"] - ref.weekday()) % 7
    rel = f.get("rel")
    if rel in ("last", "past"):
        offset = -(back or 7)
    elif rel in ("next", "coming"):
        offset = ahead or 7
    else:
        options = [ref - dt.timedelta(days=back), ref + dt.timedelta(days=ahead)]
        return _day(_pick(options, ref, context.tense))
    return _day(ref + dt.timedelta(days=offset))


def _deictic(mention: Mention, context: Context) -> Value | None:
    if context.ref is None:
        return None
    day = context.ref + dt.timedelta(days=mention.fields["offset"])
    return _day(day, mention.fields.get("part"))


def _shifted(unit: str, base: dt.date, n: int) -> Value | None:
    if unit == "day":
        return _day(base + dt.timedelta(days=n))
    if unit == "week":
        return week_value(base + dt.timedelta(weeks=n))
    if unit == "weekend":
        return week_value(base + dt.timedelta(weeks=n), weekend=True)
    if unit == "month":
        return _month_value(*add_months(base, n))
    if unit == "year":
        return _year_value(base.year + n)
    if unit == "decade":
        decade = base.year // 10 + n
        return Value(str(decade), "decade", f"{decade}X", dt.date(decade * 10, 1, 1))
    if unit == "quarter":
        year, month = add_months(base, 3 * n)
        return _quarter_value(year, (month - 1) // 3 + 1)
    return None


def _unit(mention: Mention, context: Context) -> Value | None:
    if context.ref is None:
        return None
    return _shifted(mention.fields["unit"], context.ref, mention.fields["shift"])


def _ago(mention: Mention, context: Context) -> Value | None:
    if context.ref is None:
        return None
    unit, n = mention.fields["unit"], mention.fields["n"]
    quarter = _same_quarter_earlier(mention, context)
    if quarter is not None:
        return _shifted("quarter", quarter, -4 * n)
    if unit == "decade":  # "a decade ago" is a year, not a decade
        unit, n = "year", 10 * n
    return _shifted(unit, context.ref, -n)


def _anchored(mention: Mention, context: Context) -> Value | None:
    """'the previous day', 'a year earlier': shifted from the last dated expression."""
    anchor = context.anchor.day if context.anchor and context.anchor.day else context.ref
    if anchor is None:
        return None
    if _same_quarter_earlier(mention, context) is not None:
        return _shifted("quarter", anchor, 4 * mention.fields["n"])
    return _shifted(mention.fields["unit"], anchor, mention.fields["n"])


def _same_quarter_earlier(mention: Mention, context: Context) -> dt.date | None:
    """"A year earlier" next to a quarter is that quarter a year before ("profit rose in the
    third quarter from $2 million a year earlier"): the quarter's first day, else None."""
    anchor = context.anchor
    if mention.fields["unit"] == "year" and anchor is not None and anchor.granularity == \
            "quarter":
        return anchor.day
    return None


def _weekend(mention: Mention, context: Context) -> Value | None:
    ref = context.ref
    if ref is None:
        return None
    weekend_now = ref.weekday() >= 5
    if context.tense == PAST and not weekend_now:
        return week_value(ref - dt.timedelta(weeks=1), weekend=True)
    return week_value(ref, weekend=True)


def _clock(mention: Mention, context: Context) -> Value | None:
    if context.ref is None:
        return None
    return _at(context.ref, mention.fields)


def _at(day: dt.date, clock: dict) -> Value:
    text = f"{day.isoformat()}T{clock['hour']:02d}:{clock['minute']:02d}"
    return Value(text, "minute", None, day)


def _dated_clock(mention: Mention, context: Context) -> Value | None:
    day = resolve(mention.fields["day"], context)
    if day is None or day.day is None:
        return None
    return _at(day.day, mention.fields["clock"].fields)


def _quarter_value(year: int, quarter: int) -> Value:
    value = f"{year:04d}-Q{quarter}"
    return Value(value, "quarter", value, dt.date(year, 3 * quarter - 2, 1))


def _quarter(mention: Mention, context: Context) -> Value | None:
    f = mention.fields
    if f["year"] is not None:
        return _quarter_value(f["year"], f["quarter"])
    ref = context.ref
    if ref is None:
        return None
    rel = f.get("rel") or ""
    year = ref.year + (-1 if "last" in rel else 1 if rel == "next" else 0)
    if not rel or rel in ("the", "its"):
        starts = [dt.date(y, 3 * f["quarter"] - 2, 1) for y in (ref.year - 1, ref.year)]
        year = max(s for s in starts if s <= ref).year if context.tense == PAST and \
            any(s <= ref for s in starts) else ref.year
    return _quarter_value(year, f["quarter"])


def _half(mention: Mention, context: Context) -> Value | None:
    f = mention.fields
    year = f["year"]
    if year is None:
        if context.ref is None:
            return None
        rel = f.get("rel")
        year = context.ref.year + (-1 if rel == "last" else 1 if rel == "next" else 0)
    value = f"{year:04d}-H{f['half']}"
    return Value(value, "half", value, dt.date(year, 1 if f["half"] == 1 else 7, 1))


_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season(mention: Mention, context: Context) -> Value | None:
    f = mention.fields
    year = f["year"]
    if year is None:
        ref = context.ref
        if ref is None:
            return None
        rel = f.get("rel")
        if rel in ("last", "this past"):
            year = ref.year - 1 if _SEASON_MONTH[f["season"]] >= ref.month else ref.year
        elif rel == "next":
            year = ref.year + 1 if _SEASON_MONTH[f["season"]] <= ref.month else ref.year
        else:
            year = ref.year
    value = f"{year:04d}-{f['season']}"
    return Value(value, "season", value, dt.date(year, _SEASON_MONTH[f["season"]], 1))


def _period(mention: Mention, context: Context) -> Value | None:
    """A reporting quarter counted from the last quarter mentioned, else from the last one
    completed before the reference date (what a report made then is about)."""
    anchor = context.anchor
    if anchor is not None and anchor.granularity == "quarter" and anchor.day is not None:
        base = anchor.day
    elif mention.fields["bare"]:
        return None if context.ref is None else _year_value(context.ref.year - 1)
    elif context.ref is not None:
        year, month = add_months(context.ref, -3)
        base = dt.date(year, month, 1)
    else:
        return None
    year, month = add_months(base, 3 * mention.fields["n"])
    return _quarter_value(year, (month - 1) // 3 + 1)


def _holiday(mention: Mention, context: Context) -> Value | None:
    """A fixed holiday: in the year given, else the one the tense points to."""
    name, year = mention.fields["holiday"], mention.fields["year"]
    if year is not None:
        return _day(_holiday_day(name, year))
    ref = context.ref
    if ref is None:
        return None
    candidates = [_holiday_day(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    rel = mention.fields.get("rel")
    if rel == "last":
        return _day(max(c for c in candidates if c < ref))
    if rel == "next":
        return _day(min(c for c in candidates if c > ref))
    return _day(_pick_year(candidates, ref, context.tense))


def _holiday_day(name: str, year: int) -> dt.date:
    if name.startswith("thanksgiving"):  # the fourth Thursday of November (US)
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name.startswith("christmas"):
        return dt.date(year, 12, 24 if name.endswith("eve") else 25)
    return dt.date(year, 12, 31) if name.endswith("eve") else dt.date(year, 1, 1)


def _this_year(mention: Mention, context: Context) -> Value | None:
    """"The year", "the current fiscal year": the reference date's year."""
    return None if context.ref is None else _year_value(context.ref.year)


def _decade(mention: Mention, context: Context) -> Value | None:
    decade = mention.fields["decade"]
    return Value(str(decade), "decade", f"{decade}X", dt.date(decade * 10, 1, 1))


def _ref(mention: Mention, context: Context) -> Value | None:
    return Value(mention.fields["value"], None, mention.fields["value"], None)


_READERS = {
    "date": _date, "year": _year, "weekday": _weekday, "deictic": _deictic, "unit": _unit,
    "ago": _ago, "anchored": _anchored, "weekend": _weekend, "clock": _clock,
    "dated_clock": _dated_clock, "quarter": _quarter, "half": _half, "season": _season,
    "decade": _decade, "ref": _ref, "period": _period, "holiday": _holiday,
    "this_year": _this_year,
}
