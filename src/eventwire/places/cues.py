"""Word lists the place stage reads around names (data/places/cues.yaml), compiled once.

Also the set of common English words (from the Brill lexicon that ships with TextBlob): a
capitalised word at the start of a sentence or in a headline that is also an ordinary word
("March", "Hope", "Reading") needs more than its capital letter to count as a place.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from eventwire.errors import DictionaryError
from eventwire.knowledge import Knowledge, data_path
from eventwire.places.normalize import ascii_fold

_PROPER_TAGS = {"NNP", "NNPS"}
_FUNCTION_TAGS = {"DT", "PRP", "PRP$", "IN", "CC", "MD", "WP", "WP$", "WRB", "WDT", "TO", "EX",
                  "PDT", "RP", "UH"}


@dataclass(frozen=True)
class Cues:
    """The compiled cue words; see cues.yaml for what each list is for."""

    person_titles: frozenset[str]
    suffix_feature: dict[str, str]
    connectors: frozenset[str]
    refuse: frozenset[str]
    metonym_verbs: frozenset[str]
    metonym_skip: frozenset[str]
    metonym_objects: frozenset[str]
    relations: dict[tuple[str, ...], str]
    directions: dict[str, str]
    locatives: frozenset[str]
    organisation_heads: frozenset[str] = field(default_factory=frozenset)
    organisation_nouns: frozenset[str] = field(default_factory=frozenset)
    common_words: frozenset[str] = field(default_factory=frozenset)
    function_words: frozenset[str] = field(default_factory=frozenset)
    person_names: frozenset[str] = field(default_factory=frozenset)
    longest_relation: int = 1


def package_dir(package: str) -> Path:
    """A package's folder, found without importing it (importing textblob pulls in nltk)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise DictionaryError(f"package {package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def _lexicon_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words the lexicon knows as something other than a proper noun, and the
    function words among them (pronouns, determiners, prepositions...)."""
    path = package_dir("textblob") / "en" / "en-lexicon.txt"
    words = set()
    function = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(";"):
                continue
            parts = line.split()
            if len(parts) >= 2 and parts[0].isalpha() and parts[0].islower() \
                    and parts[1] not in _PROPER_TAGS:
                words.add(parts[0])
                if parts[1] in _FUNCTION_TAGS:
                    function.add(parts[0])
    return frozenset(words), frozenset(function)


def _person_names(surnames: int = 5000) -> frozenset[str]:
    """US census given names and the commonest surnames (PyPI `names`): "Scott said" is a
    person, "in Scott" may be a town."""
    root = package_dir("names")
    words: set[str] = set()
    for name, limit in (("dist.male.first", None), ("dist.female.first", None),
                        ("dist.all.last", surnames)):
        lines = (root / name).read_text(encoding="utf-8").splitlines()
        words.update(line.split()[0].lower() for line in lines[:limit] if line.strip())
    return frozenset(words)


def load(knowledge: Knowledge) -> Cues:
    """Knowledge factory for the place cues."""
    # BaseLoader: every word a string ("on", "y" are not booleans)
    raw = yaml.load(data_path("places/cues.yaml").read_text(encoding="utf-8"),
                    Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
    suffix_feature = {word.lower(): feature
                      for feature, words in raw["suffixes"].items() for word in words}
    relations: dict[tuple[str, ...], str] = {}
    for relation, phrases in raw["relations"].items():
        for phrase in phrases:
            relations[tuple(phrase.lower().split())] = relation
    common, function = _lexicon_words()
    directions = {word.lower(): direction
                  for direction, words in raw["directions"].items() for word in words}
    return Cues(
        person_titles=_words(raw["person_titles"]),
        suffix_feature=suffix_feature,
        connectors=_words(raw["connectors"]),
        refuse=frozenset(ascii_fold(w) for w in raw["refuse"]),
        metonym_verbs=_words(raw["metonym_verbs"]),
        metonym_skip=_words(raw["metonym_skip"]),
        metonym_objects=_words(raw["metonym_objects"]),
        relations=relations,
        directions=directions,
        locatives=_words(raw["locatives"]),
        organisation_heads=_words(raw.get("organisation_heads", [])),
        organisation_nouns=_words(raw.get("organisation_nouns", [])),
        common_words=common,
        function_words=function,
        person_names=_person_names(),
        longest_relation=max(len(words) for words in relations),
    )
