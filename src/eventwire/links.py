"""The links stage: where a report cites another report, and which stored report that is.

Reporters point back at earlier reports in a few fixed ways: "See our report of 12 March:
<title>", "(see our earlier report)", "as we reported on Tuesday", "Read more: <title>", and
in HTML a hyperlink (ingestion hands those over as `document.links`). Each becomes a `Link`
with the title and the date the text gives, the date resolved against the document's date
(from the times stage where it has read the phrase, else with `dateparser`).
`match_link` then finds the stored report a link points to, for the store's deduplication.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from eventwire.knowledge import Knowledge
from eventwire.model import Document, Link, LinkHint, Result

__all__ = ["find_links", "match_link", "resolve_date", "run"]

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
          r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
         rf"|(?:on\s+|last\s+)?{_WEEKDAY}|yesterday|last\s+week|last\s+month"
         rf"|earlier\s+(?:today|this\s+week)|\d{{4}}-\d{{2}}-\d{{2}})")
_NOUN = r"(?:report|story|article|coverage|analysis|piece|dispatch|live\s+blog|explainer)"
_TITLE = r"[^\n]+?"
_PATTERNS = (
    # "See (also) our (earlier) report of 12 March: <title>"
    re.compile(
        rf"\(?\b[Ss]ee\s+(?:also\s+)?(?:our|the)\s+(?:\w+\s+){{0,2}}?{_NOUN}"
        rf"(?:\s+(?:of|from|on|dated)\s+(?P<date>{_DATE}))?"
        rf"(?:\s*[:–—-]\s*(?P<title>{_TITLE}))?(?=\)|[.!?]?\s*$|[.!?]\s)\)?",
        re.M),
    # "as we reported on Tuesday", "as we reported earlier"
    re.compile(rf"\b[Aa]s\s+(?:we|this\s+(?:newspaper|agency|site))\s+(?:have\s+|had\s+)?"
               rf"(?:previously\s+|first\s+)?reported(?:\s+(?:on\s+)?(?P<date>{_DATE}))?"
               rf"(?:\s+earlier)?"),
    # "Read more: <title>", "Related: <title> (March 1)", "See also: <title>, May 23"
    re.compile(rf"^[ \t]*(?:READ\s+MORE|Read\s+more|Related|RELATED|Read\s+also|"
               rf"Also\s+read|ALSO\s+READ|See\s+also|SEE\s+ALSO|Also\s+see|Background|"
               rf"More\s+on\s+this\s+story)"
               rf"[ \t]*:[ \t]*(?P<title>{_TITLE})[ \t]*$", re.M),
    # "See Yemen Brief, March 3: <title>": a publication, the day it ran, its headline
    re.compile(rf"^[ \t]*[Ss]ee\s+(?:also\s+)?(?P<publication>(?:[A-Z][\w’'&.-]*\s+){{0,4}}"
               rf"[A-Z][\w’'&.-]*),?\s+(?P<date>{_DATE})\s*[:–—-]\s*(?P<title>{_TITLE})"
               rf"[ \t]*$", re.M),
)
_TRAILING_DATE = re.compile(rf"\s*(?:\((?P<a>{_DATE})\)|[,–—-]\s*(?P<b>{_DATE}))\s*$")
"""A date after a linked title: "<title> (March 1)", "<title>, May 23"."""
_DATE_IN = re.compile(_DATE)


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.links` (reads `result.times` for dates the times stage resolved)."""
    result.links = find_links(document, result)


def find_links(document: Document, result: Result | None = None) -> list[Link]:
    """The cross-references in a document, in text order."""
    text = document.text
    times = result.times if result is not None else []
    links: list[Link] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = _strip(text, match.start(), match.end())
            if any(start < other.end and other.start < end for other in links):
                continue
            title = match.groupdict().get("title")
            date_text = match.groupdict().get("date")
            date_start = match.start("date") if date_text else -1
            if title and not date_text:
                trailing = _TRAILING_DATE.search(title)
                if trailing:
                    date_text = trailing["a"] or trailing["b"]
                    date_start = match.start("title") + title.index(date_text, trailing.start())
                    title = title[:trailing.start()]
            if title:
                title = title.strip().strip("\"“”'‘’").rstrip(".").strip() or None
            links.append(Link(text[start:end], start, end, title,
                              _date(date_text, date_start, times, document.date)))
    for hint in document.links:
        _add_hint(links, hint, text, times, document.date)
    links.sort(key=lambda link: link.start)
    return links


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n.":
        end -= 1
    return start, end


