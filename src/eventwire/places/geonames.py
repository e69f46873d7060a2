"""Import GeoNames dump files into the user's gazetteer, streaming (constant memory).

Reads the files geonames.org publishes, plain or zipped, from a path or a URL:

- place rows (`allCountries`, per-country `XX.txt`, `cities500`...): 19 tab-separated columns;
- `alternateNamesV2` (or `alternateNames`): extra names of places, by geonameid;
- `admin1CodesASCII` / `admin2Codes`: "CC.code" -> name, so that places print admin1 names.

Rows go into `imported.sqlite` beside the base index in batches; the file and the name-key set
are updated in place, so importing a second file adds to the first. A URL is downloaded to a
temporary file first (zip archives need seeking); lines that cannot be parsed are counted and
skipped, never fatal.
"""

from __future__ import annotations

import io
import logging
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.places.gazetteer import (
    ALTERNATE,
    PRIMARY,
    GazetteerError,
    imported_path,
    open_db,
    write_keys,
)
from eventwire.places.normalize import is_latin_name, name_key

log = logging.getLogger(__name__)

BATCH = 5000
_SKIP_LANGUAGES = {"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "fr_1793"}


@dataclass
class ImportReport:
    """What one import added."""

    source: str
    places: int = 0
    names: int = 0
    admin_codes: int = 0
    skipped: int = 0

    def summary(self) -> str:
        return (f"{self.source}: {self.places} places, {self.names} names, "
                f"{self.admin_codes} admin codes imported ({self.skipped} lines skipped)")


def feature_of(feature_class: str, feature_code: str) -> str:
    """Our feature kind for a GeoNames feature class and code."""
    if feature_code.startswith("PCL"):
        return "country"
    if feature_code == "ADM1":
        return "admin1"
    if feature_code == "ADM2":
        return "admin2"
    if feature_class == "P":
        return "city"
    if feature_class == "H":
        return "water"
    if feature_class in ("L", "T") or feature_code.startswith("ADM"):
        return "region"
    return "other"


def import_source(source: str, database: Path | None = None) -> list[ImportReport]:
    """Import a GeoNames file or URL (zipped or not) into the imported gazetteer."""
    database = database or imported_path()
    if source.startswith(("http://", "https://")):
        with tempfile.TemporaryDirectory() as folder:
            local = Path(folder) / (source.rstrip("/").rsplit("/", 1)[-1] or "download")
            _download(source, local)
            return _import_file(local, database, label=source)
    path = Path(source)
    if not path.is_file():
        raise GazetteerError(f"{source}: no such file")
    return _import_file(path, database, label=source)


def _download(url: str, target: Path) -> None:
    import httpx

    try:
        with httpx.stream("GET", url, follow_redirects=True, timeout=60.0) as response:
            if response.status_code != 200:
                raise GazetteerError(f"{url}: HTTP {response.status_code}")
            with target.open("wb") as handle:
                for chunk in response.iter_bytes(1 << 20):
                    handle.write(chunk)
    except httpx.HTTPError as exc:
        raise GazetteerError(f"{url}: {exc}") from exc


def _import_file(path: Path, database: Path, label: str) -> list[ImportReport]:
    connection = open_db(database)
    connection.execute("CREATE INDEX IF NOT EXISTS names_key ON names(key)")
    reports: list[ImportReport] = []
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    if not member.endswith(".txt") or _ignored(member):
                        continue
                    with archive.open(member) as raw:
                        lines = io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
                        reports.append(_import_lines(connection, lines, member,
                                                     f"{label}:{member}"))
        else:
            with path.open(encoding="utf-8", errors="replace") as lines:
                reports.append(_import_lines(connection, lines, path.name, label))
        _fill_admin_names(connection)
        connection.commit()
        write_keys(connection, database.with_suffix(".keys"))
    except (OSError, zipfile.BadZipFile, sqlite3.Error) as exc:
        raise GazetteerError(f"{label}: {exc}") from exc
    finally:
        connection.close()
    return reports


def _ignored(member: str) -> bool:
    lowered = member.lower()
    return "readme" in lowered or "iso-languagecodes" in lowered


def _kind(name: str, first_line: str) -> str:
    lowered = name.lower()
    if "admin1codes" in lowered or "admin2codes" in lowered:
        return "admin"
    if "alternatenames" in lowered:
        return "alternates"
    columns = first_line.rstrip("\n").split("\t")
    if len(columns) >= 19:
        return "places"
    if len(columns) == 4 and "." in columns[0]:
        return "admin"
    if len(columns) >= 4 and columns[0].isdigit() and columns[1].isdigit():
        return "alternates"
    return "unknown"


def _import_lines(connection: sqlite3.Connection, lines: Iterable[str], name: str,
                  label: str) -> ImportReport:
    report = ImportReport(label)
    iterator = iter(lines)
    first = next(iterator, "")
    kind = _kind(name, first)
    if kind == "unknown":
        raise GazetteerError(f"{label}: not a GeoNames dump (expected 19 tab-separated columns, "
                             f"alternate names or admin codes)")
    handler = {"places": _place_rows, "alternates": _alternate_rows, "admin": _admin_rows}[kind]
    rows = _chain(first, iterator)
    places: list[tuple] = []
    names: list[tuple] = []
    admins: list[tuple] = []
    for item in handler(rows, report):
        table, row = item
        {"places": places, "names": names, "admin_codes": admins}[table].append(row)
        if len(places) + len(names) + len(admins) >= BATCH:
            _flush(connection, places, names, admins)
    _flush(connection, places, names, admins)
    log.info(report.summary())
    return report


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


def _flush(connection: sqlite3.Connection, places: list, names: list, admins: list) -> None:
    connection.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                           places)
    connection.executemany("INSERT INTO names VALUES (?,?,?)", names)
    connection.executemany("INSERT OR REPLACE INTO admin_codes VALUES (?,?,?)", admins)
    connection.commit()
    places.clear()
    names.clear()
    admins.clear()


