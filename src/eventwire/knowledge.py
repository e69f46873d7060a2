"""Read-only knowledge (dictionaries, gazetteer, verb patterns) loaded once and shared.

Each stage asks for what it needs by name with a factory; the first call builds it, later calls
reuse it. `code()` never mutates knowledge, so one `Knowledge` can serve many documents and
threads. A user directory of dictionaries (`--dictionaries DIR`) makes a separate `Knowledge`.

Whatever changes what `code()` finds is a parameter of `Knowledge`, never read from the user's
environment behind its back: the library's default knowledge is the package's own data alone.
The CLI, at start-up, makes its default the knowledge its user set up (the places imported
with `eventwire gazetteer import`), and lets it freeze the garbage collector.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class Knowledge:
    """A lazily filled, shared cache of compiled knowledge.

    Args:
        dictionaries: a directory of extra or replacement dictionaries (PETRARCH format too).
        event_classifier: False codes events by patterns alone (to measure what the trained
            classifier adds).
        imported_gazetteer: a database of places imported from GeoNames dumps, searched beside
            the packaged gazetteer (None: the packaged places alone).
        freeze: freeze the garbage collector after each build (`gc.freeze`), so the millions
            of long-lived knowledge objects are never scanned again; for the process's owner
            (the CLI) to ask, since it changes the whole process.
    """

    def __init__(self, dictionaries: Path | None = None, *, event_classifier: bool = True,
                 imported_gazetteer: Path | None = None, freeze: bool = False) -> None:
        self.dictionaries = Path(dictionaries) if dictionaries else None
        self.event_classifier = event_classifier
        self.imported_gazetteer = Path(imported_gazetteer) if imported_gazetteer else None
        self.freeze = freeze
        self._cache: dict[str, Any] = {}
        self._lock = threading.Lock()

    def with_dictionaries(self, dictionaries: Path) -> Knowledge:
        """The same settings with a directory of user dictionaries."""
        return Knowledge(dictionaries, event_classifier=self.event_classifier,
                         imported_gazetteer=self.imported_gazetteer, freeze=self.freeze)

    def _settings(self) -> tuple[Path | None, bool, Path | None, bool]:
        return self.dictionaries, self.event_classifier, self.imported_gazetteer, self.freeze

    def load(self, name: str, factory: Callable[[Knowledge], T]) -> T:
        """Return the knowledge called `name`, building it with `factory(self)` on first use."""
        try:
            return self._cache[name]
        except KeyError:
            pass
        with self._lock:
            if name not in self._cache:
                self._cache[name] = _build_without_gc(factory, self)
                if self.freeze:
                    gc.freeze()
            return self._cache[name]


def _build_without_gc(factory: Callable[[Knowledge], T], knowledge: Knowledge) -> T:
    """Build knowledge with the cyclic garbage collector paused.

    Knowledge is millions of small long-lived objects (lexicons, name keys, patterns): the
    collector's passes over them while they are built find nothing to free and cost a tenth
    of start-up.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return factory(knowledge)
    finally:
        if enabled:
            gc.enable()


_default: Knowledge | None = None


def default_knowledge() -> Knowledge:
    """The knowledge every `code()` call without its own uses: the package's data alone,
    unless the application chose otherwise (`use_default_knowledge`)."""
    global _default
    if _default is None:
        _default = Knowledge()
    return _default


def use_default_knowledge(knowledge: Knowledge) -> Knowledge:
    """Make `knowledge` the default (the CLI does at start-up); a default with the same
    settings is kept, with what it has loaded. Returns the default now in use."""
    global _default
    if _default is None or _default._settings() != knowledge._settings():
        _default = knowledge
    return _default


def user_cache_dir() -> Path:
    """Where compiled knowledge is kept between runs: `$EVENTWIRE_CACHE`, else
    `$XDG_CACHE_HOME/eventwire`, else `~/.cache/eventwire`."""
    explicit = os.environ.get("EVENTWIRE_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def imported_gazetteer_path() -> Path:
    """Where `eventwire gazetteer import` keeps the places it imports (in the user cache)."""
    return user_cache_dir() / "imported.sqlite"


def data_path(name: str) -> Path:
    """Path of a data file shipped inside the package (`eventwire/data/NAME`)."""
    return Path(str(resources.files("eventwire") / "data" / name))


def data_yaml(name: str) -> Any:
    """Parse a YAML data file shipped inside the package (`eventwire/data/NAME`)."""
    with data_path(name).open(encoding="utf-8") as handle:
        return yaml_load(handle)


def yaml_load(stream: Any) -> Any:
    """Parse YAML (a string or an open file) safely, with libyaml's C parser when installed:
    the knowledge files are read at every start-up, and the pure-Python parser is ten times
    slower."""
    import yaml

    return yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
