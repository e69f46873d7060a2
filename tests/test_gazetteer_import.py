"""`eventwire gazetteer import`: GeoNames dumps from a file, a zip archive and a URL."""

from __future__ import annotations

import functools
import http.server
import sqlite3
import threading
import zipfile

import pytest

from eventwire import places as places_stage
from eventwire.knowledge import Knowledge
from eventwire.places import gazetteer as gazetteer_module
from eventwire.places import geonames, index
from eventwire.places.gazetteer import Gazetteer

# A small per-country dump in GeoNames' 19-column layout (villages the packaged extract lacks).
SY_ROWS = [
    ["9990001", "Kafr Nabudah", "Kafr Nabudah", "Kafr Nabouda,Kafr Nboudeh,Kafrnabuda",
     "35.4286", "36.5178", "P", "PPL", "SY", "", "12", "", "", "", "0", "", "300",
     "Asia/Damascus", "2020-01-01"],
    ["9990002", "Tall Malah", "Tall Malah", "Tal Malah,Tell Mallah", "35.3930", "36.5430",
     "P", "PPL", "SY", "", "12", "", "", "", "0", "", "290", "Asia/Damascus", "2020-01-01"],
    ["9990003", "Jabal Shahshabu", "Jabal Shahshabu", "", "35.5500", "36.4500", "T", "MTS",
     "SY", "", "12", "", "", "", "0", "", "500", "Asia/Damascus", "2020-01-01"],
]
ADMIN1 = "SY.12\tHama\tHama\t170015\n"
ALTERNATES = ("5550001\t9990001\ten\tKafr Nbouda\t\t\t\t\t\t\n"
              "5550002\t9990002\tlink\thttps://example.org/tall\t\t\t\t\t\t\n"
              "5550003\t9990002\tar\tتل ملح\t\t\t\t\t\t\n")


def _dump(rows):
    return "".join("\t".join(row) + "\n" for row in rows)


@pytest.fixture
def dump_dir(tmp_path):
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "SY.txt").write_text(_dump(SY_ROWS) + "not\ta\tgeonames\trow\n", encoding="utf-8")
    (folder / "admin1CodesASCII.txt").write_text(ADMIN1, encoding="utf-8")
    (folder / "alternateNamesV2.txt").write_text(ALTERNATES, encoding="utf-8")
    with zipfile.ZipFile(folder / "SY.zip", "w") as archive:
        archive.writestr("SY.txt", _dump(SY_ROWS))
        archive.writestr("readme.txt", "GeoNames per-country dump\n")
    return folder


def _gazetteer(imported):
    return Gazetteer(index.ensure_built(), imported)


def test_import_file_adds_places_and_names(dump_dir, tmp_path):
    database = tmp_path / "imported.sqlite"
    reports = geonames.import_source(str(dump_dir / "SY.txt"), database)
    assert reports[0].places == 3 and reports[0].skipped == 1
    geonames.import_source(str(dump_dir / "admin1CodesASCII.txt"), database)
    gazetteer = _gazetteer(database)
    found = gazetteer.lookup("Kafr Nboudeh")
    assert [c.id for c in found] == [9990001]
    assert found[0].admin1 == "Hama" and found[0].feature == "city"
    assert gazetteer.lookup("Jabal Shahshabu")[0].feature == "region"


def test_alternate_names_attach_to_imported_places(dump_dir, tmp_path):
    database = tmp_path / "imported.sqlite"
    geonames.import_source(str(dump_dir / "SY.txt"), database)
    report = geonames.import_source(str(dump_dir / "alternateNamesV2.txt"), database)[0]
    assert report.names == 1  # the link and the Arabic-script name are skipped
    assert [c.id for c in _gazetteer(database).lookup("Kafr Nbouda")] == [9990001]


def test_import_zip_skips_the_readme(dump_dir, tmp_path):
    database = tmp_path / "imported.sqlite"
    reports = geonames.import_source(str(dump_dir / "SY.zip"), database)
    assert [r.places for r in reports] == [3]
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT COUNT(*) FROM places").fetchone()[0] == 3


def test_import_url_from_a_local_server(dump_dir, tmp_path):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(dump_dir))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        database = tmp_path / "imported.sqlite"
        reports = geonames.import_source(f"{base}/SY.zip", database)
        assert reports[0].places == 3
        with pytest.raises(gazetteer_module.GazetteerError, match="HTTP 404"):
            geonames.import_source(f"{base}/missing.zip", database)
    finally:
        server.shutdown()
        server.server_close()
    assert _gazetteer(database).lookup("Tell Mallah")[0].id == 9990002


def test_imported_places_are_recognised_in_text(dump_dir, tmp_path):
    database = tmp_path / "imported.sqlite"
    geonames.import_source(str(dump_dir / "SY.txt"), database)
    geonames.import_source(str(dump_dir / "admin1CodesASCII.txt"), database)
    from eventwire import code

    text = "Regime jets struck Kafr Nboudeh and Tall Malah in northern Hama."
    result = code(text, knowledge=Knowledge(imported_gazetteer=database))
    found = {p.text: p for p in result.places}
    assert found["Kafr Nboudeh"].geonameid == 9990001  # a spelling only the import knows
    assert found["Tall Malah"].geonameid == 9990002
    assert found["Tall Malah"].country == "SY"
    assert places_stage is not None
    packaged_only = {p.text: p.geonameid for p in code(text).places}  # the library default
    assert packaged_only.get("Kafr Nboudeh") != 9990001


def test_cli_import_and_errors(run_cli, dump_dir, tmp_path, monkeypatch):
    database = tmp_path / "cli-imported.sqlite"
    monkeypatch.setattr(geonames, "imported_path", lambda: database)
    result = run_cli("gazetteer", "import", str(dump_dir / "SY.txt"))
    assert result.exit_code == 0
    assert "3 places" in result.output and "1 lines skipped" in result.output
    missing = run_cli("gazetteer", "import", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 1
    assert "nope.txt: no such file" in missing.output
    garbage = tmp_path / "notes.txt"
    garbage.write_text("just some notes\n", encoding="utf-8")
    bad = run_cli("gazetteer", "import", str(garbage))
    assert bad.exit_code == 1 and "not a GeoNames dump" in bad.output
    assert "Traceback" not in bad.output
