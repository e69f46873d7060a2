"""The detection rules: one compiled pattern and one reader per kind of time expression.

Each rule starts with a required, distinctive word (a month, a weekday, a number, "last")
listed in its triggers; the optional words before it ("early", "last", "Tuesday,") are read
backwards by its prefix pattern. A reader turns the match into a `Mention` or rejects it after
looking at the words around it: the verb "may" is not the month, "2000 people" is not a year,
"1330 GMT" is a clock, a "(c) 2018" footer is no time at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from eventwire.times.lexicon import (
    AMBIGUOUS_MONTHS,
    COUNT_NOUNS,
    MONTH_CUES,
    MONTHS,
    NUMBERS,
    ORDINALS,
    PRESENT_REFS,
    QUANTITY_CUES,
    SEASONS,
    WEEKDAYS,
    YEAR_CUES,
)
from eventwire.times.mention import (
    BACK_WORD,
    Mention,
    Text,
    next_word,
    prev_word,
)

Reader = Callable[[Any, str], "Mention | None"]
Rule = tuple[re.Pattern[str], Reader, int, "re.Pattern[str] | None", frozenset[str]]
YEARLIKE, SHORT, ALNUM = "#4", "#12", "#x"
"""Triggers of rules that start with a number: four digits ("2019", "1330"), one or two
("6", "09"), or digits and letters ("12th", "1990s", "3pm")."""


def _names(words: list[str]) -> str:
    """Title-case and upper-case forms of `words` as one alternation (longest first)."""
    forms = sorted({f for w in words for f in (w.title(), w.upper())}, key=len, reverse=True)
    return "|".join(forms)


_FULL_MONTHS = [w for w in MONTHS if len(w) > 3 and w != "sept"]
_ABBREVIATIONS = [w for w in MONTHS if len(w) <= 4 and w not in ("may", "june", "july")]
MONTH = (rf"(?:{_names(_FULL_MONTHS)}|May|MAY)(?![A-Za-z])"
         rf"|(?:{_names(_ABBREVIATIONS)})(?:\.|(?![A-Za-z]))")
WEEKDAY = rf"(?:{_names(list(WEEKDAYS))})(?![A-Za-z])"
_WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
ZONE = (r"(?:GMT|UTC|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|AST|IST"
        r"|(?i:local\s+time|local|hrs|hours))(?![A-Za-z])")
AMPM = r"(?:[ap]\.m\.|[ap]\.m\b|[ap]m\b|[AP]\.M\.|[AP]M\b)"
_DAY = r"(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
_YEAR_AFTER = r"(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)(?!\d|,\d))?"


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _date(m: re.Match[str], text: str) -> Mention | None:
    groups = m.groupdict()
    day = int(groups["day"]) if groups.get("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    year = int(groups["year"]) if groups.get("year") else None
    weekday = groups.get("wd")
    fields = {"month": _month(groups["month"]), "day": day, "year": year,
              "weekday": WEEKDAYS.get(weekday.lower()) if weekday else None,
              "mod": groups.get("mod")}
    return Mention(m.start(), m.end(), "date", fields)


def _month_alone(m: re.Match[str], text: str) -> Mention | None:
    word = m.group("month")
    rel = (m.group("rel") or "").lower() or None
    prev = prev_word(text, m.start())
    cued = rel is not None or m.group("mod") is not None or prev in MONTH_CUES
    if word.lower() in AMBIGUOUS_MONTHS and not cued:
        return None
    if not cued and prev[:1].isupper() and prev.isalpha():
        return None  # part of a name: "Theresa May", "Operation April"
    return Mention(m.start(), m.end(), "date",
                   {"month": _month(word), "day": None, "year": None, "weekday": None,
                    "rel": rel, "mod": m.group("mod")})


def _iso(m: re.Match[str], text: str) -> Mention | None:
    year, month, day = int(m.group("year")), int(m.group("mon")), int(m.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    fields: dict[str, Any] = {"year": year, "month": month, "day": day, "weekday": None}
    if m.group("h"):
        fields["clock"] = (int(m.group("h")), int(m.group("mi")))
    return Mention(m.start(), m.end(), "date", fields)


def _slash(m: re.Match[str], text: str) -> Mention | None:
    """d/m/yyyy or m/d/yyyy only where one part cannot be a month; never without a year."""
    a, b, year = int(m.group("a")), int(m.group("b")), m.group("y")
    year_n = int(year) if len(year) == 4 else 2000 + int(year)
    if a > 12 >= b >= 1 and a <= 31:
        day, month = a, b
    elif b > 12 >= a >= 1 and b <= 31:
        day, month = b, a
    else:
        return None
    return Mention(m.start(), m.end(), "date",
                   {"year": year_n, "month": month, "day": day, "weekday": None})


def _year(m: re.Match[str], text: str) -> Mention | None:
    year = int(m.group("year"))
    prev = prev_word(text, m.start())
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = text[max(line_start, m.start() - 12):m.start()].lower()
    if "©" in before or "(c)" in before or "copyright" in before:
        return None  # a copyright footer, not a time the text talks about
    nxt = next_word(text, m.end())
    if prev in YEAR_CUES or m.group("poss"):
        if nxt.lower() in COUNT_NOUNS and prev not in ("in", "since", "of", "the"):
            return None
        return Mention(m.start(), m.end(), "year", {"year": year})
    if year < 1900 or prev in QUANTITY_CUES:
        return None
    if nxt.lower() in COUNT_NOUNS or (nxt[:1].isdigit()):
        return None
    return Mention(m.start(), m.end(), "year", {"year": year})


def _year_range(m: re.Match[str], text: str) -> Mention | None:
    first = int(m.group("y1"))
    second_text = m.group("y2")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first or second - first > 50:
        return None
    a = Mention(m.start("y1"), m.end("y1"), "year", {"year": first})
    b = Mention(m.start("y2"), m.end("y2"), "year", {"year": second})
    return Mention(m.start(), m.end(), "range", {}, [a, b])


def _decade(m: re.Match[str], text: str) -> Mention | None:
    if m.group("dec"):
        decade = int(m.group("dec")) // 10
    else:
        two = int(m.group("dec2"))
        decade = (1900 + two) // 10 if two >= 20 else (2000 + two) // 10
    return Mention(m.start(), m.end(), "decade", {"decade": decade})


def _weekday(m: re.Match[str], text: str) -> Mention | None:
    rel = (m.group("rel") or "").lower() or None
    part = (m.group("part") or "").lower() or None
    return Mention(m.start(), m.end(), "weekday",
                   {"weekday": WEEKDAYS[m.group("wd").lower()], "rel": rel, "part": part})


_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _deictic(m: re.Match[str], text: str) -> Mention | None:
    word = m.group("word").lower()
    part = (m.group("part") or "").lower() or ("night" if word == "tonight" else None)
    return Mention(m.start(), m.end(), "deictic", {"offset": _DEICTIC[word], "part": part})


def _part_of_day(m: re.Match[str], text: str) -> Mention | None:
    which = m.group("which").lower().split()[-1]
    part = m.group("part").lower()
    offset = -1 if which == "last" else 0
    if which == "last" and part != "night":
        return None  # "last morning" is not English; "last evening" rare and ambiguous
    return Mention(m.start(), m.end(), "deictic", {"offset": offset, "part": part})


_SHIFTS = {"this": 0, "last": -1, "next": 1, "the current": 0, "this past": -1,
           "the coming": 1, "the previous": -1, "the following": 1, "that": 0, "the same": 0,
           "the next": 1, "the prior": -1, "the past": -1}
_ANCHORED = {"the previous", "the following", "that", "the same", "the next", "the prior"}


def _unit(m: re.Match[str], text: str) -> Mention | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    if rel in ("the past", "the next", "the coming") and unit != "weekend":
        return None  # "the past week", "the next year": durations in most uses
    if rel in _ANCHORED:
        if unit in ("weekend", "decade", "century"):
            return None
        return Mention(m.start(), m.end(), "anchored",
                       {"unit": unit, "n": _SHIFTS[rel], "mod": m.group("mod")})
    if unit == "day":
        return None
    return Mention(m.start(), m.end(), "unit",
                   {"unit": unit, "shift": _SHIFTS[rel], "mod": m.group("mod")})


def _weekend(m: re.Match[str], text: str) -> Mention | None:
    return Mention(m.start(), m.end(), "weekend", {})


def _ago(m: re.Match[str], text: str) -> Mention | None:
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else NUMBERS[word]
    unit = m.group("unit").lower()
    direction = m.group("dir").lower()
    if direction == "ago":
        return Mention(m.start(), m.end(), "ago", {"unit": unit, "n": n})
    sign = -1 if direction in ("earlier", "before") else 1
    nxt = next_word(text, m.end())
    if direction in ("before", "after") and nxt[:1].isalnum():
        return None  # "two days after the attack": anchored to an event, not a time
    return Mention(m.start(), m.end(), "anchored", {"unit": unit, "n": sign * n})


def _clock(m: re.Match[str], text: str) -> Mention | None:
    groups = m.groupdict()
    if groups.get("word"):
        word = groups["word"].lower()
        hour = 0 if word == "midnight" else 12
        return Mention(m.start(), m.end(), "clock", {"hour": hour, "minute": 0})
    if groups.get("hm"):
        hour, minute = int(groups["hm"][:2]), int(groups["hm"][2:])
    else:
        hour = int(groups["h"])
        minute = int(groups["mi"]) if groups.get("mi") else 0
    ampm = (groups.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    if groups.get("sep") == "." and not (ampm or groups.get("zone")):
        return None  # "2.46" is a number unless a.m./p.m. or a zone follows
    if not (ampm or groups.get("zone")) and prev_word(text, m.start()) not in (
            "at", "by", "around", "about", "from", "until", "till", "before", "after", "to",
            "since", "approximately", "update", "updated"):
        return None  # "09:15" alone may be a score or a verse; a cue makes it a clock
    return Mention(m.start(), m.end(), "clock", {"hour": hour, "minute": minute})


def _quarter(m: re.Match[str], text: str) -> Mention | None:
    groups = m.groupdict()
    q = ORDINALS.get((groups.get("q") or "").lower()) or int(groups.get("qn") or 0)
    year = groups.get("y1") or groups.get("y2")
    rel = (groups.get("rel") or "").lower() or None
    return Mention(m.start(), m.end(), "quarter",
                   {"quarter": q, "year": int(year) if year else None, "rel": rel})


def _half(m: re.Match[str], text: str) -> Mention | None:
    half = 1 if m.group("h").lower() == "first" else 2
    year = m.group("y")
    rel = (m.group("rel") or "").lower() or None
    if not year and not rel and not re.match(r"\s+of\s+(?:the|this)\s+year", text[m.end():]):
        nxt = next_word(text, m.end()).lower()
        if nxt == "of":
            return None  # "the first half of the match"
    return Mention(m.start(), m.end(), "half",
                   {"half": half, "year": int(year) if year else None, "rel": rel})


def _season(m: re.Match[str], text: str) -> Mention | None:
    groups = m.groupdict()
    year = groups.get("y") or groups.get("y2")
    rel = (groups.get("rel") or "").lower() or None
    if rel is None and not year:
        return None  # "spring" alone is more often a noun or verb than a season
    if rel == "the" and not year and next_word(text, m.end()).lower() == "of":
        return None  # "the fall of Aleppo"
    return Mention(m.start(), m.end(), "season",
                   {"season": SEASONS[groups["season"].lower()],
                    "year": int(year) if year else None, "rel": rel})


def _period(m: re.Match[str], text: str) -> Mention | None:
    """A reporting period named by its place in the text ("the quarter", "the year-ago
    quarter"): counted from the last quarter mentioned."""
    earlier = bool(m.group("earlier"))
    if m.group("unit") is None:  # "year-earlier results" alone
        return Mention(m.start(), m.end(), "period", {"n": -4, "bare": True})
    return Mention(m.start(), m.end(), "period", {"n": -4 if earlier else 0, "bare": False})


def _holiday(m: re.Match[str], text: str) -> Mention | None:
    rel = prev_word(text, m.start())
    start = m.start()
    if rel in ("last", "next", "this"):
        back = BACK_WORD.match(text.reverse if isinstance(text, Text) else text[::-1],
                               len(text) - start)
        start -= len(back.group()) if back else 0
    return Mention(start, m.end(), "holiday",
                   {"holiday": re.sub(r"\W+", " ", m.group("name").lower()).strip(),
                    "year": int(m.group("year")) if m.group("year") else None,
                    "rel": rel if rel in ("last", "next") else None})


def _the_year(m: re.Match[str], text: str) -> Mention | None:
    return Mention(m.start(), m.end(), "this_year", {})


def _ref(m: re.Match[str], text: str) -> Mention | None:
    key = re.sub(r"\s+", " ", m.group().lower())
    return Mention(m.start(), m.end(), "ref", {"value": PRESENT_REFS[key]})


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags | re.X)


