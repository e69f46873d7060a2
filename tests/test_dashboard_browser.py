"""The dashboard in real headless Chromium (Debian's), driven by Playwright, with no network.

Every request that is not to the local server is aborted, so the page proves it needs no
tile server or CDN. A screenshot is saved under test-artifacts/ for a human to look at.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from eventwire.web.app import STATIC

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]

if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def _serving(app):
    """An ASGI app served by uvicorn on loopback in a thread, for the browser to load."""
    import uvicorn

    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "server did not start"
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(corpus_db):
    """The dashboard over the sample corpus."""
    from eventwire.web import create_app

    assert (STATIC / "dist" / "app.js").exists(), "dashboard not built: run `make setup`"
    with _serving(create_app(corpus_db)) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@contextlib.contextmanager
def _pages(browser, server: str):
    """Open the dashboard at a path (a permalink's query) in a viewport, offline; on leaving,
    no page may have thrown or tried to reach the network."""
    contexts = []

    def _open(path: str = "/", viewport: dict | None = None):
        context = browser.new_context(viewport=viewport or {"width": 1400, "height": 1000})
        outside: list[str] = []

        def only_local(route):
            if route.request.url.startswith(server):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", only_local)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(server + path)
        page.wait_for_selector("body[data-ready=true]", timeout=120000)
        contexts.append((context, errors, outside))
        return page

    yield _open
    for context, errors, outside in contexts:
        assert errors == [], f"JavaScript errors: {errors}"
        assert outside == [], f"the page tried to reach the network: {outside}"
        context.close()


@pytest.fixture
def open_page(browser, server):
    with _pages(browser, server) as opener:
        yield opener


@pytest.fixture
def page(open_page):
    return open_page()


def _marker_and_cluster_count(page) -> int:
    return page.locator(".event-marker, .marker-cluster").count()


def test_page_loads_offline_with_borders_markers_and_timeline(page):
    assert page.locator("#map path.leaflet-interactive, #map svg path").count() > 50
    assert _marker_and_cluster_count(page) > 0
    assert page.locator("#timeline rect.bar").count() > 0
    assert page.locator("#event-list li").count() > 0
    assert page.locator("#quotes li.quote").count() > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)


def test_a_filter_changes_the_events(page):
    before = page.locator("#event-list li").count()
    status_before = page.locator("#status").inner_text()
    page.select_option("#filter-modality", "speculated")
    page.wait_for_function(
        "before => document.querySelector('#status').textContent !== before", arg=status_before)
    after = page.locator("#event-list li").count()
    assert after < before
    # a real event is listed when one of its reports is speculated (others may assert it)
    rows = page.locator("#event-list li")
    assert rows.count() > 0
    for index in range(rows.count()):
        assert "speculated" in rows.nth(index).get_attribute("data-modalities").split()


def test_detail_panel_highlights_the_source_sentence(page):
    page.locator("#event-list li").first.click()
    mark = page.locator("#detail .report-sentence mark.source-span").first
    mark.wait_for(timeout=10000)
    sentence = page.locator("#detail .report-sentence").first.inner_text()
    assert mark.inner_text() and mark.inner_text() in sentence
    assert page.locator("#detail .detail-modality").inner_text()
    page.locator("#detail a", has_text="show in document").first.click()
    page.locator("#detail .document-text mark").wait_for(timeout=10000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-detail.png"), full_page=True)


def _inside_map(page, selector: str):
    """The first element matching `selector` drawn inside the map's frame (Leaflet also keeps
    markers just outside it, hidden by the frame)."""
    frame = page.locator("#map").bounding_box()
    for node in page.locator(selector).all():
        box = node.bounding_box()
        if box is None:
            continue
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        if frame["x"] + 10 < x < frame["x"] + frame["width"] - 10 \
                and frame["y"] + 10 < y < frame["y"] + frame["height"] - 30:
            return node
    return None


def test_clicking_a_marker_opens_its_event(page):
    if _inside_map(page, ".event-marker") is None:  # everything clustered: zoom into one
        _inside_map(page, ".marker-cluster").click()
        page.wait_for_timeout(800)
    _inside_map(page, ".event-marker").click()
    page.locator("#detail h2").wait_for(timeout=10000)
    assert "CAMEO" in page.locator("#detail h2").inner_text()


# -- the analyst's views: base map, one filter state, permalinks, phone ----------------------


def _api(page, server_path: str) -> dict:
    return page.request.get(page.url.split("/?")[0].rstrip("/") + server_path).json()


def _wait_for_url(page, fragment: str) -> None:
    page.wait_for_function("f => window.location.search.includes(f)", arg=fragment,
                           timeout=30000)
    page.wait_for_function("f => document.body.dataset.filters === window.location.search",
                           arg=None, timeout=30000)


def _screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def _view(page) -> tuple[float, float, float, float]:
    """The map's visible south, west, north, east (the page writes them on every move)."""
    south, west, north, east = (float(v) for v in
                                page.locator("#map").get_attribute("data-bounds").split(","))
    return south, west, north, east


