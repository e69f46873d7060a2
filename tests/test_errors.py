"""A library error names its parameter; the CLI and the API each word it for their user."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from conftest import LOCAL
from eventwire.errors import InputError
from eventwire.store import Store, build_filter
from eventwire.web import create_app


def test_the_library_names_its_parameter_and_no_option():
    with pytest.raises(InputError) as caught:
        build_filter(since="2019-05-09", until="2019-05-01")
    assert str(caught.value) == "since: 2019-05-09 is after the end of the range, 2019-05-01"
    assert caught.value.parameter == "since"
    assert "--" not in str(caught.value)


def test_the_cli_names_the_option(run_cli, tmp_path):
    db = str(tmp_path / "empty.db")
    Store.open(db).close()
    failed = run_cli("events", "--db", db, "--since", "2019-05-09", "--until", "2019-05-01")
    assert failed.exit_code == 1
    assert failed.stderr == ("error: --since: 2019-05-09 is after the end of the range, "
                             "2019-05-01\n")


def test_the_api_names_the_query_parameter(tmp_path):
    db = str(tmp_path / "empty.db")
    Store.open(db).close()
    with TestClient(create_app(db), base_url=LOCAL) as client:
        response = client.get("/api/events", params={"near": "35.9,36.6"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("near: expected LAT,LON,KM")
