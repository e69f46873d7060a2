"""The situation report says what the store holds: figures, events, quotes, claims, escaping."""

from __future__ import annotations

import datetime as dt
import io
import json
from html.parser import HTMLParser

import pytest

from eventwire import reports, watch
from eventwire.dedupe.views import CanonicalStore
from eventwire.errors import InputError
from eventwire.model import Document
from eventwire.pipeline import code
from eventwire.reports import charts, writing
from eventwire.reports.data import gather, summarise
from eventwire.reports.period import Period, parse_period, parse_region
from eventwire.store import EventFilter, Store

ARTICLES = [
    ("kafr-nabudah-0505", "2019-05-05", "Barrel bombs hit Kafr Nabudah",
     "Syrian government helicopters dropped barrel bombs on Kafr Nabudah in northern Hama on "
     "Sunday, rescuers said. Residents fled north toward the Turkish border."),
    ("khan-shaykhun-0506", "2019-05-06",
     "Air strikes pound Khan Shaykhun <script>alert(1)</script>",
     "Russian warplanes bombed Khan Shaykhun in southern Idlib on Monday, killing civilians, "
     "rescue workers said. Syrian government forces shelled Kafr Nabudah in northern Hama. "
     "\"We will not stand by and watch,\" Turkish Defence Minister Hulusi Akar said. "
     "Russia denied targeting hospitals in the area."),
    ("maarat-0506", "2019-05-06", "Raids on Maarat al-Numan",
     "Russian jets struck Maarat al-Numan in Idlib on Monday, a war monitor said. Russian "
     "warplanes also bombed Khan Shaykhun in southern Idlib, the monitor said. \"The <b>Sochi</b> "
     "agreement must be respected,\" Vasily Nebenzia told the Security Council."),
]
DAY = dt.date(2019, 5, 6)
BEFORE = dt.date(2019, 5, 5)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.db"
    with Store.open(path) as store:
        for doc_id, date, title, text in ARTICLES:
            document = Document(text=text, id=doc_id, date=dt.date.fromisoformat(date),
                                title=title)
            store.add(document, code(document))
        watch.add(store, watch.parse_rules(
            "name: denials\nwhen: {claim: {text: hospitals}}\nnotify: []"))
        watch.run(store, stream=io.StringIO())
    return path


@pytest.fixture(scope="module")
def store(db):
    with Store.open(db) as store:
        yield store


