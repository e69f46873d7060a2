"""Every export format, written by `eventwire export` and parsed back with its own reader."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pyarrow.parquet as pq
import pytest

from eventwire.exports import acled, gdelt, outlets
from eventwire.store import Store
from store_samples import make_sample_db


@pytest.fixture
def sample_db(tmp_path):
    return make_sample_db(tmp_path / "samples.db")


def test_jsonl_is_the_contract_per_document(run_cli, sample_db, tmp_path):
    out = tmp_path / "docs.jsonl"
    result = run_cli("export", "--db", sample_db, "--format", "jsonl", "--out", str(out))
    assert result.exit_code == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["id"] for d in lines] == ["kafr-nabudah", "ankara-lavrov", "qalaat-shelling"]
    assert set(lines[0]) >= {"id", "date", "title", "text", "segments", "sentences", "actors",
                             "places", "times", "events", "quotes", "claims", "links"}
    assert lines[0]["events"][0]["place"]["name"] == "Kafr Nabudah"


def test_jsonl_to_stdout_with_a_filter_keeps_documents_with_matching_events(run_cli, sample_db):
    result = run_cli("export", "--db", sample_db, "--format", "jsonl", "--plover", "ACCUSE")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["ankara-lavrov"]


def test_acled_csv_has_acleds_columns_and_only_events_that_happened(run_cli, sample_db,
                                                                     tmp_path):
    out = tmp_path / "acled.csv"
    result = run_cli("export", "--db", sample_db, "--reports", "--format", "acled-csv",
                     "--out", str(out))
    assert result.exit_code == 0
    with out.open(newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames) == acled.COLUMNS
    assert reader.fieldnames[:8] == ["event_id_cnty", "event_date", "year", "time_precision",
                                     "disorder_type", "event_type", "sub_event_type", "actor1"]
    # speculated troop move and the claimed accusation have no ACLED type or did not happen
    assert [r["eventwire_id"] for r in rows] == [
        "kafr-nabudah:e1", "kafr-nabudah:e2", "qalaat-shelling:e1", "qalaat-shelling:e2"]
    barrels = rows[0]
    assert barrels["event_id_cnty"] == "SYR1"
    assert barrels["event_date"] == "2019-05-06" and barrels["year"] == "2019"
    assert barrels["time_precision"] == "1"
    assert barrels["disorder_type"] == "Political violence"
    assert barrels["sub_event_type"] == "Air/drone strike"
    assert barrels["actor1"] == "Syrian military" and barrels["inter1"] == "1"
    assert barrels["inter2"] == "7" and barrels["interaction"] == "17"
    assert barrels["civilian_targeting"] == "Civilian targeting"
    assert barrels["country"] == "Syria" and barrels["iso"] == "760"
    assert barrels["region"] == "Middle East"
    assert barrels["location"] == "Kafr Nabudah" and barrels["admin1"] == "Hama"
    assert float(barrels["latitude"]) == pytest.approx(35.4236)
    assert barrels["geo_precision"] == "1"
    assert barrels["source"] == "example.org"
    assert barrels["notes"].startswith("Syrian government helicopters dropped barrel bombs")
    assert barrels["fatalities"] == "4"  # "killing four civilians"
    russian = rows[1]
    assert russian["fatalities"] == ""  # the text gives no figure
    assert russian["inter1"] == "8" and russian["interaction"] == "80"  # foreign forces
    assert russian["time_precision"] == "2"  # dated by the report only
    assert rows[3]["tags"] == "reported"


def test_acled_with_an_explicit_modality_includes_it(run_cli, sample_db):
    result = run_cli("export", "--db", sample_db, "--format", "acled-csv",
                     "--modality", "reported")
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert [r["eventwire_id"] for r in rows] == ["qalaat-shelling:e2"]


def test_gdelt_tsv_has_gdelt_columns(run_cli, sample_db, tmp_path):
    out = tmp_path / "events.tsv"
    run_cli("export", "--db", sample_db, "--format", "gdelt-tsv", "--out", str(out))
    with out.open(newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        rows = list(reader)
    assert len(reader.fieldnames) == 61 and tuple(reader.fieldnames) == gdelt.COLUMNS
    # the speculated troop move is left out; the claimed accusation stays (GDELT codes claims)
    assert [r["GLOBALEVENTID"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert [r["EventCode"] for r in rows] == ["195", "195", "112", "194", "190"]
    first = rows[0]
    assert first["SQLDATE"] == "20190506" and first["MonthYear"] == "201905"
    assert first["Actor1Code"] == "SYRMIL" and first["Actor1CountryCode"] == "SYR"
    assert first["Actor2Code"] == "SYRCVL" and first["Actor1Type1Code"] == "MIL"
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == (
        "195", "195", "19")
    assert first["QuadClass"] == "4" and float(first["GoldsteinScale"]) == -10.0
    assert first["IsRootEvent"] == "1" and rows[1]["IsRootEvent"] == "0"
    assert first["ActionGeo_Type"] == "4" and first["ActionGeo_CountryCode"] == "SY"
    assert float(first["ActionGeo_Long"]) == pytest.approx(36.5114)
    assert first["ActionGeo_FeatureID"] == "169023"
    assert first["SOURCEURL"] == "https://www.example.org/syria/kafr-nabudah"
    assert len(first["DATEADDED"]) == 14
    assert rows[2]["ActionGeo_Type"] == "0"  # no place


def test_geojson_is_a_feature_collection_of_placed_events(run_cli, sample_db, tmp_path):
    out = tmp_path / "events.geojson"
    run_cli("export", "--db", sample_db, "--format", "geojson", "--out", str(out))
    data = json.loads(out.read_text())
    assert data["type"] == "FeatureCollection"
    assert [f["id"] for f in data["features"]] == [
        "kafr-nabudah:e1", "kafr-nabudah:e2", "ankara-lavrov:e1", "qalaat-shelling:e1"]
    first = data["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.5114, 35.4236]}
    assert first["properties"]["modality"] == "asserted"
    assert first["properties"]["place_name"] == "Kafr Nabudah"
    assert data["features"][2]["properties"]["modality"] == "speculated"


def test_geojson_of_an_empty_selection_is_valid(run_cli, sample_db):
    result = run_cli("export", "--db", sample_db, "--format", "geojson", "--actor", "FRA")
    assert json.loads(result.stdout) == {"type": "FeatureCollection", "features": []}


def test_parquet_writes_events_and_documents_tables(run_cli, sample_db, tmp_path):
    out = tmp_path / "parquet"
    result = run_cli("export", "--db", sample_db, "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0
    assert result.stderr == f"wrote 6 real events to {out}\n"
    events = pq.read_table(out / "events.parquet").to_pylist()
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert len(events) == 6 and len(documents) == 3
    assert events[0]["event_id"] == "kafr-nabudah:e1" and events[0]["lat"] == 35.4236
    assert events[0]["quad_class"] == 4
    assert documents[0]["id"] == "kafr-nabudah" and documents[0]["n_events"] == 2
    assert documents[0]["text"].startswith("Syrian government helicopters")


def test_parquet_of_an_empty_store_has_typed_empty_tables(run_cli, tmp_path):
    db = tmp_path / "empty.db"
    Store.open(db).close()
    run_cli("export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path / "pq"))
    table = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert table.num_rows == 0 and "cameo" in table.column_names


def test_parquet_without_out_is_one_line_error(runner, sample_db):
    from eventwire.cli import cli

    result = runner.invoke(cli, ["export", "--db", sample_db, "--format", "parquet"])
    assert result.exit_code == 1
    assert result.stderr == ("error: --format: parquet writes several files: give a directory "
                             "to write them to\n")


@pytest.mark.parametrize("fmt", ["jsonl", "acled-csv", "gdelt-tsv", "geojson", "parquet"])
def test_every_format_exports_canonical_events(run_cli, sample_db, tmp_path, fmt):
    out = tmp_path / f"canonical-{fmt}"
    result = run_cli("export", "--db", sample_db, "--canonical", "--format", fmt,
                     "--out", str(out))
    assert result.exit_code == 0, result.stderr
    if fmt == "parquet":
        assert pq.read_table(out / "events.parquet").num_rows >= 1
    elif fmt == "geojson":
        assert json.loads(out.read_text())["features"]
    else:
        assert len(out.read_text().splitlines()) >= 2


# -- per real event by default; FIPS, outlets, typed dates (issue 20) ------------------------


def test_event_exports_are_per_real_event_unless_reports_are_asked_for(run_cli, corpus_db,
                                                                       tmp_path):
    from eventwire.dedupe.views import CanonicalStore

    with Store.open(corpus_db) as store:
        real, reports = CanonicalStore(store).count_events(), store.count_events()
    assert real < reports
    per_event = run_cli("export", "--db", corpus_db, "--format", "geojson")
    per_report = run_cli("export", "--db", corpus_db, "--format", "geojson", "--reports")
    events = json.loads(per_event.stdout)["features"]
    assert len(events) < len(json.loads(per_report.stdout)["features"])
    merged = [f["properties"] for f in events if f["properties"]["report_count"] > 1]
    assert merged and all(p["modality"] and p["modalities"] for p in merged)
    assert {p["place_precision"] for p in merged} <= {1, 2, 3, None}


def test_gdelt_countries_are_fips_and_mentions_count_reports(run_cli, corpus_db):
    result = run_cli("export", "--db", corpus_db, "--format", "gdelt-tsv")
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    codes = {r["ActionGeo_CountryCode"] for r in rows}
    assert {"SY", "TU", "RS"} <= codes and not {"TR", "RU"} & codes
    assert any(int(r["NumMentions"]) > 1 for r in rows)
    assert all(int(r["NumArticles"]) <= int(r["NumMentions"]) for r in rows)
    assert all(r["SOURCEURL"] == "" or r["SOURCEURL"].startswith("http") for r in rows)


@pytest.mark.parametrize(("iso", "fips"), [("RU", "RS"), ("TR", "TU"), ("DE", "GM"),
                                           ("SY", "SY"), ("GB", "UK"), ("", "")])
def test_fips_codes(iso, fips):
    assert outlets.fips(iso) == fips


@pytest.mark.parametrize(("url", "country", "scale"), [
    ("https://www.sana.sy/en/?p=1", "SY", "National"),
    ("https://www.dailysabah.com.tr/x", "SY", "Regional"),
    ("https://www.reuters.com/world", "SY", "International"),
    ("https://t.me/channel/12", "SY", "New media"),
    (None, "SY", "Other"),
])
def test_source_scale_from_the_outlets_domain(url, country, scale):
    assert outlets.scale(outlets.host(url), country) == scale


def test_acled_rows_name_outlets_scale_admin2_and_fatalities():
    event = {
        "acled": {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"},
        "day": "2019-05-06", "modality": "reported", "sentence_text": "Jets struck the town.",
        "source": {"code": "SYRMIL", "name": "Syrian military", "sector": "MIL", "country": "SYR"},
        "place": {"name": "Salkhad", "country": "SY", "admin1": "As-Suwayda",
                  "feature": "city", "geonameid": 164917, "lat": 32.49, "lon": 36.71},
        "casualties": {"killed": {"min": 9, "max": 9, "text": "nine", "start": 0, "end": 4},
                       "injured": None, "victims": []},
        "document": {"id": "d1", "url": "https://www.sana.sy/a", "title": "A"},
        "reports": [{"doc_id": "d1", "event_id": "e1", "url": "https://www.sana.sy/a"},
                    {"doc_id": "d2", "event_id": "e3", "url": "https://www.reuters.com/b",
                     "title": "B"}],
        "id": 7,
    }
    row = acled.acled_row(event, {})
    assert row["source"] == "sana.sy; reuters.com"
    assert row["source_scale"] == "National-International"
    assert row["fatalities"] == 9
    assert row["admin2"] == "Salkhad District"  # the town's district, from the gazetteer
    assert row["eventwire_id"] == "d1:e1"
    del event["casualties"]
    assert acled.acled_row(event, {})["fatalities"] == ""  # the text says nothing


def test_parquet_dates_are_typed(run_cli, sample_db, tmp_path):
    import pyarrow as pa

    run_cli("export", "--db", sample_db, "--format", "parquet", "--out", str(tmp_path / "pq"))
    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    documents = pq.read_table(tmp_path / "pq" / "documents.parquet")
    assert events.schema.field("day").type == pa.date32()
    assert events.schema.field("document_date").type == pa.date32()
    assert documents.schema.field("date").type == pa.date32()
    assert pa.types.is_timestamp(documents.schema.field("ingested_at").type)
    assert events.column("day").to_pylist()[0] == dt.date(2019, 5, 6)


def test_an_export_that_leaves_events_out_says_which_and_why(run_cli, sample_db, tmp_path):
    # 6 real events: ACLED takes the 4 of an ACLED type told as having happened (not the
    # speculated one), GeoJSON the 4 with a place; the dashboard shows all 6
    said = {}
    for fmt in ("acled-csv", "geojson"):
        out = tmp_path / fmt
        result = run_cli("export", "--db", sample_db, "--format", fmt, "--out", str(out))
        assert result.exit_code == 0
        said[fmt] = result.stderr.replace(str(out), "OUT")
    assert said == {
        "acled-csv": "wrote 4 of 6 real events to OUT: ACLED rows are events of an ACLED type "
                     "that the text presents as having happened (asserted, reported, claimed; "
                     "--modality widens it)\n",
        "geojson": "wrote 4 of 6 real events to OUT: GeoJSON features are events with a "
                   "place\n"}