def _add_hint(links: list[Link], hint: LinkHint, text: str, times: list, date: dt.date | None
              ) -> None:
    """A hyperlink: its URL joins the written cross-reference around it, or stands alone."""
    for link in links:
        if link.start <= hint.start and hint.end <= link.end or (
                hint.start < link.end and link.start < hint.end):
            link.url = link.url or hint.url
            link.title = link.title or hint.title or (hint.text or None)
            return
    date_match = _DATE_IN.search(hint.title or "")
    link_date = _date(date_match.group(), -1, [], date) if date_match else None
    links.append(Link(hint.text, hint.start, hint.end, hint.title or hint.text or None,
                      link_date, hint.url))


def _date(phrase: str | None, start: int, times: list, base: dt.date | None) -> str | None:
    """The ISO day a date phrase names, resolved against the document's date."""
    if not phrase:
        return None
    for time in times:
        if start >= 0 and time.start <= start + len(phrase) and start <= time.end \
                and time.granularity == "day" and len(time.value) >= 10:
            value = time.value[:10]
            if base is None or value <= base.isoformat():
                return value  # a report cited is never later than the one citing it
    value = resolve_date(phrase, base)
    return value.isoformat() if value else None


@lru_cache(maxsize=1024)
def resolve_date(phrase: str, base: dt.date | None) -> dt.date | None:
    """Resolve "12 March", "on Tuesday", "yesterday" to the day before or on `base`.

    A cross-reference points back in time, so a date without a year is the latest such day
    not after the document's date ("12 March" in a May 2019 report is 2019-03-12).
    """
    import dateparser

    cleaned = re.sub(r"^(?:on|last)\s+(?=[A-Z])", "", phrase.strip())
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(cleaned, settings=settings, languages=["en"])
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def match_link(link: Link | Mapping[str, Any], candidates: Iterable[Any]) -> str | None:
    """The id of the stored report a link points to, or None if none matches well enough.

    Candidates are mappings or objects with `id`, `title`, `date` (ISO string or date) and
    optionally `url`. A matching URL decides; otherwise titles must be alike (word overlap
    and character similarity) and a date the link gives must agree within a day. A link with
    a date but no title matches only when exactly one candidate has that date.
    """
    url = _norm_url(_field(link, "url"))
    title = _norm_title(_field(link, "title"))
    day = _as_date(_field(link, "date"))
    best_id: str | None = None
    best = 0.0
    same_day: list[str] = []
    for candidate in candidates:
        cid = _field(candidate, "id")
        if cid is None:
            continue
        if url and url == _norm_url(_field(candidate, "url")):
            return str(cid)
        cday = _as_date(_field(candidate, "date"))
        gap = abs((cday - day).days) if day and cday else None
        if gap == 0:
            same_day.append(str(cid))
        if not title:
            continue
        similarity = _similarity(title, _norm_title(_field(candidate, "title")))
        if gap is not None:
            if gap > 1:
                continue
            similarity += 0.1 if gap == 0 else 0.05
        if similarity > best:
            best, best_id = similarity, str(cid)
    if title:
        return best_id if best >= 0.6 else None
    return same_day[0] if day and len(same_day) == 1 else None


def _field(item: Any, name: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(name)
    return getattr(item, name, None)


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _norm_url(url: Any) -> str | None:
    if not isinstance(url, str) or not url.strip():
        return None
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return url.split("#")[0].rstrip("/")


def _norm_title(title: Any) -> str:
    if not isinstance(title, str):
        return ""
    return " ".join(re.findall(r"\w+", title.lower()))


def _similarity(a: str, b: str) -> float:
    """Title likeness in [0, 1]: the better of word overlap and character similarity."""
    if not a or not b:
        return 0.0
    words_a, words_b = set(a.split()), set(b.split())
    overlap = len(words_a & words_b) / max(len(words_a), len(words_b))
    return max(overlap, SequenceMatcher(None, a, b).ratio())