def _places(page, query: str = "") -> list[tuple[float, float]]:
    items = _api(page, f"/api/events?limit=5000{query}")["items"]
    return [(e["place"]["lat"], e["place"]["lon"]) for e in items
            if e.get("place") and e["place"].get("lat") is not None]


def _in_view(view, place) -> bool:
    south, west, north, east = view
    return south <= place[0] <= north and west <= place[1] <= east


def test_first_view_is_fitted_to_every_event(page):
    places = _places(page)
    assert len(places) > 300
    view = _view(page)
    assert [p for p in places if not _in_view(view, p)] == []
    assert page.locator("#map").get_attribute("data-follow") == "true"
    # a view that follows the events is no explicit view: the link opens fitted too
    assert "map=" not in page.locator("#permalink").get_attribute("href")


def test_a_filter_refits_the_view_to_what_it_matches(page):
    everything = _view(page)
    page.fill("#filter-country", "LBY")
    page.press("#filter-country", "Enter")
    _wait_for_url(page, "country=LBY")
    libya = _places(page, "&country=LBY")
    assert libya
    view = _view(page)
    assert all(_in_view(view, p) for p in libya)
    assert (view[3] - view[1]) < (everything[3] - everything[1]) / 3  # zoomed in on Libya


def test_country_zoom_shows_country_names_styled_clusters_and_country_level_areas(open_page):
    page = open_page("/?map=35.5,37.0,5")
    page.wait_for_selector(".place-label.label-country")
    countries = page.locator(".place-label.label-country").evaluate_all(
        "labels => labels.map(l => l.textContent)")  # shown in capitals by the style sheet
    assert "Syria" in countries and "Turkey" in countries
    assert page.locator(".label-admin1").count() == 0  # no province names at country zoom
    cluster = page.locator(".marker-cluster").first
    cluster.wait_for()
    colour = cluster.evaluate("node => getComputedStyle(node).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")  # the cluster stylesheet is loaded
    assert cluster.locator("span").inner_text().strip().isdigit()
    badges = page.locator(".country-badge")
    assert badges.count() > 0  # country-level events: a badge and an outlined country
    assert page.locator("path.country-events").count() > 0
    syria = page.locator('.country-badge[data-country="SY"]')
    assert int(syria.inner_text()) > 0
    syria.click()
    page.locator("#detail h2", has_text="placed only in").wait_for()
    _screenshot(page, "map-country-zoom.png")


def test_province_zoom_shows_province_lines_and_place_names(open_page):
    page = open_page("/?map=35.6,36.6,8")
    page.wait_for_selector(".place-label.label-admin1")
    provinces = page.locator(".place-label.label-admin1").all_inner_texts()
    assert {"Idlib", "Hama"} <= set(provinces)
    assert page.locator(".place-label.label-place, .place-label.label-city").count() > 15
    assert int(page.locator("#map").get_attribute("data-province-lines")) > 20
    assert page.locator("#map path.province-line").count() == 1
    markers = page.locator(".event-marker")
    assert markers.count() + page.locator(".marker-cluster").count() > 5
    precisions = {markers.nth(i).get_attribute("data-precision") for i in range(markers.count())}
    assert precisions <= {"1", "2", "3"}
    _screenshot(page, "map-province-zoom.png")


