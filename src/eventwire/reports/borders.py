"""Country outlines for the report's map, read offline from a pinned PyPI package.

The outlines are Natural Earth's 1:110m countries as shipped inside the `geopandas==0.14.4`
wheel (`geopandas/datasets/naturalearth_lowres`); we read the shapefile with `pyshp` and never
import geopandas itself (slow, and not needed). Nothing is downloaded. If the file is missing
(another geopandas installed), `outlines()` returns None and the map says it has no borders.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

Ring = list[tuple[float, float]]
"""A closed ring of (lon, lat) points."""


def shapefile_path() -> Path | None:
    """Where the pinned geopandas keeps Natural Earth's low-resolution countries, if present."""
    spec = importlib.util.find_spec("geopandas")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    path = root / "datasets" / "naturalearth_lowres" / "naturalearth_lowres.shp"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def outlines() -> tuple[tuple[str, tuple[Ring, ...]], ...] | None:
    """(ISO alpha-3 or name, rings) per country; None when no outline file is installed."""
    path = shapefile_path()
    if path is None:
        log.info("no country outlines installed (geopandas==0.14.4); map without borders")
        return None
    import shapefile

    out = []
    with shapefile.Reader(str(path)) as reader:
        names = [f[0] for f in reader.fields[1:]]
        for shape_record in reader.iterShapeRecords():
            record = dict(zip(names, shape_record.record, strict=False))
            shape = shape_record.shape
            parts = [*shape.parts, len(shape.points)]
            rings = tuple([(float(x), float(y)) for x, y in shape.points[a:b]]
                          for a, b in zip(parts, parts[1:], strict=False))
            key = record.get("iso_a3") if record.get("iso_a3") not in (None, "-99") \
                else record.get("name")
            out.append((str(key), rings))
    return tuple(out)
