"""Live blogs as their readers read them (issue 21): block quotes and embedded posts,
cross-reference lines, claimants, participles around speakers, headlines, update markup.

The pages in `tests/liveblogs/` (Sudan, Yemen, Gaza, Myanmar, Ukraine, Haiti; text and HTML)
and what each must give are written by hand in `tests/liveblogs/expected.yaml`.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from eventwire import code
from eventwire.ingest.html import html_document
from liveblog_scoring import (
    Tally,
    coded,
    event_problems,
    expectations,
    score_claimants,
    score_links,
    score_quotes,
    segment_problems,
)

EXPECTED = expectations()


@cache
def result_of(name: str) -> dict:
    return coded(name, EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("score", [score_quotes, score_links, score_claimants],
                         ids=["quotes", "links", "claims"])
def test_every_expected_record_and_nothing_else(name, score):
    key = {score_quotes: "quotes", score_links: "links", score_claimants: "claims"}[score]
    tally = Tally()
    score(result_of(name), EXPECTED[name].get(key, []), tally)
    assert tally.misses == []
    assert tally.extra == 0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_events_and_updates(name):
    result = result_of(name)
    assert list(event_problems(result, EXPECTED[name])) == []
    assert list(segment_problems(result, EXPECTED[name])) == []


def test_cross_reference_lines_date_nothing_and_never_point_ahead():
    text = ("UPDATE 0900 GMT: Troops shelled the village, residents said.\n\n"
            "See Sahel Brief, December 28: Junta Expels French Ambassador\n")
    result = code(text, date="2024-01-03").to_dict()
    (link,) = result["links"]
    assert link["date"] == "2023-12-28"  # the December before the January report
    assert [(e["text"], e["date"]) for e in result["events"]] == [
        ("shelled", "2024-01-03"), ("said", "2024-01-03")]
    assert result["claims"] == []
    assert result["quotes"][0]["text"] == "Troops shelled the village"


def test_an_embedded_post_without_an_introduction_speaks_for_its_author():
    page = """<html><head><meta property="article:published_time" content="2024-05-25T07:00:00Z">
    </head><body><article><h1>Kharkiv live</h1>
    <p>Rescue teams worked through the night at the hypermarket in Kharkiv, officials said.</p>
    <blockquote class="embedded-post"><p>Russia struck Kharkiv again with guided bombs.
    Our air defence needs more systems now.</p>
    <footer>— Volodymyr Zelensky (@ZelenskyyUa) <time datetime="2024-05-25T15:55:00Z">May 25,
    2024</time></footer></blockquote>
    <p>Ukraine's foreign ministry said it would ask partners for more air defence systems.</p>
    </article></body></html>"""
    document = html_document(page, source="page.html", doc_id="kharkiv", date=None)
    blocks = [q for q in code(document).to_dict()["quotes"] if q["kind"] == "block"]
    assert [(q["speaker_text"], q["speaker"]["code"], q["time"]) for q in blocks] == [
        ("Volodymyr Zelensky", "UKRGOV", "2024-05-25T15:55Z")]
    assert blocks[0]["text"] == ("Russia struck Kharkiv again with guided bombs. Our air "
                                 "defence needs more systems now.")


def test_a_participle_that_visits_stays_an_event_of_the_speaker():
    text = ("Turkish Foreign Minister Hakan Fidan, visiting Baghdad for talks, said the PKK "
            "must leave northern Iraq.")
    events = code(text, date=dt.date(2024, 4, 22)).to_dict()["events"]
    said = [e for e in events if e["text"] == "said"]
    assert [e["source"]["code"] for e in said] == ["TURGOV"]
    visits = [e for e in events if e["text"].startswith("visiting")]
    assert all(e["source"] and e["source"]["code"] == "TURGOV" for e in visits)


@pytest.mark.parametrize(("text", "claimants", "assessment"), [
    ("Moscow has revived its false-flag talk, claiming that Ukraine is preparing to blow up "
     "the Zaporizhzhia nuclear plant.", ["RUSGOV"], ("disputed", "false-flag talk")),
    ("Russia and Belarus accused Poland of sending saboteurs across the border, without "
     "offering evidence.", ["RUS", "BLR"], ("unverified", "without offering evidence")),
])
def test_the_claimants_are_the_subject_of_the_carrying_clause(text, claimants, assessment):
    (claim,) = code(text, date="2024-04-10").to_dict()["claims"]
    assert [a["code"] for a in claim["claimants"]] == claimants
    assert claim["claimant"]["code"] == claimants[0]
    assert (claim["assessment"], claim["assessment_text"]) == assessment