class Page(HTMLParser):
    """The parts of a report page the tests look at: tags, text per section, tables, images."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.sections: dict[str, str] = {}
        self.tables: list[list[list[str]]] = []
        self.images: list[str] = []
        self._section: str | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "section":
            self._section = attrs["id"]
            self.sections[self._section] = ""
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "img":
            self.images.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._section:
            self.sections[self._section] += data + " "
        if self._cell is not None:
            self._cell.append(data)

    def figures(self) -> dict[str, tuple[int, int]]:
        """The headline table: label -> (this period, previous period)."""
        table = self.tables[0]
        return {row[0]: (int(row[1]), int(row[2])) for row in table[1:]}


@pytest.fixture(scope="module")
def page(store):
    return Page(reports.report(store, "2019-05-06", fmt="html"))


def _real_events(store, day):
    return CanonicalStore(store).count_events(EventFilter(since=day, until=day))


def test_headline_figures_equal_the_store_counts(store, page):
    figures = page.figures()
    assert figures["Event reports"] == (store.count_events(EventFilter(since=DAY, until=DAY)),
                                        store.count_events(EventFilter(since=BEFORE,
                                                                       until=BEFORE)))
    assert figures["Real events (after dedupe)"] == (_real_events(store, DAY),
                                                     _real_events(store, BEFORE))
    assert figures["Documents reporting them"] == (2, 1)
    counts = {"quotes": 0, "claims": 0}
    for doc_id, date, *_ in ARTICLES:
        if date == "2019-05-06":
            result = store.document(doc_id)["result"]
            counts["quotes"] += len(result["quotes"])
            counts["claims"] += len(result["claims"])
    assert figures["Quotes"][0] == counts["quotes"]
    assert figures["Claims"][0] == counts["claims"]
    overview = page.sections["overview"]
    real = _real_events(store, DAY)
    assert f"they are {real} real events" in overview
    assert f"from {_real_events(store, BEFORE)} to {real}" in overview


def test_the_most_severe_and_most_reported_events_appear_with_their_reports(store, page):
    records = CanonicalStore(store).events(EventFilter(since=DAY, until=DAY), limit=None)
    worst = min(records, key=lambda r: (r["goldstein"], -r["report_count"], r["id"]))
    severe = " ".join(page.sections["severe"].split())
    assert summarise(worst) in severe
    full = CanonicalStore(store).event(worst["id"])
    assert " ".join(full["reports"][0]["sentence_text"].split()) in severe
    most = max(records, key=lambda r: r["report_count"])
    assert most["report_count"] >= 2  # both outlets reported the Khan Shaykhun raid
    assert "Most reported: " in page.sections["overview"]
    assert f"{most['report_count']} reports in {most['document_count']} documents" in \
        page.sections["overview"]


def test_quotes_appear_under_their_speakers(page):
    quotes = " ".join(page.sections["quotes"].split())
    assert "Hulusi Akar" in quotes
    assert quotes.index("Hulusi Akar") < quotes.index("We will not stand by and watch")
    assert "Vasily Nebenzia" in quotes
    assert "The <b>Sochi</b> agreement must be respected" in quotes


def test_text_from_documents_is_escaped(store, page):
    html = reports.report(store, "2019-05-06", fmt="html")
    assert "script" not in page.tags and "b" not in page.tags
    assert "&lt;b&gt;Sochi&lt;/b&gt;" in html
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_claims_in_play_with_their_assessment(page):
    claims = page.sections["claims"]
    assert "targeting hospitals in the area" in claims
    assert "denied by Russia" in claims
    assert "1 claim in play: 1 denied" in claims


def test_alerts_that_fired_in_the_period_are_listed(page, store):
    alerts = page.sections["alerts"]
    assert "1 alert fired, from 1 rule." in alerts
    assert "denials" in alerts and "targeting hospitals in the area" in alerts
    quiet = Page(reports.report(store, "2019-05-05", fmt="html"))
    assert "The one stored watch rule did not fire in this period." in quiet.sections["alerts"]


def test_new_actors_are_those_not_mentioned_before(store, page):
    new = page.sections["new"]
    assert "Hulusi Akar" in new and "Vasily Nebenzia" in new
    earlier = store.document("kafr-nabudah-0505")["result"]
    named = [a["name"] for a in earlier["actors"]
             if a.get("name") and a.get("code") and not a["code"].startswith("---")]
    assert named  # the Syrian military, named on 5 May, is not new on 6 May
    for name in named:
        assert f" {name} " not in new


def test_charts_are_embedded_and_nothing_loads_from_the_network(page, store):
    html = reports.report(store, "2019-05-06", fmt="html")
    assert len(page.images) == 2
    assert all(src.startswith("data:image/png;base64,") for src in page.images)
    assert "http://" not in html and "https://" not in html
    assert "link" not in page.tags and "script" not in page.tags


def test_a_period_without_events_says_so(store):
    page = Page(reports.report(store, "2019-06-01", fmt="html"))
    assert "No events were coded in this period." in page.sections["overview"]
    assert page.figures()["Event reports"] == (0, 0)
    assert "severe" not in page.sections and not page.images


def test_region_narrows_the_figures(store):
    data = gather(store, parse_period("2019-05-06", 1), parse_region("idlib"))
    assert data.region.label == "Idlib"
    placed = [e for e in store.events(EventFilter(since=DAY, until=DAY), limit=None)
              if (e.get("place") or {}).get("admin1") == "Idlib"
              or (e.get("place") or {}).get("name") == "Idlib"]
    assert data.now.events == len(placed)
    assert data.now.events < store.count_events(EventFilter(since=DAY, until=DAY))
    syria = gather(store, parse_period("2019-05-06", 1), parse_region("Syria"))
    assert syria.now.events == store.count_events(EventFilter(since=DAY, until=DAY,
                                                              country="SY"))


def test_unknown_region_is_an_input_error(store):
    with pytest.raises(InputError, match="unknown region 'Atlantis'"):
        gather(store, parse_period("2019-05-06", 1), parse_region("Atlantis"))


def test_map_frames_the_cluster_and_says_when_borders_are_missing(store, monkeypatch):
    data = gather(store, parse_period("2019-05-06", 1))
    view = charts.map_view(data.events)
    assert view is not None and view.inside
    assert view.west < 36.6 < view.east and view.south < 35.4 < view.north
    monkeypatch.setattr(charts.borders, "outlines", lambda: None)
    png, has_borders = charts.map_png(view)
    assert png.startswith(b"\x89PNG") and not has_borders
    assert "not installed" in writing.map_caption(view, len(data.events), has_borders)


def _located(place: str, country: str, lat: float, lon: float, reports: int = 1):
    from eventwire.reports.data import RealEvent

    return RealEvent(id=hash((place, lat, reports)), day="2024-05-14", summary=place,
                     kind="ASSAULT", label="fight", quad_class=4, goldstein=-10.0,
                     modality="asserted", modalities={"asserted": reports}, disputed=False,
                     report_count=reports, document_count=1, place=place, admin1=None,
                     country=country, lat=lat, lon=lon, feature="city")


def test_each_region_with_a_fair_share_of_the_events_gets_a_map():
    # Sudan, Haiti and Myanmar in one week: three maps; Moscow's lone statement beside them
    # is under a tenth of the first region's reports and is named, not mapped
    events = [_located("El Fasher", "SD", 13.63, 25.35, 12),
              _located("Nyala", "SD", 12.05, 24.88, 3),
              _located("Port-au-Prince", "HT", 18.54, -72.34, 5),
              _located("Mandalay", "MM", 21.97, 96.08, 4),
              _located("Sagaing", "MM", 21.88, 95.98, 2),
              _located("Moscow", "RU", 55.75, 37.62, 1)]
    views = charts.map_views(events)
    assert [charts.region_name(v) for v in views] == ["Sudan", "Myanmar", "Haiti"]
    assert [[e.place for e in v.inside] for v in views] == [
        ["El Fasher", "Nyala"], ["Mandalay", "Sagaing"], ["Port-au-Prince"]]
    for view in views:
        assert all(view.west < e.lon < view.east and view.south < e.lat < view.north
                   for e in view.inside if e.lat is not None and e.lon is not None)
    assert views[0].outside == {"Russia": 1}
    assert writing.map_caption(views[0], 6, True, others=views[1:]) == (
        "Sudan: 2 of 6 located real events shown at 2 sites, sized by number of reports and "
        "coloured by quad class. The next maps show Myanmar (2) and Haiti (1). Outside the "
        "maps: Russia (1).")
    assert writing.region_caption(views[2]) == \
        "Haiti: 1 real event at 1 site, sized and coloured as above."
    assert len(charts.map_views(events[:2] + events[-1:])) == 1  # Idlib-and-Moscow case


# -- the command ---------------------------------------------------------------------------


def test_report_command_writes_html_and_markdown_with_images(run_cli, db, tmp_path):
    out = tmp_path / "brief.html"
    result = run_cli("report", "--db", str(db), "--date", "2019-05-06", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    md = tmp_path / "brief.md"
    result = run_cli("report", "--db", str(db), "--date", "2019-05-06", "--days", "2",
                     "--out", str(md))
    assert result.exit_code == 0, result.output
    text = md.read_text(encoding="utf-8")
    assert "](brief-map.png)" in text and "](brief-timeline.png)" in text
    assert (tmp_path / "brief-map.png").read_bytes().startswith(b"\x89PNG")
    assert "# Situation report: 5–6 May 2019" in text


def test_markdown_on_stdout_has_no_charts_and_escapes_markup(run_cli, db):
    result = run_cli("report", "--db", str(db), "--date", "2019-05-06")
    assert result.exit_code == 0
    assert "Charts are left out" in result.output
    assert "Hulusi Akar" in result.output
    assert r"\<b\>Sochi\</b\>" in result.output and "<b>" not in result.output


def test_empty_store_reports_no_events(run_cli, tmp_path):
    Store.open(tmp_path / "empty.db").close()
    result = run_cli("report", "--db", str(tmp_path / "empty.db"), "--date", "2019-05-06")
    assert result.exit_code == 0
    assert "No events were coded in this period." in result.output
    assert "No watch rules are stored" in result.output


@pytest.mark.parametrize(("args", "message"), [
    (("--date", "2019-13-01"), "--date"),
    (("--date", "2019-05-06", "--days", "0"), "expected a number of days from 1"),
    (("--date", "2019-05-06", "--region", "Atlantis"), "unknown region 'Atlantis'"),
    (("--date", "2019-05-06", "--out", "brief.pdf"), "written as .html, .htm or .md"),
])
def test_bad_input_is_one_line_error(run_cli, db, args, message):
    result = run_cli("report", "--db", str(db), *args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_missing_store_is_one_line_error(run_cli, tmp_path):
    result = run_cli("report", "--db", str(tmp_path / "none.db"), "--date", "2019-05-06")
    assert result.exit_code == 1 and "no such database" in result.output


# -- sentences and periods -----------------------------------------------------------------


@pytest.mark.parametrize(("now", "before", "expected"), [
    (31, 12, "Real events rose from 12 to 31 (+158%)"),
    (6, 10, "Real events fell from 10 to 6 (−40%)"),
    (7, 7, "Real events held at 7"),
    (5, 0, "Real events appeared: 5, against none in the previous period"),
    (0, 0, "There were no real events in either period"),
])
def test_change_phrase_follows_the_figures(now, before, expected):
    assert writing.change_phrase("real events", now, before) == expected


def test_periods_and_their_labels():
    week = parse_period("2019-05-10", 7)
    assert (week.start, week.days, week.label) == (dt.date(2019, 5, 4), 7, "4–10 May 2019")
    assert week.previous() == Period(dt.date(2019, 4, 27), dt.date(2019, 5, 3))
    assert week.previous().label == "27 Apr – 3 May 2019"
    assert parse_period("2019-05-06", None).label == "6 May 2019"


def test_gathered_data_is_plain_json_like(store):
    data = gather(store, parse_period("2019-05-06", 1))
    assert json.dumps(data.now.__dict__)
    assert data.timeline_days[-1] == "2019-05-06" and len(data.timeline_days) == 7
