"""Read-only knowledge (dictionaries, gazetteer, verb patterns) loaded once and shared.

Each stage asks for what it needs by name with a factory; the first call builds it, later calls
reuse it. `code()` never mutates knowledge, so one `Knowledge` can serve many documents and
threads. A user directory of dictionaries (`--dictionaries DIR`) makes a separate `Knowledge`.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class Knowledge:
    """A lazily filled, shared cache of compiled knowledge."""

    def __init__(self, dictionaries: Path | None = None, *, event_classifier: bool = True
                 ) -> None:
        self.dictionaries = Path(dictionaries) if dictionaries else None
        # False codes events by patterns alone (to measure what the classifier adds).
        self.event_classifier = event_classifier
        self._cache: dict[str, Any] = {}
        self._lock = threading.Lock()

    def load(self, name: str, factory: Callable[[Knowledge], T]) -> T:
        """Return the knowledge called `name`, building it with `factory(self)` on first use."""
        try:
            return self._cache[name]
        except KeyError:
            pass
        with self._lock:
            if name not in self._cache:
                self._cache[name] = _build_without_gc(factory, self)
            return self._cache[name]


def _build_without_gc(factory: Callable[[Knowledge], T], knowledge: Knowledge) -> T:
    """Build knowledge with the cyclic garbage collector paused, then freeze what exists.

    Knowledge is millions of small long-lived objects (lexicons, name keys, patterns): the
    collector's passes over them while they are built find nothing to free and cost a tenth
    of start-up, and once frozen they are never scanned again while documents are coded.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return factory(knowledge)
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


@lru_cache(maxsize=1)
def default_knowledge() -> Knowledge:
    """The knowledge shipped with the package, shared by every `code()` call."""
    return Knowledge()


def data_path(name: str) -> Path:
    """Path of a data file shipped inside the package (`eventwire/data/NAME`)."""
    return Path(str(resources.files("eventwire") / "data" / name))


def yaml_load(stream: Any) -> Any:
    """Parse YAML (a string or an open file) safely, with libyaml's C parser when installed:
    the knowledge files are read at every start-up, and the pure-Python parser is ten times
    slower."""
    import yaml

    return yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
