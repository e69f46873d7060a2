"""The dashboard in real headless Chromium (Debian's), driven by Playwright, with no network.

Every request that is not to the local server is aborted, so the page proves it needs no
tile server or CDN. A screenshot is saved under test-artifacts/ for a human to look at.
"""

from __future__ import annotations

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


@pytest.fixture(scope="module")
def server(corpus_db):
    """`create_app` served by uvicorn on loopback in a thread, for the browser to load."""
    import uvicorn

    from eventwire.web import create_app

    assert (STATIC / "dist" / "app.js").exists(), "dashboard not built: run `make setup`"
    port = _free_port()
    config = uvicorn.Config(create_app(corpus_db), host="127.0.0.1", port=port,
                            log_level="warning")
    uv = uvicorn.Server(config)
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
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
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
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=30000)
    yield page
    assert errors == [], f"JavaScript errors: {errors}"
    assert outside == [], f"the page tried to reach the network: {outside}"
    context.close()


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


def test_clicking_a_marker_opens_its_event(page):
    cluster_or_marker = page.locator(".event-marker").first
    if cluster_or_marker.count() == 0:  # everything clustered: zoom into the first cluster
        page.locator(".marker-cluster").first.click()
        page.wait_for_timeout(800)
    page.locator(".event-marker").first.click()
    page.locator("#detail h2").wait_for(timeout=10000)
    assert "CAMEO" in page.locator("#detail h2").inner_text()
