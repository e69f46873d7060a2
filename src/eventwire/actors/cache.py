"""A compiled-knowledge cache in the user's cache directory, so start-up stays fast.

Building the actor dictionary from its data files takes a few hundred milliseconds (seconds
for the full PETRARCH production dictionaries); loading the compiled form takes a few tens.
The cache file's name is a hash of the inputs' paths, sizes and modification times, of the
eventwire version and of this package's source, so any change rebuilds it. A cache that cannot
be read or written is ignored: the knowledge is then built in memory as if there were none.
Only the newest file of each name is kept.

The directory is `$EVENTWIRE_CACHE`, else `$XDG_CACHE_HOME/eventwire`, else
`~/.cache/eventwire`; `EVENTWIRE_CACHE=off` turns the cache off.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any, TypeVar

from eventwire.knowledge import user_cache_dir
from eventwire.version import __version__

log = logging.getLogger(__name__)
T = TypeVar("T")
FORMAT = 1
"""Bump when the pickled classes change shape."""


def cache_dir() -> Path | None:
    """Where compiled knowledge is kept, or None when caching is off."""
    configured = os.environ.get("EVENTWIRE_CACHE", "")
    return None if configured.lower() in {"off", "0", "no", "false"} else user_cache_dir()


def cached(name: str, inputs: Iterable[Path], build: Callable[[], T]) -> T:
    """Load `name` compiled from `inputs` from the cache, or build and store it."""
    directory = cache_dir()
    if directory is None:
        return build()
    path = directory / f"{name}-{_fingerprint(inputs)}.pickle"
    try:
        with open(path, "rb") as handle:
            return _load(handle)
    except FileNotFoundError:
        pass
    except Exception as exc:  # a damaged or foreign cache file: rebuild
        log.debug("ignoring cache %s: %s", path, exc)
    value = build()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, delete=False, suffix=".tmp") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        for old in directory.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cannot write cache %s: %s", path, exc)
    return value


def _load(handle: IO[bytes]) -> Any:
    """Unpickle (what `cached` stored; its caller knows the type) with the garbage collector
    paused: it would scan the many new objects over and over while they are created (several
    times slower for big dictionaries)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(handle)
    finally:
        if enabled:
            gc.enable()


def _fingerprint(inputs: Iterable[Path]) -> str:
    digest = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    sources = sorted(Path(__file__).parent.glob("*.py"))
    sources += sorted((Path(__file__).parent.parent / "petrarch").glob("*.py"))
    for path in [*inputs, *sources]:
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]
