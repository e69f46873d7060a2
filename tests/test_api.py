"""The HTTP API over a real store built from the sample corpus."""

from __future__ import annotations

import csv
import io
import json
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from conftest import LOCAL
from eventwire.web import create_app


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/quotes", "/api/claims",
                 "/api/places", "/api/threads", "/api/trends", "/api/documents/{doc_id}",
                 "/api/documents", "/api/export"):
        assert path in paths


def test_events_page_is_canonical_and_paginated(client):
    first = client.get("/api/events", params={"limit": 5}).json()
    assert first["total"] > 5 and len(first["items"]) == 5
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in second["items"])
    for event in first["items"]:
        assert event["report_count"] == len(event["reports"]) >= 1


def test_events_carry_the_meaning_of_their_cameo_code(client):
    items = client.get("/api/events", params={"limit": 500}).json()["items"]
    labels = {item["cameo"]: item["cameo_label"] for item in items}
    assert labels["010"] == "make statement" and labels["195"] == "employ aerial weapons"
    one = client.get(f"/api/events/{items[0]['id']}").json()
    assert one["cameo_label"] == labels[items[0]["cameo"]]


def test_filters_narrow_the_events(client):
    everything = client.get("/api/events", params={"limit": 1}).json()["total"]
    fighting = client.get("/api/events", params={"cameo": "19", "limit": 5000}).json()
    assert 0 < fighting["total"] < everything
    # a canonical event matches when one of its reports does; the others may carry a
    # compatible code (an 18x assault beside a 19x strike), so most, not all, read 19x
    fights = [e for e in fighting["items"] if e["cameo"].startswith("19")]
    assert len(fights) >= 0.8 * len(fighting["items"])
    asserted = client.get("/api/events", params={"modality": "asserted", "limit": 5000}).json()
    assert all(e["modality"] == "asserted" or "asserted" in e["modalities"]
               for e in asserted["items"])


def test_bounding_box_keeps_only_events_inside(client):
    box = "35.0,36.0,36.0,37.0"  # south,west,north,east: southern Idlib and northern Hama
    page = client.get("/api/events", params={"bbox": box, "limit": 5000}).json()
    assert page["total"] > 0
    # a canonical event is in the box when one of its reports is; its own place is the most
    # precise of its reports', so nearly all, not necessarily all, lie inside
    inside = [e for e in page["items"] if e["place"] and 36.0 <= e["place"]["lon"] <= 37.0
              and 35.0 <= e["place"]["lat"] <= 36.0]
    assert len(inside) >= 0.8 * len(page["items"])
    empty_ocean = client.get("/api/events", params={"bbox": "-40,-150,-30,-140"}).json()
    assert empty_ocean["total"] == 0


def test_event_detail_carries_provenance(client):
    event = client.get("/api/events", params={"cameo": "19", "limit": 1}).json()["items"][0]
    detail = client.get(f"/api/events/{event['id']}").json()
    for report in detail["reports"]:
        document = client.get(f"/api/documents/{report['doc_id']}").json()
        sentence = document["text"][report["sentence_start"]:report["sentence_end"]]
        assert sentence == report["sentence_text"]
        assert document["text"][report["start"]:report["end"]] == report["text"]
        assert report["sentence_start"] <= report["start"] < report["end"] <= report[
            "sentence_end"]


@pytest.mark.parametrize(("params", "message"), [
    ({"since": "2019-13-01"}, "bad date"),
    ({"near": "35.9,36.6"}, "LAT,LON,KM"),
    ({"bbox": "1,2,3"}, "MIN_LAT,MIN_LON,MAX_LAT,MAX_LON"),
    ({"bbox": "37.0,35.0,36.0,36.0"}, "inverted"),  # south of 37 above north of 36
    ({"modality": "rumoured"}, "unknown modality"),
    ({"cameo": "19x"}, "CAMEO"),
    ({"since": "2019-05-09", "until": "2019-05-01"}, "after"),
])
def test_bad_filters_are_400_with_a_message(client, params, message):
    response = client.get("/api/events", params=params)
    assert response.status_code == 400
    body = response.json()
    assert body["ok"] is False and body["status"] == 400
    assert message in body["error"]


def test_bad_paging_is_422_not_500(client):
    response = client.get("/api/events", params={"limit": 0})
    assert response.status_code == 422
    assert response.json()["ok"] is False


def test_filter_values_are_parameters_not_sql(client):
    hostile = "x' OR 1=1; DROP TABLE events; --"
    assert client.get("/api/events", params={"actor": hostile}).json()["total"] == 0
    assert client.get("/api/events", params={"text": hostile}).status_code == 200
    assert client.get("/api/events", params={"limit": 1}).json()["total"] > 0


def test_unknown_records_are_404(client):
    assert client.get("/api/events/999999").status_code == 404
    response = client.get("/api/documents/no-such-document")
    assert response.status_code == 404
    assert response.json()["error"] == "no document 'no-such-document'"


def test_quotes_and_claims_name_speakers_and_assessments(client):
    quotes = client.get("/api/quotes", params={"limit": 500}).json()
    assert quotes["total"] > 0
    assert any(q["speaker"] and q["speaker"]["name"] for q in quotes["items"])
    claims = client.get("/api/claims", params={"limit": 500}).json()
    assert claims["total"] > 0
    assert any(c["assessment"] for c in claims["items"])


def test_places_threads_and_trends(client):
    places = client.get("/api/places").json()["items"]
    assert places and places[0]["events"] >= places[-1]["events"]
    fighting = client.get("/api/places", params={"cameo": "19"}).json()["items"]
    assert fighting and sum(p["events"] for p in fighting) < sum(p["events"] for p in places)
    threads = client.get("/api/threads").json()
    assert threads["total"] > 0 and threads["items"][0]["title"]
    timeline = client.get("/api/trends", params={"by": "quad_class", "interval": "day"}).json()
    assert {row["quad_class"] for row in timeline["rows"]} <= {1, 2, 3, 4}
    assert sum(r["count"] for r in timeline["rows"]) > 0
    weekly = client.get("/api/trends", params={"by": "region"}).json()["rows"]
    assert weekly and "escalation" in weekly[0]


def test_exports_parse(client):
    acled = client.get("/api/export", params={"format": "acled-csv", "cameo": "19"})
    assert acled.status_code == 200
    rows = list(csv.DictReader(io.StringIO(acled.text)))
    assert rows and {"event_date", "event_type", "latitude"} <= set(rows[0])
    geojson = client.get("/api/export", params={"format": "geojson"}).json()
    assert geojson["type"] == "FeatureCollection" and geojson["features"]
    lines = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert json.loads(lines[0])["sentences"]
    assert client.get("/api/export", params={"format": "parquet"}).status_code == 400


def test_posting_documents_needs_the_token(corpus_db, tmp_path):
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    article = {"id": "new-1", "date": "2019-05-11", "title": "Shelling near Saraqib",
               "text": "Government artillery shelled Saraqib on Saturday, rescuers said."}
    with TestClient(create_app(db, token="s3cret"), base_url=LOCAL) as client:
        assert client.post("/api/documents", json=article).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert client.post("/api/documents", json=article, headers=wrong).status_code == 401
        ok = client.post("/api/documents", json=article,
                         headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 201 and ok.json()["new"] is True
        assert client.get("/api/documents/new-1").json()["title"] == "Shelling near Saraqib"
        again = client.post("/api/documents", json=article,
                            headers={"Authorization": "Bearer s3cret"})
        assert again.json()["new"] is False
    with TestClient(create_app(db, token=""), base_url=LOCAL) as closed:
        assert closed.post("/api/documents", json=article).status_code == 403