def test_a_filter_holds_for_timeline_list_exports_and_url(page):
    page.select_option("#filter-plover", "ASSAULT")
    _wait_for_url(page, "plover=ASSAULT")
    listed = _api(page, "/api/events?plover=ASSAULT&limit=1")["total"]
    assert int(page.locator("#event-list").get_attribute("data-total")) == listed
    assert f"of {listed}" in page.locator("#page-label").inner_text()
    rows = _api(page, "/api/timeline?plover=ASSAULT")["rows"]
    everything = _api(page, "/api/timeline")["rows"]
    shown = int(page.locator("#timeline").get_attribute("data-total"))
    assert shown == sum(r["count"] for r in rows) < sum(r["count"] for r in everything)
    for link in page.locator("#exports a.export").all():
        assert "plover=ASSAULT" in link.get_attribute("href")
    assert page.locator("#event-list li").count() == min(50, listed)


def test_no_match_says_so_everywhere(page):
    page.fill("#filter-text", "zzzqqq")
    page.press("#filter-text", "Enter")
    _wait_for_url(page, "text=zzzqqq")
    assert "No events match" in page.locator("#event-list").inner_text()
    assert "No events match" in page.locator("#timeline").inner_text()
    assert page.locator("#timeline rect.bar").count() == 0
    assert "No events match" in page.locator("#status").inner_text()
    assert "No document contains" in page.locator("#documents").inner_text()


def test_pages_of_the_list_and_a_permalink_reopened(page, open_page):
    page.fill("#filter-actor", "SYR")
    page.press("#filter-actor", "Enter")
    _wait_for_url(page, "actor=SYR")
    total = int(page.locator("#event-list").get_attribute("data-total"))
    assert total > 50
    first_page = page.locator("#event-list li").first.get_attribute("data-event-id")
    page.click("#next-page")
    _wait_for_url(page, "page=1")
    assert page.locator("#page-label").inner_text() == f"51–{min(100, total)} of {total}"
    assert page.locator("#event-list li").first.get_attribute("data-event-id") != first_page
    page.locator("#event-list li").first.click()
    page.locator("#detail h2").wait_for()
    chosen = page.locator("#detail h2").inner_text()
    link = page.locator("#permalink").get_attribute("href")
    assert "event=" in link and "actor=SYR" in link and "page=1" in link

    again = open_page(link)
    assert again.locator("#filter-actor").input_value() == "SYR"
    assert again.locator("#page-label").inner_text() == f"51–{min(100, total)} of {total}"
    again.locator("#detail h2").wait_for()
    assert again.locator("#detail h2").inner_text() == chosen
    state = "p => { const q = new URLSearchParams(window.location.search); q.delete('map'); " \
            "return q.toString(); }"  # the map's view moves to show the chosen event
    assert again.evaluate(state) == page.evaluate(state)


def test_place_and_radius_filter(page):
    everything = int(page.locator("#event-list").get_attribute("data-total"))
    page.fill("#filter-place", "Idlib")
    page.fill("#filter-km", "30")
    page.click("#filters button[type=submit]")
    _wait_for_url(page, "near=")
    near = page.evaluate("new URLSearchParams(window.location.search).get('near')")
    lat, lon, km = (float(v) for v in near.split(","))
    assert abs(lat - 35.93) < 0.05 and abs(lon - 36.63) < 0.05 and km == 30
    within = int(page.locator("#event-list").get_attribute("data-total"))
    assert 0 < within < everything
    assert within == _api(page, f"/api/events?near={near}&limit=1")["total"]


def test_time_slider_sets_a_window_and_plays(page):
    # the slider spans the timeline's recent weeks, not the corpus's background years
    first, last = (dt.date.fromisoformat(d) for d in _api(page, "/api/summary")["events_dates"])
    recent = last - dt.timedelta(days=45)
    assert first < recent  # events dated years back (history the articles recall)
    assert page.locator("#slider-label").inner_text().split(" – ")[0] == recent.isoformat()
    page.select_option("#slider-window", "7")
    page.evaluate("""() => { const s = document.getElementById('slider');
        s.value = String(Number(s.max) - 20); s.dispatchEvent(new Event('change')); }""")
    _wait_for_url(page, "since=")
    params = page.evaluate("Object.fromEntries(new URLSearchParams(window.location.search))")
    since, until = params["since"], params["until"]
    assert (dt.date.fromisoformat(until) - dt.date.fromisoformat(since)).days == 6
    assert page.locator("#filter-since").input_value() == since
    for day in page.locator("#event-list li[data-day]").evaluate_all(
            "rows => rows.map(r => r.dataset.day)"):
        assert since <= day <= until
    page.click("#play")
    page.wait_for_function("s => new URLSearchParams(window.location.search).get('since') > s",
                           arg=since, timeout=30000)
    page.click("#play")  # pause


