"""Times: find every time expression, resolve it to the value the text supports, date events.

`run` is the pipeline's times stage. It fills `result.times` with values at the resolution
the text supports (year `2017`, month `2018-08`, week `2019-W18`, day `2019-05-02`, minute
`2019-05-06T13:30`), and `result.time_refs` (internal, not printed) with what the contract's
granularities cannot express: quarters (`2019-Q2`), halves, seasons (`2019-SU`), decades
(`199`, TimeML `199X`) and the vague PRESENT_REF / PAST_REF / FUTURE_REF ("now", "recently",
"the future"), whose granularity is None. Event dating reads only `result.times`; the TimeML
evaluation scores both. Part of day ("last night") and weekends keep the contract's day or week
value and their TimeML value (`2019-05-05TNI`, `2019-W18-WE`) in the internal `timeml` field.

Relative expressions are resolved against the date of the segment that holds them (a live-blog
update), else the document's date, with the tense of their clause deciding the direction;
where there is no reference date they are left out, never guessed. Durations ("three years")
are not times and are skipped. Clocks keep the time as written ("09:15 local time" ->
`T09:15`): the zone is not applied.

Detection is our own compiled rules (`detect`), not `dateparser`: on "UPDATE 1330 GMT: Russia
may strike" its `search_dates` (1.5.0) returns the year 1330 and the month May, it puts "will
meet on Thursday" in the past week, and it costs far more per sentence than this whole stage
costs per document. The traps here are rules about context, which regexes over the words and
POS tags around a match handle directly.
`date_events` (module `dating`) is the event-dates stage that runs after events.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from eventwire.knowledge import Knowledge
from eventwire.model import Document, Result, Sentence, TimeExpression, Token
from eventwire.times.dating import date_events
from eventwire.times.detect import Mention, find_mentions
from eventwire.times.resolve import CONTRACT_GRANULARITIES, Context, Value, resolve
from eventwire.times.tense import PAST, direction, tokens_for

__all__ = ["date_events", "find_times", "run"]

_TENSED = frozenset({"date", "weekday", "weekend", "quarter", "dated_clock", "range",
                     "holiday"})
"""Kinds whose value may depend on the tense of their clause."""


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.times` and `result.time_refs` from `document.text`."""
    result.times, result.time_refs = find_times(document.text, result)


def find_times(text: str, result: Result) -> tuple[list[TimeExpression], list[TimeExpression]]:
    """Time expressions of `text`: (contract times, other references), in text order.

    `result` supplies the document date, the segments (for their dates) and the sentences (for
    tokens and tense); any of them may be empty.
    """
    times: list[TimeExpression] = []
    refs: list[TimeExpression] = []
    sentences = result.sentences
    sentence_starts = [s.start for s in sentences]
    segment_starts = [s.start for s in result.segments]
    anchors: dict[tuple[int, str], tuple[TimeExpression, int]] = {}
    references: dict[int, dt.date | None] = {}
    token_cache: dict[int, tuple[list[Token], list[int]]] = {}
    for mention in find_mentions(text):
        index = bisect_right(sentence_starts, mention.start) - 1
        sentence = sentences[index] if index >= 0 else None
        segment = _segment_of(result, segment_starts, mention.start)
        if segment not in references:
            references[segment] = _reference(result, segment)
        context = Context(references[segment], None,
                          _anchor_for(anchors, segment, mention, index))
        if mention.kind in _TENSED or (mention.kind == "date" and not mention.fields.get("year")):
            tokens, starts = _tokens(text, sentence, token_cache)
            context.tense = direction(tokens, mention.start, mention.end, starts)
        expression = _expression(text, mention, context)
        if expression is None:
            continue
        expression.sentence = sentence.index if sentence else -1
        if expression.granularity in CONTRACT_GRANULARITIES:
            times.append(expression)
        else:
            refs.append(expression)
        granularity = expression.parts[0].granularity if expression.parts else \
            expression.granularity
        for unit in _FINER.get(granularity or "", ()):
            anchors[segment, unit] = (expression, index)
        if granularity == "quarter":
            anchors[-3, "quarter"] = (expression, index)  # "a year ago" nearby
            if mention.kind == "quarter":
                anchors[-2, "quarter"] = (expression, index)  # periods span the document
    return times, refs


_FINER = {"minute": ("day", "week", "month", "quarter", "year", "decade"),
          "day": ("day", "week", "month", "quarter", "year", "decade"),
          "week": ("week", "month", "quarter", "year", "decade"),
          "month": ("month", "quarter", "year", "decade"),
          "quarter": ("quarter", "year", "decade"), "season": ("year", "decade"),
          "half": ("year", "decade"), "year": ("year", "decade")}
