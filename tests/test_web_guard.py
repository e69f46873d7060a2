"""The API at its edge (issue 22): hosts, origins, tokens, headers, hostile parameters.

Every hostile value a reliability review sent gets a JSON answer below 500; the OpenAPI walk
sends each documented parameter of each endpoint a list of hostile values.
"""

from __future__ import annotations

import json
import warnings
from urllib.parse import quote

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from conftest import LOCAL
from eventwire.web import create_app
from eventwire.web.guard import host_name

HOSTILE = ["", " ", "0", "-1", "9223372036854775808", "-9223372036854775809", "1e309", "NaN",
           "0001-01-01", "9999-12-31", "2019-02-30", "2019-05-06junk", "\x00", "%", "'",
           "\"; DROP TABLE events; --", "*", "((((", "\ud7ff", "\ue000", "\U0010ffff",
           "\ufffd", "a" * 5000, "../../etc/passwd", "<script>alert(1)</script>", "35,36",
           "91,181,5", "1,2,3,4", "x,y,z"]
"""Values for every parameter: bad numbers, dates at the calendar's ends, odd Unicode, SQL,
paths, markup. (Percent-encoded invalid UTF-8 is sent raw in its own test.)"""


@pytest.fixture(scope="module")
def client(corpus_db):
    with TestClient(create_app(corpus_db), base_url=LOCAL,
                    raise_server_exceptions=False) as test_client:
        yield test_client


def _assert_json_below_500(response) -> None:
    assert response.status_code < 500, (response.request.url, response.text[:300])
    assert response.headers["content-type"].startswith(("application/json",
                                                         "application/x-ndjson", "text/csv",
                                                         "text/tab-separated-values",
                                                         "application/geo+json"))


def test_openapi_walk_with_hostile_values_never_gives_5xx(client):
    paths = client.get("/openapi.json").json()["paths"]
    sent = 0
    for path, methods in paths.items():
        operation = methods.get("get")
        if operation is None:
            continue
        parameters = operation.get("parameters", [])
        for parameter in parameters:
            for value in HOSTILE:
                url = path
                params = {}
                if parameter["in"] == "path":
                    url = path.replace("{" + parameter["name"] + "}", quote(value, safe="")
                                       or "x")
                else:
                    params[parameter["name"]] = value
                # the other path parameters get a harmless value
                url = url.replace("{event_id}", "1").replace("{doc_id}", "x")
                _assert_json_below_500(client.get(url, params=params))
                sent += 1
    assert sent > 300


@pytest.mark.parametrize("query", [
    "actor=%ED%9F%BF", "actor=%F4%8F%BF%BF", "actor=%ED%A0%80", "text=%FF%FE",
    "since=0001-01-01", "until=9999-12-31", "offset=9223372036854775808",
    "limit=99999999999999999999", "near=35,36,%ED%9F%BF",
])
def test_review_findings_are_client_errors_or_answers(client, query):
    path = "/api/trends" if query.startswith(("since", "until")) else "/api/events"
    _assert_json_below_500(client.get(f"{path}?{query}"))


def test_huge_event_id_is_a_422_not_an_overflow(client):
    response = client.get("/api/events/9223372036854775808")
    assert response.status_code == 422 and response.json()["ok"] is False


def test_dates_outside_the_filter_range_are_refused_with_the_range(client):
    response = client.get("/api/trends", params={"since": "0001-01-01"})
    assert response.status_code == 400
    assert "1800-01-01 to 2199-12-31" in response.json()["error"]


def test_document_ids_with_a_slash_are_served(client, corpus_db):
    from eventwire.store import Store

    with Store.open(corpus_db) as store:
        ids = [row["id"] for row in store.documents(limit=None) if "/" in row["id"]]
    assert ids, "the sample corpus has feed entries whose ids are URLs"
    for doc_id in ids[:3]:
        response = client.get(f"/api/documents/{doc_id}")
        assert response.status_code == 200 and response.json()["id"] == doc_id


