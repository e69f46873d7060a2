"""The verb lexicon: verbs with their forms and patterns, indexed by head word for fast lookup.

Our own lexicon is YAML in `data/events/verbs.yaml`; PETRARCH verb dictionaries compile into
the same `VerbLexicon` (see `eventwire.petrarch.verbs`). A verb entry is written as
``lemma`` or ``lemma (form form ...)`` (irregular forms; PETRARCH writes ``{...}``); a
multi-word verb joins its words with ``_`` and may mark its head with ``+`` (``wire_+tap``),
otherwise the first word heads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import DictionaryError
from eventwire.events.patterns import Form, Verb, compile_pattern, inflections
from eventwire.knowledge import yaml_load


@dataclass
class VerbLexicon:
    """All verbs, indexed by the lower-cased head token of each surface form."""

    by_head: dict[str, list[Form]] = field(default_factory=dict)
    synsets: dict[str, list[str]] = field(default_factory=dict)
    discards: list[tuple[tuple[str, ...], bool]] = field(default_factory=list)

    def add(self, verb: Verb, forms: Iterable[tuple[str, ...]], head: int) -> None:
        """Index `verb` under every surface form (each a token tuple with its head index)."""
        for tokens in forms:
            h = min(head, len(tokens) - 1)
            form = Form(tokens, h, verb)
            bucket = self.by_head.setdefault(tokens[h], [])
            if form not in bucket:
                bucket.append(form)

    def candidates(self, word: str) -> list[Form]:
        return self.by_head.get(word, [])

    def merge(self, other: VerbLexicon) -> VerbLexicon:
        """A lexicon with `other`'s forms first (they win ties) and then ours."""
        merged = VerbLexicon(synsets={**self.synsets, **other.synsets},
                             discards=[*other.discards, *self.discards])
        for source in (other, self):
            for head, forms in source.by_head.items():
                merged.by_head.setdefault(head, []).extend(forms)
        return merged


_ENTRY = re.compile(r"^\s*([^{(\[]+?)\s*(?:[{(]([^})]*)[})])?\s*$")


def verb_forms(entry: str) -> tuple[str, list[tuple[str, ...]], int]:
    """Parse ``lemma {forms}`` into the lemma, its surface forms as token tuples, head index."""
    found = _ENTRY.match(entry)
    if not found:
        raise DictionaryError(f"cannot read verb entry {entry!r}")
    name, extra = found.group(1).strip(), found.group(2)
    words = [w for w in re.split(r"[\s_]+", name.lower()) if w]
    head = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+") for w in words]
    if not words:
        raise DictionaryError(f"empty verb entry {entry!r}")
    forms: set[tuple[str, ...]] = set()
    for inflected in inflections(words[head]):
        forms.add(tuple(words[:head] + [inflected] + words[head + 1:]))
    if extra:
        for item in extra.split():
            parts = [w.lstrip("+") for w in re.split(r"_", item.lower()) if w]
            if parts:
                forms.add(tuple(parts))
    return " ".join(words), sorted(forms), head


def load_yaml_lexicon(path: Path) -> VerbLexicon:
    """Load our YAML verb lexicon: ``synsets: {NAME: [...]}``, ``verbs: [{verbs, code}]``."""
    try:
        data = yaml_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"{path}: {exc}") from exc
    return build_lexicon(data, str(path))


def build_lexicon(data: Mapping[str, Any], where: str = "verbs") -> VerbLexicon:
    """Build a lexicon from parsed YAML data (see `load_yaml_lexicon`)."""
    synsets = {str(k).upper(): [str(v) for v in vs] for k, vs in
               (data.get("synsets") or {}).items()}
    lexicon = VerbLexicon(synsets=synsets)
    for n, block in enumerate(data.get("verbs") or []):
        if not isinstance(block, Mapping) or "verbs" not in block:
            raise DictionaryError(f"{where}: verb block {n + 1} needs a 'verbs' list")
        code = block.get("code")
        code = None if code in (None, "---") else str(code)
        patterns = []
        for line in block.get("patterns") or []:
            pattern = compile_pattern(str(line), synsets)
            if pattern is None:
                raise DictionaryError(f"{where}: pattern {line!r} has no '*'")
            if not pattern.code and "[---]" in str(line):
                # ours say "no event" on purpose; in PETRARCH's own dictionaries a "---"
                # pattern only declines to code, and the verb's default may still apply
                pattern = replace(pattern, blocks=True)
            patterns.append(pattern)
        patterns.sort(key=lambda p: -p.weight)
        for entry in _as_list(block["verbs"]):
            lemma, forms, head = verb_forms(entry)
            verb = Verb(lemma, code, patterns, block.get("frame"), bool(block.get("literal")))
            lexicon.add(verb, forms, head)
    return lexicon


def _as_list(value: Any) -> Sequence[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value]
