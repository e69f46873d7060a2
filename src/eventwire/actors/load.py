"""Which actor knowledge a `Knowledge` gets: ours, compiled once and cached between runs, plus
any PETRARCH-format dictionaries in the user's `--dictionaries` directory.

`kb` defines the knowledge and compiles our data files; `petrarch.actors` merges a user's
dictionaries into it; this module puts them together, so neither needs the other.
"""

from __future__ import annotations

from eventwire.actors.cache import cached
from eventwire.actors.kb import ActorKnowledge, build_builtin
from eventwire.knowledge import Knowledge, data_path
from eventwire.petrarch.actors import apply_directory


def load_actor_knowledge(knowledge: Knowledge) -> ActorKnowledge:
    """The actor knowledge for `knowledge`: built once per process, and kept compiled in the
    user cache between runs (see `actors.cache`)."""
    return knowledge.load("actors", _load)


def _load(knowledge: Knowledge) -> ActorKnowledge:
    builtin = sorted(data_path("actors").iterdir())
    directory = knowledge.dictionaries
    if directory is None:
        return cached("actors", builtin, build_builtin)
    extra = sorted(p for p in directory.iterdir()
                   if p.name.lower().endswith((".actors.txt", ".agents.txt")))

    def build() -> ActorKnowledge:
        kb = cached("actors", builtin, build_builtin)  # a fresh copy: merging changes it
        apply_directory(kb, directory)
        return kb

    return cached("actors-dictionaries", builtin + extra, build)
