"""Building the gazetteer's base index from the packaged sources, and loading it.

`gazetteer` reads an index; `sources` gathers the places and names that go into one; this
module puts the two together (so neither needs the other), and is the knowledge factory the
places stage loads the gazetteer with.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from eventwire.knowledge import Knowledge
from eventwire.places import sources
from eventwire.places.gazetteer import (
    Gazetteer,
    GazetteerError,
    base_path,
    fingerprint,
    open_db,
    write_keys,
)

log = logging.getLogger(__name__)


def build(path: Path | None = None) -> Path:
    """Build the base index from the packaged sources into `path` (atomically); return it."""
    path = path or base_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    connection = open_db(tmp)
    try:
        places, names = sources.collect()
        connection.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
        connection.executemany("INSERT INTO names VALUES (?,?,?)", names)
        connection.execute("CREATE INDEX names_key ON names(key)")
        connection.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(),))
        connection.commit()
        write_keys(connection, path.with_suffix(".keys"))
    except Exception:
        connection.close()
        tmp.unlink(missing_ok=True)
        raise
    connection.close()
    tmp.replace(path)
    stale = time.time() - 86_400
    for old in path.parent.glob("gazetteer-*"):
        if old.stem != path.stem and old.suffix in (".sqlite", ".keys") \
                and old.stat().st_mtime < stale:
            old.unlink(missing_ok=True)  # an index of an earlier version, unused for a day
    log.info("built gazetteer %s (%d places, %d names)", path, len(places), len(names))
    return path


def ensure_built() -> Path:
    """The base index path, building it first if this version has none yet."""
    path = base_path()
    if not (path.exists() and path.with_suffix(".keys").exists()):
        log.warning("building the place gazetteer in %s (first run only)", path.parent)
        try:
            build(path)
        except OSError as exc:
            raise GazetteerError(f"cannot build the gazetteer in {path.parent}: {exc}") from exc
    return path


def load(knowledge: Knowledge) -> Gazetteer:
    """Knowledge factory: the shared gazetteer (the base index, plus the places imported into
    `knowledge.imported_gazetteer` when it names one)."""
    return Gazetteer(ensure_built(), knowledge.imported_gazetteer)