def _place_rows(lines: Iterable[str], report: ImportReport) -> Iterator[tuple[str, tuple]]:
    for line in lines:
        columns = line.rstrip("\n").split("\t")
        if len(columns) < 19:
            report.skipped += 1
            continue
        try:
            geonameid = int(columns[0])
            lat, lon = float(columns[4]), float(columns[5])
            population = int(columns[14] or 0)
        except ValueError:
            report.skipped += 1
            continue
        feature = feature_of(columns[6], columns[7])
        country = columns[8] or None
        admin1 = f"{country}.{columns[10]}" if country and columns[10] else None
        admin2 = f"{admin1}.{columns[11]}" if admin1 and columns[11] else None
        capital = int(columns[7] == "PPLC")
        yield "places", (geonameid, geonameid, columns[1], lat, lon, country, admin1, admin2,
                         feature, population, capital, 0.0)
        report.places += 1
        if feature == "admin1" and admin1:
            yield "admin_codes", (admin1, columns[1], geonameid)
        seen = set()
        for kind, value in [(PRIMARY, columns[1]), (ALTERNATE, columns[2])] + \
                [(ALTERNATE, v) for v in columns[3].split(",")]:
            if not value or (kind == ALTERNATE and not is_latin_name(value)):
                continue
            key = name_key(value)
            if key and key not in seen:
                seen.add(key)
                yield "names", (key, geonameid, kind)
                report.names += 1


def _alternate_rows(lines: Iterable[str], report: ImportReport) -> Iterator[tuple[str, tuple]]:
    for line in lines:
        columns = line.rstrip("\n").split("\t")
        if len(columns) < 4 or not columns[1].isdigit():
            report.skipped += 1
            continue
        if columns[2] in _SKIP_LANGUAGES or not is_latin_name(columns[3]):
            continue
        if len(columns) > 7 and columns[7] == "1":  # historic
            continue
        key = name_key(columns[3])
        if key:
            yield "names", (key, int(columns[1]), ALTERNATE)
            report.names += 1


def _admin_rows(lines: Iterable[str], report: ImportReport) -> Iterator[tuple[str, tuple]]:
    for line in lines:
        columns = line.rstrip("\n").split("\t")
        if len(columns) < 4 or "." not in columns[0]:
            report.skipped += 1
            continue
        geonameid = int(columns[3]) if columns[3].isdigit() else None
        yield "admin_codes", (columns[0], columns[1], geonameid)
        report.admin_codes += 1


def _fill_admin_names(connection: sqlite3.Connection) -> None:
    """Replace "CC.code" admin1 values by their names wherever a code table knows them."""
    connection.execute(
        "UPDATE places SET admin1 = (SELECT name FROM admin_codes WHERE code = places.admin1) "
        "WHERE admin1 IN (SELECT code FROM admin_codes)")
