"""The dashboard's panel endpoints (timeline, documents, summary, actors, alerts, base map) and
the filter rules every list shares, over a real store built from the sample corpus."""

from __future__ import annotations

import datetime as dt
import os
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")

from eventwire.errors import StoreError
from eventwire.events.codes import plover_events
from eventwire.web import create_app


def test_new_endpoints_are_in_the_openapi_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/timeline", "/api/documents", "/api/summary", "/api/actors",
                 "/api/alerts", "/api/basemap/labels", "/api/basemap/admin-sites"):
        assert path in paths


@pytest.mark.parametrize(("params", "allowed"), [
    ({"plover": "bogus"}, "ASSAULT"),
    ({"country": "ZZZ"}, "Syria"),
])
def test_unknown_codes_are_400_listing_the_allowed_values(client, params, allowed):
    response = client.get("/api/events", params=params)
    assert response.status_code == 400
    assert allowed in response.json()["error"]
    if "plover" in params:
        assert all(name in response.json()["error"] for name in plover_events())


def test_an_organisation_code_is_a_country_filter(client):
    assert client.get("/api/events", params={"country": "UNO"}).status_code == 200


def test_timeline_counts_only_the_filtered_real_events(client):
    everything = client.get("/api/timeline").json()["rows"]
    fighting = client.get("/api/timeline", params={"cameo": "19"}).json()["rows"]
    total = client.get("/api/events", params={"cameo": "19", "limit": 1}).json()["total"]
    dated = [r for r in fighting if r["date"]]
    assert 0 < sum(r["count"] for r in dated) <= total
    assert sum(r["count"] for r in fighting) < sum(r["count"] for r in everything)
    assert client.get("/api/timeline", params={"text": "zzzqqq"}).json()["rows"] == []


def test_a_date_range_holds_for_the_real_events_day(client):
    page = client.get("/api/events", params={"since": "2019-05-06", "until": "2019-05-07",
                                             "limit": 5000}).json()
    assert page["total"] > 0
    assert all("2019-05-06" <= e["day"] <= "2019-05-07" for e in page["items"])
    rows = client.get("/api/timeline", params={"since": "2019-05-06",
                                               "until": "2019-05-07"}).json()["rows"]
    assert {r["date"] for r in rows} <= {"2019-05-06", "2019-05-07"}
    assert sum(r["count"] for r in rows) == page["total"]


def test_a_word_of_a_name_finds_the_actor(client):
    page = client.get("/api/events", params={"actor": "Shoigu", "limit": 50}).json()
    full = client.get("/api/events", params={"actor": "Sergei Shoigu", "limit": 50}).json()
    assert page["total"] == full["total"]
    # a fragment of a word is not a word: "Shoi" finds nothing
    assert client.get("/api/events", params={"actor": "Shoi"}).json()["total"] == 0


def test_documents_are_searched_by_text_with_snippets(client):
    found = client.get("/api/documents", params={"q": "hospital"}).json()
    assert 0 < found["total"] < client.get("/api/documents").json()["total"]
    for doc in found["items"]:
        assert "[" in doc["snippet"] and "hospital" in doc["snippet"].lower()
    assert client.get("/api/documents", params={"q": "zzzqqq"}).json() == {
        "items": [], "total": 0, "limit": 20, "offset": 0}


def test_summary_counts_real_events_and_reports(client):
    summary = client.get("/api/summary").json()
    assert 0 < summary["counts"]["real_events"] < summary["counts"]["events"]
    assert summary["events_dates"][0] <= summary["events_dates"][1]


def test_counts_are_the_summarys_row_counts(client):
    # what the dashboard polls for new events: the store's rows, without the summary's work
    summary = client.get("/api/summary").json()["counts"]
    counts = client.get("/api/counts").json()
    assert counts == {k: v for k, v in summary.items() if k != "real_events"}
    assert counts["documents"] == 65


def test_actors_of_the_filtered_events(client):
    actors = client.get("/api/actors", params={"cameo": "19"}).json()["items"]
    assert actors and actors[0]["events"] >= actors[-1]["events"]
    assert any(a["code"].startswith("SYR") for a in actors)
    assert all(a["events"] == a["as_source"] + a["as_target"] for a in actors)