def _p(pattern: str) -> re.Pattern[str]:
    """A prefix pattern: optional words that must end exactly where the rule's match starts."""
    return re.compile(rf"(?i)(?:{pattern})")


def _cases(words) -> str:
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:])}
    return "|".join(sorted((re.escape(f).replace(r"\ ", r"\s+") for f in forms),
                           key=len, reverse=True))


_WD_PREFIX = rf"(?:(?P<wd>{'|'.join(WEEKDAYS)}),?\s+|{_WEEKDAY_ABBR},?\s+)?"
_MODS = (r"early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
         r"|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|end|start")
_MOD_PREFIX = rf"(?:(?P<mod>{_MODS})[\s-]+)?"
_DATE_PREFIX = _p(rf"{_WD_PREFIX}{_MOD_PREFIX}(?:the\s+)?")
_MONTH_PREFIX = _p(rf"(?:(?P<rel>last|next|this\s+past|this|the\s+coming)\s+)?{_MOD_PREFIX}")
_WEEKDAY_REL = _p(r"(?:(?P<rel>last|next|this\s+past|this|the\s+coming|coming|past)\s+)?")
_DECADE_PREFIX = _p(r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?")
_UNIT_PREFIX = _p(_MOD_PREFIX)
_QUARTER_PREFIX = _p(r"(?:(?P<rel>the|this|last|next|its|this\s+year's|last\s+year's"
                     r"|next\s+year's)\s+)?(?:(?P<y1>(?:19|20)\d\d)\s+)?(?:fiscal\s+)?")
_SEASON_PREFIX = _p(r"(?:(?P<rel>this\s+past|this|last|next|early|late|the)\s+)?")
_UNITS = r"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|day))"
_PART_WHICH = _cases(["last", "this", "earlier this", "later this", "early this", "late last"])
_NUMBER_WORDS = _cases(sorted(NUMBERS, key=len, reverse=True))
_REL_WORDS = _cases(["this past", "this", "last", "next", "the past", "the previous",
                     "the coming", "the current", "the following", "the same", "the next",
                     "the prior", "that"])

_PATTERNS = (
    (_c(r"(?<![\d-])(?P<year>\d{4})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"
        r"(?:[T\s](?P<h>[0-2]\d):(?P<mi>[0-5]\d))?(?![\d])"), _iso, 9, None),
    (_c(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"), _slash, 8,
     None),
    (_c(rf"{_DAY}\s+(?:of\s+)?(?P<month>{MONTH}){_YEAR_AFTER}"), _date, 8, _DATE_PREFIX),
    (_c(rf"(?P<month>{MONTH})\s+{_DAY}(?!\d|,\d{{3}}|:\d){_YEAR_AFTER}"), _date, 8,
     _DATE_PREFIX),
    (_c(rf"(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>(?:1[5-9]|20)\d\d)(?!\d|,\d)"), _date, 7,
     _MONTH_PREFIX),
    (_c(rf"(?P<month>{_names(_FULL_MONTHS)}|May|MAY)(?![A-Za-z])"), _month_alone, 5,
     _MONTH_PREFIX),
    (_c(r"(?<![\w$£€#.,/-])(?P<y1>(?:19|20)\d\d)\s*[-\u2013]\s*(?P<y2>(?:19|20)?\d\d)"
        r"(?![\d,%])"), _year_range, 6, None),
    (_c(r"(?<![\w$£€#.,/:-])(?P<year>(?:1[5-9]|20)\d\d)(?P<poss>'s)?"
        rf"(?![\w,]\d|\d|%|-\d|\.\d|\s*(?:{ZONE}|{AMPM}))"), _year, 4, None),
    (_c(r"(?:(?P<dec>(?:1[5-9]|20)\d0)|'(?P<dec2>\d0))'?s(?![\w'])"), _decade, 6,
     _DECADE_PREFIX),
    (_c(rf"(?P<wd>{WEEKDAY})(?:,?\s+(?P<part>(?i:morning|afternoon|evening|night)))?"),
     _weekday, 5, _WEEKDAY_REL),
    (_c(rf"(?P<word>{_cases(['today', 'tonight', 'yesterday', 'tomorrow'])}|TODAY|YESTERDAY)"
        r"\b(?:\s+(?P<part>(?i:morning|afternoon|evening|night))\b)?"), _deictic, 5, None),
    (_c(rf"(?P<which>{_PART_WHICH})\s+"
        r"(?P<part>night|morning|afternoon|evening)\b"), _part_of_day, 5, None),
    (_c(rf"(?P<rel>{_REL_WORDS})\s+{_UNITS}\b(?!-)"), _unit, 5, _UNIT_PREFIX),
    (_c(rf"(?:{_cases(['the', 'this', 'last', 'next'])})\s+[Ww]eekend\b"), _weekend, 4, None),
    (_c(rf"(?P<n>\d+|{_NUMBER_WORDS})\s+(?P<unit>day|week|month|year|decade)s?"
        r"\s+(?P<dir>ago|earlier|later|before|after)\b"), _ago, 6, None),
    (_c(r"(?<![\d:.,$])(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<mi>[0-5]\d)(?![\d:])"
        rf"(?:\s*(?P<ampm>{AMPM}))?(?:\s*(?P<zone>{ZONE}))?"), _clock, 7, None),
    (_c(rf"(?<![\d:.,$])(?P<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)\s*(?P<zone>{ZONE})"), _clock, 7,
     None),
    (_c(rf"(?<![\d:.,$])(?P<h>1[0-2]|0?[1-9])\s*(?P<ampm>{AMPM})(?:\s*(?P<zone>{ZONE}))?"),
     _clock, 7, None),
    (_c(rf"(?P<word>{_cases(['noon', 'midnight', 'midday'])})\b"), _clock, 5, None),
    (_c(r"(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?"
        r"[Qq]uarter\b(?:\s+of\s+(?:fiscal\s+)?(?P<y2>(?:19|20)\d\d))?"), _quarter, 6,
     _QUARTER_PREFIX),
    (_c(r"\bQ(?P<qn>[1-4])\s+(?P<y1>(?:19|20)\d\d)\b"), _quarter, 6, None),
    (_c(r"(?P<h>[Ff]irst|[Ss]econd)\s+half\b"
        r"(?:\s+of\s+(?:(?P<y>(?:19|20)\d\d)|(?P<rel>this|last|next)\s+year))?"), _half, 5,
     _p(r"(?:the\s+)?")),
    (_c(r"(?P<season>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\b"
        r"(?:\s+of\s+(?P<y>(?:19|20)\d\d)|\s+(?P<y2>(?:19|20)\d\d))?"), _season, 5,
     _SEASON_PREFIX),
    (_c(r"(?P<the>[Tt]he|[Tt]hat)\s+(?:(?P<latest>latest|same|comparable|corresponding)\s+)?"
        r"(?:(?P<earlier>year-earlier|year-ago|prior-year)\s+)?(?:fiscal\s+)?"
        r"(?P<unit>quarter|period)\b(?<!the\speriod)(?<!that\speriod)"
        r"(?!\s+(?:before|after|earlier|later|ago)\b)"), _period, 4, None),
    (_c(r"(?P<earlier>[Yy]ear-earlier|[Yy]ear-ago)(?P<unit>)(?!\s+(?:fiscal\s+)?"
        r"(?:quarter|period))"), _period, 3, None),
    (_c(r"(?:[Tt]he|[Tt]his)\s+(?:(?:current|full|whole|entire)\s+)?(?:fiscal\s+)?year\b"
        rf"(?!-|'s|\s+(?:ago|earlier|before|later|after|to|on|of|in|that|when|\d|{_NUMBER_WORDS})"
        r"\b)"), _the_year, 2,
     None),
    (_c(r"(?P<name>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)"
        r"|Thanksgiving(?:\s+Day)?)(?:,?\s+(?P<year>(?:19|20)\d\d))?"), _holiday, 5, None),
    (_c(rf"(?:{_cases(PRESENT_REFS)})\b(?![-])(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?"
        r"|years?|decades?|centur)\b)"), _ref, 3, None),
)
"""(pattern, reader, priority, prefix): ties between overlapping matches go to priority."""

_MONTH_WORDS = ["january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
_TRIGGERS: tuple[tuple[str, ...], ...] = (
    (YEARLIKE,), (SHORT,), (SHORT, ALNUM), tuple(_MONTH_WORDS), tuple(_MONTH_WORDS),
    tuple(_MONTH_WORDS), (YEARLIKE,), (YEARLIKE,), (ALNUM, "'"), tuple(WEEKDAYS),
    ("today", "tonight", "yesterday", "tomorrow"),
    ("last", "this", "earlier", "later", "early", "late"),
    ("this", "last", "next", "the", "that"), ("the", "this", "last", "next"),
    (SHORT, *NUMBERS), (SHORT,), (YEARLIKE,), (SHORT, ALNUM), ("noon", "midnight", "midday"),
    (ALNUM, "first", "second", "third", "fourth"), ("q1", "q2", "q3", "q4"),
    ("first", "second"), tuple(SEASONS), ("the", "that"), ("year",),
    ("the", "this"), ("christmas", "new", "thanksgiving"),
    tuple({key.split()[0] for key in PRESENT_REFS}),
)
"""Per rule (same order), the words (lower-cased) or number shapes that can start it."""


RULES: tuple[Rule, ...] = tuple((*rule, frozenset(words))
                                for rule, words in zip(_PATTERNS, _TRIGGERS, strict=True))

BY_TRIGGER: dict[str, list[Rule]] = {}
for _rule in RULES:
    for _word in _rule[4]:
        BY_TRIGGER.setdefault(_word, []).append(_rule)


def _trie(words: list[str]) -> str:
    """An alternation of `words` as a trie, so the engine tries one branch per character."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())
                    if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_TRIGGER_WORDS = [w for w in BY_TRIGGER if w[0].isalpha()]
WORD = re.compile(
    r"\b(?:" + _trie(sorted({f for w in _TRIGGER_WORDS for f in (w, w.title(), w.upper())}))
    + r")\b|\b\d\w*|'(?=\d0s)")
"""Every word that can start a time expression, in one scan (about a fifth of all words)."""



_WORD_START = re.compile(r"\b(?=\w)")
_PREFIX_WORDS = 7


def number_shape(token: str) -> str:
    if not token.isdigit():
        return ALNUM
    return YEARLIKE if len(token) == 4 else SHORT if len(token) <= 2 else ""


_PREFIX_ENDS = frozenset({
    ",", "the", "of", "early", "late", "mid", "earlier", "later", "end", "start", "last",
    "next", "this", "past", "coming", "fiscal", "its", "year's", *WEEKDAYS,
})
"""Words that can end a prefix: any other word before a match means there is none."""


def read_prefix(prefix: re.Pattern[str], text: str, position: int) -> re.Match[str] | None:
    """The longest run of prefix words ending right at `position` ("early last", "the")."""
    last = prev_word(text, position)
    if last not in _PREFIX_ENDS and not (last.isdigit() and len(last) == 4):
        return None
    starts = [m.start() for m in _WORD_START.finditer(text, max(0, position - 60), position)]
    for start in starts[-_PREFIX_WORDS:]:
        match = prefix.fullmatch(text, start, position)
        if match is not None:
            return match
    return None
