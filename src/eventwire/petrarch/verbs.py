"""Read PETRARCH-2 verb dictionaries (CAMEO.2.0 syntax) and discard lists into our lexicon.

A verb dictionary holds synsets (``&NAME`` then ``+MEMBER`` lines) and verb blocks::

    --- STRIKE  [190] ---          block header with the default code ("---": none)
    STRIKE {STRUCK STRIKING}       the verb, with irregular forms in braces
    +HIT [190]                     a synonym, optionally with its own code
    BOMB_+RAID                     another verb; "+" marks the head of a multi-word verb
    - * WITH &DRONES [1952]        patterns for every verb of the block

Comments start with ``#`` (or are ``<!-- -->`` lines). Everything compiles into the same
`VerbLexicon` our own YAML lexicon uses, so one matcher runs both.
"""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.errors import DictionaryError
from eventwire.events.lexicon import VerbLexicon, verb_forms
from eventwire.events.patterns import Pattern, Verb, compile_pattern, parse_code

_HEADER = re.compile(r"^---\s*(.*?)\s*---\s*$")


def find_verb_files(folder: Path) -> list[Path]:
    """PETRARCH verb dictionaries in `folder`: ``*verbs*.txt`` and ``CAMEO*.txt``."""
    found = {p for p in folder.glob("*.txt")
             if "verbs" in p.name.lower() or p.name.upper().startswith("CAMEO")}
    return sorted(found)


def _clean(line: str) -> str:
    line = line.split("#", 1)[0]
    return line.rstrip()


def load_verbs(path: Path) -> VerbLexicon:
    """Parse a PETRARCH verb dictionary file into a `VerbLexicon`."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: {exc}") from exc
    return parse_verbs(text, str(path))


def parse_verbs(text: str, where: str = "verbs") -> VerbLexicon:
    """Parse verb-dictionary text (see the module docstring) into a `VerbLexicon`."""
    lines = [(n + 1, _clean(raw)) for n, raw in enumerate(text.splitlines())]
    lines = [(n, s) for n, s in lines if s.strip() and not s.lstrip().startswith("<!--")]
    synsets = _synsets(lines)
    lexicon = VerbLexicon(synsets=synsets)
    block_code: str | None = None
    entries: list[tuple[str, str | None]] = []
    patterns: list[Pattern] = []
    in_synset = False

    def flush() -> None:
        ordered = sorted(patterns, key=lambda p: -p.weight)
        for entry, own in entries:
            try:
                lemma, forms, head = verb_forms(entry)
            except DictionaryError as exc:
                raise DictionaryError(f"{where}: {exc}") from exc
            code = own if own is not None else block_code
            lexicon.add(Verb(lemma, code, ordered), forms, head)

    for n, line in lines:
        s = line.strip()
        header = _HEADER.match(s)
        if header:
            flush()
            entries, patterns, in_synset = [], [], False
            block_code = parse_code(header.group(1))
            continue
        if s.startswith("&"):
            flush()
            entries, patterns, in_synset = [], [], True
            continue
        if in_synset:
            continue
        if s.startswith("-"):
            try:
                pattern = compile_pattern(s, synsets)
            except DictionaryError as exc:
                raise DictionaryError(f"{where}:{n}: {exc}") from exc
            if pattern is not None:
                if not pattern.code:
                    pattern = Pattern(pattern.elements, "", pattern.text)
                patterns.append(pattern)
            continue
        own = parse_code(s) if "[" in s else None
        name = re.sub(r"\[[^\]]*\]", " ", s).strip()
        if name.startswith("+"):
            name = name[1:]
        if name:
            entries.append((name, own))
    flush()
    return lexicon


def _synsets(lines: list[tuple[int, str]]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for _n, line in lines:
        s = line.strip()
        if s.startswith("&"):
            current = synsets.setdefault(s[1:].split()[0].upper().rstrip("_"), [])
        elif s.startswith("+") and current is not None:
            current.append(s[1:].strip())
        else:
            current = None
    return synsets


def load_discards(path: Path) -> list[tuple[tuple[str, ...], bool]]:
    """Discard phrases: (words, story-level?) — ``+PHRASE`` discards the whole story."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: {exc}") from exc
    out = []
    for raw in text.splitlines():
        s = _clean(raw).strip()
        if not s or s.startswith("<!--"):
            continue
        story = s.startswith("+")
        words = tuple(w for w in re.split(r"[\s_]+", s.lstrip("+").lower()) if w)
        if words:
            out.append((words, story))
    return out