"""Granularity of an anchor -> the units an anchored expression may count from it: "the
previous day" counts from the last day mentioned, never from a year."""


def _anchor_for(anchors: dict[tuple[int, str], tuple[TimeExpression, int]], segment: int,
                mention: Mention, sentence: int) -> Value | None:
    """What an expression counting from an earlier one counts from, if it is one that does:
    "the previous day" (the last day mentioned in its segment), "the quarter" (the last
    quarter named), "a year ago" (a quarter named within the last two sentences)."""
    found = None
    if mention.kind == "anchored":
        found = anchors.get((segment, mention.fields["unit"]))
    elif mention.kind == "period":
        found = anchors.get((-2, "quarter"))
    elif mention.kind == "ago" and mention.fields["unit"] == "year":
        found = anchors.get((-3, "quarter"))
        if found is not None and not 0 <= sentence - found[1] <= 2:
            found = None
    if found is None:
        return None
    anchor = _anchor_value(found[0])
    return anchor if anchor.day is not None else None


def _expression(text: str, mention: Mention, context: Context) -> TimeExpression | None:
    if mention.kind == "range":
        return _range(text, mention, context)
    value = resolve(mention, context)
    if value is None:
        return None
    return TimeExpression(text[mention.start:mention.end], mention.start, mention.end,
                          value.value, value.granularity, relation=mention.relation,
                          timeml=value.timeml)


def _range(text: str, mention: Mention, context: Context) -> TimeExpression | None:
    first, second = mention.parts
    _share_year(first, second)
    parts = [p for p in (_expression(text, first, context), _expression(text, second, context))
             if p is not None]
    if len(parts) < 2:
        return None
    low, high = parts
    if first.kind == "date" and first.fields.get("year") is None:
        # ends without a year belong together: a past range ends before now ("between May
        # and July", said in May, is last year's), any other starts from its first end
        if context.tense == PAST:
            low = _in_year(text, first, context, int(high.value[:4]), before=high) or low
        else:
            high = _in_year(text, second, context, int(low.value[:4]), after=low) or high
    return TimeExpression(text[mention.start:mention.end], mention.start, mention.end,
                          low.value, low.granularity, end_value=high.value,
                          relation=mention.relation, parts=[low, high])


def _in_year(text: str, mention: Mention, context: Context, year: int,
             before: TimeExpression | None = None, after: TimeExpression | None = None
             ) -> TimeExpression | None:
    """`mention` resolved in `year`, or the year before/after to stay on its side of the
    other end."""
    for candidate in (year, year - 1) if before else (year, year + 1):
        fields = dict(mention.fields, year=candidate)
        found = _expression(text, Mention(mention.start, mention.end, mention.kind, fields),
                            context)
        if found is None:
            return None
        if before is not None and found.value <= before.value or \
                after is not None and found.value >= after.value:
            return found
    return None


def _share_year(first: Mention, second: Mention) -> None:
    """Give both ends of "between 3 and 5 May 2019" / "May to July 2019" the stated year."""
    if first.kind != "date" or second.kind != "date":
        return
    if first.fields.get("year") is None and second.fields.get("year") is not None:
        first.fields["year"] = second.fields["year"]
    elif second.fields.get("year") is None and first.fields.get("year") is not None:
        second.fields["year"] = first.fields["year"]


def _anchor_value(expression: TimeExpression) -> Value:
    """What a later "the previous day" counts from: the day this expression starts on."""
    value = expression.parts[0].value if expression.parts else expression.value
    granularity = expression.parts[0].granularity if expression.parts else expression.granularity
    return Value(value, granularity, None, _first_day(value))


def _first_day(value: str) -> dt.date | None:
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return dt.date.fromisoformat(value[:10])
        if "-W" in value:
            return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if "-Q" in value:
            return dt.date(int(value[:4]), 3 * int(value[6]) - 2, 1)
        if len(value) == 7 and value[4] == "-":
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def _segment_of(result: Result, starts: list[int], offset: int) -> int:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and offset < result.segments[index].end:
        return index
    return -1


def _reference(result: Result, segment: int) -> dt.date | None:
    """The segment's date (a live-blog update's day), else the document's date."""
    if segment >= 0:
        part = result.segments[segment]
        if part.date is not None:
            return part.date
        if part.time is not None:
            return part.time.date()
    return result.date


def _tokens(text: str, sentence: Sentence | None,
            cache: dict[int, tuple[list[Token], list[int]]]) -> tuple[list[Token], list[int]]:
    """The sentence's tokens (tokenised here if the sentence came without) and their starts."""
    if sentence is None:
        return [], []
    if sentence.index not in cache:
        tokens = sentence.tokens or tokens_for(text, sentence.start, sentence.end)
        cache[sentence.index] = (tokens, [t.start for t in tokens])
    return cache[sentence.index]