def test_documents_search_and_links_to_the_original_article(page):
    page.fill("#filter-text", "hospital")
    page.press("#filter-text", "Enter")
    _wait_for_url(page, "text=hospital")
    documents = page.locator("#documents li.document")
    assert documents.count() > 0
    assert "hospital" in documents.first.locator(".snippet mark").first.inner_text().lower()
    found = _api(page, "/api/documents?q=hospital")["total"]
    assert f"({found} with" in page.locator("#documents-total").inner_text()
    page.fill("#filter-text", "")
    page.press("#filter-text", "Enter")
    page.wait_for_function("() => !window.location.search.includes('text=')")
    linked = page.locator("#documents a.source-link").first
    assert linked.get_attribute("href").startswith("https://")
    assert linked.get_attribute("rel") == "noopener noreferrer"


def test_phone_layout_puts_a_full_width_map_first(open_page):
    page = open_page("/", viewport={"width": 390, "height": 844})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 392  # nothing overflows sideways
    box = page.locator("#map").bounding_box()
    assert box["width"] >= 340 and box["height"] >= 400
    assert page.locator("#event-list").bounding_box()["y"] > box["y"] + box["height"]
    view = _view(page)  # a phone's narrow map still opens on every event, Osaka to Washington
    assert [p for p in _places(page) if not _in_view(view, p)] == []
    assert page.locator("#detail").bounding_box()["y"] > box["y"]
    _screenshot(page, "dashboard-phone.png")
    page.screenshot(path=str(ARTIFACTS / "dashboard-phone-full.png"), full_page=True)
    page.locator("#event-list li").nth(3).click()  # the detail comes after the list here
    heading = page.locator("#detail h2")
    heading.wait_for()
    page.wait_for_function("() => { const r = document.querySelector('#detail h2')"
                           ".getBoundingClientRect(); return r.top >= 0 && r.top < 844 / 2; }")


def test_event_detail_shows_its_casualties(page, open_page):
    # an event whose text gives a toll: its figures, as the API returns them, in the detail
    items = _api(page, "/api/events?limit=500")["items"]
    hit = next(e for e in items if (e.get("casualties") or {}).get("killed"))
    killed = hit["casualties"]["killed"]
    opened = open_page(f"/?event={hit['id']}")
    shown = opened.locator("#detail .detail-casualties")
    shown.wait_for(timeout=30000)
    count = f"at least {killed['min']}" if killed["max"] is None else str(killed["min"]) \
        if killed["max"] == killed["min"] else f"{killed['min']}\u2013{killed['max']}"
    assert shown.inner_text().startswith(f"{count} killed")
    quiet = next(e for e in items if not e.get("casualties"))
    other = open_page(f"/?event={quiet['id']}")
    other.locator("#detail .detail-casualties").wait_for(timeout=30000)
    assert other.locator("#detail .detail-casualties").inner_text() == "not stated"


# -- live updates: events from other regions arrive while the page is open ------------------

TOKEN = "browser-test-token"
SUDAN = ("KHARTOUM, May 6 (Wire) - Paramilitary Rapid Support Forces shelled the city of "
         "El Fasher on Monday, killing 12 civilians, local activists said. Sudanese army jets "
         "later bombed RSF positions near Nyala.")
MYANMAR = ("YANGON, May 6 (Wire) - Myanmar military aircraft bombed a village near Mandalay on "
           "Monday, killing nine people, residents said. Rebel fighters attacked an army post "
           "in Sagaing.")
HAITI = ("PORT-AU-PRINCE, May 7 (Wire) - Armed gangs attacked a police station in "
         "Port-au-Prince on Tuesday, killing three officers, Haitian police said.")
