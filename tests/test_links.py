"""The links stage and `match_link`: cross-references between reports."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import code
from eventwire.links import match_link, resolve_date
from eventwire.model import Document, Link, LinkHint

REPORT = """Syrian and Russian jets struck Kafr Nabudah again on Monday, activists said.

See our report of 12 March: Regime jets strike market in Khan Shaykhun

As we reported on Tuesday, the offensive began with heavy shelling (see our earlier report).

Read more: Turkey sends reinforcements to observation posts in Idlib
"""


def links_of(text: str, date: dt.date | None = dt.date(2019, 5, 6), hints=()):
    result = code(Document(text=text, date=date, links=list(hints)))
    for link in result.links:
        assert text[link.start:link.end] == link.text
    return result.links


def test_see_our_report_of_a_date_with_a_title():
    link = links_of(REPORT)[0]
    assert link.text == ("See our report of 12 March: Regime jets strike market in Khan "
                         "Shaykhun")
    assert link.title == "Regime jets strike market in Khan Shaykhun"
    assert link.date == "2019-03-12"
    assert link.url is None


def test_every_kind_of_cross_reference():
    links = links_of(REPORT)
    assert [link.text for link in links] == [
        "See our report of 12 March: Regime jets strike market in Khan Shaykhun",
        "As we reported on Tuesday",
        "(see our earlier report)",
        "Read more: Turkey sends reinforcements to observation posts in Idlib",
    ]
    assert links[1].date == "2019-04-30"  # the Tuesday before Monday 6 May 2019
    assert links[2].date is None and links[2].title is None
    assert links[3].title == "Turkey sends reinforcements to observation posts in Idlib"


def test_a_date_without_a_year_is_never_after_the_document():
    (link,) = links_of("See our report of 12 March: Rebels shell Suqaylabiyah.",
                       date=dt.date(2019, 1, 20))
    assert link.date == "2018-03-12"


def test_anchor_from_ingestion_becomes_a_link():
    text = "The UN warned of a new displacement wave from southern Idlib on Tuesday."
    start = text.index("new displacement wave")
    hint = LinkHint("new displacement wave", start, start + 21,
                    "https://example.org/2019/05/01/idlib-displacement",
                    "Thousands flee southern Idlib - 1 May 2019")
    (link,) = links_of(text, hints=[hint])
    assert link.url == "https://example.org/2019/05/01/idlib-displacement"
    assert link.title == "Thousands flee southern Idlib - 1 May 2019"
    assert link.date == "2019-05-01"
    assert (link.start, link.end) == (start, start + 21)


def test_anchor_inside_a_written_reference_adds_its_url():
    text = "See our report of 12 March: Regime jets strike market in Khan Shaykhun"
    start = text.index("Regime")
    hint = LinkHint(text[start:], start, len(text), "https://example.org/khan-shaykhun-market")
    (link,) = links_of(text, hints=[hint])
    assert link.url == "https://example.org/khan-shaykhun-market"
    assert link.date == "2019-03-12"


def test_no_links_in_plain_reporting():
    assert links_of("Government forces shelled Kafr Nabudah. See you at the briefing.") == []


def test_resolve_date_without_a_document_date():
    assert resolve_date("12 March 2018", None) == dt.date(2018, 3, 12)
    assert resolve_date("not a date at all", dt.date(2019, 5, 6)) is None


CANDIDATES = [
    {"id": "a1", "title": "Regime jets strike market in Khan Shaykhun", "date": "2019-03-12"},
    {"id": "a2", "title": "Regime jets strike market in Maarat al-Numan", "date": "2019-03-20"},
    {"id": "a3", "title": "Turkey sends reinforcements to observation posts in Idlib",
     "date": "2019-05-04", "url": "https://example.org/turkey-reinforcements"},
]


def test_match_link_by_title_and_date():
    link = Link("See our report", 0, 14, "Regime jets strike a market in Khan Shaykhun",
                "2019-03-12")
    assert match_link(link, CANDIDATES) == "a1"


def test_match_link_rejects_a_title_on_the_wrong_day():
    link = Link("See our report", 0, 14, "Regime jets strike market in Khan Shaykhun",
                "2019-04-02")
    assert match_link(link, CANDIDATES) is None


def test_match_link_by_url_beats_everything():
    link = {"title": None, "date": None, "url": "http://www.example.org/turkey-reinforcements/"}
    assert match_link(link, CANDIDATES) == "a3"


@pytest.mark.parametrize(("link", "expected"), [
    ({"title": None, "date": "2019-05-04"}, "a3"),  # one report that day
    ({"title": None, "date": "2019-05-05"}, None),  # none that day
    ({"title": None, "date": None}, None),  # "see our earlier report": nothing to go on
    ({"title": "Ceasefire talks in Astana collapse", "date": None}, None),
])
def test_match_link_needs_enough_to_go_on(link, expected):
    assert match_link(link, CANDIDATES) == expected


def test_match_link_accepts_objects_with_attributes():
    class Stored:
        def __init__(self, id, title, date):
            self.id, self.title, self.date = id, title, date

    stored = [Stored("s1", "Rebels shell Suqaylabiyah", dt.date(2019, 5, 2))]
    link = Link("as we reported", 0, 14, "Rebels shell Suqaylabiyah", "2019-05-02")
    assert match_link(link, stored) == "s1"
    assert match_link(link, []) is None