def test_alerts_list_is_empty_without_rules(client):
    assert client.get("/api/alerts").json() == {"items": [], "rules": []}


def test_labels_grow_with_the_zoom_and_provinces_come_at_province_zoom(client):
    box = "34.5,35.5,37.0,38.5"  # north-west Syria, latitude first
    country = client.get("/api/basemap/labels", params={"bbox": box, "zoom": 4}).json()
    province = client.get("/api/basemap/labels", params={"bbox": box, "zoom": 8}).json()
    names = {item["name"] for item in province["items"]}
    assert {"Idlib", "Hama", "Aleppo"} <= names
    assert len(province["items"]) > len(country["items"])
    assert "admin1" in {item["kind"] for item in province["items"]}
    assert "admin1" not in {item["kind"] for item in country["items"]}


def test_a_world_view_names_large_countries_not_small_territories(client):
    def countries(box: str, zoom: float) -> set[str]:
        items = client.get("/api/basemap/labels", params={"bbox": box, "zoom": zoom}).json()
        return {item["name"] for item in items["items"] if item["kind"] == "country"}

    world = countries("-60,-180,80,180", 2.5)
    assert {"Sudan", "Myanmar", "Haiti", "Mexico", "Syria"} <= world
    assert not {"Gibraltar", "Saint Pierre and Miquelon", "Jersey", "Seychelles"} & world
    assert "Gibraltar" in countries("35,-7,38,-4", 5)  # zoomed in, every country is named


def test_admin_sites_carry_their_province(client):
    sites = client.get("/api/basemap/admin-sites", params={"bbox": "34.5,35.5,37.0,38.5"}
                       ).json()["items"]
    provinces = {s["admin1"] for s in sites if s["country"] == "SY"}
    assert {"Idlib", "Hama", "Aleppo", "Latakia"} <= provinces


def test_resolve_a_place_for_the_radius_filter(client):
    idlib = client.get("/api/basemap/resolve", params={"q": "idlib"}).json()
    assert idlib["country"] == "SY" and idlib["feature"] == "city"  # the town, not the province
    assert idlib["lat"] == pytest.approx(35.93, abs=0.01)
    missing = client.get("/api/basemap/resolve", params={"q": "Nowhereville Qqq"})
    assert missing.status_code == 400 and "unknown place" in missing.json()["error"]


def test_exports_are_per_real_event_unless_reports_are_asked_for(client):
    events = client.get("/api/export", params={"format": "geojson"}).json()["features"]
    reports = client.get("/api/export", params={"format": "geojson", "reports": "true"}
                         ).json()["features"]
    assert len(events) < len(reports)
    assert all("modality" in f["properties"] and "place_precision" in f["properties"]
               for f in events)


def test_create_app_refuses_a_missing_store_unless_asked(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "typo.db", create=False)
    assert not (tmp_path / "typo.db").exists()
    create_app(tmp_path / "new.db", create=True)
    assert (tmp_path / "new.db").exists()


def test_since_after_until_is_still_400(client):
    day = dt.date(2019, 5, 9).isoformat()
    response = client.get("/api/timeline", params={"since": day, "until": "2019-05-01"})
    assert response.status_code == 400


def test_serve_warns_of_a_dashboard_built_before_its_sources_changed(tmp_path):
    from eventwire.web.app import bundle_problem

    bundle, sources = tmp_path / "app.js", tmp_path / "src"
    sources.mkdir()
    (sources / "map.js").write_text("// the map")
    assert bundle_problem(bundle, sources) == \
        "the dashboard is not built: run `make setup` (needs npm)"
    bundle.write_text("// built")
    os.utime(sources / "map.js", (1_000_000, 1_000_000))  # the sources, then the build
    assert bundle_problem(bundle, sources) is None
    os.utime(sources / "map.js")  # a later change (a pull without `make setup`)
    os.utime(bundle, (2_000_000, 2_000_000))
    assert bundle_problem(bundle, sources) == (
        f"the dashboard was built before a change to {sources}: run `make setup` to rebuild it")
    assert bundle_problem(bundle, tmp_path / "absent") is None  # an installed wheel