# Generous boxes around each region: which of the fitted events lie where.
REGIONS = {"Sudan": (8, 22, 22, 38), "Myanmar": (10, 92, 28, 101), "Haiti": (17, -75, 21, -71)}


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    """The dashboard over a store that starts empty and takes documents by POST."""
    from eventwire.web import create_app

    path = tmp_path_factory.mktemp("live") / "live.db"
    with _serving(create_app(path, token=TOKEN, create=True)) as base:
        yield base


@pytest.fixture
def open_live(browser, live_server):
    with _pages(browser, live_server) as opener:
        yield opener


def _post(page, text: str, date: str) -> None:
    response = page.request.post(page.url.split("/?")[0].rstrip("/") + "/api/documents",
                                 data={"text": text, "date": date},
                                 headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status == 201, response.text()


def _after_update(page, count: int) -> None:
    """Wait until the page has taken in `count` updates of the store."""
    page.wait_for_function("n => Number(document.body.dataset.updates || 0) >= n", arg=count,
                           timeout=60000)


def _regions_in(places) -> set[str]:
    return {name for name, box in REGIONS.items()
            for lat, lon in places if _in_view(box, (lat, lon))}


def test_the_view_follows_events_from_new_regions_as_they_arrive(open_live):
    page = open_live("/?refresh=0.3")
    assert page.locator("#status").inner_text().startswith(
        "No events yet: add news with `eventwire ingest")
    _post(page, SUDAN, "2019-05-06")
    _after_update(page, 1)
    assert page.locator("#status").inner_text().endswith("on the map)")
    assert _regions_in(_places(page)) == {"Sudan"}
    assert all(_in_view(_view(page), p) for p in _places(page))
    _post(page, MYANMAR, "2019-05-06")
    _after_update(page, 2)
    places = _places(page)
    assert _regions_in(places) == {"Sudan", "Myanmar"}
    view = _view(page)
    assert [p for p in places if not _in_view(view, p)] == []
    assert page.locator("#map").get_attribute("data-follow") == "true"
    assert int(page.locator("#event-list").get_attribute("data-total")) == \
        _api(page, "/api/events?limit=1")["total"]
    _screenshot(page, "map-two-regions.png")


def test_a_view_the_user_moved_stays_put_until_fit_to_events(open_live):
    page = open_live("/?refresh=0.3")
    _post(page, SUDAN, "2019-05-06")  # already stored if the test above ran: no change
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    box = page.locator("#map").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 150, y + 80, steps=8)
    page.wait_for_timeout(200)  # held still before letting go: no inertia glides on after
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('#map').dataset.follow === 'false'")
    page.wait_for_function("() => document.querySelector('#permalink').href.includes('map=')")
    moved = page.locator("#map").get_attribute("data-bounds")
    total = _api(page, "/api/events?limit=1")["total"]

    _post(page, HAITI, "2019-05-07")
    _after_update(page, 1)
    assert int(page.locator("#event-list").get_attribute("data-total")) > total
    assert page.locator("#map").get_attribute("data-bounds") == moved  # never jumps
    assert page.locator("#status").inner_text().endswith(
        "new events arrived: “Fit to events” shows them all")
    assert "map=" in page.locator("#permalink").get_attribute("href")

    page.click(".fit-control")
    page.wait_for_function("() => document.querySelector('#map').dataset.follow === 'true'")
    places = _places(page)
    assert {"Sudan", "Haiti"} <= _regions_in(places)
    view = _view(page)
    assert [p for p in places if not _in_view(view, p)] == []
    assert "map=" not in page.locator("#permalink").get_attribute("href")


def test_a_permalinked_view_is_kept_as_events_arrive(open_live):
    page = open_live("/?refresh=0.3&map=13.0,25.0,6")
    assert page.locator("#map").get_attribute("data-follow") == "false"
    before = page.locator("#map").get_attribute("data-bounds")
    south, west, north, east = _view(page)
    assert south < 13.0 < north and west < 25.0 < east
    _post(page, MYANMAR, "2019-05-06")
    _post(page, ("CAP-HAITIEN, May 8 (Wire) - Gunmen attacked a market in Cap-Haitien on "
                 "Wednesday, killing two traders, police said."), "2019-05-08")
    _after_update(page, 1)
    assert page.locator("#map").get_attribute("data-bounds") == before
    assert "map=13.0000%2C25.0000%2C6" in page.locator("#permalink").get_attribute("href")