def test_unknown_routes_and_methods_answer_json(client):
    for response in (client.get("/api/nothing"), client.delete("/api/events"),
                     client.get("/api/documents/no-such-document")):
        assert response.status_code in (404, 405)
        assert response.json()["ok"] is False


def test_every_response_carries_the_security_headers(client):
    for response in (client.get("/api/events"), client.get("/api/nothing"), client.get("/")):
        assert "default-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example", "localhost.:1:2",
                                  ""])
def test_other_hosts_are_refused(client, host):
    response = client.get("/api/events", headers={"Host": host})
    assert response.status_code == 400
    assert response.json()["error"].startswith("host not allowed")


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1", "[::1]:8000", "LOCALHOST"])
def test_loopback_hosts_are_served(client, host):
    assert client.get("/api/facets", headers={"Host": host}).status_code == 200


def test_cross_origin_pages_are_refused(client):
    refused = client.get("/api/events", headers={"Origin": "http://evil.example"})
    assert refused.status_code == 403
    assert client.get("/api/events", headers={"Origin": "null"}).status_code == 403
    assert client.get("/api/events",
                      headers={"Origin": "http://localhost:8000"}).status_code == 200


def test_allow_host_adds_a_name(corpus_db):
    app = create_app(corpus_db, allowed_hosts=("localhost", "analyst.example.org"))
    with TestClient(app, base_url="http://analyst.example.org") as named:
        assert named.get("/api/facets").status_code == 200
        assert named.get("/api/facets", headers={"Host": "other.example"}).status_code == 400


def test_host_names_are_parsed_like_urls():
    assert host_name("[::1]:8000") == "::1"
    assert host_name("LocalHost.:80") == "localhost"
    assert host_name("localhost:99999") is None
    assert host_name("") is None


@pytest.fixture
def posting(corpus_db, tmp_path, monkeypatch):
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    monkeypatch.setenv("EVENTWIRE_MAX_REQUEST_BYTES", "20000")
    with TestClient(create_app(db, token="s3cret"), base_url=LOCAL) as test_client:
        yield test_client


ARTICLE = {"id": "feeds/new-1", "date": "2019-05-11",
           "text": "Government artillery shelled Saraqib on Saturday, rescuers said."}


@pytest.mark.parametrize("authorization", ["s3cret", "Bearer  s3cret", "Bearer s3cret ",
                                           "Basic s3cret", "Bearers3cret", "Bearer", ""])
def test_only_a_strict_bearer_token_posts(posting, authorization):
    response = posting.post("/api/documents", json=ARTICLE,
                            headers={"Authorization": authorization})
    assert response.status_code == 401 and response.json()["ok"] is False


def test_bearer_scheme_is_case_insensitive_and_ids_with_slash_come_back(posting):
    response = posting.post("/api/documents", json=ARTICLE,
                            headers={"Authorization": "bearer s3cret"})
    assert response.status_code == 201 and response.json()["id"] == "feeds/new-1"
    assert posting.get("/api/documents/feeds/new-1").json()["id"] == "feeds/new-1"


def test_bodies_over_the_limit_get_413(posting):
    big = {**ARTICLE, "text": "Forces shelled the town. " * 1000}
    response = posting.post("/api/documents", json=big,
                            headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 413
    assert "EVENTWIRE_MAX_REQUEST_BYTES" in response.json()["error"]


@pytest.mark.parametrize("text", ["\ud800 lone surrogate", "\x00\x01\x02 binary", "   "])
def test_posted_text_gets_the_same_check_as_files(posting, text):
    body = json.dumps({**ARTICLE, "text": text})  # escapes the surrogate as JSON may
    response = posting.post("/api/documents", content=body.encode(),
                            headers={"Authorization": "Bearer s3cret",
                                     "Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert response.json()["ok"] is False
